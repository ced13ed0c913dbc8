import type { Activity, Asset, Dataset, Organisation, Place } from '@artsrx/schema';
import { occurrences } from '@artsrx/schedule';
import type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
import { _label } from '../_lib/_labels.js';
import { _attendanceMode, _idOf, _offerNode, _organizationNode, _placeNode, _scheduleNodes } from './_lib/_nodes.js';

/** Where {@link toSchemaOrg} finds the records an activity or asset refers to, and how to name things. */
export interface SchemaOrgContext {
  /** The dataset the record comes from, to embed its place and organisation; default none (references are left out and reported). */
  dataset?: Pick<Dataset, 'places' | 'organisations'> & Partial<Pick<Dataset, 'assets'>>;
  /** Base URL for `@id`s, e.g. `https://example.org/artsrx/` → `https://example.org/artsrx/activities/<id>`; default none (no `@id`). */
  baseUrl?: string;
}

/** A schema.org JSON-LD document. */
export type SchemaOrgDocument = Record<string, unknown> & { '@context': 'https://schema.org' };

type Node = Record<string, unknown>;
type AnyRecord = Activity | Place | Organisation | Asset;

function kindOf(record: AnyRecord): 'Activity' | 'Asset' | 'Place' | 'Organisation' {
  const r = record as Record<string, unknown>;
  if (typeof r['type'] === 'string' && ['Activity', 'Asset', 'Place', 'Organisation'].includes(r['type'])) return r['type'] as 'Activity';
  if ('attendanceMode' in r || 'format' in r) return 'Activity';
  if ('assetKind' in r || 'abcdCategory' in r && 'status' in r) return 'Asset';
  if ('address' in r || 'geo' in r || 'venueFeatures' in r || 'uprn' in r || 'areaCodes' in r || 'accessibilityNotes' in r) return 'Place';
  return 'Organisation';
}

const ASSET_TYPE: Record<Asset['assetKind'], string> = {
  organisation: 'Organization',
  group: 'Organization',
  programme: 'Organization',
  business: 'LocalBusiness',
  venue: 'Place',
  'heritage-site': 'LandmarksOrHistoricalBuildings',
  'public-art': 'TouristAttraction',
  'green-space': 'Park',
  festival: 'Festival',
  collection: 'Collection',
  skill: 'Thing',
  other: 'Thing',
};

function activityNode(activity: Activity, context: SchemaOrgContext, issues: AdapterIssue[]): Node {
  const schedule = activity.schedule;
  const rule = schedule && schedule.startDate !== undefined && schedule.startTime !== undefined && schedule.endTime !== undefined;
  const list = schedule?.occurrences;
  const single = (rule && !schedule.repeat && !(schedule.extraDates?.length)) || (list !== undefined && list.length === 1);
  const type = activity.format === 'course' ? 'CourseInstance' : single ? 'Event' : 'EventSeries';
  const node: Node = {
    '@type': type,
    ..._idOf(context.baseUrl, 'activities', activity.id),
    identifier: activity.id,
    name: activity.name,
    ...(activity.description ? { description: activity.description } : {}),
    ...(activity.url ? { url: activity.url } : {}),
    eventAttendanceMode: _attendanceMode(activity.attendanceMode),
    keywords: [...activity.artForms.map((id) => _label('artForm', id)), ...(activity.activityTypes ?? []).map((id) => _label('activityType', id))].join(', '),
  };
  if (activity.status === 'active') node['eventStatus'] = 'https://schema.org/EventScheduled';
  else if (activity.status === 'temporarily-closed') node['eventStatus'] = 'https://schema.org/EventPostponed';
  else issues.push({ code: 'schemaorg_status_not_carried', severity: 'warning', message: `"${activity.name}" has ended; schema.org has no event status for that, so none is given.`, recordId: activity.id });

  if (schedule) {
    if (single) {
      const first = list?.[0] ?? occurrences(schedule, { from: `${schedule.startDate}T00:00`, count: 1 })[0];
      if (first) {
        node['startDate'] = first.start;
        node['endDate'] = first.end;
      }
    } else if (rule) {
      const nodes = _scheduleNodes(schedule);
      node['eventSchedule'] = nodes.length === 1 ? nodes[0] : nodes;
    } else if (list) {
      node['subEvent'] = list.map((o) => ({ '@type': 'Event', name: activity.name, startDate: o.start, endDate: o.end }));
    }
    if (schedule.notes) node['description'] = [activity.description, schedule.notes].filter(Boolean).join('\n\n');
  } else {
    issues.push({ code: 'schemaorg_no_schedule', severity: 'info', message: `"${activity.name}" has no schedule, so the event has no dates.`, recordId: activity.id });
  }

  const place = activity.placeId !== undefined ? context.dataset?.places.find((p) => p.id === activity.placeId) : undefined;
  const locations: Node[] = [];
  if (place) locations.push(_placeNode(place, context.baseUrl, issues));
  else if (activity.placeId !== undefined) {
    issues.push({ code: 'schemaorg_place_not_found', severity: 'warning', message: `The place "${activity.placeId}" of "${activity.name}" was not given, so the event has no location.`, hint: 'Pass the dataset in the context.', recordId: activity.id });
  }
  if (activity.attendanceMode !== 'in-person') {
    locations.push({ '@type': 'VirtualLocation', ...(activity.url ? { url: activity.url } : {}) });
  }
  if (locations.length > 0) node['location'] = locations.length === 1 ? locations[0] : locations;

  const org = activity.organisationId !== undefined ? context.dataset?.organisations.find((o) => o.id === activity.organisationId) : undefined;
  if (org) node['organizer'] = _organizationNode(org, context.baseUrl);
  else if (activity.organisationId !== undefined) {
    issues.push({ code: 'schemaorg_organisation_not_found', severity: 'warning', message: `The organisation "${activity.organisationId}" of "${activity.name}" was not given, so the event has no organizer.`, hint: 'Pass the dataset in the context.', recordId: activity.id });
  }
  const offer = _offerNode(activity);
  if (offer) node['offers'] = offer;
  if (activity.cost) node['isAccessibleForFree'] = activity.cost.isFree;
  const { minAge, maxAge } = activity.eligibility ?? {};
  if (minAge !== undefined || maxAge !== undefined) {
    node['typicalAgeRange'] = `${minAge ?? 0}-${maxAge ?? ''}`;
    node['audience'] = { '@type': 'PeopleAudience', ...(minAge !== undefined ? { requiredMinAge: minAge } : {}), ...(maxAge !== undefined ? { requiredMaxAge: maxAge } : {}) };
  }
  if (activity.languages?.length) node['inLanguage'] = activity.languages.length === 1 ? activity.languages[0] : activity.languages;
  if (activity.capacity?.maxParticipants !== undefined) node['maximumAttendeeCapacity'] = activity.capacity.maxParticipants;
  if (activity.capacity?.remainingPlaces !== undefined) node['remainingAttendeeCapacity'] = activity.capacity.remainingPlaces;
  if (activity.accessSupport && Object.keys(activity.accessSupport).length > 0) {
    issues.push({ code: 'schemaorg_access_support_not_carried', severity: 'info', message: `"${activity.name}": schema.org has no property for the support an event offers (${Object.keys(activity.accessSupport).join(', ')}).`, hint: 'Use the OpenActive adapter for accessibility support.', recordId: activity.id });
  }
  if (activity.sameAs?.length) node['sameAs'] = activity.sameAs;
  return node;
}

function assetNode(asset: Asset, context: SchemaOrgContext, issues: AdapterIssue[]): Node {
  const type = ASSET_TYPE[asset.assetKind];
  const places = (asset.placeIds ?? []).map((id) => context.dataset?.places.find((p) => p.id === id)).filter((p): p is Place => p !== undefined);
  const node: Node = {
    '@type': type,
    ..._idOf(context.baseUrl, 'assets', asset.id),
    identifier: asset.id,
    name: asset.name,
    ...(asset.description ? { description: asset.description } : {}),
    ...(asset.url ? { url: asset.url } : {}),
    ...(asset.artForms?.length ? { keywords: asset.artForms.map((id) => _label('artForm', id)).join(', ') } : {}),
    ...(asset.sameAs?.length ? { sameAs: asset.sameAs } : {}),
  };
  const place = places[0];
  if (place) {
    if (['Place', 'LandmarksOrHistoricalBuildings', 'TouristAttraction', 'Park'].includes(type)) {
      const p = _placeNode(place, undefined, issues);
      for (const key of ['address', 'geo', 'amenityFeature']) if (p[key] !== undefined) node[key] = p[key];
    } else if (type === 'Festival') node['location'] = _placeNode(place, context.baseUrl, issues);
    else if (type !== 'Thing' && type !== 'Collection') node['location'] = _placeNode(place, context.baseUrl, issues);
  }
  issues.push({ code: 'schemaorg_abcd_not_carried', severity: 'info', message: `Asset "${asset.name}": its ABCD category (${asset.abcdCategory}) and status have no schema.org property.`, recordId: asset.id });
  return node;
}

/**
 * Describes one ArtsRx record in schema.org JSON-LD, for search engines and web pages: an
 * activity as an `Event` (one session), `EventSeries` with `eventSchedule` (a repeating or
 * irregular series) or `CourseInstance` (a course), with its `Place` (venue features as
 * `amenityFeature` LocationFeatureSpecifications), organiser `Organization` and `Offer`; a
 * place as `Place`; an organisation as `Organization`; an asset as the closest schema.org type.
 * Following schema.org, an event with an `eventSchedule` has no `startDate`/`endDate` of its own.
 *
 * @param record - An activity, place, organisation or asset (parsed).
 * @param context - The dataset it comes from and a base URL for `@id`s; see {@link SchemaOrgContext}.
 * @returns The JSON-LD document (`@context` https://schema.org) and what it could not carry.
 * @throws TypeError when `record` is not an object with an id.
 * @example
 * ```ts
 * toSchemaOrg(activity, { dataset }).value['@type'];
 * //=> 'EventSeries'
 * ```
 */
export function toSchemaOrg(record: AnyRecord, context: SchemaOrgContext = {}): AdapterResult<SchemaOrgDocument> {
  if (typeof record !== 'object' || record === null || typeof (record as { id?: unknown }).id !== 'string') throw new TypeError('record must be an ArtsRx activity, place, organisation or asset');
  if (context.baseUrl !== undefined && !/^https?:\/\//.test(context.baseUrl)) throw new TypeError('context.baseUrl must be an http(s) URL');
  const issues: AdapterIssue[] = [];
  const kind = kindOf(record);
  const node =
    kind === 'Activity'
      ? activityNode(record as Activity, context, issues)
      : kind === 'Asset'
        ? assetNode(record as Asset, context, issues)
        : kind === 'Place'
          ? _placeNode(record as Place, context.baseUrl, issues)
          : _organizationNode(record as Organisation, context.baseUrl);
  return { value: { '@context': 'https://schema.org', ...node }, issues };
}
