import {
  ACTIVITY_TYPES,
  ActivitySchema,
  GSS_CODE_PATTERN,
  LanguageTagSchema,
  OrganisationSchema,
  PlaceSchema,
  STANDARD_VERSION,
  UK_POSTCODE_PATTERN,
  UrlSchema,
  type ActivityInput,
  type DatasetInput,
  type OrganisationInput,
  type PlaceInput,
} from '@artsrx/schema';
import { _check, _EMAIL } from './_lib/_check.js';
import { _importSchedule } from './_lib/_importSchedule.js';
import { _isObject, _num, _objects, _str, type _Json } from './_lib/_json.js';
import { _normalise, type _Endpoint } from './_lib/_normalise.js';
import { _fromOruk1 } from './_lib/_oruk1.js';
import { _resolveTerm } from './_lib/_taxonomies.js';
import type { OpenReferralIssue } from './_lib/_types.js';

/** Options of {@link fromOpenReferral}. */
export interface FromOpenReferralOptions {
  /** "Now": the dataset's `generatedAt` and the fallback provenance date. Default: the current time. */
  now?: Date;
  /** The dataset publisher. Default: `{ name: 'Open Referral feed' }`, reported as an assumption. */
  publisher?: { name: string; url?: string; email?: string };
  /** The dataset licence (SPDX id or URL). Default `OGL-UK-3.0`, reported as an assumption. */
  license?: string;
  /**
   * Suggests art forms for a service that records none, e.g. `@artsrx/classify`. Each
   * suggestion is reported as an assumption. Without it, such services get `combined-arts` and
   * a warning.
   */
  suggestArtForms?: (service: { name: string; description?: string }) => readonly string[];
}

/** What {@link fromOpenReferral} returns. */
export interface FromOpenReferralResult {
  /** The ArtsRx dataset (organisations, places and activities; Open Referral has no assets). */
  dataset: DatasetInput;
  /** Per record: every field or value not carried, every assumption, every schema problem. */
  report: OpenReferralIssue[];
}

const STATUS: Record<string, ActivityInput['status']> = { active: 'active', 'temporarily closed': 'temporarily-closed', inactive: 'ended', defunct: 'ended' };
const GB = new Set(['GB', 'UK', 'GBR', 'UNITED KINGDOM', 'ENGLAND', 'SCOTLAND', 'WALES', 'NORTHERN IRELAND', 'GREAT BRITAIN']);

/** Service fields ArtsRx has no place for: reported when present. */
const SERVICE_NOT_CARRIED: Record<string, string> = {
  alternate_name: 'ArtsRx has one name per activity',
  accreditations: 'ArtsRx has no accreditation field',
  interpretation_services: 'ArtsRx records languages, not interpretation services',
  application_process: 'ArtsRx records referral routes as structured socialPrescribing, not text',
  wait_time: 'ArtsRx has no waiting time',
  licenses: 'ArtsRx has no licence field',
  alert: 'ArtsRx has no alert field',
  assurer_email: 'ArtsRx does not keep who checked a record',
  program: 'ArtsRx has no programmes',
  program_id: 'ArtsRx has no programmes',
  required_documents: 'ArtsRx has no required documents',
  funding: 'ArtsRx has no funding sources on activities',
  metadata: 'ArtsRx keeps provenance, not a change log',
  capacities: 'ArtsRx capacity is per session and not read from HSDS 3.1',
  additional_urls: 'ArtsRx keeps one web page per activity',
  deliverable_type: 'ArtsRx has no deliverable type',
  attending_type: 'ArtsRx derives attendance from locations',
  attending_access: 'ArtsRx has no attending access',
  holiday_schedules: 'ArtsRx keeps closures as schedule exceptions, not holiday schedules',
  reviews: 'ArtsRx has no reviews',
  eligibility_groups: 'ArtsRx eligibility has ages and areas, not groups',
};
const ORG_NOT_CARRIED = ['alternate_name', 'logo', 'uri', 'parent_organization_id', 'tax_status', 'tax_id', 'year_incorporated', 'legal_status', 'funding', 'programs', 'contacts', 'locations', 'metadata', 'additional_websites'];
const LOCATION_NOT_CARRIED = ['alternate_name', 'description', 'url', 'external_identifier_type', 'languages', 'contacts', 'phones', 'schedules', 'metadata'];

/**
 * Reads an Open Referral feed into an ArtsRx dataset: Open Referral UK 3.0 and HSDS 3.0 JSON
 * (tolerating both published variants of ORUK 3.0 — the schema, which leaves out fields such as
 * `eligibility_description`, and the changelog, which lists them), and ORUK 1.0 (Spring-style
 * `{ totalElements, totalPages, number, content }` pages, `regular_schedules`,
 * `service_taxonomys`). The feed can be one service, one page, an array of services or pages, or
 * an object keyed by endpoint (`api_details`, `services`, `organizations`, `taxonomies`, …) as
 * `toOpenReferral` and `harvestOpenReferral` make. Never throws on bad data: every schema
 * problem (an error on `/` and `/services`, a warning elsewhere, as the ORUK validator grades
 * them), every value not carried and every assumption is reported per record.
 *
 * @param feed - Parsed JSON of the feed.
 * @param options - See {@link FromOpenReferralOptions}.
 * @returns `{ dataset, report }`.
 * @example
 * const { dataset, report } = fromOpenReferral(page);
 * dataset.activities.length;
 * //=> the number of services on the page
 */
export function fromOpenReferral(feed: unknown, options: FromOpenReferralOptions = {}): FromOpenReferralResult {
  if (options.suggestArtForms !== undefined && typeof options.suggestArtForms !== 'function') {
    throw new TypeError('fromOpenReferral: options.suggestArtForms must be a function');
  }
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const found = _normalise(feed);
  const report: OpenReferralIssue[] = [...found.issues];
  const label = found.v1 ? 'Open Referral UK 1.0' : 'Open Referral 3.0';

  // `/` document
  if (found.apiDetails !== undefined) _check(found.apiDetails.doc, 'api_details', found.apiDetails.pointer, 'api_details', undefined, report);
  // Optional endpoints are checked for the report; their content is read through services.
  for (const t of found.taxonomies) _check(t.doc, 'taxonomy', t.pointer, t.endpoint, undefined, report);
  for (const t of found.taxonomyTerms) _check(t.doc, 'taxonomy_term', t.pointer, t.endpoint, undefined, report);
  // Services at locations published on their own endpoint, for services that do not nest them.
  const salsByService = new Map<string, _Json[]>();
  for (const sal of found.serviceAtLocations) {
    _check(sal.doc, 'service_at_location', sal.pointer, sal.endpoint, undefined, report);
    const serviceId = _str(sal.doc.service_id) ?? (_isObject(sal.doc.service) ? _str(sal.doc.service.id) : undefined);
    if (serviceId !== undefined) salsByService.set(serviceId, [...(salsByService.get(serviceId) ?? []), sal.doc]);
  }
  const termsById = new Map<string, _Json>();
  for (const t of found.taxonomyTerms) if (typeof t.doc.id === 'string') termsById.set(t.doc.id, t.doc);

  const organisations = new Map<string, OrganisationInput>();
  const places = new Map<string, PlaceInput>();
  const activities: ActivityInput[] = [];
  const provenance = (date: string | undefined) => ({
    source: 'directory' as const,
    recordedAt: date ?? today,
    notes: `Imported from an ${label} feed${options.publisher === undefined ? '' : ` published by ${options.publisher.name}`}.`,
  });
  const notCarried = (recordId: string, pointer: string, field: string, why: string, severity: OpenReferralIssue['severity'] = 'warning'): void => {
    report.push({ code: 'openreferral_not_carried', severity, recordId, pointer, field, message: `${field} is not carried: ${why}.` });
  };
  const assume = (recordId: string, pointer: string, field: string, message: string, severity: OpenReferralIssue['severity'] = 'info'): void => {
    report.push({ code: 'openreferral_assumption', severity, recordId, pointer, field, message });
  };
  const httpUrl = (value: unknown): string | undefined => {
    const s = _str(value);
    return s !== undefined && UrlSchema.safeParse(s).success ? s : undefined;
  };
  const attributeTerms = (attrs: unknown, pointer: string, recordId: string, entity: string) => {
    const out: { vocab: string; term: string; value?: string }[] = [];
    _objects(attrs).forEach((a, i) => {
      let term = _isObject(a.taxonomy_term) ? a.taxonomy_term : undefined;
      if (term === undefined && typeof a.taxonomy_term_id === 'string') term = termsById.get(a.taxonomy_term_id) ?? { id: a.taxonomy_term_id };
      const hit = term === undefined ? undefined : _resolveTerm(term);
      if (hit === undefined) {
        const name = term === undefined ? _str(a.label) ?? _str(a.value) ?? 'unnamed' : _str(term.name) ?? _str(term.term) ?? _str(term.id) ?? 'unnamed';
        const uri = term === undefined ? undefined : _str(term.term_uri);
        notCarried(recordId, `${pointer}/attributes/${i}`, `${entity}.attributes`, `taxonomy term "${name}"${uri === undefined ? '' : ` (${uri})`} is not from an ArtsRx vocabulary`);
      } else out.push({ ...hit, ...(_str(a.value) === undefined ? {} : { value: _str(a.value)! }) });
    });
    return out;
  };

  const readOrganisation = (org: _Json, pointer: string, endpoint: _Endpoint): string | undefined => {
    const id = _str(org.id);
    if (id === undefined) return undefined;
    const bad = _check(org, 'organization', pointer, endpoint, id, []);
    const existing = organisations.get(id);
    const name = _str(org.name) ?? existing?.name;
    if (name === undefined) {
      assume(id, `${pointer}/name`, 'organization.name', `The organisation ${id} has no name; "Organisation ${id}" is used.`, 'warning');
    }
    const o: OrganisationInput = { ...(existing ?? {}), id, name: name ?? `Organisation ${id}`, provenance: existing?.provenance ?? provenance(undefined) };
    const description = _str(org.description);
    if (description !== undefined) o.description = description;
    const website = httpUrl(org.website);
    if (website !== undefined) o.url = website;
    else if (_str(org.website) !== undefined && !bad.has(`${pointer}/website`)) notCarried(id, `${pointer}/website`, 'organization.website', `"${_str(org.website)}" is not an http(s) web address`);
    const email = _str(org.email);
    if (email !== undefined && _EMAIL.test(email)) o.email = email;
    const phone = _str(_objects(org.phones)[0]?.number);
    if (phone !== undefined && /^\+?[0-9 ()-]{6,25}$/.test(phone)) o.phone = phone;
    const identifiers = _objects(org.organization_identifiers).flatMap((i, n) => {
      const scheme = _str(i.identifier_scheme);
      const value = _str(i.identifier);
      if (scheme !== undefined && value !== undefined && /^[A-Z]{2}-[A-Z0-9]{2,10}$/.test(scheme)) return [{ scheme, value }];
      notCarried(id, `${pointer}/organization_identifiers/${n}`, 'organization.organization_identifiers', `identifier ${JSON.stringify(value ?? '')} has no org-id.guide scheme code (such as GB-CHC)`);
      return [];
    });
    if (identifiers.length > 0) o.identifiers = identifiers;
    for (const t of attributeTerms(org.attributes, pointer, id, 'organization')) {
      if (t.vocab === 'abcd-category') o.abcdCategory = t.term as OrganisationInput['abcdCategory'];
      else if (t.vocab === 'art-form') o.artForms = [...new Set([...(o.artForms ?? []), t.term])] as OrganisationInput['artForms'];
      else notCarried(id, `${pointer}/attributes`, 'organization.attributes', `${t.vocab} ${t.term} does not apply to organisations`);
    }
    for (const key of ORG_NOT_CARRIED) {
      if (org[key] !== undefined && org[key] !== null && org[key] !== '' && !(Array.isArray(org[key]) && (org[key] as unknown[]).length === 0)) {
        if (existing === undefined) notCarried(id, `${pointer}/${key}`, `organization.${key}`, 'ArtsRx organisations have no such field');
      }
    }
    organisations.set(id, o);
    return id;
  };

  const readPlace = (loc: _Json, pointer: string): string | undefined => {
    const id = _str(loc.id);
    if (id === undefined) return undefined;
    if (places.has(id)) return id;
    const address = _objects(loc.addresses).find((a) => a.address_type !== 'postal') ?? _objects(loc.addresses)[0];
    const name = _str(loc.name) ?? _str(address?.address_1);
    if (_str(loc.name) === undefined) assume(id, `${pointer}/name`, 'location.name', `The location has no name; ${name === undefined ? `"Location ${id}"` : 'its first address line'} is used.`);
    const p: PlaceInput = { id, name: name ?? `Location ${id}`, provenance: provenance(undefined) };
    const lat = _num(loc.latitude);
    const lng = _num(loc.longitude);
    if (lat !== undefined && lng !== undefined) {
      if (lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) p.geo = { type: 'Point', coordinates: [lng, lat] };
      else notCarried(id, `${pointer}/latitude`, 'location.latitude', `latitude ${lat}, longitude ${lng} are outside the world's range`);
    }
    if (address !== undefined) {
      const country = _str(address.country)?.toUpperCase();
      const lines = [_str(address.address_1), _str(address.address_2)].filter((l): l is string => l !== undefined);
      if (country !== undefined && !GB.has(country)) notCarried(id, `${pointer}/addresses/0/country`, 'address', `ArtsRx addresses are in the UK, and this one is in "${_str(address.country)}"`);
      else if (lines.length === 0) notCarried(id, `${pointer}/addresses/0`, 'address', 'it has no address line');
      else {
        const postcode = _str(address.postal_code);
        const a: NonNullable<PlaceInput['address']> = { lines, country: 'GB' };
        const town = _str(address.city);
        if (town !== undefined) a.town = town;
        if (postcode !== undefined && UK_POSTCODE_PATTERN.test(postcode)) a.postcode = postcode.toUpperCase();
        else if (postcode !== undefined) notCarried(id, `${pointer}/addresses/0/postal_code`, 'address.postal_code', `"${postcode}" is not a UK postcode`);
        p.address = a;
        if (country === undefined) assume(id, `${pointer}/addresses/0/country`, 'address.country', 'The address gives no country; GB is assumed.');
        const state = _str(address.state_province);
        if (state !== undefined && state !== town) notCarried(id, `${pointer}/addresses/0/state_province`, 'address.state_province', 'ArtsRx addresses have no county or state');
        for (const key of ['region', 'attention'] as const) if (_str(address[key]) !== undefined) notCarried(id, `${pointer}/addresses/0/${key}`, `address.${key}`, 'ArtsRx addresses have no such field');
      }
    }
    const uprn = _str(loc.external_identifier);
    if (uprn !== undefined) {
      if (/^\d{1,12}$/.test(uprn) && (_str(loc.external_identifier_type) ?? 'UPRN').toUpperCase() === 'UPRN') p.uprn = uprn;
      else notCarried(id, `${pointer}/external_identifier`, 'location.external_identifier', 'only UPRNs are kept');
    }
    const access = _objects(loc.accessibility)
      .map((a) => [_str(a.description) ?? _str(a.accessibility), _str(a.details)].filter((x): x is string => x !== undefined).join(' '))
      .filter((x) => x !== '');
    if (access.length > 0) p.accessibilityNotes = [...new Set(access)].join('\n');
    if (_objects(loc.accessibility).some((a) => _str(a.url) !== undefined)) notCarried(id, `${pointer}/accessibility`, 'accessibility.url', 'ArtsRx keeps access information as text');
    const transport = _str(loc.transportation);
    if (transport !== undefined) p.transportNotes = transport;
    for (const t of attributeTerms(loc.attributes, pointer, id, 'location')) {
      if (t.vocab === 'venue-feature') p.venueFeatures = { ...(p.venueFeatures ?? {}), [t.term]: t.value !== 'false' };
      else notCarried(id, `${pointer}/attributes`, 'location.attributes', `${t.vocab} ${t.term} does not apply to places`);
    }
    for (const key of LOCATION_NOT_CARRIED) {
      const v = loc[key];
      if (key === 'external_identifier_type' || key === 'url') continue;
      if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)) notCarried(id, `${pointer}/${key}`, `location.${key}`, 'ArtsRx places have no such field');
    }
    const parsed = PlaceSchema.safeParse(p);
    if (!parsed.success) {
      report.push({ code: 'openreferral_record_dropped', severity: 'warning', recordId: id, pointer, message: `The location could not be made into an ArtsRx place: ${parsed.error.issues.map((i) => i.message).join('; ')}.` });
      return undefined;
    }
    places.set(id, p);
    return id;
  };

  // Organizations endpoint first, then the organizations nested in services.
  for (const o of found.organizations) readOrganisation(o.doc, o.pointer, o.endpoint);

  // Full records win over list items with the same id.
  const byId = new Map<string, { doc: _Json; pointer: string; endpoint: _Endpoint }>();
  const order: string[] = [];
  found.services.forEach((s, n) => {
    const key = _str(s.doc.id) ?? `#${n}`;
    const prev = byId.get(key);
    if (prev === undefined) order.push(key);
    byId.set(key, prev === undefined ? s : { ...s, doc: { ...prev.doc, ...s.doc } });
    // Problems are reported on each document as found.
    const v = found.v1 ? _fromOruk1(s.doc) : s.doc;
    _check(v, 'service', s.pointer, s.endpoint, _str(s.doc.id), report);
  });

  for (const key of order) {
    try {
      readService(key);
    } catch {
      // A safety net: bad data must never throw out of an import.
      report.push({ code: 'openreferral_record_unreadable', severity: 'error', recordId: key, pointer: byId.get(key)?.pointer ?? '', message: 'This service could not be read at all; it is left out.' });
    }
  }

  function readService(key: string): void {
    const entry = byId.get(key)!;
    const s = found.v1 ? _fromOruk1(entry.doc) : entry.doc;
    const pointer = entry.pointer;
    const id = _str(s.id);
    const name = _str(s.name);
    if (id === undefined || name === undefined) {
      report.push({ code: 'openreferral_record_dropped', severity: 'error', ...(id === undefined ? {} : { recordId: id }), pointer, message: `A service without ${id === undefined ? 'an id' : 'a name'} cannot be carried; it is left out.` });
      return;
    }
    const bad = _check(s, 'service', pointer, entry.endpoint, id, []);
    const a: Partial<ActivityInput> & { id: string; name: string } = { id, name };
    const description = _str(s.description);
    if (description !== undefined) a.description = description;

    // Organisation
    let orgId = _isObject(s.organization) ? readOrganisation(s.organization, `${pointer}/organization`, entry.endpoint) : undefined;
    orgId ??= _str(s.organization_id);
    if (orgId !== undefined && !organisations.has(orgId)) {
      assume(id, `${pointer}/organization_id`, 'service.organization_id', `The service names organization ${orgId}, which the feed does not describe; an organisation with that id and no details is added.`, 'warning');
      organisations.set(orgId, { id: orgId, name: `Organisation ${orgId}`, provenance: provenance(undefined) });
    }
    if (orgId === undefined) {
      orgId = `unknown-organisation-${id}`;
      assume(id, `${pointer}/organization_id`, 'service.organization_id', 'The service names no organization, which ORUK requires; a placeholder organisation is added.', 'warning');
      organisations.set(orgId, { id: orgId, name: `Organisation running ${name}`, provenance: provenance(undefined) });
    }
    a.organisationId = orgId;

    // Links and contact
    const url = _str(s.url);
    if (url !== undefined && !bad.has(`${pointer}/url`)) {
      if (httpUrl(url) !== undefined) a.url = url;
      else notCarried(id, `${pointer}/url`, 'service.url', `"${url}" is not an http(s) web address`);
    }
    const contact: NonNullable<ActivityInput['contact']> = {};
    const email = _str(s.email);
    if (email !== undefined && !bad.has(`${pointer}/email`)) contact.email = email;
    const contacts = _objects(s.contacts);
    const c0 = contacts[0];
    if (c0 !== undefined) {
      const cName = _str(c0.name);
      if (cName !== undefined) contact.name = cName;
      if (contact.email === undefined && _str(c0.email) !== undefined && _EMAIL.test(_str(c0.email)!)) contact.email = _str(c0.email)!;
      const phone = _str(_objects(c0.phones)[0]?.number);
      if (phone !== undefined) contact.phone = phone;
      if (_str(c0.title) !== undefined) notCarried(id, `${pointer}/contacts/0/title`, 'contact.title', 'ArtsRx contacts have a name or role, not a job title');
    }
    if (contacts.length > 1) notCarried(id, `${pointer}/contacts/1`, 'service.contacts', `ArtsRx keeps one contact per activity; ${contacts.length - 1} more not carried`);
    const servicePhone = _str(_objects(s.phones)[0]?.number);
    if (contact.phone === undefined && servicePhone !== undefined) contact.phone = servicePhone;
    if (contact.phone !== undefined && !/^\+?[0-9 ()-]{6,25}$/.test(contact.phone)) {
      notCarried(id, `${pointer}/contacts`, 'phone.number', `"${contact.phone}" is not a phone number ArtsRx can hold`);
      delete contact.phone;
    }
    if (Object.keys(contact).length > 0) a.contact = contact;

    // Status
    const status = _str(s.status);
    if (status !== undefined && STATUS[status] !== undefined) a.status = STATUS[status];
    else {
      a.status = 'active';
      assume(id, `${pointer}/status`, 'service.status', `The service status ${status === undefined ? 'is missing' : `"${status}" is not an Open Referral status`}; "active" is assumed.`, 'warning');
    }

    // Eligibility
    const eligibility: NonNullable<ActivityInput['eligibility']> = {};
    for (const [from, to] of [['minimum_age', 'minAge'], ['maximum_age', 'maxAge']] as const) {
      const v = _num(s[from]);
      if (v === undefined) continue;
      if (Number.isInteger(v) && v >= 0 && v <= 120) eligibility[to] = v;
      else notCarried(id, `${pointer}/${from}`, `service.${from}`, `${v} is not a whole age from 0 to 120`);
    }
    const eligText = _str(s.eligibility_description);
    if (eligText !== undefined) eligibility.notes = eligText;
    const areas: string[] = [];
    _objects(s.service_areas).forEach((area, i) => {
      const candidates = [_str(area.uri)?.split('/').pop(), _str(area.name), _str(area.service_area)];
      const code = candidates.find((c) => c !== undefined && GSS_CODE_PATTERN.test(c));
      if (code !== undefined) areas.push(code);
      else notCarried(id, `${pointer}/service_areas/${i}`, 'service_area', `area "${_str(area.name) ?? _str(area.service_area) ?? _str(area.uri) ?? ''}" has no ONS GSS code`);
      if (_str(area.extent) !== undefined) notCarried(id, `${pointer}/service_areas/${i}/extent`, 'service_area.extent', 'ArtsRx areas are GSS codes, not shapes');
    });
    if (areas.length > 0) eligibility.areaServed = [...new Set(areas)];
    if (Object.keys(eligibility).length > 0) a.eligibility = eligibility;

    // Cost
    const options_ = _objects(s.cost_options);
    const fees = _str(s.fees_description) ?? _str(s.fees);
    if (options_.length > 0) {
      const concessions = options_.filter((o) => _str(o.option)?.toLowerCase() === 'concessions');
      const main = options_.find((o) => !concessions.includes(o)) ?? options_[0]!;
      const amount = _num(main.amount);
      const isFree = amount === 0 || _str(main.option)?.toLowerCase() === 'free';
      const cost: NonNullable<ActivityInput['cost']> = { isFree };
      if (!isFree && amount !== undefined && amount > 0 && amount <= 100000) cost.price = amount;
      const notes = [_str(main.amount_description), fees].filter((x): x is string => x !== undefined);
      if (notes.length > 0) cost.notes = notes.join(' ');
      const conc = concessions.map((o) => _str(o.amount_description)).filter((x): x is string => x !== undefined);
      if (conc.length > 0) cost.concessions = conc.join(' ');
      const others = options_.filter((o) => o !== main && !concessions.includes(o));
      if (others.length > 0) notCarried(id, `${pointer}/cost_options`, 'service.cost_options', `ArtsRx keeps one price and concessions; ${others.length} other cost option${others.length === 1 ? '' : 's'} (${others.map((o) => _str(o.option) ?? _num(o.amount) ?? '?').join(', ')})`);
      const currency = options_.map((o) => _str(o.currency)?.toUpperCase()).find((c) => c !== undefined);
      if (currency !== undefined && currency !== 'GBP') notCarried(id, `${pointer}/cost_options/0/currency`, 'cost_option.currency', `ArtsRx prices are in pounds, and this is ${currency}`);
      if (options_.some((o) => _str(o.valid_from) !== undefined || _str(o.valid_to) !== undefined)) notCarried(id, `${pointer}/cost_options`, 'cost_option.valid_from', 'ArtsRx prices have no validity dates');
      if (_str(main.option) !== undefined && !['free', 'standard'].includes(_str(main.option)!.toLowerCase())) {
        assume(id, `${pointer}/cost_options/0/option`, 'cost_option.option', `The cost option "${_str(main.option)}" is read as the standard price.`);
      }
      a.cost = cost;
    } else if (fees !== undefined && /^\s*(free|free of charge|no charge|£?0(\.00)?)\s*(?:\.\s*)?$/i.test(fees)) {
      a.cost = { isFree: true };
      assume(id, `${pointer}/fees`, 'service.fees', `The fees text "${fees}" is read as free.`);
    } else if (fees !== undefined) {
      notCarried(id, `${pointer}/fees`, 'service.fees', `"${fees}" says nothing ArtsRx can record without knowing whether it is free`);
    }

    // Languages
    const langs: string[] = [];
    _objects(s.languages).forEach((l, i) => {
      const code = _str(l.code) ?? _str(l.language);
      if (code !== undefined && LanguageTagSchema.safeParse(code).success) langs.push(code);
      else if (code !== undefined || _str(l.name) !== undefined) notCarried(id, `${pointer}/languages/${i}`, 'language', `"${code ?? _str(l.name)}" is not a BCP 47 language code`);
    });
    if (langs.length > 0) a.languages = [...new Set(langs)];

    // Locations
    let physical = false;
    let virtual = false;
    const nested = _objects(s.service_at_locations);
    const sals = nested.length > 0 ? nested : (salsByService.get(id) ?? []);
    sals.forEach((sal, i) => {
      const loc = _isObject(sal.location) ? sal.location : undefined;
      if (loc === undefined) {
        if (_str(sal.location_id) !== undefined) notCarried(id, `${pointer}/service_at_locations/${i}`, 'service_at_location', `location ${_str(sal.location_id)} is referred to but not included`);
        return;
      }
      if (loc.location_type === 'virtual') {
        virtual = true;
        return;
      }
      physical = true;
      if (a.placeId !== undefined) {
        notCarried(id, `${pointer}/service_at_locations/${i}`, 'service_at_location', 'ArtsRx activities happen at one place; further locations are not linked');
        return;
      }
      const placeId = readPlace(loc, `${pointer}/service_at_locations/${i}/location`);
      if (placeId !== undefined) a.placeId = placeId;
    });
    const attending = _str(s.attending_type)?.toLowerCase();
    if (!physical && !virtual && (attending === 'online' || attending === 'phone')) virtual = true;
    a.attendanceMode = physical && virtual ? 'mixed' : virtual ? 'online' : 'in-person';
    if (!physical && !virtual) assume(id, `${pointer}/service_at_locations`, 'service_at_locations', 'The service has no location; in-person attendance is assumed.', 'warning');

    // Schedule
    const rows = _objects(s.schedules);
    if (rows.length > 0) {
      const out = _importSchedule(rows, _str(s.assured_date)?.slice(0, 10) ?? today);
      for (const issue of out.issues) report.push({ ...issue, recordId: id, pointer: `${pointer}${issue.pointer ?? '/schedules'}` });
      if (out.schedule !== undefined) a.schedule = out.schedule;
    }

    // Vocabulary attributes
    for (const t of attributeTerms(s.attributes, pointer, id, 'service')) {
      const add = <K extends 'artForms' | 'activityTypes' | 'fiveWays' | 'suitableFor' | 'outcomeMeasures'>(k: K) => {
        a[k] = [...new Set([...((a[k] as string[] | undefined) ?? []), t.term])] as ActivityInput[K];
      };
      if (t.vocab === 'art-form') add('artForms');
      else if (t.vocab === 'activity-type') add('activityTypes');
      else if (t.vocab === 'five-ways') add('fiveWays');
      else if (t.vocab === 'need') add('suitableFor');
      else if (t.vocab === 'outcome-instrument') add('outcomeMeasures');
      else if (t.vocab === 'activity-format') a.format = t.term as ActivityInput['format'];
      else if (t.vocab === 'access-support') a.accessSupport = { ...(a.accessSupport ?? {}), [t.term]: t.value !== 'false' };
      else notCarried(id, `${pointer}/attributes`, 'service.attributes', `${t.vocab} ${t.term} does not apply to activities`);
    }
    if (a.artForms === undefined || a.artForms.length === 0) {
      const parents = (a.activityTypes ?? []).map((t) => (ACTIVITY_TYPES.terms.find((x) => x.id === t) as { artForm?: string } | undefined)?.artForm).filter((x): x is string => x !== undefined);
      const suggested = parents.length === 0 && options.suggestArtForms !== undefined ? [...options.suggestArtForms({ name, ...(description === undefined ? {} : { description }) })] : [];
      if (parents.length > 0) {
        a.artForms = [...new Set(parents)] as ActivityInput['artForms'];
        assume(id, `${pointer}/attributes`, 'service.attributes', `No art form recorded; ${a.artForms.join(', ')} taken from the activity types.`);
      } else if (suggested.length > 0) {
        a.artForms = suggested as ActivityInput['artForms'];
        assume(id, `${pointer}/attributes`, 'service.attributes', `No art form recorded; the classifier suggested ${suggested.join(', ')}.`, 'warning');
      } else {
        a.artForms = ['combined-arts'];
        assume(id, `${pointer}/attributes`, 'service.attributes', 'No art form recorded and no classifier given; set to combined-arts — check it.', 'warning');
      }
    }
    if (a.format === undefined) {
      const access = _str(s.attending_access)?.toLowerCase();
      a.format = access === 'drop-in' ? 'drop-in' : a.schedule !== undefined && a.schedule.repeat === undefined && a.schedule.occurrences === undefined ? 'one-off-event' : 'ongoing-group';
      assume(id, `${pointer}`, 'service.format', `No activity format recorded; "${a.format}" is assumed${access === 'drop-in' ? ' from attending_access' : ''}.`);
    }

    // Freshness
    const assured = _str(s.assured_date)?.slice(0, 10);
    const validDate = (d: string | undefined) => (d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)) ? d : undefined);
    if (validDate(assured) !== undefined) a.lastVerified = assured;
    a.provenance = provenance(validDate(assured) ?? validDate(_str(s.last_modified)?.slice(0, 10)));
    if (_str(s.last_modified) !== undefined) notCarried(id, `${pointer}/last_modified`, 'service.last_modified', 'ArtsRx keeps when a record was checked (lastVerified), not when it changed', 'info');

    for (const [key, why] of Object.entries(SERVICE_NOT_CARRIED)) {
      const v = s[key];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      notCarried(id, `${pointer}/${key}`, `service.${key}`, why, key === 'metadata' ? 'info' : 'warning');
    }

    const parsed = ActivitySchema.safeParse(a);
    if (!parsed.success) {
      report.push({ code: 'openreferral_record_dropped', severity: 'error', recordId: id, pointer, message: `The service could not be made into an ArtsRx activity: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.` });
      return;
    }
    activities.push(a as ActivityInput);
  }

  // Drop organisations that fail the schema (reported), keep the rest.
  const orgs: OrganisationInput[] = [];
  for (const o of organisations.values()) {
    const parsed = OrganisationSchema.safeParse(o);
    if (parsed.success) orgs.push(o);
    else report.push({ code: 'openreferral_record_dropped', severity: 'warning', recordId: o.id, message: `The organization could not be made into an ArtsRx organisation: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.` });
  }

  if (options.publisher === undefined) report.push({ code: 'openreferral_assumption', severity: 'info', field: 'Dataset.publisher', message: 'The feed does not say who publishes it in a form ArtsRx reads; the publisher is set to "Open Referral feed".' });
  if (options.license === undefined) report.push({ code: 'openreferral_assumption', severity: 'warning', field: 'Dataset.license', message: 'Open Referral feeds carry no licence; OGL-UK-3.0 is assumed — check the publisher\u2019s terms.' });

  const dataset: DatasetInput = {
    standard: 'artsrx',
    version: STANDARD_VERSION,
    publisher: options.publisher ?? { name: 'Open Referral feed' },
    license: options.license ?? 'OGL-UK-3.0',
    generatedAt: now.toISOString(),
    organisations: orgs,
    places: [...places.values()],
    assets: [],
    activities,
  };
  return { dataset, report };
}
