import type { RpdeItem } from './toOpenActive.js';

/** Options of {@link toRpdePages}. */
export interface ToRpdePagesOptions {
  /** Absolute URL of the feed's first page, e.g. `https://data.example.org/openactive/session-series`. Required. */
  baseUrl: string;
  /** Items per page; default 500 (the RPDE suggestion). */
  pageSize?: number;
  /** Licence URL of the data; default CC BY 4.0. */
  license?: string;
}

/** One RPDE 1.0 page and the URL it is served at. */
export interface RpdePage {
  /** The URL this page answers (the first page is `baseUrl`). */
  url: string;
  /** The page body. */
  page: {
    next: string;
    items: { state: 'updated' | 'deleted'; kind: string; id: string; modified: number; data?: Record<string, unknown> }[];
    license: string;
  };
}

/**
 * Pages RPDE items into an RPDE 1.0 feed using the "modified timestamp and id" ordering: items
 * sorted by `modified`, then `id`; each page's `next` is computed from its last item
 * (`afterTimestamp` and `afterId`); deleted items keep their place without `data`; and the feed
 * ends with an empty page whose `next` is its own URL. Put one kind in each feed.
 *
 * @param items - Items, e.g. `toOpenActive(...).value.items` filtered to one kind.
 * @param options - Base URL, page size and licence; see {@link ToRpdePagesOptions}.
 * @returns The pages in order, each with its URL; the last one is empty and points to itself.
 * @throws TypeError for a bad `baseUrl`, or an item whose `modified` is not an integer or whose id repeats; RangeError for a bad `pageSize`.
 * @example
 * ```ts
 * toRpdePages([], { baseUrl: 'https://example.org/feed' });
 * //=> [{ url: 'https://example.org/feed', page: { next: 'https://example.org/feed', items: [], license: 'https://creativecommons.org/licenses/by/4.0/' } }]
 * ```
 */
export function toRpdePages(items: readonly RpdeItem[], options: ToRpdePagesOptions): RpdePage[] {
  if (!Array.isArray(items)) throw new TypeError('items must be an array of RPDE items');
  if (typeof options?.baseUrl !== 'string' || !/^https?:\/\/[^/]+/.test(options.baseUrl)) throw new TypeError('options.baseUrl must be an absolute http(s) URL');
  const pageSize = options.pageSize ?? 500;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError('options.pageSize must be a whole number of at least 1');
  const license = options.license ?? 'https://creativecommons.org/licenses/by/4.0/';
  const seen = new Set<string>();
  for (const item of items) {
    if (!Number.isInteger(item.modified)) throw new TypeError(`item "${item.id}": modified must be an integer`);
    if (seen.has(item.id)) throw new TypeError(`item id "${item.id}" appears twice; RPDE ids are unique in a feed`);
    seen.add(item.id);
  }
  const sorted = [...items].sort((a, b) => a.modified - b.modified || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const join = options.baseUrl.includes('?') ? '&' : '?';
  const urlAfter = (item: RpdeItem) => `${options.baseUrl}${join}afterTimestamp=${item.modified}&afterId=${encodeURIComponent(item.id)}`;
  const pages: RpdePage[] = [];
  let url = options.baseUrl;
  for (let i = 0; i < sorted.length; i += pageSize) {
    const chunk = sorted.slice(i, i + pageSize);
    const next = urlAfter(chunk[chunk.length - 1]!);
    pages.push({
      url,
      page: {
        next,
        items: chunk.map((item) => (item.state === 'deleted' ? { state: 'deleted', kind: item.kind, id: item.id, modified: item.modified } : { state: 'updated', kind: item.kind, id: item.id, modified: item.modified, data: item.data! })),
        license,
      },
    });
    url = next;
  }
  pages.push({ url, page: { next: url, items: [], license } });
  return pages;
}
