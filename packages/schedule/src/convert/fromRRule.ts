import type { Schedule } from '@artsrx/schema';
import { _dayNumber, _formatDate, _formatTime, _weekday, _civil } from '../_lib/_civil.js';
import { _parseByDay } from '../_lib/_plan.js';
import { _wallOf, _zone, type _Zone } from '../_lib/_zone.js';

/** RFC 5545 recurrence data to read: the shape `toRRule` writes (all but `dtstart` optional). */
export interface FromRRuleInput {
  /** IANA zone of the local date-times. Default `Europe/London`. */
  tzid?: string;
  /** `YYYYMMDDTHHMMSS` (local in `tzid`) or `YYYYMMDDTHHMMSSZ` (UTC). */
  dtstart: string;
  /** End of the first session, same forms as `dtstart`. Give this, `durationMinutes` or `duration`. */
  dtend?: string;
  /** Session length in minutes. */
  durationMinutes?: number;
  /** Session length as an RFC 5545 / ISO 8601 duration, e.g. `PT1H30M`. */
  duration?: string;
  /** The rule, with or without the `RRULE:` prefix. */
  rrule?: string | null;
  /** EXDATE values (local or UTC date-times, or dates `YYYYMMDD`). */
  exdates?: readonly string[];
  /** RDATE values (local or UTC date-times; PERIOD values use their start). */
  rdates?: readonly string[];
}

/** The schedule read from recurrence data, and what could not be kept. */
export interface FromRRuleResult {
  /** The schedule, or `null` when the data cannot be represented without changing its sessions. */
  schedule: Schedule | null;
  /** Sentences for a person: what was dropped or could not be read. Empty when exact. */
  losses: string[];
}

const DT_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

interface Wall {
  day: number;
  minutes: number;
  seconds: number;
  dateOnly: boolean;
}

function parseDt(value: string, zone: _Zone): Wall | undefined {
  const m = DT_RE.exec(value.trim().split('/')[0] ?? '');
  if (!m) return undefined;
  const day = _dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  if (_formatDate(day).replace(/-/g, '') !== `${m[1]}${m[2]}${m[3]}`) return undefined;
  if (m[4] === undefined) return { day, minutes: 0, seconds: 0, dateOnly: true };
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = Number(m[6]);
  if (h > 23 || mi > 59 || s > 60) return undefined;
  if (m[7] === 'Z') {
    const w = _wallOf(zone, day * 86_400_000 + (h * 60 + mi) * 60_000 + s * 1000);
    return { day: w.dayNumber, minutes: w.minutes, seconds: s, dateOnly: false };
  }
  return { day, minutes: h * 60 + mi, seconds: s, dateOnly: false };
}

function parseDuration(value: string): number | undefined {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!m || value.trim() === 'P' || value.trim().endsWith('T')) return undefined;
  const [w, d, h, mi] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
  return ((w * 7 + d) * 24 + h) * 60 + mi;
}

/**
 * Reads RFC 5545 recurrence data (DTSTART/DTEND with TZID, RRULE, EXDATE, RDATE) back into an
 * ArtsRx schedule: the reverse of `toRRule`. Rules the schedule model cannot express exactly
 * (YEARLY, BYMONTH, BYSETPOS, BYHOUR…, several BYMONTHDAY values, all-day events, sessions
 * longer than a day) give `schedule: null` with the reason in `losses`, rather than a schedule
 * with different sessions. Never throws on bad data.
 *
 * @param input - The recurrence data.
 * @returns `{ schedule, losses }`.
 * @example
 * fromRRule({ tzid: 'Europe/London', dtstart: '20261021T183000', dtend: '20261021T200000',
 *   rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261230T235959Z', exdates: ['20261223T183000'] });
 * //=> { schedule: { timezone: 'Europe/London', startDate: '2026-10-21', startTime: '18:30', endTime: '20:00',
 * //     endDate: '2026-12-30', repeat: { frequency: 'weekly', byDay: ['WE'] }, exceptDates: ['2026-12-23'] }, losses: [] }
 */
export function fromRRule(input: FromRRuleInput): FromRRuleResult {
  if (input === null || typeof input !== 'object') throw new TypeError('input must be an object with at least dtstart');
  const losses: string[] = [];
  const fail = (why: string): FromRRuleResult => ({ schedule: null, losses: [...losses, why] });
  const tzid = typeof input.tzid === 'string' && input.tzid !== '' ? input.tzid : 'Europe/London';
  const zone = _zone(tzid);
  if (!zone.valid) return fail(`"${tzid}" is not a time zone this software knows.`);
  const start = typeof input.dtstart === 'string' ? parseDt(input.dtstart, zone) : undefined;
  if (start === undefined) return fail(`DTSTART "${String(input.dtstart)}" is not a date-time.`);
  if (start.dateOnly) return fail('This is an all-day event: ArtsRx schedules need a start and an end time.');
  if (start.seconds !== 0) losses.push('Seconds in the start time were dropped.');

  let duration: number | undefined;
  if (typeof input.dtend === 'string') {
    const end = parseDt(input.dtend, zone);
    if (end === undefined || end.dateOnly) return fail(`DTEND "${input.dtend}" is not a date-time.`);
    duration = (end.day - start.day) * 1440 + end.minutes - start.minutes;
  } else if (typeof input.durationMinutes === 'number' && Number.isFinite(input.durationMinutes)) {
    duration = Math.round(input.durationMinutes);
  } else if (typeof input.duration === 'string') {
    duration = parseDuration(input.duration);
    if (duration === undefined) return fail(`DURATION "${input.duration}" is not a duration.`);
  }
  if (duration === undefined) return fail('There is no end time (DTEND or DURATION).');
  if (duration <= 0) return fail('The session ends at or before it starts.');
  if (duration > 1440) return fail('Sessions longer than 24 hours cannot be written as an ArtsRx schedule.');

  const schedule: Schedule = {
    timezone: tzid,
    startDate: _formatDate(start.day),
    startTime: _formatTime(start.minutes),
    endTime: _formatTime((start.minutes + duration) % 1440),
  };

  const rule = typeof input.rrule === 'string' ? input.rrule.trim().replace(/^RRULE:/i, '') : '';
  const parts = new Map<string, string>();
  for (const p of rule === '' ? [] : rule.split(';')) {
    const [k, v] = p.split('=');
    if (k !== undefined && v !== undefined) parts.set(k.trim().toUpperCase(), v.trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : undefined;
  if (rule !== '' && !(freq === 'DAILY' && count === 1 && parts.size === 2)) {
    if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') return fail(`A ${freq ?? 'missing'} FREQ cannot be written as an ArtsRx schedule (daily, weekly or monthly only).`);
    for (const k of parts.keys()) {
      if (!['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'WKST'].includes(k)) return fail(`${k} in the RRULE cannot be written as an ArtsRx schedule.`);
    }
    const repeat: NonNullable<Schedule['repeat']> = { frequency: freq === 'DAILY' ? 'daily' : freq === 'WEEKLY' ? 'weekly' : 'monthly' };
    const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
    if (!Number.isInteger(interval) || interval < 1 || interval > 52) return fail(`INTERVAL=${parts.get('INTERVAL')} is not between 1 and 52.`);
    if (interval > 1) repeat.interval = interval;
    if (count !== undefined) {
      if (!Number.isInteger(count) || count < 1 || count > 10000) return fail(`COUNT=${parts.get('COUNT')} is not between 1 and 10,000.`);
      repeat.count = count;
    }
    const byDay = parts.get('BYDAY');
    if (byDay !== undefined) {
      const days: string[] = [];
      for (const v of byDay.split(',')) {
        const b = _parseByDay(v);
        if (b === undefined) return fail(`BYDAY value "${v}" cannot be read.`);
        if (b.ordinal !== 0 && repeat.frequency !== 'monthly') return fail(`BYDAY "${v}" picks a day of the month, which only a monthly repeat can say.`);
        days.push(`${b.ordinal === 0 ? '' : b.ordinal}${v.replace(/^[+-]?\d/, '')}`);
      }
      repeat.byDay = days;
    }
    const byMonthDay = parts.get('BYMONTHDAY');
    if (byMonthDay !== undefined) {
      if (repeat.frequency !== 'monthly' || byDay !== undefined || byMonthDay !== String(_civil(start.day).day)) {
        return fail(`BYMONTHDAY=${byMonthDay} cannot be written as an ArtsRx schedule (only the start date's own day of the month).`);
      }
    }
    const wkst = parts.get('WKST');
    if (wkst !== undefined && wkst !== 'MO' && repeat.frequency === 'weekly' && interval > 1 && (repeat.byDay?.length ?? 0) > 1) {
      return fail(`WKST=${wkst} changes which weeks count in this fortnightly rule; ArtsRx weeks start on Monday.`);
    }
    const until = parts.get('UNTIL');
    if (until !== undefined) {
      const u = parseDt(until, zone);
      if (u === undefined) return fail(`UNTIL=${until} is not a date or date-time.`);
      // The last day whose session starts at or before UNTIL.
      schedule.endDate = _formatDate(!u.dateOnly && u.minutes < start.minutes ? u.day - 1 : u.day);
      if (count !== undefined) losses.push('The RRULE has both COUNT and UNTIL (not allowed by RFC 5545); the series stops at whichever comes first.');
    }
    schedule.repeat = repeat;
    // RFC 5545 counts DTSTART even when it is not on the rule's days; ArtsRx starts at the first rule day.
    const wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][_weekday(start.day)] as string;
    if (repeat.frequency !== 'monthly' && repeat.byDay !== undefined && !repeat.byDay.includes(wd)) {
      schedule.extraDates = [schedule.startDate as string];
      losses.push('DTSTART is not on one of the rule’s days; it is kept as an extra session.');
    }
  }

  const exceptDates: string[] = [];
  for (const x of input.exdates ?? []) {
    const w = parseDt(String(x), zone);
    if (w === undefined) {
      losses.push(`EXDATE "${String(x)}" could not be read and was dropped.`);
      continue;
    }
    if (!w.dateOnly && w.minutes !== start.minutes) losses.push(`EXDATE ${String(x)} is not at the usual start time; the whole day ${_formatDate(w.day)} is treated as a day off.`);
    exceptDates.push(_formatDate(w.day));
  }
  const extraDates: string[] = [...(schedule.extraDates ?? [])];
  for (const x of input.rdates ?? []) {
    const w = parseDt(String(x), zone);
    if (w === undefined || w.dateOnly) {
      losses.push(`RDATE "${String(x)}" could not be read as a date-time and was dropped.`);
      continue;
    }
    if (w.minutes !== start.minutes) {
      losses.push(`RDATE ${String(x)} is not at the usual start time and was dropped: list such sessions as occurrences instead.`);
      continue;
    }
    extraDates.push(_formatDate(w.day));
  }
  if (exceptDates.length > 0) schedule.exceptDates = [...new Set(exceptDates)].sort();
  if (extraDates.length > 0) schedule.extraDates = [...new Set(extraDates)].sort();
  else delete schedule.extraDates;
  return { schedule, losses };
}
