import { _isObject, type _Json } from './_json.js';
import type { OpenReferralIssue } from './_types.js';

/** Which API endpoint a document came from: problems on `basic` ones make an ORUK feed fail. */
export type _Endpoint = 'api_details' | 'services' | 'organizations' | 'service_at_locations' | 'taxonomies' | 'taxonomy_terms';

/** One record found in the input, with where it was found. */
export interface _Found {
  doc: _Json;
  pointer: string;
  endpoint: _Endpoint;
}

/** The input feed, flattened: every record with its JSON Pointer and endpoint. */
export interface _Normalised {
  apiDetails?: _Found;
  services: _Found[];
  organizations: _Found[];
  serviceAtLocations: _Found[];
  taxonomies: _Found[];
  taxonomyTerms: _Found[];
  /** True when the feed is ORUK 1.0 (Spring pages, `regular_schedules`, …). */
  v1: boolean;
  issues: OpenReferralIssue[];
}

const V1_KEYS = ['regular_schedules', 'holiday_schedules', 'eligibilitys', 'service_taxonomys', 'deliverable_type', 'attending_type', 'attending_access', 'reviews', 'fundings'];

/** True when a service looks like ORUK 1.0. */
export function _looksV1(service: _Json): boolean {
  return V1_KEYS.some((k) => k in service);
}

function _items(value: unknown, pointer: string, endpoint: _Endpoint, out: _Found[], state: { v1: boolean }): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      // An array of pages (a harvest) or an array of records.
      if (_isObject(item) && (Array.isArray(item.contents) || Array.isArray(item.content))) _items(item, `${pointer}/${i}`, endpoint, out, state);
      else if (_isObject(item)) out.push({ doc: item, pointer: `${pointer}/${i}`, endpoint });
    });
  } else if (_isObject(value)) {
    if (Array.isArray(value.contents)) _items(value.contents, `${pointer}/contents`, endpoint, out, state);
    else if (Array.isArray(value.content)) {
      state.v1 = true;
      _items(value.content, `${pointer}/content`, endpoint, out, state);
    } else out.push({ doc: value, pointer, endpoint });
  }
}

const BUNDLE_KEYS: readonly _Endpoint[] = ['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms'];

/**
 * Finds the records in whatever was given: a feed object keyed by endpoint, one page
 * (`contents`, or ORUK 1.0 `content`), an array of services or pages, or one service.
 */
export function _normalise(feed: unknown): _Normalised {
  const out: _Normalised = { services: [], organizations: [], serviceAtLocations: [], taxonomies: [], taxonomyTerms: [], v1: false, issues: [] };
  const state = { v1: false };
  const lists: Record<string, _Found[]> = {
    services: out.services,
    organizations: out.organizations,
    service_at_locations: out.serviceAtLocations,
    taxonomies: out.taxonomies,
    taxonomy_terms: out.taxonomyTerms,
  };
  if (Array.isArray(feed)) _items(feed, '', 'services', out.services, state);
  else if (_isObject(feed)) {
    const isBundle = 'api_details' in feed || (!('id' in feed) && !('name' in feed) && BUNDLE_KEYS.some((k) => k in feed && (Array.isArray(feed[k]) || _isObject(feed[k]))));
    if (isBundle) {
      if (_isObject(feed.api_details)) out.apiDetails = { doc: feed.api_details, pointer: '/api_details', endpoint: 'api_details' };
      for (const key of BUNDLE_KEYS) if (key in feed) _items(feed[key], `/${key}`, key, lists[key]!, state);
    } else if (Array.isArray(feed.contents) || Array.isArray(feed.content)) _items(feed, '', 'services', out.services, state);
    else if ('id' in feed || 'name' in feed) out.services.push({ doc: feed, pointer: '', endpoint: 'services' });
    else {
      out.issues.push({ code: 'openreferral_unrecognised_input', severity: 'error', pointer: '', message: 'This is not an Open Referral feed: expected a service, a page of services, or a feed object keyed by endpoint.' });
    }
  } else {
    out.issues.push({ code: 'openreferral_unrecognised_input', severity: 'error', pointer: '', message: 'This is not an Open Referral feed: expected a JSON object or array.' });
  }
  // Only a string or number: String() of an object with its own "toString" key throws (issue 11).
  const rawVersion = _isObject(out.apiDetails?.doc) ? out.apiDetails.doc.version : undefined;
  const version = typeof rawVersion === 'string' || typeof rawVersion === 'number' ? String(rawVersion) : '';
  out.v1 = state.v1 || /^(?:HSDS-UK-)?1(?:\.|$)/i.test(version) || out.services.some((s) => _looksV1(s.doc));
  return out;
}
