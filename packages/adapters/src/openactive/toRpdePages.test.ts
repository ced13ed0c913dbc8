import { describe, expect, it } from 'vitest';
import { toRpdePages } from './toRpdePages.js';
import type { RpdeItem } from './toOpenActive.js';

const item = (id: string, modified: number, state: 'updated' | 'deleted' = 'updated'): RpdeItem =>
  state === 'deleted' ? { state, kind: 'SessionSeries', id, modified } : { state, kind: 'SessionSeries', id, modified, data: { '@type': 'SessionSeries', '@id': `https://example.org/ss/${id}` } };
const BASE = 'https://example.org/feeds/session-series';

describe('toRpdePages', () => {
  const pages = toRpdePages([item('c', 200), item('b', 100), item('a', 200), item('d/1', 300, 'deleted'), item('e', 50)], { baseUrl: BASE, pageSize: 2 });

  it('orders by modified, then id', () => {
    expect(pages.flatMap((p) => p.page.items.map((i) => `${i.modified}:${i.id}`))).toEqual(['50:e', '100:b', '200:a', '200:c', '300:d/1']);
  });

  it('links each page to the next from its last item, the first page being the base URL', () => {
    expect(pages.map((p) => [p.url, p.page.next])).toEqual([
      [BASE, `${BASE}?afterTimestamp=100&afterId=b`],
      [`${BASE}?afterTimestamp=100&afterId=b`, `${BASE}?afterTimestamp=200&afterId=c`],
      [`${BASE}?afterTimestamp=200&afterId=c`, `${BASE}?afterTimestamp=300&afterId=d%2F1`],
      [`${BASE}?afterTimestamp=300&afterId=d%2F1`, `${BASE}?afterTimestamp=300&afterId=d%2F1`],
    ]);
  });

  it('ends with an empty page whose next is itself, as RPDE defines the last page', () => {
    const last = pages.at(-1)!;
    expect(last.page.items).toEqual([]);
    expect(last.page.next).toBe(last.url);
  });

  it('keeps deleted items, without data', () => {
    expect(pages[2]!.page.items).toEqual([{ state: 'deleted', kind: 'SessionSeries', id: 'd/1', modified: 300 }]);
    expect(pages[0]!.page.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('makes a single empty page for an empty feed', () => {
    expect(toRpdePages([], { baseUrl: BASE, license: 'https://example.org/licence' })).toEqual([{ url: BASE, page: { next: BASE, items: [], license: 'https://example.org/licence' } }]);
  });

  it('throws for repeated ids, non-integer modified values and bad options', () => {
    expect(() => toRpdePages([item('a', 1), item('a', 2)], { baseUrl: BASE })).toThrow(/twice/);
    expect(() => toRpdePages([item('a', 1.5)], { baseUrl: BASE })).toThrow(TypeError);
    expect(() => toRpdePages([], { baseUrl: 'feed' })).toThrow(TypeError);
    expect(() => toRpdePages([], { baseUrl: BASE, pageSize: 0 })).toThrow(RangeError);
  });
});
