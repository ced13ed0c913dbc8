import { _isObject, _objects, type _Json } from './_json.js';
import type { _Endpoint } from './_normalise.js';
import type { OpenReferralIssue } from './_types.js';

// The structural rules of the ORUK 3.0 / HSDS 3.0 JSON Schemas that a feed breaks most:
// required fields, enums and the uri / email formats. Problems on the endpoints an ORUK feed
// must pass (`/`, `/services`, `/services/{id}`) are errors; elsewhere they are warnings, as the
// ORUK validator grades them.

/** RFC 3986 absolute URI (what JSON Schema `format: uri` accepts): a scheme, a colon, no spaces. */
export const _URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
/** A plain email address (what JSON Schema `format: email` accepts, roughly). */
export const _EMAIL = /^[^\s@"(),:;<>[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

interface Rule {
  required?: readonly string[];
  uri?: readonly string[];
  email?: readonly string[];
  enums?: Readonly<Record<string, readonly string[]>>;
  /** Nested arrays or objects and their rule names. */
  children?: Readonly<Record<string, string>>;
}

const RULES: Record<string, Rule> = {
  api_details: { required: ['version', 'profile', 'openapi_url'], uri: ['profile', 'openapi_url'] },
  service: {
    required: ['id', 'name', 'status'],
    uri: ['url'],
    email: ['email', 'assurer_email'],
    enums: { status: ['active', 'inactive', 'defunct', 'temporarily closed'] },
    children: {
      organization: 'organization',
      schedules: 'schedule',
      service_at_locations: 'service_at_location',
      attributes: 'attribute',
      contacts: 'contact',
      phones: 'phone',
      cost_options: 'id',
      service_areas: 'id',
      languages: 'id',
      funding: 'id',
    },
  },
  organization: { required: ['id', 'name', 'description'], uri: ['website', 'uri'], email: ['email'], children: { organization_identifiers: 'organization_identifier', attributes: 'attribute', phones: 'phone', contacts: 'contact' } },
  organization_identifier: { required: ['id', 'identifier_type', 'identifier'] },
  service_at_location: { required: ['id'], children: { location: 'location', attributes: 'attribute' } },
  location: {
    required: ['id', 'location_type'],
    uri: ['url'],
    enums: { location_type: ['physical', 'postal', 'virtual'] },
    children: { addresses: 'address', accessibility: 'accessibility', attributes: 'attribute', phones: 'phone' },
  },
  address: { required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'], enums: { address_type: ['physical', 'postal', 'virtual'] } },
  accessibility: { required: ['id'], uri: ['url'] },
  schedule: { required: ['id'], uri: ['schedule_link'], enums: { freq: ['WEEKLY', 'MONTHLY'] } },
  attribute: { required: ['id'], children: { taxonomy_term: 'taxonomy_term' } },
  contact: { required: ['id'], email: ['email'], children: { phones: 'phone' } },
  phone: { required: ['id', 'number'] },
  taxonomy: { required: ['id', 'name', 'description'], uri: ['uri'], children: { taxonomy_terms: 'taxonomy_term' } },
  taxonomy_term: { required: ['id', 'name', 'description'], uri: ['term_uri'] },
  id: { required: ['id'] },
};

const BASIC: ReadonlySet<_Endpoint> = new Set(['api_details', 'services']);

/**
 * Checks one Open Referral document against the schema rules above and reports each problem
 * with its JSON Pointer. Returns the pointers of the problems, so the importer knows which
 * values not to carry.
 */
export function _check(doc: _Json, rule: string, pointer: string, endpoint: _Endpoint, recordId: string | undefined, issues: OpenReferralIssue[]): Set<string> {
  const bad = new Set<string>();
  const severity = BASIC.has(endpoint) ? 'error' : 'warning';
  const where = BASIC.has(endpoint) ? '' : ' (on an optional endpoint, so the ORUK validator only warns)';
  const walk = (d: _Json, ruleName: string, at: string): void => {
    const r = RULES[ruleName];
    if (r === undefined) return;
    for (const key of r.required ?? []) {
      const v = d[key];
      if (v === undefined || v === null || v === '') {
        bad.add(`${at}/${key}`);
        issues.push({ code: 'openreferral_missing_required', severity, pointer: `${at}/${key}`, field: `${ruleName}.${key}`, ...(recordId === undefined ? {} : { recordId }), message: `The ${ruleName.replace(/_/g, ' ')} has no "${key}", which Open Referral requires${where}.` });
      }
    }
    const format = (keys: readonly string[] | undefined, test: RegExp, what: string, code: string): void => {
      for (const key of keys ?? []) {
        const v = d[key];
        if (v === undefined || v === null) continue;
        if (typeof v !== 'string' || !test.test(v)) {
          bad.add(`${at}/${key}`);
          issues.push({ code, severity, pointer: `${at}/${key}`, field: `${ruleName}.${key}`, ...(recordId === undefined ? {} : { recordId }), message: `The ${ruleName.replace(/_/g, ' ')} "${key}" ${JSON.stringify(v)} is not ${what}${where}.` });
        }
      }
    };
    format(r.uri, _URI, 'a full web address (URI)', 'openreferral_invalid_uri');
    format(r.email, _EMAIL, 'an email address', 'openreferral_invalid_email');
    for (const [key, allowed] of Object.entries(r.enums ?? {})) {
      const v = d[key];
      // Objects are never allowed values (and String() of one with its own "toString" key throws).
      if (v !== undefined && v !== null && (typeof v === 'object' || !allowed.includes(String(v)))) {
        bad.add(`${at}/${key}`);
        issues.push({ code: 'openreferral_invalid_value', severity, pointer: `${at}/${key}`, field: `${ruleName}.${key}`, ...(recordId === undefined ? {} : { recordId }), message: `The ${ruleName.replace(/_/g, ' ')} "${key}" ${JSON.stringify(v)} is not one of ${allowed.join(', ')}${where}.` });
      }
    }
    for (const [key, child] of Object.entries(r.children ?? {})) {
      const v = d[key];
      if (Array.isArray(v)) _objects(v).forEach((c) => walk(c, child, `${at}/${key}/${v.indexOf(c)}`));
      else if (_isObject(v)) walk(v, child, `${at}/${key}`);
    }
  };
  walk(doc, rule, pointer);
  return bad;
}
