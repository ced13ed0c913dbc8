import { ATTENDANCE_MODES, type Activity, type Organisation, type Place, type Schedule } from '@artsrx/schema';
import type { AdapterIssue } from '../../_lib/_adapterIssue.js';
import { _label } from '../../_lib/_labels.js';

type Node = Record<string, unknown>;

const DAY_URL: Record<string, string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
};

/** `@id` for a record when a base URL is known. */
export function _idOf(baseUrl: string | undefined, collection: string, id: string): Node {
  return baseUrl ? { '@id': `${baseUrl.replace(/\/?$/, '/')}${collection}/${encodeURIComponent(id)}` } : {};
}

/** A schema.org PostalAddress. */
export function _postalAddress(address: NonNullable<Place['address']>): Node {
  return {
    '@type': 'PostalAddress',
    streetAddress: address.lines.join(', '),
    ...(address.town ? { addressLocality: address.town } : {}),
    ...(address.postcode ? { postalCode: address.postcode } : {}),
    addressCountry: address.country,
  };
}

/** A schema.org Place: address, geo and one LocationFeatureSpecification per known venue feature. */
export function _placeNode(place: Place, baseUrl: string | undefined, issues: AdapterIssue[]): Node {
  const features = Object.entries(place.venueFeatures ?? {});
  if (place.accessibilityNotes || place.transportNotes) {
    issues.push({ code: 'schemaorg_place_notes_in_description', severity: 'info', message: `Place "${place.name}": access and transport notes are written into its description (schema.org has no property for them).`, recordId: place.id });
  }
  const description = [place.accessibilityNotes && `Access: ${place.accessibilityNotes}`, place.transportNotes && `Getting there: ${place.transportNotes}`].filter(Boolean).join('\n');
  return {
    '@type': 'Place',
    ..._idOf(baseUrl, 'places', place.id),
    identifier: place.id,
    name: place.name,
    ...(description ? { description } : {}),
    ...(place.address ? { address: _postalAddress(place.address) } : {}),
    ...(place.geo ? { geo: { '@type': 'GeoCoordinates', latitude: place.geo.coordinates[1], longitude: place.geo.coordinates[0] } } : {}),
    ...(features.length > 0
      ? { amenityFeature: features.map(([id, value]) => ({ '@type': 'LocationFeatureSpecification', name: _label('venueFeature', id), value })) }
      : {}),
  };
}

/** A schema.org Organization. */
export function _organizationNode(org: Organisation, baseUrl: string | undefined): Node {
  return {
    '@type': 'Organization',
    ..._idOf(baseUrl, 'organisations', org.id),
    identifier: org.identifiers && org.identifiers.length > 0 ? org.identifiers.map((i) => ({ '@type': 'PropertyValue', propertyID: i.scheme, value: i.value })) : org.id,
    name: org.name,
    ...(org.description ? { description: org.description } : {}),
    ...(org.url ? { url: org.url } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { telephone: org.phone } : {}),
  };
}

const hhmmss = (t: string) => `${t}:00`;

/**
 * schema.org Schedules for a rule-based schedule: the main one, plus one single-day Schedule per
 * extra date (a Schedule has no "extra dates" property).
 */
export function _scheduleNodes(schedule: Schedule): Node[] {
  if (schedule.startDate === undefined || schedule.startTime === undefined || schedule.endTime === undefined) return [];
  const base = { '@type': 'Schedule', startTime: hhmmss(schedule.startTime), endTime: hhmmss(schedule.endTime), scheduleTimezone: schedule.timezone };
  const r = schedule.repeat;
  const main: Node = { ...base, startDate: schedule.startDate };
  if (r) {
    const unit = { daily: 'D', weekly: 'W', monthly: 'M' }[r.frequency];
    main['repeatFrequency'] = `P${r.interval ?? 1}${unit}`;
    if (r.byDay) {
      // Plain weekdays as DayOfWeek URLs; ordinal days (1SA, -1FR) as iCal byDay text, which schema.org allows.
      const days = r.byDay.map((d) => DAY_URL[d] ?? d);
      main['byDay'] = days.length === 1 ? days[0] : days;
    }
    if (r.count !== undefined) main['repeatCount'] = r.count;
    if (schedule.endDate) main['endDate'] = schedule.endDate;
    if (schedule.exceptDates?.length) main['exceptDate'] = schedule.exceptDates;
  } else {
    main['endDate'] = schedule.startDate;
  }
  const extras = (schedule.extraDates ?? []).map((d) => ({ ...base, startDate: d, endDate: d }));
  return [main, ...extras];
}

/** The attendance mode URL. */
export function _attendanceMode(mode: Activity['attendanceMode']): string {
  return (ATTENDANCE_MODES.terms.find((t) => t.id === mode) as { schemaOrg: string }).schemaOrg;
}

/** An Offer for the cost, when the cost is known. */
export function _offerNode(activity: Activity): Node | undefined {
  const cost = activity.cost;
  if (!cost) return undefined;
  const price = cost.isFree ? 0 : cost.price;
  if (price === undefined) return undefined;
  const description = [cost.concessions && `Concessions: ${cost.concessions}`, cost.notes].filter(Boolean).join('. ');
  return {
    '@type': 'Offer',
    price,
    priceCurrency: 'GBP',
    ...(activity.url ? { url: activity.url } : {}),
    ...(description ? { description } : {}),
  };
}
