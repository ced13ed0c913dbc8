import { _Api } from './_lib/_api.js';
import type { OpenReferralFeed } from './_lib/_types.js';

/** Options of {@link toOpenReferralApiFiles}. */
export interface ToOpenReferralApiFilesOptions {
  /** Services on the first page, `services.json`. Default 50. */
  perPage?: number;
}

/**
 * Lays a feed out as a static Open Referral API folder, so any web host can publish it:
 * `api_details.json` (the `/` answer), `services.json` (the first page of `/services`),
 * `services/<id>.json` (each full service), `organizations.json`, `service_at_locations.json`,
 * `taxonomies.json` and `taxonomy_terms.json` (each one page holding everything). Each text is
 * pretty-printed JSON ending in a newline.
 *
 * @param feed - The feed, usually `toOpenReferral(dataset).feed`.
 * @param options - See {@link ToOpenReferralApiFilesOptions}.
 * @returns File texts keyed by relative path.
 * @throws RangeError when `perPage` is not a whole number from 1.
 * @example
 * const files = toOpenReferralApiFiles(toOpenReferral(dataset).feed);
 * Object.keys(files)[0];
 * //=> 'api_details.json'
 */
export function toOpenReferralApiFiles(feed: OpenReferralFeed, options: ToOpenReferralApiFilesOptions = {}): Record<string, string> {
  const perPage = options.perPage ?? 50;
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError('toOpenReferralApiFiles: options.perPage must be a whole number from 1');
  const all = Math.max(1, (feed.services?.length ?? 0) * 10, feed.organizations?.length ?? 0, feed.taxonomy_terms?.length ?? 0, feed.taxonomies?.length ?? 0);
  const api = new _Api(feed, { perPage, maxPerPage: Math.max(all, perPage) });
  const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const page = (path: string, size: number) => api.get(path, new URLSearchParams({ per_page: String(size) })).body;
  const files: Record<string, string> = {
    'api_details.json': text(api.get('/', new URLSearchParams()).body),
    'services.json': text(page('/services', perPage)),
  };
  for (const s of feed.services ?? []) if (typeof s.id === 'string') files[`services/${s.id}.json`] = text(s);
  files['organizations.json'] = text(page('/organizations', all));
  files['service_at_locations.json'] = text(page('/service_at_locations', all));
  files['taxonomies.json'] = text(page('/taxonomies', all));
  files['taxonomy_terms.json'] = text(page('/taxonomy_terms', all));
  return files;
}
