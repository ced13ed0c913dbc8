import type { Server } from 'node:http';
import { request } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { northWest } from '../../../test/openreferral/_data.js';
import { errorsOf, orukSchema } from '../../../test/openreferral/_schemas.js';
import { openReferralId } from '../openReferralId.js';
import { toOpenReferral } from '../toOpenReferral.js';
import { createOpenReferralServer } from './createOpenReferralServer.js';

const dataset = northWest();
const { feed } = toOpenReferral(dataset, { now: new Date('2026-11-01T00:00:00Z') });
let server: Server;
let base: string;

beforeAll(async () => {
  server = createOpenReferralServer(feed, { maxBodyBytes: 100, maxUrlLength: 2000 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function get(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${base}${path}`);
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text), headers: res.headers };
}

type Page = { contents: Record<string, unknown>[]; total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean };

describe('createOpenReferralServer (real HTTP on 127.0.0.1)', () => {
  it('answers every ORUK 3.0 endpoint with documents valid against the official schemas, CORS * on each', async () => {
    const service = feed.services[0]!;
    const sal = feed.service_at_locations[0]!;
    const checks: [string, string][] = [
      ['/', 'api_details.json'],
      ['/services', 'service_list.json'],
      ['/services?per_page=500', 'service_list.json'],
      [`/services/${service.id as string}`, 'service.json'],
      ['/organizations', 'organization_list.json'],
      [`/organizations/${feed.organizations[0]!.id as string}`, 'organization.json'],
      ['/service_at_locations', 'service_at_location_list.json'],
      [`/service_at_locations/${sal.id as string}`, 'service_at_location.json'],
      ['/taxonomies', 'taxonomy_list.json'],
      [`/taxonomies/${feed.taxonomies[0]!.id as string}`, 'taxonomy.json'],
      ['/taxonomy_terms?per_page=500', 'taxonomy_term_list.json'],
      [`/taxonomy_terms/${feed.taxonomy_terms[0]!.id as string}`, 'taxonomy_term.json'],
    ];
    for (const [path, schema] of checks) {
      const { status, body, headers } = await get(path);
      expect(status, path).toBe(200);
      expect(headers.get('access-control-allow-origin'), path).toBe('*');
      expect(headers.get('content-type'), path).toBe('application/json; charset=utf-8');
      expect(errorsOf(orukSchema(schema), body), path).toEqual([]);
    }
  });

  it('paginates with page and per_page', async () => {
    const total = feed.services.length;
    const first = (await get('/services?per_page=10')).body as Page;
    expect(first).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 10), page_number: 1, size: 10, first_page: true, last_page: false, empty: false });
    const last = (await get(`/services?per_page=10&page=${Math.ceil(total / 10)}`)).body as Page;
    expect(last).toMatchObject({ page_number: Math.ceil(total / 10), size: total - 10 * (Math.ceil(total / 10) - 1), last_page: true });
    const beyond = (await get(`/services?per_page=10&page=${Math.ceil(total / 10) + 1}`)).body as Page;
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
    const ids = new Set<string>();
    for (let p = 1; p <= first.total_pages; p++) for (const s of ((await get(`/services?per_page=10&page=${p}`)).body as Page).contents) ids.add(s.id as string);
    expect(ids.size).toBe(total);
    // List items are the list shape: no one-to-many arrays.
    expect(first.contents.every((s) => Object.values(s).every((v) => !Array.isArray(v)))).toBe(true);
  });

  it('filters by text, taxonomy term, organization, postcode and proximity, and modified_after (ANDed)', async () => {
    const choirs = ((await get('/services?text=choir&per_page=500')).body as Page).contents.map((s) => s.name);
    expect(choirs).toEqual(expect.arrayContaining(['Southport community choir', 'Fylde Coast Voices choir rehearsal']));
    for (const name of choirs) expect(JSON.stringify(feed.services.find((s) => s.name === name)).toLowerCase()).toContain('choir');
    const musicTerm = feed.taxonomy_terms.find((t) => t.term_uri === 'https://w3id.org/artsrx/vocab/art-form#music')!.id as string;
    const music = ((await get(`/services?taxonomy_term_id=${musicTerm}&per_page=500`)).body as Page).contents.map((s) => s.id);
    const expected = dataset.activities.filter((a) => a.artForms.includes('music')).map((a) => openReferralId('service', a.id));
    expect(new Set(music)).toEqual(new Set(expected));
    const both = ((await get(`/services?taxonomy_term_id=${musicTerm}&text=choir&per_page=500`)).body as Page).contents;
    expect(both.length).toBeLessThanOrEqual(Math.min(music.length, choirs.length));
    // Within 1 km of the Walker Art Gallery's postcode (L3 8EL): great-circle distance to each location.
    const near = ((await get('/services?postcode=L3%208EL&proximity=1000&per_page=500')).body as Page).contents.map((s) => s.id);
    const walker = dataset.places.find((p) => p.address?.postcode === 'L3 8EL')!;
    const within = (p: (typeof dataset.places)[number]) => {
      const [lng, lat] = p.geo!.coordinates;
      const [wl, wa] = walker.geo!.coordinates;
      const r = Math.PI / 180;
      const h = Math.sin(((lat - wa) * r) / 2) ** 2 + Math.cos(lat * r) * Math.cos(wa * r) * Math.sin(((lng - wl) * r) / 2) ** 2;
      return 2 * 6371008.8 * Math.asin(Math.sqrt(h)) <= 1000;
    };
    const expectNear = dataset.activities.filter((a) => {
      const p = dataset.places.find((x) => x.id === a.placeId);
      return p?.geo !== undefined && within(p);
    });
    expect(new Set(near)).toEqual(new Set(expectNear.map((a) => openReferralId('service', a.id))));
    expect(near.length).toBeGreaterThan(0);
    const sals = ((await get('/service_at_locations?postcode=L3%208EL&proximity=1000&per_page=500')).body as Page).contents;
    expect(sals.length).toBe(expectNear.length);
    const recent = ((await get('/services?modified_after=2026-09-30T00:00:00Z&per_page=500')).body as Page).contents;
    expect(recent.length).toBe(dataset.activities.filter((a) => a.lastVerified !== undefined && a.lastVerified > '2026-09-30').length);
  });

  it('answers errors as JSON with the right status codes, CORS * included', async () => {
    const cases: [string, number][] = [
      ['/services/not-a-service', 404],
      ['/nowhere', 404],
      ['/services?page=0', 400],
      ['/services?per_page=abc', 400],
      ['/services?per_page=100000', 400],
      ['/services?modified_after=yesterday', 400],
      ['/services?proximity=100', 400],
      ['/services?postcode=ZZ99%209ZZ', 400],
      [`/services?text=${'x'.repeat(3000)}`, 414],
    ];
    for (const [path, status] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.body, path).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    }
    const post = await fetch(`${base}/services`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const options = await fetch(`${base}/services`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe('*');
    const head = await fetch(`${base}/services`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses request bodies over the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/services`, { method: 'GET', headers: { 'content-type': 'application/json', 'content-length': '1000' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('x'.repeat(1000));
    });
    expect(status).toBe(413);
  });

  it('closes a request that does not finish arriving within the time limit (408)', async () => {
    const slow = createOpenReferralServer(feed, { requestTimeoutMs: 200 });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const port = (slow.address() as AddressInfo).port;
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /services HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
      let text = '';
      socket.on('data', (b) => (text += b.toString('utf8')));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    slow.closeAllConnections();
    await new Promise<void>((resolve) => slow.close(() => resolve()));
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('rejects bad options', () => {
    expect(() => createOpenReferralServer(feed, { maxBodyBytes: -1 })).toThrow(RangeError);
  });
});
