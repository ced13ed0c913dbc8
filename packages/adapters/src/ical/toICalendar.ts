import type { Activity, Dataset } from '@artsrx/schema';
import { occurrences, toRRule } from '@artsrx/schedule';
import type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
import { _addressLine, _label } from '../_lib/_labels.js';
import { _uncarried } from '../_lib/_uncarried.js';
import { _escapeText, _fold, _stripControls } from './_lib/_text.js';
import { _vtimezone } from './_lib/_vtimezone.js';

/** Options of {@link toICalendar}. */
export interface ToICalendarOptions {
  /** Domain after the `@` of every UID (`<activity id>@<domain>`); default the host of the publisher URL, else `artsrx.invalid`. */
  uidDomain?: string;
  /** DTSTAMP of every event (ISO date-time); default the dataset's `generatedAt`, else now. Fixed so the same data gives the same file. */
  dtstamp?: string;
  /** Places and organisations for LOCATION, GEO and ORGANIZER when `input` is a list of activities; default none. */
  dataset?: Pick<Dataset, 'places' | 'organisations'>;
  /** Calendar name (X-WR-CALNAME); default the publisher name, else none. */
  calendarName?: string;
  /** Last year the VTIMEZONEs describe for series with no end; default 10 years after the latest start. */
  timezoneUntilYear?: number;
}

const PRODID = '-//ArtsRx//@artsrx/adapters//EN';

function utcStamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function icalLocalOf(iso: string, zone: string): string {
  // The wall time of an instant in `zone`, YYYYMMDDTHHMMSS.
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    wallFormats.set(zone, format);
  }
  const parts = format.formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}${get('month')}${get('day')}T${get('hour')}${get('minute')}${get('second')}`;
}

/**
 * Writes activities as an iCalendar file (RFC 5545) that calendar apps subscribe to: one VEVENT
 * per activity with DTSTART/DTEND in the activity's own time zone (TZID), RRULE, EXDATE and RDATE
 * from `@artsrx/schedule`'s `toRRule`, a VTIMEZONE for each zone used, stable UIDs, escaped text
 * and lines folded at 75 octets. An irregular programme whose sessions differ in length gets one
 * VEVENT per session. Activities without a schedule, and ended or closed ones, are left out and
 * reported.
 *
 * @param input - A dataset, or a list of activities.
 * @param options - UIDs, DTSTAMP, places and calendar name; see {@link ToICalendarOptions}.
 * @returns The `.ics` text (CRLF line endings) and what it could not carry.
 * @throws TypeError when `input` is neither a dataset nor an array of activities.
 * @example
 * ```ts
 * toICalendar(dataset).value.split('\r\n')[0];
 * //=> 'BEGIN:VCALENDAR'
 * ```
 */
export function toICalendar(input: Dataset | readonly Activity[], options: ToICalendarOptions = {}): AdapterResult<string> {
  const isList = Array.isArray(input);
  if (!isList && (typeof input !== 'object' || input === null || !Array.isArray((input as Dataset).activities))) {
    throw new TypeError('input must be an ArtsRx dataset or an array of activities');
  }
  const dataset = isList ? undefined : (input as Dataset);
  const activities: readonly Activity[] = isList ? (input as readonly Activity[]) : dataset!.activities;
  const lookup = options.dataset ?? dataset;
  const issues: AdapterIssue[] = [];
  const publisherUrl = dataset?.publisher.url;
  let domain = options.uidDomain;
  if (domain === undefined && publisherUrl) {
    try {
      domain = new URL(publisherUrl).host;
    } catch {
      domain = undefined;
    }
  }
  domain ??= 'artsrx.invalid';
  const dtstamp = utcStamp(options.dtstamp ?? dataset?.generatedAt ?? new Date().toISOString());
  const name = options.calendarName ?? dataset?.publisher.name;

  const events: string[][] = [];
  const zones = new Map<string, { from: number; to: number }>();
  const useZone = (zone: string, fromYear: number, toYear: number) => {
    const z = zones.get(zone);
    zones.set(zone, { from: Math.min(z?.from ?? fromYear, fromYear), to: Math.max(z?.to ?? toYear, toYear) });
  };

  for (const activity of activities) {
    if (activity.status !== 'active') {
      issues.push({ code: 'ical_not_active', severity: 'info', message: `"${activity.name}" is ${activity.status}, so it is not in the calendar.`, recordId: activity.id });
      continue;
    }
    const schedule = activity.schedule;
    const set = schedule ? toRRule(schedule) : null;
    if (!schedule || !set) {
      issues.push({ code: 'ical_no_schedule', severity: 'warning', message: `"${activity.name}" has no usable schedule, so it is not in the calendar.`, recordId: activity.id });
      continue;
    }
    const zone = set.tzid;
    const common: string[] = [];
    common.push(`SUMMARY:${_escapeText(_stripControls(activity.name))}`);
    const description = [activity.description, schedule.notes, activity.cost && (activity.cost.isFree ? 'Free' : activity.cost.price !== undefined ? `£${activity.cost.price.toFixed(2)}` : undefined)]
      .filter((s): s is string => typeof s === 'string' && s !== '')
      .join('\n\n');
    if (description) common.push(`DESCRIPTION:${_escapeText(_stripControls(description))}`);
    const place = activity.placeId !== undefined ? lookup?.places.find((p) => p.id === activity.placeId) : undefined;
    if (place) {
      common.push(`LOCATION:${_escapeText(_stripControls([place.name, _addressLine(place.address)].filter(Boolean).join(', ')))}`);
      if (place.geo) common.push(`GEO:${place.geo.coordinates[1]};${place.geo.coordinates[0]}`);
    } else if (activity.attendanceMode === 'online') {
      common.push('LOCATION:Online');
    }
    const org = activity.organisationId !== undefined ? lookup?.organisations.find((o) => o.id === activity.organisationId) : undefined;
    if (org?.email) common.push(`ORGANIZER;CN="${_stripControls(org.name).replace(/["\\]/g, "'")}":mailto:${org.email}`);
    if (activity.url) common.push(`URL:${activity.url}`);
    common.push(`CATEGORIES:${[...activity.artForms.map((id) => _label('artForm', id)), ...(activity.activityTypes ?? []).map((id) => _label('activityType', id))].map(_escapeText).join(',')}`);
    common.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE');

    const startYear = Number(set.dtstart.slice(0, 4));
    const uid = `${activity.id.replace(/[^A-Za-z0-9._~!$&'()*+=:-]/g, (c) => encodeURIComponent(c))}@${domain}`;
    if (set.losses.some((l) => l.includes('different lengths')) && schedule.occurrences) {
      // Sessions of different lengths: one VEVENT each, UIDs numbered in session order.
      const ends = schedule.occurrences.map((o) => Number(icalLocalOf(o.end, zone).slice(0, 4)));
      useZone(zone, startYear, Math.max(...ends));
      schedule.occurrences.forEach((o, i) => {
        events.push(['BEGIN:VEVENT', `UID:${uid.replace('@', `-${i + 1}@`)}`, `DTSTAMP:${dtstamp}`, `DTSTART;TZID=${zone}:${icalLocalOf(o.start, zone)}`, `DTEND;TZID=${zone}:${icalLocalOf(o.end, zone)}`, ...common, 'END:VEVENT']);
      });
      issues.push({ code: 'ical_one_event_per_session', severity: 'info', message: `"${activity.name}" has sessions of different lengths, so each is its own event.`, recordId: activity.id });
      continue;
    }
    let rrule = set.rrule;
    if (rrule && /COUNT=/.test(rrule) && /UNTIL=/.test(rrule)) {
      // RFC 5545 forbids COUNT with UNTIL: end the rule at the last real session instead.
      const last = occurrences(schedule, { from: `${schedule.startDate ?? '1970-01-01'}T00:00`, count: 10_000 }).at(-1);
      rrule = rrule.replace(/;COUNT=\d+/, '').replace(/UNTIL=[0-9TZ]+/, `UNTIL=${last ? utcStamp(last.start) : '19700101T000000Z'}`);
    }
    const finite = rrule === null || /COUNT=|UNTIL=/.test(rrule);
    const untilYear = /UNTIL=(\d{4})/.exec(rrule ?? '')?.[1];
    // The last year the VTIMEZONE must cover: from UNTIL or the RDATEs when written, else by expanding a COUNT.
    const lastYear = !finite
      ? (options.timezoneUntilYear ?? startYear + 10)
      : Math.max(
          startYear,
          untilYear !== undefined ? Number(untilYear) + 1 : 0,
          ...set.rdates.map((d) => Number(d.slice(0, 4)) + 1),
          rrule !== null && untilYear === undefined ? Number((occurrences(schedule, { from: `${schedule.startDate ?? '1970-01-01'}T00:00`, count: 10_000 }).at(-1)?.end ?? set.dtstart).slice(0, 4)) : 0,
        );
    useZone(zone, startYear, lastYear);
    if (!finite) {
      issues.push({ code: 'ical_open_ended', severity: 'info', message: `"${activity.name}" repeats with no end; its time zone is described up to ${options.timezoneUntilYear ?? startYear + 10}.`, recordId: activity.id });
    }
    const lines = ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${dtstamp}`, `DTSTART;TZID=${zone}:${set.dtstart}`, `DTEND;TZID=${zone}:${set.dtend}`];
    if (rrule) lines.push(`RRULE:${rrule}`);
    if (set.exdates.length > 0) lines.push(`EXDATE;TZID=${zone}:${set.exdates.join(',')}`);
    // RFC 5545 counts DTSTART as the first session, but some readers (ical.js 2) drop it when
    // there is no RRULE; repeating it as an RDATE is harmless (duplicates count once) and safe.
    const rdates = rrule === null && set.rdates.length > 0 ? [set.dtstart, ...set.rdates] : set.rdates;
    if (rdates.length > 0) lines.push(`RDATE;TZID=${zone}:${rdates.join(',')}`);
    for (const loss of set.losses) issues.push({ code: 'ical_schedule_loss', severity: 'warning', message: `"${activity.name}": ${loss}`, recordId: activity.id });
    events.push([...lines, ...common, 'END:VEVENT']);
  }

  const inCalendar = activities.filter((a) => a.status === 'active' && a.schedule !== undefined);
  const CARRIED = ['name', 'description', 'url', 'placeId', 'organisationId', 'artForms', 'activityTypes', 'schedule', 'cost', 'status', 'attendanceMode', 'provenance', 'lastVerified', 'assetId'];
  issues.push(..._uncarried(inCalendar, CARRIED, 'iCalendar', 'ical_field_not_carried', ['activity', 'activities']));
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name) out.push(`X-WR-CALNAME:${_escapeText(_stripControls(name))}`);
  for (const [zone, { from, to }] of [...zones].sort(([a], [b]) => a.localeCompare(b))) out.push(..._vtimezone(zone, from, to));
  for (const e of events) out.push(...e);
  out.push('END:VCALENDAR');
  return { value: out.map(_fold).join('\r\n') + '\r\n', issues };
}
