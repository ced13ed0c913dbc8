import { _isObject, _num, _objects, _str, type _Json } from './_json.js';
import type { OpenReferralFeed } from './_types.js';

// The ORUK 3.0 read API over an in-memory feed, as pure functions (no I/O): routing, filters,
// pagination and the `Page` envelope. Used by the Node server and by the static-folder writer.

/** A point in WGS84 degrees. */
export interface _LatLng {
  lat: number;
  lng: number;
}

/** What a postcode means for a search: a centroid and, when known, the GSS areas it is in. */
export interface _PostcodePlace extends _LatLng {
  areaCodes?: readonly string[];
}

/** Options of the API core. */
export interface _ApiOptions {
  /** Resolves a postcode for `postcode`/`proximity`; `undefined` when unknown. */
  resolvePostcode?: (postcode: string) => _PostcodePlace | undefined;
  /** Default page size. */
  perPage?: number;
  /** Largest page size a client may ask for. */
  maxPerPage?: number;
}

/** An API response before serialisation. */
export interface _ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The list shape of a record: one-to-many arrays removed, nested objects likewise. */
export function _listItem(record: _Json): _Json {
  const out: _Json = {};
  for (const [k, v] of Object.entries(record)) {
    if (Array.isArray(v)) continue;
    out[k] = _isObject(v) ? _listItem(v) : v;
  }
  return out;
}

/** The HSDS `Page` envelope around one page of items. */
export function _page(items: readonly unknown[], page: number, perPage: number): _Json {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function _metres(a: _LatLng, b: _LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function _error(status: number, code: string, message: string): _ApiResponse {
  return { status, body: { error: code, message } };
}

function _text(record: _Json): string {
  const parts: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (_isObject(v)) for (const [k, x] of Object.entries(v)) if (k === 'name' || k === 'description' || k === 'term' || k === 'taxonomy_term' || k === 'attributes' || k === 'alternate_name') visit(x, depth + 1);
  };
  visit(record, 0);
  return parts.join(' ').toLowerCase();
}

function _termIds(record: _Json): Set<string> {
  const ids = new Set<string>();
  for (const a of _objects(record.attributes)) {
    if (typeof a.taxonomy_term_id === 'string') ids.add(a.taxonomy_term_id);
    if (_isObject(a.taxonomy_term) && typeof a.taxonomy_term.id === 'string') ids.add(a.taxonomy_term.id);
  }
  return ids;
}

function _taxonomyIds(record: _Json): Set<string> {
  const ids = new Set<string>();
  for (const a of _objects(record.attributes)) if (_isObject(a.taxonomy_term) && typeof a.taxonomy_term.taxonomy_id === 'string') ids.add(a.taxonomy_term.taxonomy_id);
  return ids;
}

function _points(service: _Json): _LatLng[] {
  const out: _LatLng[] = [];
  for (const sal of _objects(service.service_at_locations)) {
    const loc = _isObject(sal.location) ? sal.location : undefined;
    const lat = _num(loc?.latitude);
    const lng = _num(loc?.longitude);
    if (lat !== undefined && lng !== undefined) out.push({ lat, lng });
  }
  return out;
}

function _areas(service: _Json): string[] {
  return _objects(service.service_areas).flatMap((a) => [_str(a.uri)?.split('/').pop(), _str(a.name), _str(a.service_area)]).filter((x): x is string => x !== undefined);
}

const TRUE = new Set(['true', '1', 'yes']);

/** The in-memory ORUK 3.0 API over a feed. */
export class _Api {
  readonly services: _Json[];
  private readonly servicesById = new Map<string, _Json>();
  private readonly organizations = new Map<string, _Json>();
  private readonly sals = new Map<string, _Json>();
  private readonly taxonomies = new Map<string, _Json>();
  private readonly terms = new Map<string, _Json>();
  private readonly apiDetails: _Json;
  private readonly perPage: number;
  private readonly maxPerPage: number;

  constructor(
    feed: OpenReferralFeed,
    private readonly options: _ApiOptions = {},
  ) {
    this.services = [...(feed.services ?? [])];
    for (const s of this.services) if (typeof s.id === 'string') this.servicesById.set(s.id, s);
    for (const o of feed.organizations ?? []) if (typeof o.id === 'string') this.organizations.set(o.id, o);
    for (const s of this.services) {
      for (const sal of _objects(s.service_at_locations)) if (typeof sal.id === 'string' && !this.sals.has(sal.id)) this.sals.set(sal.id, { ...sal, service_id: s.id });
    }
    for (const sal of feed.service_at_locations ?? []) if (typeof sal.id === 'string' && !this.sals.has(sal.id)) this.sals.set(sal.id, sal);
    for (const t of feed.taxonomies ?? []) if (typeof t.id === 'string') this.taxonomies.set(t.id, t);
    for (const t of feed.taxonomy_terms ?? []) if (typeof t.id === 'string') this.terms.set(t.id, t);
    this.apiDetails = feed.api_details ?? { version: 'HSDS-UK-3.0', profile: 'https://openreferraluk.org/specifications/3.0/', openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json' };
    this.perPage = options.perPage ?? 50;
    this.maxPerPage = options.maxPerPage ?? 500;
  }

  /** Answers one GET request. `path` is the URL path, `query` its parameters. */
  get(path: string, query: URLSearchParams): _ApiResponse {
    const parts = path.replace(/(?<!\/)\/+$/, '').split('/').filter((p) => p !== '').map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
    if (parts.length === 0) return { status: 200, body: this.apiDetails };
    const [collection, id, extra] = parts;
    if (extra !== undefined) return _error(404, 'not_found', `No such endpoint: ${path}`);
    const lists: Record<string, Map<string, _Json> | undefined> = {
      services: this.servicesById,
      organizations: this.organizations,
      service_at_locations: this.sals,
      taxonomies: this.taxonomies,
      taxonomy_terms: this.terms,
    };
    // Own keys only: /__proto__ or /constructor must not reach Object.prototype (it answered 500).
    const map = collection === undefined || !Object.hasOwn(lists, collection) ? undefined : lists[collection];
    if (map === undefined) return _error(404, 'not_found', `No such endpoint: /${collection ?? ''}. This API serves /, /services, /organizations, /service_at_locations, /taxonomies and /taxonomy_terms.`);
    if (id !== undefined) {
      const record = map.get(id);
      if (record === undefined) return _error(404, 'not_found', `No ${collection!.replace(/s$/, '').replace(/_/g, ' ')} with id ${JSON.stringify(id)}.`);
      if (collection === 'service_at_locations') {
        const service = this.servicesById.get(String(record.service_id));
        return { status: 200, body: service === undefined ? record : { ...record, service: _listItem(service) } };
      }
      return { status: 200, body: record };
    }
    const paging = this.paging(query);
    if ('status' in paging) return paging;
    const filtered = this.filter(collection!, [...map.values()], query);
    if (!Array.isArray(filtered)) return filtered;
    const full = TRUE.has((query.get('full') ?? '').toLowerCase());
    const shaped = filtered.map((r) => {
      if (collection === 'service_at_locations') {
        const service = this.servicesById.get(String(r.service_id));
        const item = _listItem(r);
        return service === undefined ? item : { ...item, service: _listItem(service) };
      }
      if (collection === 'taxonomies' || collection === 'taxonomy_terms') return r;
      return full ? r : _listItem(r);
    });
    return { status: 200, body: _page(shaped, paging.page, paging.perPage) };
  }

  private paging(query: URLSearchParams): { page: number; perPage: number } | _ApiResponse {
    const page = query.get('page') ?? '1';
    const perPage = query.get('per_page') ?? String(this.perPage);
    if (!/^\d{1,9}$/.test(page) || Number(page) < 1) return _error(400, 'bad_request', `page must be a whole number from 1, got ${JSON.stringify(page)}.`);
    if (!/^\d{1,9}$/.test(perPage) || Number(perPage) < 1 || Number(perPage) > this.maxPerPage) {
      return _error(400, 'bad_request', `per_page must be a whole number from 1 to ${this.maxPerPage}, got ${JSON.stringify(perPage)}.`);
    }
    return { page: Number(page), perPage: Number(perPage) };
  }

  private filter(collection: string, records: _Json[], query: URLSearchParams): _Json[] | _ApiResponse {
    let out = records;
    const text = (query.get('text') ?? query.get('search') ?? '').trim().toLowerCase();
    if (text !== '') {
      const words = text.split(/\s+/);
      out = out.filter((r) => {
        const haystack = _text(collection === 'service_at_locations' ? { ...r, ...(this.servicesById.get(String(r.service_id)) ?? {}) } : r);
        return words.every((w) => haystack.includes(w));
      });
    }
    const serviceOf = (r: _Json): _Json | undefined => (collection === 'services' ? r : collection === 'service_at_locations' ? this.servicesById.get(String(r.service_id)) : undefined);
    const termId = query.get('taxonomy_term_id');
    if (termId !== null && (collection === 'services' || collection === 'service_at_locations' || collection === 'organizations')) {
      out = out.filter((r) => _termIds(serviceOf(r) ?? r).has(termId));
    }
    const taxonomyId = query.get('taxonomy_id');
    if (taxonomyId !== null) {
      if (collection === 'taxonomy_terms') out = out.filter((r) => r.taxonomy_id === taxonomyId);
      else if (collection !== 'taxonomies') out = out.filter((r) => _taxonomyIds(serviceOf(r) ?? r).has(taxonomyId));
    }
    if (collection === 'taxonomy_terms') {
      const parent = query.get('parent_id');
      if (parent !== null) out = out.filter((r) => r.parent_id === parent);
      if (TRUE.has((query.get('top_only') ?? '').toLowerCase())) out = out.filter((r) => r.parent_id === undefined);
    }
    const orgId = query.get('organization_id');
    if (orgId !== null && (collection === 'services' || collection === 'service_at_locations')) out = out.filter((r) => serviceOf(r)?.organization_id === orgId);
    const modifiedAfter = query.get('modified_after');
    if (modifiedAfter !== null && (collection === 'services' || collection === 'service_at_locations')) {
      const t = Date.parse(modifiedAfter);
      if (Number.isNaN(t)) return _error(400, 'bad_request', `modified_after must be a date-time such as 2026-01-31T00:00:00Z, got ${JSON.stringify(modifiedAfter)}.`);
      out = out.filter((r) => {
        const s = serviceOf(r);
        const stamp = _str(s?.last_modified) ?? _str(s?.assured_date);
        return stamp !== undefined && Date.parse(stamp) > t;
      });
    }
    const postcode = query.get('postcode');
    const proximity = query.get('proximity');
    if (proximity !== null && postcode === null) return _error(400, 'bad_request', 'proximity needs a postcode to measure from.');
    if (postcode !== null && (collection === 'services' || collection === 'service_at_locations')) {
      const place = this.options.resolvePostcode?.(postcode.trim().toUpperCase().replace(/\s+/g, ' '));
      if (place === undefined) return _error(400, 'unknown_postcode', `The postcode ${JSON.stringify(postcode)} is not known to this server.`);
      if (proximity !== null) {
        const metres = Number(proximity);
        if (!Number.isFinite(metres) || metres < 0) return _error(400, 'bad_request', `proximity must be a distance in metres, got ${JSON.stringify(proximity)}.`);
        out = out.filter((r) => {
          if (collection === 'service_at_locations') {
            const loc = _isObject(r.location) ? r.location : undefined;
            const lat = _num(loc?.latitude);
            const lng = _num(loc?.longitude);
            return lat !== undefined && lng !== undefined && _metres(place, { lat, lng }) <= metres;
          }
          return _points(r).some((p) => _metres(place, p) <= metres);
        });
      } else {
        // Without proximity: keep services whose service area contains the postcode (or that state no area).
        const codes = new Set(place.areaCodes ?? []);
        out = out.filter((r) => {
          const areas = _areas(serviceOf(r) ?? r);
          return areas.length === 0 || areas.some((a) => codes.has(a));
        });
      }
    }
    return out;
  }
}
