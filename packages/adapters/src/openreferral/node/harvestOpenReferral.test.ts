import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFeed, type TestFeed } from '../../../test/openreferral/_misbehavingServer.js';
import { errorsOf, orukSchema } from '../../../test/openreferral/_schemas.js';
import { fromOpenReferral } from '../fromOpenReferral.js';
import { harvestOpenReferral, type HarvestProgress } from './harvestOpenReferral.js';

let feed: TestFeed;
beforeAll(async () => {
  feed = await startTestFeed();
});
afterAll(async () => {
  await feed.close();
});

const quick = { perPage: 2, backoffMs: 1, timeoutMs: 2000 };

describe('harvestOpenReferral (against a local feed on 127.0.0.1)', () => {
  it('walks /, every page of /services and each /services/{id}, and reports progress', async () => {
    const progress: HarvestProgress[] = [];
    const result = await harvestOpenReferral(`${feed.url}/ok/`, { ...quick, onProgress: (p) => progress.push(p) });
    expect(result.report).toEqual([]);
    expect(result.pagesRead).toBe(3);
    expect(result.nextPage).toBeUndefined();
    expect(result.feed.services).toHaveLength(5);
    for (const s of result.feed.services!) expect(errorsOf(orukSchema('service.json'), s)).toEqual([]);
    // Full records (with nested arrays), not list items.
    expect(result.feed.services!.every((s) => Array.isArray(s.service_at_locations))).toBe(true);
    expect(errorsOf(orukSchema('api_details.json'), result.feed.api_details)).toEqual([]);
    expect(progress.filter((p) => p.phase === 'page').map((p) => [p.page, p.totalPages])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(progress.filter((p) => p.phase === 'service')).toHaveLength(5);
    const { dataset, report } = fromOpenReferral(result.feed);
    expect(dataset.activities).toHaveLength(5);
    expect(report.filter((r) => r.severity === 'error')).toEqual([]);
  });

  it('retries a 500 page and a 429 service, and then gets everything', async () => {
    const result = await harvestOpenReferral(`${feed.url}/flaky`, quick);
    expect(result.report).toEqual([]);
    expect(result.feed.services).toHaveLength(5);
    expect(feed.requests.filter((r) => r.startsWith('GET /flaky/services?page=2'))).toHaveLength(2);
  });

  it('times out a slow page and retries it', async () => {
    const result = await harvestOpenReferral(`${feed.url}/slow`, { ...quick, timeoutMs: 500 });
    expect(result.report).toEqual([]);
    expect(result.feed.services).toHaveLength(5);
  });

  it('reports a malformed page, skips it and goes on', async () => {
    const result = await harvestOpenReferral(`${feed.url}/malformed`, quick);
    expect(result.report.map((r) => [r.code, r.severity, r.pointer])).toEqual([['openreferral_harvest_page_failed', 'error', '/services?page=2']]);
    expect(result.feed.services).toHaveLength(3);
  });

  it('stops a feed whose pages repeat themselves', async () => {
    const result = await harvestOpenReferral(`${feed.url}/repeat`, quick);
    expect(result.report.map((r) => r.code)).toEqual(['openreferral_harvest_loop']);
    expect(result.feed.services).toHaveLength(2);
    expect(result.pagesRead).toBe(2);
  });

  it('stops an endless feed at the page cap and says where to resume', async () => {
    const result = await harvestOpenReferral(`${feed.url}/endless`, { ...quick, maxPages: 4, full: false });
    expect(result.report.map((r) => r.code)).toEqual(['openreferral_harvest_page_cap']);
    expect(result.pagesRead).toBe(4);
    expect(result.nextPage).toBe(5);
    expect(result.feed.services).toHaveLength(8);
    const resumed = await harvestOpenReferral(`${feed.url}/endless`, { ...quick, startPage: result.nextPage!, maxPages: 1, full: false });
    expect(resumed.nextPage).toBe(6);
    expect(feed.requests).toContain('GET /endless/services?page=5&per_page=2');
  });

  it('resumes from a page', async () => {
    const result = await harvestOpenReferral(`${feed.url}/ok`, { ...quick, startPage: 2 });
    expect(result.feed.services).toHaveLength(3);
    expect(result.pagesRead).toBe(2);
  });

  it('gives up after three pages in a row fail, with the page to resume from', async () => {
    const result = await harvestOpenReferral(`${feed.url}/down`, { ...quick, retries: 1 });
    expect(result.report.map((r) => r.code)).toEqual(['openreferral_harvest_page_failed', 'openreferral_harvest_page_failed', 'openreferral_harvest_page_failed', 'openreferral_harvest_gave_up']);
    expect(result.nextPage).toBe(1);
    expect(feed.requests.filter((r) => r.startsWith('GET /down/services'))).toHaveLength(6);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        await new Promise((r) => setTimeout(r, 5));
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const result = await harvestOpenReferral(`${feed.url}/ok`, { ...quick, concurrency: 2, fetch: counting });
    expect(result.feed.services).toHaveLength(5);
    expect(most).toBeLessThanOrEqual(2);
  });

  it('harvests an ORUK 1.0 feed (Spring pages) that fromOpenReferral reads', async () => {
    const result = await harvestOpenReferral(`${feed.url}/v1`, quick);
    expect(result.report).toEqual([]);
    expect(result.pagesRead).toBe(2);
    expect(result.feed.services!.map((s) => s.id)).toEqual(['svc-101', 'svc-102']);
    const { dataset } = fromOpenReferral(result.feed);
    expect(dataset.activities!.map((a) => a.schedule?.repeat?.byDay)).toEqual([['TU'], ['TH']]);
  });

  it('rejects bad arguments', async () => {
    await expect(harvestOpenReferral('ftp://example.org/')).rejects.toThrow(TypeError);
    await expect(harvestOpenReferral('not a url')).rejects.toThrow(TypeError);
    await expect(harvestOpenReferral(feed.url, { concurrency: 0 })).rejects.toThrow(RangeError);
  });
});
