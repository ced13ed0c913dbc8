import { _isObject, _objects, _str, type _Json } from '../_lib/_json.js';
import type { OpenReferralFeed, OpenReferralIssue } from '../_lib/_types.js';

/** Progress of a harvest, given to {@link HarvestOpenReferralOptions.onProgress}. */
export interface HarvestProgress {
  /** `page` after each list page, `service` after each full service. */
  phase: 'page' | 'service';
  /** The page just read (phase `page`). */
  page?: number;
  /** Pages the feed says it has, when it says. */
  totalPages?: number;
  /** Services listed so far. */
  listed: number;
  /** Full services fetched so far. */
  fetched: number;
}

/** Options of {@link harvestOpenReferral}. */
export interface HarvestOpenReferralOptions {
  /** `per_page` asked of the feed. Default 50. */
  perPage?: number;
  /** Page to start from, to resume an interrupted harvest. Default 1. */
  startPage?: number;
  /** Most list pages to read in this run (a feed whose `next` never ends stops here). Default 1000. */
  maxPages?: number;
  /** Fetch each service in full from `/services/{id}`. Default true. */
  full?: boolean;
  /** Most requests in flight at once. Default 4. */
  concurrency?: number;
  /** Retries of a request that failed with 429, a 5xx status, a timeout or a network error. Default 3. */
  retries?: number;
  /** First retry delay in milliseconds, doubled on each retry; a `Retry-After` header wins (up to 60 s). Default 500. */
  backoffMs?: number;
  /** Per-request time limit in milliseconds. Default 30000. */
  timeoutMs?: number;
  /** Largest answer read, in bytes; a longer answer is cut off and reported (it is never buffered whole). Default 64 MiB. */
  maxResponseBytes?: number;
  /** Called after each page and each full service. */
  onProgress?: (progress: HarvestProgress) => void;
  /** Stops the harvest (what was gathered is returned, with a `nextPage` to resume from). */
  signal?: AbortSignal;
  /** The fetch to use. Default: the global `fetch`. */
  fetch?: typeof fetch;
}

/** What {@link harvestOpenReferral} returns. */
export interface HarvestOpenReferralResult {
  /** `api_details` and the services (full where fetched, list items otherwise), ready for `fromOpenReferral`. */
  feed: OpenReferralFeed;
  /** Pages that failed, malformed answers, services that could not be fetched, loops and caps. */
  report: OpenReferralIssue[];
  /** List pages read. */
  pagesRead: number;
  /** The page to resume from when the harvest stopped before the last page; absent when complete. */
  nextPage?: number;
}

/** Reads a response body as UTF-8 text, stopping (and throwing a final error) past `max` bytes. */
async function _readCapped(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw Object.assign(new Error('The answer is too big.'), { final: true, tooBig: true });
  }
  if (res.body === null) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel().catch(() => undefined);
      throw Object.assign(new Error('The answer is too big.'), { final: true, tooBig: true });
    }
    text += decoder.decode(value, { stream: true });
  }
}

class _HttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

function _sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted === true) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function _retryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const s = Number(value);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

/** A tiny semaphore: at most `n` tasks at once. */
function _limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

/**
 * Harvests a live Open Referral UK API (3.0, or 1.0 pages): `GET /`, every page of
 * `/services`, and each service in full from `/services/{id}`, with a concurrency limit,
 * retries with exponential backoff on 429 and 5xx (honouring `Retry-After`), a time limit per
 * request, a page cap, resume from a page and a progress callback. Bad answers never throw: a
 * page that stays unreadable is reported and skipped, a feed that repeats itself or never
 * reaches its last page is stopped and reported, with the page to resume from.
 *
 * @param baseUrl - The API root, e.g. `https://example.gov.uk/api/oruk/` (http or https).
 * @param options - See {@link HarvestOpenReferralOptions}.
 * @returns The feed gathered, a report, the pages read and, if stopped early, the page to resume from.
 * @throws TypeError when `baseUrl` is not an http(s) URL; RangeError for a bad numeric option.
 * @example
 * const { feed, report } = await harvestOpenReferral('https://example.gov.uk/oruk');
 * const { dataset } = fromOpenReferral(feed);
 * //=> the feed's services as ArtsRx activities
 */
export async function harvestOpenReferral(baseUrl: string, options: HarvestOpenReferralOptions = {}): Promise<HarvestOpenReferralResult> {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new TypeError(`harvestOpenReferral: baseUrl must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new TypeError(`harvestOpenReferral: baseUrl must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const perPage = options.perPage ?? 50;
  const startPage = options.startPage ?? 1;
  const maxPages = options.maxPages ?? 1000;
  const concurrency = options.concurrency ?? 4;
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 30000;
  const maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  for (const [name, value, min] of [['perPage', perPage, 1], ['startPage', startPage, 1], ['maxPages', maxPages, 1], ['concurrency', concurrency, 1], ['retries', retries, 0], ['backoffMs', backoff, 0], ['timeoutMs', timeoutMs, 1], ['maxResponseBytes', maxResponseBytes, 1]] as const) {
    if (!Number.isInteger(value) || value < min) throw new RangeError(`harvestOpenReferral: options.${name} must be a whole number of ${min} or more`);
  }
  const doFetch = options.fetch ?? fetch;
  const signal = options.signal;
  const aborted = (): boolean => signal?.aborted === true;
  const limit = _limiter(concurrency);
  const report: OpenReferralIssue[] = [];

  const getJson = (path: string, query?: Record<string, string>): Promise<unknown> =>
    limit(async () => {
      const url = new URL(path, base);
      for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
      let attempt = 0;
      for (;;) {
        const controller = new AbortController();
        const onAbort = () => controller.abort();
        signal?.addEventListener('abort', onAbort, { once: true });
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        try {
          const res = await doFetch(url, { headers: { accept: 'application/json' }, signal: controller.signal });
          if (res.status === 429 || res.status >= 500) {
            await res.body?.cancel().catch(() => undefined);
            throw new _HttpError(res.status, _retryAfter(res.headers.get('retry-after')));
          }
          if (!res.ok) {
            await res.body?.cancel().catch(() => undefined);
            throw Object.assign(new _HttpError(res.status, undefined), { final: true });
          }
          const text = await _readCapped(res, maxResponseBytes);
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw Object.assign(new Error('The answer is not JSON.'), { malformed: true });
          }
        } catch (err) {
          if (signal?.aborted === true) throw err;
          const final = (err as { final?: boolean }).final === true || (err as { malformed?: boolean }).malformed === true;
          if (final || attempt >= retries) throw err;
          const wait = err instanceof _HttpError && err.retryAfterMs !== undefined ? Math.min(err.retryAfterMs, 60000) : backoff * 2 ** attempt;
          attempt++;
          await _sleep(wait, signal);
        } finally {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        }
      }
    });
  const why = (err: unknown): string => {
    if (err instanceof _HttpError) return `the server answered ${err.status}`;
    if ((err as { tooBig?: boolean }).tooBig === true) return `the answer is longer than ${maxResponseBytes} bytes`;
    if ((err as { malformed?: boolean }).malformed === true) return 'the answer is not JSON';
    if ((err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
    return `the request failed (${(err as Error).message})`;
  };

  const feed: OpenReferralFeed = { services: [] };
  try {
    const details = await getJson('');
    if (_isObject(details)) feed.api_details = details;
    else report.push({ code: 'openreferral_harvest_bad_root', severity: 'error', pointer: '/api_details', message: 'GET / did not answer a JSON object.' });
  } catch (err) {
    report.push({ code: 'openreferral_harvest_no_root', severity: 'error', pointer: '/api_details', message: `GET / failed: ${why(err)}.` });
  }

  const listed: _Json[] = [];
  const seen = new Set<string>();
  const fullById = new Map<string, _Json>();
  const pending: Promise<void>[] = [];
  let fetched = 0;
  let page = startPage;
  let pagesRead = 0;
  let nextPage: number | undefined;
  let failures = 0;
  let knownTotal: number | undefined;
  for (;;) {
    if (failures >= 3) {
      nextPage = page - failures;
      report.push({ code: 'openreferral_harvest_gave_up', severity: 'error', message: `${failures} pages in a row could not be read; stopped. Resume from page ${nextPage}.` });
      break;
    }
    if (knownTotal !== undefined && page > knownTotal) break;
    if (aborted()) {
      nextPage = page;
      report.push({ code: 'openreferral_harvest_stopped', severity: 'warning', message: `The harvest was stopped; resume from page ${page}.` });
      break;
    }
    if (pagesRead >= maxPages) {
      nextPage = page;
      report.push({ code: 'openreferral_harvest_page_cap', severity: 'warning', message: `Stopped after ${maxPages} pages (the page cap); resume from page ${page}.` });
      break;
    }
    let body: unknown;
    try {
      body = await getJson('services', { page: String(page), per_page: String(perPage) });
    } catch (err) {
      if (aborted()) continue;
      report.push({ code: 'openreferral_harvest_page_failed', severity: 'error', pointer: `/services?page=${page}`, message: `Page ${page} of /services could not be read: ${why(err)}. Its services are missing; harvest again from page ${page} to fill the gap.` });
      pagesRead++;
      failures++;
      page++;
      continue;
    }
    pagesRead++;
    const contents = _isObject(body) ? (Array.isArray(body.contents) ? body.contents : Array.isArray(body.content) ? body.content : undefined) : undefined;
    if (contents === undefined) {
      report.push({ code: 'openreferral_harvest_malformed_page', severity: 'error', pointer: `/services?page=${page}`, message: `Page ${page} of /services is not a page of services (no "contents" list); it is skipped.` });
      failures++;
      page++;
      continue;
    }
    failures = 0;
    const pageBody = body as _Json;
    const items = _objects(contents);
    let fresh = 0;
    for (const item of items) {
      const id = _str(item.id);
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      fresh++;
      listed.push(item);
      if (options.full !== false) {
        pending.push(
          getJson(`services/${encodeURIComponent(id)}`)
            .then((full) => {
              if (_isObject(full) && _str(full.id) === id) fullById.set(id, full);
              else report.push({ code: 'openreferral_harvest_bad_service', severity: 'warning', recordId: id, pointer: `/services/${id}`, message: `GET /services/${id} did not answer that service; the list entry is kept.` });
            })
            .catch((err: unknown) => {
              report.push({ code: 'openreferral_harvest_service_failed', severity: 'warning', recordId: id, pointer: `/services/${id}`, message: `GET /services/${id} failed: ${why(err)}; the list entry is kept.` });
            })
            .finally(() => {
              fetched++;
              options.onProgress?.({ phase: 'service', listed: listed.length, fetched });
            }),
        );
      }
    }
    const totalPages = typeof pageBody.total_pages === 'number' ? pageBody.total_pages : typeof pageBody.totalPages === 'number' ? pageBody.totalPages : undefined;
    if (totalPages !== undefined) knownTotal = totalPages;
    options.onProgress?.({ phase: 'page', page, ...(totalPages === undefined ? {} : { totalPages }), listed: listed.length, fetched });
    const last = pageBody.last_page === true || pageBody.last === true || items.length === 0 || (totalPages !== undefined && page >= totalPages);
    if (last) break;
    if (fresh === 0) {
      report.push({ code: 'openreferral_harvest_loop', severity: 'warning', pointer: `/services?page=${page}`, message: `Page ${page} lists only services already seen and the feed says more pages follow; stopped to avoid an endless loop.` });
      break;
    }
    page++;
  }
  await Promise.all(pending);
  feed.services = listed.map((item) => fullById.get(String(item.id)) ?? item);
  return { feed, report, pagesRead, ...(nextPage === undefined ? {} : { nextPage }) };
}
