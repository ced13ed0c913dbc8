import { _emptyDataset, type DatasetHeaderOptions } from '../_lib/_emptyDataset.js';
import {
  ACCESS_SUPPORT,
  ACTIVITY_TYPES,
  ActivitySchema,
  OrganisationSchema,
  PlaceSchema,
  STANDARD_VERSION,
  UK_POSTCODE_PATTERN,
  VENUE_FEATURES,
  VOCAB_BASE,
  type Activity,
  type Dataset,
  type Organisation,
  type Place,
} from '@artsrx/schema';
import type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
import { _activityTypeOfConcept } from './_lib/_concepts.js';

/** Options of {@link fromOpenActive}. */
export interface FromOpenActiveOptions {
  /** Dataset-level fields; default publisher "Unknown publisher", licence `OGL-UK-3.0`, generatedAt now. */
  header?: DatasetHeaderOptions;
  /** `provenance.recordedAt` of every record; default the date of `header.generatedAt`. */
  recordedAt?: string;
}

type Obj = Record<string, unknown>;
const DAYS: Record<string, string> = { Monday: 'MO', Tuesday: 'TU', Wednesday: 'WE', Thursday: 'TH', Friday: 'FR', Saturday: 'SA', Sunday: 'SU' };
const OPPORTUNITIES = new Set(['SessionSeries', 'CourseInstance', 'Event', 'HeadlineEvent', 'OnDemandEvent']);

const get = (o: Obj, key: string): unknown => o[key] ?? (key.startsWith('@') ? o[key.slice(1)] : undefined);
/**
 * String() for values from a feed: an object with its own "toString" or "valueOf" key (JSON can
 * carry one) makes String() throw, so objects are named by Object.prototype.toString instead.
 */
const text = (v: unknown): string => (typeof v === 'string' ? v : v !== null && typeof v === 'object' ? Object.prototype.toString.call(v) : String(v));
const typeOf = (o: Obj) => text(get(o, '@type') ?? '');
/** Number() for values from a feed: a number or numeric string; anything else (objects included, whose coercion can throw) is NaN. */
const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const termsOf = (values: unknown, vocab: string) =>
  arr(values)
    .map((v) => (typeof v === 'string' && v.startsWith(`${VOCAB_BASE}${vocab}#`) ? v.slice(`${VOCAB_BASE}${vocab}#`.length) : undefined))
    .filter((v): v is string => v !== undefined);

/** The local date of an `exceptDate`: a date as it is, a date-time (the start of a cancelled session) in the schedule's zone. */
function localDate(value: string, zone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value.slice(0, 10);
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
  } catch {
    return value.slice(0, 10);
  }
}

/** Collects opportunity documents from pages, items or documents, newest version of each id. */
function collect(input: unknown, issues: AdapterIssue[]): Obj[] {
  const docs: Obj[] = [];
  const visit = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${pointer}/${i}`));
    const o = obj(value);
    if (!o) return;
    if (Array.isArray(o['items']) && 'next' in o) return visit(o['items'], `${pointer}/items`);
    if (typeof o['state'] === 'string' && 'kind' in o) {
      if (o['state'] === 'updated' && obj(o['data'])) visit(o['data'], `${pointer}/data`);
      return;
    }
    const type = typeOf(o);
    if (OPPORTUNITIES.has(type)) docs.push(o);
    else if (type !== 'ScheduledSession' && type !== 'Place' && type !== 'Organization') {
      issues.push({ code: 'openactive_unknown_item', severity: 'info', message: `An item of type "${type || 'unknown'}" was skipped: only sessions, courses and events become activities.`, pointer });
    }
  };
  visit(input, '');
  return docs;
}

function placeOf(loc: Obj, provenance: Obj, issues: AdapterIssue[]): Place | undefined {
  const id = str(get(loc, 'identifier')) ?? str(get(loc, '@id'));
  const name = str(loc['name']);
  if (!id || !name) return undefined;
  const address = loc['address'];
  const a = obj(address);
  const geo = obj(loc['geo']);
  const lat = num(geo?.['latitude']);
  const lon = num(geo?.['longitude']);
  const features: Record<string, boolean> = {};
  for (const f of arr(loc['amenityFeature'])) {
    const fo = obj(f);
    const label = str(fo?.['name'])?.toLowerCase();
    const term = VENUE_FEATURES.terms.find((t) => t.label.toLowerCase() === label || t.id === label);
    if (term && typeof fo?.['value'] === 'boolean') features[term.id] = fo['value'];
    else if (label) issues.push({ code: 'openactive_unknown_amenity', severity: 'info', message: `Place "${name}": the amenity "${text(fo?.['name'])}" is not an ArtsRx venue feature and was left out.`, recordId: id });
  }
  const postcode = str(a?.['postalCode']);
  const parsed = PlaceSchema.safeParse({
    id,
    name,
    ...(a && str(a['streetAddress'])
      ? { address: { lines: [str(a['streetAddress'])], ...(str(a['addressLocality']) ? { town: str(a['addressLocality']) } : {}), ...(postcode && UK_POSTCODE_PATTERN.test(postcode) ? { postcode } : {}), country: 'GB' } }
      : typeof address === 'string' && address.trim()
        ? { address: { lines: [address.trim().slice(0, 200)], country: 'GB' } }
        : {}),
    ...(Number.isFinite(lat) && Number.isFinite(lon) && geo ? { geo: { type: 'Point', coordinates: [lon, lat] } } : {}),
    ...(Object.keys(features).length > 0 ? { venueFeatures: features } : {}),
    provenance,
  });
  if (!parsed.success) {
    issues.push({ code: 'openactive_invalid_place', severity: 'warning', message: `Place "${name}" could not be read: ${parsed.error.issues[0]?.message}.`, recordId: id });
    return undefined;
  }
  return parsed.data as Place;
}

/**
 * Reads OpenActive opportunity data — RPDE pages, RPDE items or JSON-LD documents — into ArtsRx
 * activities, places and organisations. SessionSeries become drop-ins, CourseInstances courses
 * and Events one-off events; schedules, prices, age ranges, accessibility-support concepts and
 * `artsrx:` extension terms are carried back. Activity-list concepts map back to ArtsRx activity
 * types where the export mapping has one. What cannot be read — an opportunity with no art form,
 * deleted items, unknown amenities — is reported; `type`/`id` aliases are accepted.
 *
 * @param input - RPDE pages, RPDE items or OpenActive documents (one or an array), as parsed JSON.
 * @param options - Dataset header and provenance date; see {@link FromOpenActiveOptions}.
 * @returns The dataset and the issues found.
 * @example
 * ```ts
 * fromOpenActive(pages.map((p) => p.page)).value.activities.length;
 * //=> 1
 * ```
 */
export function fromOpenActive(input: unknown, options: FromOpenActiveOptions = {}): AdapterResult<Dataset> {
  const issues: AdapterIssue[] = [];
  const generatedAt = options.header?.generatedAt ?? new Date().toISOString();
  const provenance = { source: 'directory' as const, recordedAt: options.recordedAt ?? generatedAt.slice(0, 10) };
  const dataset: Dataset = _emptyDataset({ ...options.header, generatedAt });
  const places = new Map<string, Place>();
  const orgs = new Map<string, Organisation>();

  for (const doc of collect(input, issues)) {
    const type = typeOf(doc);
    const id = str(get(doc, 'identifier')) ?? str(get(doc, '@id'));
    const name = str(doc['name']) ?? id;
    const where = `"${name}"`;
    if (!id || !name) {
      issues.push({ code: 'openactive_no_id', severity: 'warning', message: `A ${type} without an id or name was skipped.` });
      continue;
    }
    const conceptTypes = arr(doc['activity'])
      .map((c) => (typeof c === 'string' ? undefined : str(get(obj(c) ?? {}, '@id'))))
      .map((cid) => (cid ? _activityTypeOfConcept(cid) : undefined))
      .filter((t): t is string => t !== undefined);
    const activityTypes = [...new Set([...termsOf(doc['artsrx:activityType'], 'activity-type'), ...conceptTypes])];
    const artForms = [
      ...new Set([
        ...termsOf(doc['artsrx:artForm'], 'art-form'),
        ...activityTypes.map((t) => (ACTIVITY_TYPES.terms.find((term) => term.id === t) as { artForm: string } | undefined)?.artForm).filter((f): f is string => f !== undefined),
      ]),
    ];
    if (artForms.length === 0) {
      issues.push({ code: 'openactive_no_art_form', severity: 'warning', message: `${where} was skipped: none of its activities is an art form ArtsRx knows.`, hint: 'ArtsRx lists arts and cultural activities; sports sessions have no place in it.', recordId: id });
      continue;
    }
    const loc = obj(doc['location']);
    const place = loc ? placeOf(loc, provenance, issues) : undefined;
    if (place && !places.has(place.id)) places.set(place.id, place);
    const organizer = obj(doc['organizer']);
    const orgId = organizer ? (str(get(organizer, 'identifier')) ?? str(get(organizer, '@id'))) : undefined;
    if (organizer && orgId && !orgs.has(orgId)) {
      const parsed = OrganisationSchema.safeParse({
        id: orgId,
        name: str(organizer['name']) ?? orgId,
        ...(str(organizer['url']) ? { url: str(organizer['url']) } : {}),
        ...(str(organizer['email']) ? { email: str(organizer['email']) } : {}),
        ...(str(organizer['telephone']) ? { phone: str(organizer['telephone']) } : {}),
        ...(str(organizer['description']) ? { description: str(organizer['description']) } : {}),
        provenance,
      });
      if (parsed.success) orgs.set(orgId, parsed.data as Organisation);
      else issues.push({ code: 'openactive_invalid_organisation', severity: 'warning', message: `The organiser of ${where} could not be read: ${parsed.error.issues[0]?.message}.`, recordId: orgId });
    }

    // Schedule: the first Schedule (or PartialSchedule), else the event's own dates or its subEvents.
    const sched = obj(arr(doc['eventSchedule'])[0]);
    let schedule: Obj | undefined;
    if (sched) {
      // Only a string: String() of an object with its own "toString" key throws (found by issue 11's property tests).
      const freq = /^P(\d+)([DWM])$/.exec(typeof sched['repeatFrequency'] === 'string' ? sched['repeatFrequency'] : '');
      const byDay = arr(sched['byDay']).map((d) => (typeof d === 'string' ? (DAYS[d.replace(/^https?:\/\/schema\.org\//, '')] ?? d.replace(/^\+/, '')) : undefined)).filter((d): d is string => d !== undefined);
      const hhmm = (t: unknown) => (typeof t === 'string' ? t.slice(0, 5) : undefined);
      const oneDay = sched['repeatCount'] === 1 && sched['startDate'] === sched['endDate'];
      schedule = {
        timezone: str(sched['scheduleTimezone']) ?? str(sched['beta:timeZone']) ?? 'Europe/London',
        startDate: sched['startDate'],
        ...(sched['endDate'] && !oneDay ? { endDate: sched['endDate'] } : {}),
        startTime: hhmm(sched['startTime']),
        endTime: hhmm(sched['endTime']),
        ...(freq && !oneDay
          ? { repeat: { frequency: { D: 'daily', W: 'weekly', M: 'monthly' }[freq[2] as 'D'], ...(freq[1] !== '1' ? { interval: Number(freq[1]) } : {}), ...(byDay.length ? { byDay } : {}), ...(typeof sched['repeatCount'] === 'number' ? { count: sched['repeatCount'] } : {}) } }
          : {}),
        ...(arr(sched['exceptDate']).length ? { exceptDates: arr(sched['exceptDate']).map((d) => localDate(text(d), str(sched['scheduleTimezone']) ?? 'Europe/London')) } : {}),
      };
      const extras = arr(doc['eventSchedule']).slice(1).map(obj).filter((s) => s && s['repeatCount'] === 1 && s['startDate'] === s['endDate']).map((s) => text(s!['startDate']));
      if (extras.length) schedule['extraDates'] = extras;
      if (typeOf(sched) === 'PartialSchedule') issues.push({ code: 'openactive_partial_schedule', severity: 'info', message: `${where} has only a partial schedule, which OpenActive says must not be expanded; it was read as a full one.`, recordId: id });
    } else if (str(doc['startDate']) && str(doc['endDate']) && type === 'Event') {
      schedule = { occurrences: [{ start: doc['startDate'], end: doc['endDate'] }] };
    } else if (arr(doc['subEvent']).length > 0) {
      schedule = { occurrences: arr(doc['subEvent']).map(obj).filter(Boolean).map((s) => ({ start: s!['startDate'], end: s!['endDate'] })) };
    }

    const offer = obj(arr(doc['offers'])[0]);
    const price = typeof offer?.['price'] === 'number' ? offer['price'] : undefined;
    const age = obj(doc['ageRange']);
    const supportIds = [
      ...arr(doc['accessibilitySupport']).map((c) => {
        const cid = str(get(obj(c) ?? {}, '@id'));
        return ACCESS_SUPPORT.terms.find((t) => (t as { openActive?: string }).openActive === cid)?.id;
      }),
      ...termsOf(doc['artsrx:accessSupport'], 'access-support'),
    ].filter((s): s is string => s !== undefined);
    const mode = text(doc['eventAttendanceMode'] ?? '');
    const status = text(doc['eventStatus'] ?? '');
    const routes = arr(doc['artsrx:referralRoute']).filter((r): r is string => typeof r === 'string');
    const description = str(doc['description']);
    const candidate = {
      id,
      name,
      ...(description ? { description } : {}),
      ...(orgId && orgs.has(orgId) ? { organisationId: orgId } : {}),
      artForms,
      ...(activityTypes.length ? { activityTypes } : {}),
      ...(termsOf(doc['artsrx:fiveWays'], 'five-ways').length ? { fiveWays: termsOf(doc['artsrx:fiveWays'], 'five-ways') } : {}),
      ...(termsOf(doc['artsrx:suitableFor'], 'need').length ? { suitableFor: termsOf(doc['artsrx:suitableFor'], 'need') } : {}),
      format: type === 'CourseInstance' ? 'course' : type === 'SessionSeries' ? 'drop-in' : 'one-off-event',
      attendanceMode: mode.endsWith('OnlineEventAttendanceMode') ? 'online' : mode.endsWith('MixedEventAttendanceMode') ? 'mixed' : place ? 'in-person' : 'online',
      ...(place ? { placeId: place.id } : {}),
      ...(schedule ? { schedule } : {}),
      ...(price !== undefined ? { cost: { isFree: price === 0, ...(price > 0 ? { price } : {}), ...(str(offer?.['description']) ? { notes: str(offer?.['description']) } : {}) } } : {}),
      ...(age && (typeof age['minValue'] === 'number' || typeof age['maxValue'] === 'number')
        ? { eligibility: { ...(typeof age['minValue'] === 'number' ? { minAge: age['minValue'] } : {}), ...(typeof age['maxValue'] === 'number' ? { maxAge: age['maxValue'] } : {}) } }
        : {}),
      ...(supportIds.length ? { accessSupport: Object.fromEntries(supportIds.map((s) => [s, true])) } : {}),
      ...(typeof doc['artsrx:acceptsReferrals'] === 'boolean' ? { socialPrescribing: { acceptsReferrals: doc['artsrx:acceptsReferrals'], routes } } : {}),
      ...(typeof doc['maximumAttendeeCapacity'] === 'number' ? { capacity: { maxParticipants: doc['maximumAttendeeCapacity'] } } : {}),
      status: status.endsWith('EventCancelled') ? 'ended' : status.endsWith('EventPostponed') ? 'temporarily-closed' : 'active',
      ...(str(doc['url']) && doc['url'] !== get(doc, '@id') ? { url: str(doc['url']) } : {}),
      ...(str(get(doc, '@id')) ? { sameAs: [str(get(doc, '@id'))] } : {}),
      provenance,
    };
    if (!orgId || !orgs.has(orgId)) {
      issues.push({ code: 'openactive_no_organiser', severity: 'warning', message: `${where} was skipped: ArtsRx needs to know who runs an activity, and its organiser could not be read.`, recordId: id });
      continue;
    }
    const parsed = ActivitySchema.safeParse(candidate);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      issues.push({ code: 'openactive_invalid_activity', severity: 'warning', message: `${where} was skipped: ${first?.message} at ${first?.path.join('.')}.`, recordId: id });
      continue;
    }
    if (type === 'SessionSeries') issues.push({ code: 'openactive_format_assumed', severity: 'info', message: `${where} is a session series, read as a drop-in.`, recordId: id });
    dataset.activities.push(parsed.data as Activity);
  }
  dataset.places = [...places.values()];
  dataset.organisations = [...orgs.values()];
  return { value: dataset, issues };
}
