import {
  ABCD_CATEGORIES,
  ACCESS_SUPPORT,
  ACTIVITY_FORMATS,
  ACTIVITY_TYPES,
  ART_FORMS,
  FIVE_WAYS,
  NEEDS,
  OUTCOME_INSTRUMENTS,
  VENUE_FEATURES,
  type Activity,
  type Dataset,
  type Organisation,
  type Place,
  type Vocabulary,
} from '@artsrx/schema';
import { _exportSchedule } from './_lib/_exportSchedule.js';
import { _orId } from './_lib/_ids.js';
import { _compact, type _Json } from './_lib/_json.js';
import { _Losses } from './_lib/_losses.js';
import { _taxonomies, _taxonomyTerm, _taxonomyTerms } from './_lib/_taxonomies.js';
import type { OpenReferralFeed, OpenReferralIssue, OpenReferralProfile } from './_lib/_types.js';
import { _dayNumber } from './_lib/_civil.js';

/** Options of {@link toOpenReferral}. */
export interface ToOpenReferralOptions {
  /** Target profile: `oruk-3.0` (Open Referral UK 3.0, default) or `hsds-3.0` (HSDS 3.0). */
  profile?: OpenReferralProfile;
  /**
   * ORUK only. When false (default), also write the HSDS 3.0 fields that the ORUK changelog lists
   * but the published ORUK 3.0 schema leaves out (`eligibility_description`,
   * `fees_description`, `application_process`, language `code`, attribute `value` and
   * `link_entity`, `address_2`, `transportation`, phones on contacts, schedule `until`,
   * cost `currency`). They validate (ORUK allows extra properties) and ArtsRx reads them back.
   * When true, write only what the ORUK 3.0 schema defines, and report the rest.
   */
  strict?: boolean;
  /** "Now", for listing the sessions of open-ended schedules. Default: the current time. */
  now?: Date;
  /** Open-ended schedules are written as rows covering this many days from now. Default 366. */
  horizonDays?: number;
  /** Most one-off schedule rows to write for an irregular programme. Default 200. */
  maxScheduleRows?: number;
}

/** What {@link toOpenReferral} returns. */
export interface ToOpenReferralResult {
  /** The feed: `api_details`, full `services`, `organizations`, `service_at_locations`, `taxonomies`, `taxonomy_terms`. */
  feed: Required<OpenReferralFeed>;
  /** Every ArtsRx field that could not be carried, and every assumption made. */
  report: OpenReferralIssue[];
}

const STATUS: Record<Activity['status'], string> = { active: 'active', 'temporarily-closed': 'temporarily closed', ended: 'inactive' };

const SCHEME_TYPES: Record<string, string> = {
  'GB-CHC': 'Charity number (England and Wales)',
  'GB-SC': 'Charity number (Scotland)',
  'GB-NIC': 'Charity number (Northern Ireland)',
  'GB-COH': 'Company number',
  'GB-NHS': 'NHS ODS code',
  'GB-LAE': 'Local authority code (England)',
  'GB-EDU': 'School URN',
};

const ROUTE_LABELS: Record<string, string> = { 'link-worker': 'social prescribing link workers', gp: 'GPs', self: 'people themselves', 'other-professional': 'other professionals' };

/**
 * Converts an ArtsRx dataset to an Open Referral UK 3.0 (or HSDS 3.0) feed: organizations,
 * full services (with service_at_locations and their locations and addresses, schedules,
 * cost_options, contacts, languages, service_areas and attributes), and the ArtsRx vocabularies
 * (ABCD category, art form, activity type, Five Ways, needs, access support, venue features,
 * activity format, outcome instruments) as taxonomies with stable term ids and URIs, linked
 * through attributes. Every id is a UUID v5 of the ArtsRx id, so re-exports keep their ids.
 * Empty optional fields are left out. Schedules never carry a wrong time: a series that crosses
 * a clock change becomes one row per UTC-offset period.
 *
 * @param dataset - A parsed ArtsRx dataset (`DatasetSchema.parse` output).
 * @param options - Profile and schedule options; see {@link ToOpenReferralOptions}.
 * @returns The feed and a report of every field not carried and every assumption.
 * @throws TypeError when `options.profile` is not `oruk-3.0` or `hsds-3.0`.
 * @example
 * const { feed, report } = toOpenReferral(dataset, { profile: 'oruk-3.0' });
 * feed.services[0].status;
 * //=> 'active'
 */
export function toOpenReferral(dataset: Dataset, options: ToOpenReferralOptions = {}): ToOpenReferralResult {
  const profile = options.profile ?? 'oruk-3.0';
  if (profile !== 'oruk-3.0' && profile !== 'hsds-3.0') {
    throw new TypeError(`toOpenReferral: options.profile must be "oruk-3.0" or "hsds-3.0", got ${JSON.stringify(profile)}`);
  }
  const horizonDays = options.horizonDays ?? 366;
  if (!Number.isInteger(horizonDays) || horizonDays < 1) throw new RangeError('toOpenReferral: options.horizonDays must be a positive whole number');
  const oruk = profile === 'oruk-3.0';
  const hsds = !oruk || options.strict !== true;
  const now = options.now ?? new Date();
  const today = _dayNumber(now.toISOString().slice(0, 10));
  const report: OpenReferralIssue[] = [];
  const losses = new _Losses();
  const notIn = oruk ? 'the ORUK 3.0 schema has no field for it' : 'HSDS 3.0 has no field for it';
  const stripped = 'the ORUK 3.0 schema has no field for it (export without strict to carry it as an HSDS field)';

  const attribute = (vocab: Vocabulary, termId: string, entity: string, linkId: string, value?: boolean): _Json | undefined => {
    const term = _taxonomyTerm(vocab, termId, oruk);
    if (term === undefined) return undefined;
    return _compact({
      id: _orId('attribute', `${entity}:${linkId}:${vocab.id}#${termId}`),
      link_id: linkId,
      link_type: vocab.id,
      link_entity: hsds ? entity : undefined,
      taxonomy_term_id: term.id,
      value: hsds && value !== undefined ? String(value) : undefined,
      taxonomy_term: term,
    });
  };
  const attributes = (vocab: Vocabulary, ids: readonly string[] | undefined, entity: string, linkId: string): _Json[] =>
    (ids ?? []).map((t) => attribute(vocab, t, entity, linkId)).filter((a): a is _Json => a !== undefined);
  const flags = (vocab: Vocabulary, map: Partial<Record<string, boolean>> | undefined, entity: string, linkId: string, type: string, field: string, recordId: string): _Json[] => {
    const out: _Json[] = [];
    for (const [term, value] of Object.entries(map ?? {})) {
      if (value === undefined) continue;
      if (!value && !hsds) {
        losses.add(type, `${field}.${term}=false`, recordId, 'a feature known to be absent needs an attribute value, which the ORUK 3.0 schema has no field for');
        continue;
      }
      const a = attribute(vocab, term, entity, linkId, value);
      if (a !== undefined) out.push(a);
    }
    return out;
  };

  // Organizations
  const organizations = new Map<string, _Json>();
  const toOrganization = (org: Organisation): _Json => {
    const id = _orId('organization', org.id);
    if (org.description === undefined) {
      report.push({ code: 'openreferral_description_from_name', severity: 'info', recordId: org.id, field: 'Organisation.description', message: `Organisation "${org.name}" has no description, which Open Referral requires; its name is used.` });
    }
    if (org.phone !== undefined && !hsds) losses.add('Organisation', 'phone', org.id, stripped);
    losses.add('Organisation', 'provenance', org.id, notIn, 'info');
    if (org.lastVerified !== undefined) losses.add('Organisation', 'lastVerified', org.id, 'Open Referral records this only for services (assured_date)');
    return _compact({
      id,
      name: org.name,
      description: org.description ?? org.name,
      email: org.email,
      website: org.url,
      phones: hsds && org.phone !== undefined ? [{ id: _orId('phone', `organization:${org.id}`), organization_id: id, number: org.phone }] : undefined,
      organization_identifiers: (org.identifiers ?? []).map((i) =>
        _compact({ id: _orId('organization_identifier', `${org.id}#${i.scheme}:${i.value}`), organization_id: id, identifier_scheme: i.scheme, identifier_type: SCHEME_TYPES[i.scheme] ?? i.scheme, identifier: i.value }),
      ),
      attributes: [
        ...attributes(ABCD_CATEGORIES, org.abcdCategory === undefined ? [] : [org.abcdCategory], 'organization', id),
        ...attributes(ART_FORMS, org.artForms, 'organization', id),
      ],
    });
  };
  for (const org of dataset.organisations) organizations.set(org.id, toOrganization(org));

  // Locations
  const placesById = new Map(dataset.places.map((p) => [p.id, p]));
  const usedPlaces = new Set<string>();
  const toLocation = (place: Place): _Json => {
    const id = _orId('location', place.id);
    let addresses: _Json[] = [];
    if (place.address !== undefined) {
      const a = place.address;
      const [first, ...rest] = a.lines;
      if (a.town === undefined || a.postcode === undefined) {
        losses.add('Place', 'address', place.id, 'an Open Referral address needs a town and a postcode');
      } else {
        if (rest.length > 0 && !hsds) losses.add('Place', 'address.lines', place.id, 'ORUK 3.0 has one address line (no address_2): the lines are joined with commas', 'info');
        report.push({ code: 'openreferral_state_province_from_town', severity: 'info', recordId: place.id, field: 'Place.address.town', message: `Open Referral requires a state or province, which UK addresses do not have; the town "${a.town}" is repeated there.` });
        addresses = [
          _compact({
            id: _orId('address', place.id),
            location_id: id,
            address_1: hsds ? first : a.lines.join(', '),
            address_2: hsds && rest.length > 0 ? rest.join(', ') : undefined,
            city: a.town,
            state_province: a.town,
            postal_code: a.postcode,
            country: a.country,
            address_type: 'physical',
          }),
        ];
      }
    }
    if (place.areaCodes !== undefined) losses.add('Place', 'areaCodes', place.id, notIn);
    if (place.transportNotes !== undefined && !hsds) losses.add('Place', 'transportNotes', place.id, stripped);
    losses.add('Place', 'provenance', place.id, notIn, 'info');
    if (place.lastVerified !== undefined) losses.add('Place', 'lastVerified', place.id, notIn);
    return _compact({
      id,
      location_type: 'physical',
      name: place.name,
      latitude: place.geo?.coordinates[1],
      longitude: place.geo?.coordinates[0],
      external_identifier: place.uprn,
      external_identifier_type: place.uprn === undefined ? undefined : 'UPRN',
      transportation: hsds ? place.transportNotes : undefined,
      addresses,
      accessibility:
        place.accessibilityNotes === undefined
          ? undefined
          : [_compact({ id: _orId('accessibility', place.id), location_id: id, description: place.accessibilityNotes, accessibility: oruk ? place.accessibilityNotes : undefined })],
      attributes: flags(VENUE_FEATURES, place.venueFeatures, 'location', id, 'Place', 'venueFeatures', place.id),
    });
  };

  // Services
  const assetsById = new Map(dataset.assets.map((a) => [a.id, a]));
  const services: _Json[] = [];
  const serviceAtLocations: _Json[] = [];
  for (const act of dataset.activities) {
    const id = _orId('service', act.id);
    let orgKey = act.organisationId;
    const asset = act.assetId === undefined ? undefined : assetsById.get(act.assetId);
    if (orgKey === undefined && asset?.organisationId !== undefined) {
      orgKey = asset.organisationId;
      report.push({ code: 'openreferral_organization_from_asset', severity: 'info', recordId: act.id, field: 'Activity.assetId', message: `Activity "${act.name}" names no organisation; the organisation of its asset "${asset.name}" is used.` });
    }
    if (act.assetId !== undefined) losses.add('Activity', 'assetId', act.id, 'Open Referral has no community assets; the link to the asset is lost');
    if (orgKey === undefined && asset !== undefined) {
      // ORUK expects every service to name its organization: the asset that offers it stands in.
      orgKey = `asset:${asset.id}`;
      if (!organizations.has(orgKey)) {
        const orgId = _orId('organization', orgKey);
        organizations.set(
          orgKey,
          _compact({
            id: orgId,
            name: asset.name,
            description: asset.description ?? asset.name,
            email: asset.contact?.email,
            website: asset.url,
            attributes: [
              ...attributes(ABCD_CATEGORIES, [asset.abcdCategory], 'organization', orgId),
              ...attributes(ART_FORMS, asset.artForms, 'organization', orgId),
            ],
          }),
        );
      }
      report.push({ code: 'openreferral_organization_from_asset', severity: 'info', recordId: act.id, field: 'Activity.assetId', message: `Activity "${act.name}" names no organisation; its asset "${asset.name}" is published as the organization.` });
    }
    const organization = orgKey === undefined ? undefined : organizations.get(orgKey);
    if (organization === undefined) {
      report.push({ code: 'openreferral_no_organization', severity: 'warning', recordId: act.id, field: 'Activity.organisationId', message: `Activity "${act.name}" has no organisation in the dataset; ORUK expects every service to name its organization.` });
    }

    // Locations: the activity's place, plus a virtual location when it runs online.
    const sals: _Json[] = [];
    const place = act.placeId === undefined ? undefined : placesById.get(act.placeId);
    if (act.placeId !== undefined && place === undefined) {
      report.push({ code: 'openreferral_unknown_place', severity: 'warning', recordId: act.id, field: 'Activity.placeId', message: `Activity "${act.name}" refers to place "${act.placeId}", which is not in the dataset; no location is written.` });
    }
    if (place !== undefined) {
      usedPlaces.add(place.id);
      const location = toLocation(place);
      sals.push({ id: _orId('service_at_location', `${act.id}@${place.id}`), service_id: id, location_id: location.id, location });
    }
    if (act.attendanceMode !== 'in-person') {
      const location = _compact({ id: _orId('location', `${act.id}#online`), location_type: 'virtual', name: `${act.name} (online)`, url: hsds ? act.url : undefined });
      sals.push({ id: _orId('service_at_location', `${act.id}@online`), service_id: id, location_id: location.id, location });
    }
    serviceAtLocations.push(...sals.map((s) => ({ ...s })));

    // Schedules
    let schedules: _Json[] = [];
    if (act.schedule !== undefined) {
      const out = _exportSchedule(act.schedule, {
        activityId: act.id,
        serviceId: id,
        hsdsFields: hsds,
        today,
        horizonDays,
        maxRows: options.maxScheduleRows ?? 200,
      });
      schedules = out.rows;
      for (const issue of out.issues) report.push({ ...issue, recordId: act.id });
      if (act.schedule.timezone !== 'Europe/London') {
        report.push({ code: 'openreferral_time_zone_as_offsets', severity: 'info', recordId: act.id, field: 'Activity.schedule.timezone', message: `The time zone ${act.schedule.timezone} is written as UTC offsets on each time; ArtsRx reads Open Referral times back in Europe/London.` });
      }
    }

    // Cost
    const costOptions: _Json[] = [];
    if (act.cost !== undefined) {
      const c = act.cost;
      costOptions.push(
        _compact({
          id: _orId('cost_option', `${act.id}#standard`),
          service_id: id,
          option: c.isFree ? 'Free' : 'Standard',
          amount: c.isFree ? 0 : c.price,
          currency: hsds ? c.currency : undefined,
          amount_description: c.notes,
        }),
      );
      if (c.concessions !== undefined) {
        costOptions.push(_compact({ id: _orId('cost_option', `${act.id}#concessions`), service_id: id, option: 'Concessions', currency: hsds ? c.currency : undefined, amount_description: c.concessions }));
      }
    }

    // Contact
    const contacts: _Json[] = [];
    const contact = act.contact;
    if (contact !== undefined && (contact.name !== undefined || (contact.phone !== undefined && hsds))) {
      const contactId = _orId('contact', act.id);
      contacts.push(
        _compact({
          id: contactId,
          service_id: id,
          name: contact.name,
          phones: hsds && contact.phone !== undefined ? [{ id: _orId('phone', `contact:${act.id}`), contact_id: contactId, number: contact.phone }] : undefined,
        }),
      );
    }
    if (contact?.phone !== undefined && !hsds) losses.add('Activity', 'contact.phone', act.id, stripped);
    if (contact?.url !== undefined) losses.add('Activity', 'contact.url', act.id, notIn);

    const elig = act.eligibility;
    if (elig?.notes !== undefined && !hsds) losses.add('Activity', 'eligibility.notes', act.id, stripped);
    if (elig?.referralRequired !== undefined) losses.add('Activity', 'eligibility.referralRequired', act.id, notIn);
    if (act.socialPrescribing !== undefined) {
      losses.add('Activity', 'socialPrescribing', act.id, hsds ? 'Open Referral has no referral fields; it is described in words in application_process only' : notIn);
    }
    if (act.languages !== undefined && !hsds) losses.add('Activity', 'languages', act.id, 'ORUK 3.0 languages have no name or code (export without strict to carry the code)');
    for (const [field, why] of [
      ['sessionCount', notIn],
      ['capacity', 'only HSDS 3.1 has service capacity'],
      ['sameAs', notIn],
    ] as const) {
      if (act[field] !== undefined) losses.add('Activity', field, act.id, why);
    }
    losses.add('Activity', 'provenance', act.id, notIn, 'info');

    const sp = act.socialPrescribing;
    const applicationProcess =
      hsds && sp !== undefined
        ? sp.acceptsReferrals
          ? `Referrals accepted from ${sp.routes.map((r) => ROUTE_LABELS[r] ?? r).join(', ') || 'anyone'}.`
          : 'Does not take social prescribing referrals.'
        : undefined;

    services.push(
      _compact({
        id,
        organization_id: organization?.id,
        name: act.name,
        description: act.description,
        url: act.url,
        email: contact?.email,
        status: STATUS[act.status],
        minimum_age: elig?.minAge,
        maximum_age: elig?.maxAge,
        eligibility_description: hsds ? elig?.notes : undefined,
        application_process: applicationProcess,
        assured_date: act.lastVerified,
        schedules,
        service_areas: (elig?.areaServed ?? []).map((code) =>
          _compact({
            id: _orId('service_area', `${act.id}#${code}`),
            service_id: id,
            name: code,
            uri: `http://statistics.data.gov.uk/id/statistical-geography/${code}`,
            service_area: oruk ? code : undefined,
          }),
        ),
        service_at_locations: sals,
        languages: hsds ? (act.languages ?? []).map((tag) => ({ id: _orId('language', `${act.id}#${tag}`), service_id: id, code: tag })) : undefined,
        organization,
        cost_options: costOptions,
        contacts,
        attributes: [
          ...attributes(ART_FORMS, act.artForms, 'service', id),
          ...attributes(ACTIVITY_TYPES, act.activityTypes, 'service', id),
          ...attributes(FIVE_WAYS, act.fiveWays, 'service', id),
          ...attributes(NEEDS, act.suitableFor, 'service', id),
          ...attributes(ACTIVITY_FORMATS, [act.format], 'service', id),
          ...attributes(OUTCOME_INSTRUMENTS, act.outcomeMeasures, 'service', id),
          ...flags(ACCESS_SUPPORT, act.accessSupport, 'service', id, 'Activity', 'accessSupport', act.id),
        ],
      }),
    );
  }

  for (const place of dataset.places) {
    if (!usedPlaces.has(place.id)) {
      report.push({ code: 'openreferral_place_unused', severity: 'warning', recordId: place.id, field: 'Place', message: `Place "${place.name}" is used by no activity; Open Referral lists locations only through services, so it is left out.` });
    }
  }
  for (const asset of dataset.assets) losses.add('Asset', '*', asset.id, 'Open Referral has no community assets (ABCD); assets are left out');
  report.push(...losses.issues());

  return {
    feed: {
      api_details: oruk
        ? // The version string the ORUK validator and the ORUK OpenAPI (info.version) use.
          { version: 'HSDS-UK-3.0', profile: 'https://openreferraluk.org/specifications/3.0/', openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json' }
        : { version: '3.0', profile: 'https://docs.openreferral.org/en/v3.0/', openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json' },
      services,
      organizations: [...organizations.values()],
      service_at_locations: serviceAtLocations,
      taxonomies: _taxonomies(),
      taxonomy_terms: _taxonomyTerms(oruk),
    },
    report,
  };
}
