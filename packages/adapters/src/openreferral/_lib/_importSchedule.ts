import { instantOfWallTime, timeZoneOffset } from '@artsrx/schedule';
import { BY_DAY_PATTERN, type ScheduleInput } from '@artsrx/schema';
import { _num, _str, type _Json } from './_json.js';
import { _ruleDates } from './_ruleDates.js';
import type { OpenReferralIssue } from './_types.js';
import { _dateOf, _dayNumber, _hhmm, _offsetText } from './_civil.js';

const ZONE = 'Europe/London';
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const WEEKDAY_NAMES: Record<string, string> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' };

type Issue = Omit<OpenReferralIssue, 'recordId'>;

/** A date `YYYY-MM-DD` from a date or date-time string. */
function _date(value: unknown): string | undefined {
  const s = _str(value);
  if (s === undefined || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/.test(s)) return undefined;
  const d = s.slice(0, 10);
  return new Date(`${d}T00:00:00Z`).toISOString().startsWith(d) ? d : undefined;
}

/** Parses `HH:MM`, `HH:MM:SS`, with an optional `Z` or `±HH:MM` zone. */
function _time(value: unknown): { minutes: number; offset?: number } | undefined {
  const s = _str(value);
  if (s === undefined) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (m === null) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59) return undefined;
  let offset: number | undefined;
  if (m[3] !== undefined) {
    if (m[3].toUpperCase() === 'Z') offset = 0;
    else {
      const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(m[3])!;
      offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
    }
  }
  return { minutes: (h * 60 + min) % 1440, ...(offset === undefined ? {} : { offset }) };
}

/** Local London wall time of a time given with an offset, on `date`. */
function _toLocal(date: string, minutes: number, offset: number): string {
  const instant = _dayNumber(date) * 86400000 + (minutes - offset) * 60000;
  return _hhmm(minutes - offset + timeZoneOffset(ZONE, instant));
}

interface Row {
  key: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byDay?: string[];
  byMonthDay?: string;
  dtstart?: string;
  validFrom?: string;
  validTo?: string;
  until?: string;
  start: string;
  end: string;
  notes?: string;
  /** One session: `count: 1`, a one-day validity window, or no repeat at all. */
  single: boolean;
}

/**
 * Rebuilds one ArtsRx schedule (Europe/London wall-clock times) from Open Referral schedule rows.
 * Rows of one rule split by clock changes or by validity gaps (as `toOpenReferral` writes them)
 * are merged back, gaps becoming `exceptDates`; one-off rows become extra dates or occurrences.
 * ORUK 1.0 `regular_schedules` (with `weekday`) are read too. `fallbackStart` is used when a
 * rule has no `dtstart` or `valid_from`.
 */
export function _importSchedule(rows: readonly _Json[], fallbackStart: string): { schedule?: ScheduleInput; issues: Issue[] } {
  const issues: Issue[] = [];
  const parsed: Row[] = [];
  let assumedLocal = false;
  for (const [i, r] of rows.entries()) {
    const open = _time(r.opens_at);
    const close = _time(r.closes_at);
    if (open === undefined || close === undefined) {
      issues.push({ code: 'openreferral_schedule_no_times', severity: 'warning', field: 'schedule.opens_at', pointer: `/schedules/${i}`, message: `Schedule row ${i + 1} has no usable opening and closing times${_str(r.description) === undefined ? '' : ` ("${_str(r.description)}")`}; it is not carried.` });
      continue;
    }
    const tz = _num(r.timezone);
    let freq = _str(r.freq)?.toUpperCase();
    let byDay = _str(r.byday)?.toUpperCase().split(',').map((d) => d.trim()).filter((d) => d !== '');
    const weekday = r.weekday;
    if (freq === undefined && weekday !== undefined) {
      // Strings only (String() of an object with its own "toString" key throws), own names only ("__proto__" is not a day).
      const name = typeof weekday === 'string' ? weekday.trim().toLowerCase() : '';
      const code =
        typeof weekday === 'number'
          ? WEEKDAYS[(((weekday - 1) % 7) + 7) % 7]
          : (Object.hasOwn(WEEKDAY_NAMES, name) ? WEEKDAY_NAMES[name] : undefined) ?? (WEEKDAYS as readonly string[]).find((d) => typeof weekday === 'string' && d === weekday.toUpperCase());
      if (code !== undefined) {
        freq = 'WEEKLY';
        byDay = [code];
      }
    }
    if (freq !== undefined && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
      issues.push({ code: 'openreferral_schedule_unsupported', severity: 'warning', field: 'schedule.freq', pointer: `/schedules/${i}/freq`, message: `Schedule row ${i + 1} repeats "${freq}", which Open Referral does not define; it is not carried.` });
      continue;
    }
    if (byDay !== undefined && byDay.some((d) => !BY_DAY_PATTERN.test(d))) {
      issues.push({ code: 'openreferral_schedule_bad_byday', severity: 'warning', field: 'schedule.byday', pointer: `/schedules/${i}/byday`, message: `Schedule row ${i + 1} has days "${byDay.join(',')}" that are not iCalendar day codes; the row is not carried.` });
      continue;
    }
    for (const key of ['count', 'wkst', 'byweekno', 'byyearday'] as const) {
      // WKST=MO is the default, and COUNT=1 marks a one-session row: both are carried as they are.
      if ((key === 'wkst' && r[key] === 'MO') || (key === 'count' && _num(r[key]) === 1)) continue;
      if (r[key] !== undefined && r[key] !== null && r[key] !== '') {
        issues.push({ code: 'openreferral_not_carried', severity: 'warning', field: `schedule.${key}`, pointer: `/schedules/${i}/${key}`, message: `Schedule "${key}" ${JSON.stringify(r[key])} is not carried: ArtsRx repeat rules have no such part in this form.` });
      }
    }
    if (_str(r.schedule_link) !== undefined) issues.push({ code: 'openreferral_not_carried', severity: 'warning', field: 'schedule.schedule_link', pointer: `/schedules/${i}/schedule_link`, message: 'The schedule booking link is not carried.' });
    if (_str(r.attending_type) !== undefined) issues.push({ code: 'openreferral_not_carried', severity: 'warning', field: 'schedule.attending_type', pointer: `/schedules/${i}/attending_type`, message: `The schedule attending type "${_str(r.attending_type)}" is not carried.` });
    const dtstart = _date(r.dtstart);
    const validFrom = _date(r.valid_from);
    const onDate = validFrom ?? dtstart ?? fallbackStart;
    const toLocal = (t: { minutes: number; offset?: number }, date: string): string => {
      if (t.offset !== undefined) return _toLocal(date, t.minutes, t.offset);
      if (tz !== undefined) return _toLocal(date, t.minutes, Math.round(tz * 60));
      assumedLocal = true;
      return _hhmm(t.minutes);
    };
    const start = toLocal(open, onDate);
    // A closing time at or before the opening time is on the next day.
    const end = toLocal(close, close.minutes - (close.offset ?? 0) <= open.minutes - (open.offset ?? 0) ? _dateOf(_dayNumber(onDate) + 1) : onDate);
    const byMonthDay = _str(r.bymonthday);
    const interval = Math.max(1, Math.round(_num(r.interval) ?? 1));
    const until = _date(r.until);
    parsed.push({
      key: [freq ?? '', interval, byDay?.join(',') ?? '', freq === 'MONTHLY' ? byMonthDay ?? '' : '', start, end].join('|'),
      single: freq === undefined || _num(r.count) === 1 || (validFrom !== undefined && validFrom === _date(r.valid_to) && (dtstart === undefined || dtstart === validFrom)),
      ...(freq === undefined ? {} : { freq: freq as 'WEEKLY' | 'MONTHLY' }),
      interval,
      ...(byDay === undefined || byDay.length === 0 ? {} : { byDay }),
      ...(byMonthDay === undefined || freq !== 'MONTHLY' ? {} : { byMonthDay }),
      ...(dtstart === undefined ? {} : { dtstart }),
      ...(validFrom === undefined ? {} : { validFrom }),
      ...(_date(r.valid_to) === undefined ? {} : { validTo: _date(r.valid_to) }),
      ...(until === undefined ? {} : { until }),
      start,
      end,
      ...(_str(r.notes) === undefined ? {} : { notes: _str(r.notes) }),
    });
  }
  if (assumedLocal) {
    issues.push({ code: 'openreferral_schedule_assumed_local', severity: 'info', field: 'schedule.opens_at', message: 'Opening times carry no UTC offset; they are read as UK local time (Europe/London), as UK feeds mean them.' });
  }
  const rules = parsed.filter((p) => !p.single);
  let oneOffs = parsed.filter((p) => p.single);
  const groups = new Map<string, Row[]>();
  for (const r of rules) groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
  const notes = [...new Set(parsed.map((p) => p.notes).filter((n): n is string => n !== undefined))].join(' ') || undefined;

  if (groups.size > 0) {
    const [first, ...others] = [...groups.values()];
    const group = first!;
    if (others.length > 0) {
      issues.push({ code: 'openreferral_schedule_extra_rules', severity: 'warning', field: 'schedule', message: `An ArtsRx activity holds one repeat rule; ${others.length} other rule${others.length === 1 ? '' : 's'} (${others.map((g) => `${g[0]!.byDay?.join(',') ?? g[0]!.freq} ${g[0]!.start}\u2013${g[0]!.end}`).join('; ')}) ${others.length === 1 ? 'is' : 'are'} not carried.` });
    }
    const g0 = group[0]!;
    const repeat: NonNullable<ScheduleInput['repeat']> = { frequency: g0.freq === 'MONTHLY' ? 'monthly' : 'weekly', ...(g0.interval > 1 ? { interval: g0.interval } : {}), ...(g0.byDay === undefined ? {} : { byDay: g0.byDay }) };
    const dateOf = (r: Row) => r.dtstart ?? r.validFrom;
    const groupStart = group.map(dateOf).filter((d): d is string => d !== undefined).sort()[0];
    const probeAt = (startDate: string) => ({ timezone: ZONE, startDate, startTime: g0.start, endTime: g0.end, repeat }) as Parameters<typeof _ruleDates>[0];
    const fitsPattern = (d: string) => _ruleDates(probeAt(d), _dayNumber(d)).length === 1;
    // Single-session rows at the rule's times on the rule's days are runs of one session.
    const sameTime = oneOffs.filter((o) => o.start === g0.start && o.end === g0.end && dateOf(o) !== undefined);
    const anchors = [groupStart, ...sameTime.map(dateOf).filter((d): d is string => d !== undefined && fitsPattern(d))].filter((d): d is string => d !== undefined).sort();
    const startDate = anchors[0];
    if (startDate === undefined) {
      issues.push({ code: 'openreferral_schedule_assumed_start', severity: 'warning', field: 'schedule.dtstart', message: `The schedule gives no start date; ${fallbackStart} is assumed.` });
    }
    const anchor = startDate ?? fallbackStart;
    if (g0.freq === 'MONTHLY' && g0.byDay === undefined && g0.byMonthDay !== undefined && g0.byMonthDay !== String(Number(anchor.slice(8, 10)))) {
      issues.push({ code: 'openreferral_not_carried', severity: 'warning', field: 'schedule.bymonthday', message: `Monthly on day ${g0.byMonthDay} is not carried: ArtsRx monthly rules repeat on the start date's day or on weekdays.` });
    }
    const schedule: ScheduleInput = { timezone: ZONE, startDate: anchor, startTime: g0.start, endTime: g0.end, repeat };
    const lastWanted = Math.max(...[...group, ...sameTime].map((r) => _dayNumber(r.validTo ?? dateOf(r) ?? anchor)), _dayNumber(anchor));
    const onRule = new Set(_ruleDates(probeAt(anchor), lastWanted).map((d) => _dateOf(d.day)));
    const runsOfOne = sameTime.filter((o) => onRule.has(dateOf(o)!));
    const extras = sameTime.filter((o) => !onRule.has(dateOf(o)!));
    oneOffs = oneOffs.filter((o) => !sameTime.includes(o));
    const windowRows = [...group, ...runsOfOne];
    // The series end is the `until` of the last window, when it has one.
    const windowStart = (r: Row) => r.validFrom ?? r.dtstart ?? '';
    const last = windowRows.reduce<Row | undefined>((l, r) => (l === undefined || windowStart(r) > windowStart(l) ? r : l), undefined);
    const until = last?.until;
    if (until !== undefined) schedule.endDate = until;
    // With several windows, or a known series end, the rule's dates outside every window are
    // dates without a session (toOpenReferral splits a series around them).
    const windows = windowRows
      .filter((r) => (r.validFrom ?? dateOf(r)) !== undefined)
      .map((r) => [_dayNumber((r.validFrom ?? dateOf(r))!), _dayNumber(r.validTo ?? (r.validFrom ?? dateOf(r))!)] as const)
      .sort((a, b) => a[0] - b[0]);
    if (windows.length > 1 || (windows.length > 0 && until !== undefined)) {
      const from = Math.min(windows[0]![0], _dayNumber(anchor));
      const to = until === undefined ? windows[windows.length - 1]![1] : _dayNumber(until);
      const except = _ruleDates(probeAt(anchor), to)
        .map((d) => d.day)
        .filter((day) => day >= from && !windows.some(([a, b]) => day >= a && day <= b))
        .map(_dateOf);
      if (except.length > 1000) {
        issues.push({ code: 'openreferral_schedule_gaps_ignored', severity: 'warning', field: 'schedule.valid_from', message: `The schedule rows leave ${except.length} dates of the series uncovered; they are read as data-validity windows, not as dates without a session.` });
      } else if (except.length > 0) schedule.exceptDates = except;
    }
    if (extras.length > 0) schedule.extraDates = extras.map((o) => dateOf(o)!).sort();
    if (oneOffs.length > 0) issues.push({ code: 'openreferral_schedule_extra_rules', severity: 'warning', field: 'schedule', message: `${oneOffs.length} single-session schedule row${oneOffs.length === 1 ? '' : 's'} at other times ${oneOffs.length === 1 ? 'is' : 'are'} not carried beside the repeat rule.` });
    if (notes !== undefined) schedule.notes = notes;
    return { schedule, issues };
  }
  if (oneOffs.length === 1) {
    const o = oneOffs[0]!;
    const date = o.validFrom ?? o.dtstart ?? fallbackStart;
    const schedule: ScheduleInput = { timezone: ZONE, startDate: date, startTime: o.start, endTime: o.end, ...(notes === undefined ? {} : { notes }) };
    return { schedule, issues };
  }
  if (oneOffs.length > 1) {
    // RFC 5545, as everywhere in ArtsRx: a skipped time moves forward, a repeated one is the first.
    // (Written with "Z" for GMT, as the rest of the Open Referral import does.)
    const iso = (date: string, time: string): string => {
      const at = instantOfWallTime(ZONE, date, time);
      return at.iso.slice(0, 19) + _offsetText(at.offset);
    };
    const occurrences = oneOffs
      .filter((o) => (o.validFrom ?? o.dtstart) !== undefined)
      .map((o) => {
        const date = (o.validFrom ?? o.dtstart)!;
        const endDate = o.end <= o.start ? _dateOf(_dayNumber(date) + 1) : date;
        return { start: iso(date, o.start), end: iso(endDate, o.end) };
      })
      .sort((a, b) => a.start.localeCompare(b.start));
    if (occurrences.length > 0) return { schedule: { timezone: ZONE, occurrences, ...(notes === undefined ? {} : { notes }) }, issues };
  }
  return { issues };
}
