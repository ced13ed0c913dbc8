import { ACCESS_SUPPORT, ATTENDANCE_MODES, REGION_NAMES, VOCAB_BASE, type Activity, type Asset, type Dataset, type Organisation, type Place } from '@artsrx/schema';
import { occurrences } from '@artsrx/schedule';
import type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
import { _addressLine, _label } from '../_lib/_labels.js';
import { _uncarried } from '../_lib/_uncarried.js';
import { ARTSRX_OPENACTIVE_CONTEXT_URL } from './artsrxOpenActiveContext.js';
import { _ACCESS_LABELS, _activityConcepts } from './_lib/_concepts.js';
import { _isoDuration, _openActiveSchedules, _sessionMinutes, _utc } from './_lib/_schedule.js';

/** Options of {@link toOpenActive}. */
export interface ToOpenActiveOptions {
  /** Absolute http(s) URL under which `@id`s are minted, e.g. `https://data.example.org/openactive`. Required. */
  baseUrl: string;
  /** Window for which ScheduledSessions are written; default from the dataset's `generatedAt` for 28 days. */
  window?: { from: string | Date; until: string | Date };
  /** RPDE `modified` of a record (integer, monotonic); default seconds since 1970 of its `lastVerified`, else `provenance.recordedAt`. */
  modified?: (record: Activity | Place) => number;
}

/** An OpenActive JSON-LD document. */
export type OpenActiveDocument = Record<string, unknown> & { '@type': string; '@id': string };

/** An RPDE item before paging: `data` is absent for deleted items. */
export interface RpdeItem {
  state: 'updated' | 'deleted';
  kind: 'SessionSeries' | 'ScheduledSession' | 'CourseInstance' | 'Event' | 'Place';
  id: string;
  modified: number;
  data?: OpenActiveDocument;
}

/** What {@link toOpenActive} makes: the documents by type, and RPDE items for {@link toRpdePages}. */
export interface OpenActiveExport {
  sessionSeries: OpenActiveDocument[];
  scheduledSessions: OpenActiveDocument[];
  courseInstances: OpenActiveDocument[];
  events: OpenActiveDocument[];
  places: OpenActiveDocument[];
  organizations: OpenActiveDocument[];
  /** Every document except organisations (RPDE has no Organization kind), plus `deleted` items for ended activities. */
  items: RpdeItem[];
}

const CONTEXT = ['https://openactive.io/', 'https://openactive.io/ns-beta', ARTSRX_OPENACTIVE_CONTEXT_URL];
const AS = 'https://openactive.io/accessibility-support';
const DAY = 86_400_000;

type Node = Record<string, unknown>;

function termUri(vocab: string, id: string): string {
  return `${VOCAB_BASE}${vocab}#${id}`;
}

/** A PostalAddress when every part OpenActive requires is known, else the address as text. */
function address(place: Place): Node | string | undefined {
  const a = place.address;
  if (!a) return undefined;
  const region = REGION_NAMES[place.areaCodes?.region ?? ''];
  if (a.town && a.postcode && region) {
    return { '@type': 'PostalAddress', streetAddress: a.lines.join(', '), addressLocality: a.town, addressRegion: region, postalCode: a.postcode, addressCountry: a.country };
  }
  return _addressLine(a);
}

/**
 * Publishes ArtsRx activities as OpenActive opportunity data (Modelling Opportunity Data 2.0,
 * `@context` `https://openactive.io/`): repeating activities as `SessionSeries` with an
 * `eventSchedule` and their `ScheduledSession`s in a window, courses as `CourseInstance`, one-off
 * events as `Event`, and their `Place`s and organiser `Organization`s.
 *
 * OpenActive requires an activity from its activity list: activity types map to a concept only
 * where one truly fits (singing, drumming, drama → Acting, dance styles, creative gardening →
 * Gardening, heritage walks → Walking). ArtsRx terms travel in `artsrx:` extension properties
 * declared in {@link ARTSRX_OPENACTIVE_CONTEXT}. An activity with no fitting concept, no known
 * price (OpenActive requires an Offer) or no place (unless online) is not exported, and the
 * report says so. Access support uses the six OpenActive accessibility-support concepts,
 * `beta:isWheelchairAccessible` comes from the venue's step-free access, and access notes go to
 * `accessibilityInformation`. Ended activities become `deleted` RPDE items.
 *
 * @param dataset - A parsed ArtsRx dataset.
 * @param options - Base URL, session window and `modified` values; see {@link ToOpenActiveOptions}.
 * @returns The documents and RPDE items, and what could not be exported.
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL; RangeError for a bad window.
 * @example
 * ```ts
 * toOpenActive(dataset, { baseUrl: 'https://data.example.org/openactive' }).value.sessionSeries[0]?.['@type'];
 * //=> 'SessionSeries'
 * ```
 */
export function toOpenActive(dataset: Dataset, options: ToOpenActiveOptions): AdapterResult<OpenActiveExport> {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.activities)) throw new TypeError('dataset must be an ArtsRx dataset');
  if (typeof options?.baseUrl !== 'string' || !/^https?:\/\/[^/]+/.test(options.baseUrl)) throw new TypeError('options.baseUrl must be an absolute http(s) URL');
  const base = options.baseUrl.replace(/(?<!\/)\/+$/, '');
  const from = new Date(options.window?.from ?? dataset.generatedAt);
  const until = new Date(options.window?.until ?? from.getTime() + 28 * DAY);
  if (Number.isNaN(from.getTime()) || Number.isNaN(until.getTime()) || until < from) throw new RangeError('options.window must have from and until date-times, from first');
  const modifiedOf =
    options.modified ?? ((r: Activity | Place) => Math.floor(Date.parse(r.lastVerified ?? String(r.provenance.recordedAt).slice(0, 10)) / 1000));
  const issues: AdapterIssue[] = [];
  const out: OpenActiveExport = { sessionSeries: [], scheduledSessions: [], courseInstances: [], events: [], places: [], organizations: [], items: [] };
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const orgs = new Map(dataset.organisations.map((o) => [o.id, o]));
  const assets = new Map(dataset.assets.map((a) => [a.id, a]));
  const enc = encodeURIComponent;
  const placeId = (id: string) => `${base}/places/${enc(id)}`;
  const orgId = (id: string) => `${base}/organisations/${enc(id)}`;
  const placesUsed = new Map<string, number>();
  const orgsUsed = new Set<string>();

  const placeNode = (place: Place): Node => {
    const addr = address(place);
    const features = Object.entries(place.venueFeatures ?? {});
    const geo = place.geo ? { '@type': 'GeoCoordinates', latitude: place.geo.coordinates[1], longitude: place.geo.coordinates[0] } : undefined;
    return {
      '@type': 'Place',
      '@id': placeId(place.id),
      identifier: place.id,
      name: place.name,
      ...(addr ? { address: addr } : {}),
      ...(geo ? { geo } : {}),
      ...(features.length > 0 ? { amenityFeature: features.map(([id, value]) => ({ '@type': 'LocationFeatureSpecification', name: _label('venueFeature', id), value })) } : {}),
    };
  };
  const organizerNode = (org: Organisation | undefined, asset: Asset | undefined): Node | undefined => {
    if (org) {
      orgsUsed.add(org.id);
      return {
        '@type': 'Organization',
        '@id': orgId(org.id),
        identifier: org.id,
        name: org.name,
        ...(org.url ? { url: org.url } : {}),
        ...(org.phone ? { telephone: org.phone } : {}),
        ...(org.email ? { email: org.email } : {}),
        ...(org.description ? { description: org.description } : {}),
      };
    }
    if (asset) return { '@type': 'Organization', '@id': `${base}/assets/${enc(asset.id)}`, identifier: asset.id, name: asset.name, ...(asset.url ? { url: asset.url } : {}) };
    return undefined;
  };

  for (const activity of dataset.activities) {
    const label = `"${activity.name}"`;
    const skip = (code: string, message: string, hint?: string) =>
      issues.push({ code, severity: 'warning', message: `${label} is not exported to OpenActive: ${message}`, ...(hint ? { hint } : {}), recordId: activity.id });
    const kindOf = activity.format === 'course' ? 'CourseInstance' : activity.format === 'one-off-event' && isSingle(activity) ? 'Event' : 'SessionSeries';
    const collection = { SessionSeries: 'session-series', CourseInstance: 'course-instances', Event: 'events' }[kindOf];
    const id = `${base}/${collection}/${enc(activity.id)}`;
    if (activity.status === 'ended') {
      out.items.push({ state: 'deleted', kind: kindOf, id: activity.id, modified: modifiedOf(activity) });
      continue;
    }
    const concepts = _activityConcepts(activity);
    if (concepts.length === 0) {
      skip('openactive_no_activity_concept', 'OpenActive requires an activity from its activity list, and none fits its activity types or art forms.', 'It stays in ArtsRx, schema.org and Open Referral exports. OpenActive lists physical activities; add an activity type such as singing or a dance style only if it is one.');
      continue;
    }
    const asset = activity.assetId !== undefined ? assets.get(activity.assetId) : undefined;
    const org = orgs.get(activity.organisationId ?? asset?.organisationId ?? '');
    const organizer = organizerNode(org, asset);
    if (!organizer) {
      skip('openactive_no_organizer', 'OpenActive requires an organiser, and its organisation is not in the dataset.');
      continue;
    }
    const cost = activity.cost;
    const price = cost ? (cost.isFree ? 0 : cost.price) : undefined;
    if (price === undefined) {
      skip('openactive_no_price', 'OpenActive requires an Offer with a price, and the cost is not known.', 'Record whether it is free, or its price.');
      continue;
    }
    const place = activity.placeId !== undefined ? places.get(activity.placeId) : undefined;
    if (!place && activity.attendanceMode !== 'online') {
      skip('openactive_no_place', 'OpenActive requires a location for in-person activities, and its place is not in the dataset.');
      continue;
    }
    if (place && !place.address && !place.geo) {
      skip('openactive_place_unlocated', `its place "${place.name}" has neither an address nor a map point.`);
      continue;
    }
    const schedule = activity.schedule;
    if (!schedule) {
      skip('openactive_no_schedule', 'OpenActive needs a schedule or dated sessions.');
      continue;
    }
    const all = kindOf === 'SessionSeries' ? [] : occurrences(schedule, { from: '1900-01-01', count: 1000 });
    if (kindOf !== 'SessionSeries' && all.length === 0) {
      skip('openactive_no_sessions', 'its schedule has no sessions.');
      continue;
    }

    const accessConcepts = Object.entries(activity.accessSupport ?? {})
      .filter(([k, v]) => v && _ACCESS_LABELS[k])
      .map(([k]) => ({ '@type': 'Concept', '@id': (ACCESS_SUPPORT.terms.find((t) => t.id === k) as { openActive: string }).openActive, prefLabel: _ACCESS_LABELS[k]!, inScheme: AS }));
    const otherSupport = Object.entries(activity.accessSupport ?? {}).filter(([k, v]) => v && !_ACCESS_LABELS[k]).map(([k]) => termUri('access-support', k));
    const stepFree = place?.venueFeatures?.['step-free-access'];
    const { minAge, maxAge } = activity.eligibility ?? {};
    const mode = (ATTENDANCE_MODES.terms.find((t) => t.id === activity.attendanceMode) as { schemaOrg: string }).schemaOrg;
    const url = activity.url ?? asset?.url;
    if (!url) issues.push({ code: 'openactive_url_is_id', severity: 'info', message: `${label} has no web page, so its @id is given as its url.`, hint: 'Serve a page at that address, or add a url to the activity.', recordId: activity.id });
    const description = [activity.description, schedule.notes].filter(Boolean).join('\n\n');

    const data: Node = {
      '@context': CONTEXT,
      '@type': kindOf,
      '@id': id,
      identifier: activity.id,
      name: activity.name,
      ...(description ? { description } : {}),
      url: url ?? id,
      activity: concepts,
      organizer,
      ...(place ? { location: placeNode(place) } : {}),
      offers: [
        {
          '@type': 'Offer',
          '@id': `${id}#/offers/0`,
          name: price === 0 ? 'Free' : 'Standard',
          price,
          ...(price > 0 ? { priceCurrency: 'GBP' } : {}),
          ...(cost?.concessions || cost?.notes ? { description: [cost.concessions, cost.notes].filter(Boolean).join('. ') } : {}),
        },
      ],
      isAccessibleForFree: price === 0,
      eventAttendanceMode: mode,
      eventStatus: activity.status === 'temporarily-closed' ? 'https://schema.org/EventPostponed' : 'https://schema.org/EventScheduled',
      ...(minAge !== undefined || maxAge !== undefined ? { ageRange: { '@type': 'QuantitativeValue', ...(minAge !== undefined ? { minValue: minAge } : {}), ...(maxAge !== undefined ? { maxValue: maxAge } : {}) } } : {}),
      ...(activity.capacity?.maxParticipants !== undefined ? { maximumAttendeeCapacity: activity.capacity.maxParticipants } : {}),
      ...(accessConcepts.length > 0 ? { accessibilitySupport: accessConcepts } : {}),
      ...(place?.accessibilityNotes ? { accessibilityInformation: place.accessibilityNotes } : {}),
      ...(stepFree !== undefined ? { 'beta:isWheelchairAccessible': stepFree } : {}),
      'artsrx:artForm': activity.artForms.map((f) => termUri('art-form', f)),
      ...(activity.activityTypes?.length ? { 'artsrx:activityType': activity.activityTypes.map((t) => termUri('activity-type', t)) } : {}),
      ...(activity.fiveWays?.length ? { 'artsrx:fiveWays': activity.fiveWays.map((t) => termUri('five-ways', t)) } : {}),
      ...(activity.suitableFor?.length ? { 'artsrx:suitableFor': activity.suitableFor.map((t) => termUri('need', t)) } : {}),
      ...(otherSupport.length > 0 ? { 'artsrx:accessSupport': otherSupport } : {}),
      ...(activity.socialPrescribing ? { 'artsrx:acceptsReferrals': activity.socialPrescribing.acceptsReferrals } : {}),
      ...(activity.socialPrescribing?.routes.length ? { 'artsrx:referralRoute': activity.socialPrescribing.routes } : {}),
    };
    const modified = modifiedOf(activity);

    if (kindOf === 'Event') {
      const only = all[0]!;
      Object.assign(data, { startDate: _utc(only.start), endDate: _utc(only.end), duration: _isoDuration(Math.round((Date.parse(only.end) - Date.parse(only.start)) / 60000)) });
      out.events.push(data as OpenActiveDocument);
    } else if (kindOf === 'CourseInstance') {
      const rule = _openActiveSchedules(schedule, 'Event', undefined);
      if (rule.length > 0) data['eventSchedule'] = rule;
      else data['subEvent'] = all.map((o) => ({ '@type': 'Event', startDate: _utc(o.start), endDate: _utc(o.end), duration: _isoDuration(Math.round((Date.parse(o.end) - Date.parse(o.start)) / 60000)) }));
      // A course's duration is that of one session, as on its Schedule (OpenActive requires one with start and end dates).
      Object.assign(data, { startDate: localDate(all[0]!.start), endDate: localDate(all.at(-1)!.end), duration: _isoDuration(Math.round((Date.parse(all[0]!.end) - Date.parse(all[0]!.start)) / 60000)) });
      out.courseInstances.push(data as OpenActiveDocument);
    } else {
      const template = `${id}/scheduled-sessions/{startDate}`;
      const rule = _openActiveSchedules(schedule, 'ScheduledSession', template);
      const sessions = occurrences(schedule, { from, until });
      if (rule.length > 0) data['eventSchedule'] = rule;
      else {
        // Irregular sessions: OpenActive wants them as subEvents when there is no rule.
        const listed = occurrences(schedule, { from: '1900-01-01', count: 1000 });
        data['subEvent'] = listed.map((o) => ({ '@type': 'ScheduledSession', '@id': `${id}/scheduled-sessions/${enc(_utc(o.start))}`, startDate: _utc(o.start), endDate: _utc(o.end), duration: _isoDuration(Math.round((Date.parse(o.end) - Date.parse(o.start)) / 60000)) }));
      }
      if (schedule.startTime && schedule.endTime) data['duration'] = _isoDuration(_sessionMinutes(schedule.startTime, schedule.endTime));
      out.sessionSeries.push(data as OpenActiveDocument);
      for (const o of sessions) {
        const start = _utc(o.start);
        const session: Node = {
          '@context': CONTEXT,
          '@type': 'ScheduledSession',
          '@id': template.replace('{startDate}', enc(start)),
          superEvent: id,
          startDate: start,
          endDate: _utc(o.end),
          duration: _isoDuration(Math.round((Date.parse(o.end) - Date.parse(o.start)) / 60000)),
          eventStatus: data['eventStatus'],
        };
        out.scheduledSessions.push(session as OpenActiveDocument);
        out.items.push({ state: 'updated', kind: 'ScheduledSession', id: `${activity.id}/${start}`, modified, data: session as OpenActiveDocument });
      }
    }
    out.items.push({ state: 'updated', kind: kindOf, id: activity.id, modified, data: data as OpenActiveDocument });
    if (place) placesUsed.set(place.id, Math.max(placesUsed.get(place.id) ?? 0, modifiedOf(place)));
  }

  for (const [pid, modified] of placesUsed) {
    const place = places.get(pid)!;
    const doc = { '@context': CONTEXT, ...placeNode(place) } as unknown as OpenActiveDocument;
    out.places.push(doc);
    out.items.push({ state: 'updated', kind: 'Place', id: place.id, modified, data: doc });
    if (typeof doc['address'] === 'string') {
      issues.push({ code: 'openactive_address_as_text', severity: 'info', message: `Place "${place.name}": OpenActive's PostalAddress needs street, town, region and postcode, so the address is given as text.`, hint: 'Add the town, postcode and areaCodes.region (an E12 code).', recordId: place.id });
    }
  }
  const exported = new Set(out.items.filter((i) => i.state === 'updated' && i.kind !== 'Place' && i.kind !== 'ScheduledSession').map((i) => i.id));
  const CARRIED = ['name', 'description', 'url', 'assetId', 'organisationId', 'placeId', 'artForms', 'activityTypes', 'fiveWays', 'suitableFor', 'format', 'attendanceMode', 'schedule', 'cost', 'eligibility', 'accessSupport', 'socialPrescribing', 'capacity', 'status', 'provenance', 'lastVerified'];
  issues.push(..._uncarried(dataset.activities.filter((a) => exported.has(a.id)), CARRIED, 'OpenActive', 'openactive_field_not_carried', ['activity', 'activities']));
  for (const oid of orgsUsed) {
    const doc = { '@context': CONTEXT, ...organizerNode(orgs.get(oid), undefined) } as unknown as OpenActiveDocument;
    out.organizations.push(doc);
  }
  return { value: out, issues };
}

function isSingle(activity: Activity): boolean {
  const s = activity.schedule;
  if (!s) return false;
  if (s.occurrences) return s.occurrences.length === 1;
  return s.repeat === undefined && !(s.extraDates?.length);
}

/** The local calendar date of an ISO date-time with offset (`2026-10-21T18:30:00+01:00` → `2026-10-21`). */
function localDate(iso: string): string {
  return iso.slice(0, 10);
}
