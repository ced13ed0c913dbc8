import { _isRuleDay, _ruleDays } from '../_lib/_expand.js';
import { _formatDate, _formatTime } from '../_lib/_civil.js';
import { _icalDay } from '../_lib/_ical.js';
import { _plan } from '../_lib/_plan.js';
import { _resolve, type _Resolved } from '../_lib/_zone.js';
import type { ScheduleLike } from '../types.js';

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`);

/** An OpenActive `Schedule` (data-models 2.x `Schedule.json`). */
export interface OpenActiveSchedule {
  '@type': 'Schedule';
  scheduledEventType: string;
  scheduleTimezone: string;
  startDate: string;
  endDate?: string;
  startTime: string;
  endTime: string;
  /** ISO 8601 duration of one session (wall clock), e.g. `PT1H30M`. */
  duration: string;
  /** ISO 8601 duration between repeats: `P1D`, `P1W`, `P2W`, `P1M`. */
  repeatFrequency: string;
  /** schema.org day URLs for daily/weekly repeats; iCal BYDAY strings (`1SA`, `-1FR`) for monthly ones. */
  byDay?: string[];
  byMonthDay?: number[];
  repeatCount?: number;
  /** Start instants (UTC, `YYYY-MM-DDThh:mm:ssZ`) of sessions that do not happen. */
  exceptDate?: string[];
  idTemplate?: string;
  urlTemplate?: string;
}

/** Options for {@link toOpenActiveSchedule}. */
export interface ToOpenActiveScheduleOptions {
  /** `scheduledEventType`. Default `ScheduledSession` (what a SessionSeries needs). */
  scheduledEventType?: string;
  /** RFC 6570 template with `{startDate}` for each session's `@id`. Default: none. */
  idTemplate?: string;
  /** RFC 6570 template with `{startDate}` for each session's `url`. Default: none. */
  urlTemplate?: string;
}

function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 || h === 0 ? `${m}M` : ''}`;
}

/**
 * Converts a schedule to an OpenActive `Schedule` for a SessionSeries' `eventSchedule`: local
 * `startTime`/`endTime` in `scheduleTimezone`, `repeatFrequency` as an ISO 8601 duration, `byDay`
 * as schema.org day URLs (or iCal strings such as `1SA` for monthly repeats), `exceptDate` as the
 * UTC start of each cancelled session, as OpenActive's examples do. `endDate` is the date of the
 * last session when the series ends.
 *
 * OpenActive's Schedule has no extra dates and no irregular lists: publish `extraDates` and
 * explicit `occurrences` as `ScheduledSession` subEvents (from `occurrences()`). For a schedule
 * of explicit occurrences only, or one that cannot be read, this returns `null`.
 *
 * @param schedule - The schedule.
 * @param options - `scheduledEventType` (`ScheduledSession`), `idTemplate`, `urlTemplate`.
 * @returns The OpenActive Schedule, or `null`.
 * @example
 * toOpenActiveSchedule({ startDate: '2026-10-21', endDate: '2026-12-16', startTime: '18:30', endTime: '20:00',
 *   repeat: { frequency: 'weekly' }, exceptDates: ['2026-11-04'] });
 * //=> { '@type': 'Schedule', scheduledEventType: 'ScheduledSession', scheduleTimezone: 'Europe/London',
 * //     startDate: '2026-10-21', endDate: '2026-12-16', startTime: '18:30', endTime: '20:00', duration: 'PT1H30M',
 * //     repeatFrequency: 'P1W', byDay: ['https://schema.org/Wednesday'], exceptDate: ['2026-11-04T18:30:00Z'] }
 */
export function toOpenActiveSchedule(schedule: ScheduleLike, options: ToOpenActiveScheduleOptions = {}): OpenActiveSchedule | null {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const plan = _plan(schedule);
  if (plan.kind !== 'rule') return null;
  const duration = plan.endDayOffset * 1440 + plan.endMin - plan.startMin;
  const out: OpenActiveSchedule = {
    '@type': 'Schedule',
    scheduledEventType: options.scheduledEventType ?? 'ScheduledSession',
    scheduleTimezone: plan.zone.name,
    startDate: _formatDate(plan.startDay),
    startTime: _formatTime(plan.startMin),
    endTime: _formatTime(plan.endMin),
    duration: isoDuration(duration),
    repeatFrequency: 'P1D',
  };
  if (plan.freq === 'once') {
    out.endDate = out.startDate;
    out.repeatCount = 1;
  } else {
    out.repeatFrequency = plan.freq === 'daily' ? `P${plan.interval}D` : plan.freq === 'weekly' ? `P${plan.interval}W` : `P${plan.interval}M`;
    if (plan.freq === 'monthly') {
      if (plan.byDay.length > 0) out.byDay = plan.byDay.map((b) => `${b.ordinal === 0 ? '' : b.ordinal}${_icalDay(b.weekday)}`);
      else out.byMonthDay = [plan.monthDay];
    } else if (plan.weekdays.length > 0) {
      out.byDay = plan.weekdays.map((w) => SCHEMA_DAYS[w] as string);
    }
    if (plan.count !== Number.POSITIVE_INFINITY) {
      out.repeatCount = plan.count;
      let last: number | undefined;
      for (const d of _ruleDays(plan, plan.startDay)) last = d;
      if (last !== undefined) out.endDate = _formatDate(last);
    } else if (plan.endDay !== Number.POSITIVE_INFINITY) {
      out.endDate = _formatDate(plan.endDay);
    }
  }
  const r: _Resolved = { ms: 0, offset: 0, kind: 'ok' };
  const except = [...plan.except]
    .sort((a, b) => a - b)
    .filter((d) => _isRuleDay(plan, d))
    .map((d) => `${new Date(_resolve(plan.zone, d, plan.startMin, r).ms).toISOString().slice(0, 19)}Z`);
  if (except.length > 0) out.exceptDate = except;
  if (options.idTemplate !== undefined) out.idTemplate = options.idTemplate;
  if (options.urlTemplate !== undefined) out.urlTemplate = options.urlTemplate;
  return out;
}
