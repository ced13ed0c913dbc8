import { _instantArg } from '../_lib/_args.js';
import { _DAY_MS, _formatTime, _parseDate, _weekday } from '../_lib/_civil.js';
import { _ruleDays, _ruleDaysIn, _scan, type _Session } from '../_lib/_expand.js';
import { _DAY_NAMES, _humanDate, _humanList, _humanTime } from '../_lib/_human.js';
import { _plan, _parseByDay, type _Plan } from '../_lib/_plan.js';
import { _changeDays, _formatInstant, _offsetAt, _resolve, type _Resolved } from '../_lib/_zone.js';
import type { InstantInput, ScheduleLike } from '../types.js';

/** One finding about a schedule. Codes are stable snake_case strings (see the README catalogue). */
export interface ScheduleCheck {
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Path relative to the schedule, e.g. `['exceptDates', 2]`. */
  path: (string | number)[];
  /** A sentence for a volunteer directory editor. */
  message: string;
  hint?: string;
}

/** Options for {@link checkSchedule}. */
export interface CheckScheduleOptions {
  /** The moment `schedule_ended` is judged against. Default: the current time. */
  now?: InstantInput;
}

/** How far ahead clock-change problems are looked for in an open-ended series. */
const CLOCK_CHANGE_YEARS = 2;

type Loose = Record<string, unknown>;

/**
 * Checks a schedule for problems a publisher should fix or know about: it ends before it
 * starts, day-off dates that are not session days, `count` and `endDate` disagreeing, sessions
 * starting or ending in an hour the clocks skip or repeat, a series that has ended, ordinals
 * outside monthly repeats, and more (see the README for the catalogue). Never throws on bad data.
 *
 * @param schedule - The schedule (parsed or as written).
 * @param options - `now` (default: the current time).
 * @returns The findings, errors first; empty when all is well.
 * @throws {RangeError} When `options.now` is not a date or date-time.
 * @example
 * checkSchedule({ startDate: '2026-09-02', endDate: '2026-09-01', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } }, { now: '2026-08-01' });
 * //=> [{ code: 'schedule_ends_before_start', severity: 'error', path: ['endDate'],
 * //      message: 'This schedule ends on 1 Sep 2026, before it starts on 2 Sep 2026.', hint: … }]
 */
export function checkSchedule(schedule: ScheduleLike, options: CheckScheduleOptions = {}): ScheduleCheck[] {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const plan = _plan(schedule);
  const nowMs = options.now === undefined ? Date.now() : _instantArg(options.now, 'options.now', plan.zone);
  const s: Loose = schedule !== null && typeof schedule === 'object' ? (schedule as Loose) : {};
  const out: ScheduleCheck[] = [];
  const add = (code: string, severity: ScheduleCheck['severity'], path: (string | number)[], message: string, hint?: string) =>
    out.push(hint === undefined ? { code, severity, path, message } : { code, severity, path, message, hint });

  if (!plan.zone.valid) {
    add(
      'schedule_unknown_timezone',
      'error',
      ['timezone'],
      `"${String(s.timezone)}" is not a time zone this software knows.`,
      'Use an IANA time zone name such as Europe/London.',
    );
    return out;
  }
  if (plan.kind === 'invalid') {
    add(
      'schedule_incomplete',
      'error',
      [],
      'This schedule needs a start date, a start time and an end time, or a list of sessions.',
      'Add startDate, startTime and endTime (HH:MM), or list the sessions under occurrences.',
    );
    return out;
  }
  if (plan.kind === 'list') checkList(plan, s, add);
  else checkRule(plan, s, add, nowMs);

  // Has the series ended?
  if (firstSession(plan, nowMs) === undefined) {
    const last = lastSession(plan);
    if (last !== undefined) {
      add(
        'schedule_ended',
        'warning',
        [],
        `The last session was on ${_humanDate(last.day)}, so this schedule has ended.`,
        'If the activity still runs, add the new dates; otherwise mark the activity as ended.',
      );
    }
  }
  const rank = { error: 0, warning: 1, info: 2 };
  return out.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

type Add = (code: string, severity: ScheduleCheck['severity'], path: (string | number)[], message: string, hint?: string) => void;

function lastSession(plan: _Plan): _Session | undefined {
  if (plan.kind === 'rule' && plan.count === Number.POSITIVE_INFINITY && plan.endDay === Number.POSITIVE_INFINITY && plan.freq !== 'once') return undefined;
  let last: _Session | undefined;
  let n = 0;
  _scan(plan, Number.NEGATIVE_INFINITY, (x) => {
    last = { ...x };
    return ++n < 100_000;
  });
  return last;
}

/** The first session ending after `fromMs`, if any. */
function firstSession(plan: _Plan, fromMs: number): _Session | undefined {
  let first: _Session | undefined;
  _scan(plan, fromMs, (x) => {
    first = { ...x };
    return false;
  });
  return first;
}

function checkList(plan: _Plan, s: Loose, add: Add): void {
  const list = s.occurrences as unknown[];
  list.forEach((o, i) => {
    if (o === null || typeof o !== 'object') return;
    const start = (o as Loose).start;
    const end = (o as Loose).end;
    const a = typeof start === 'string' ? Date.parse(start) : Number.NaN;
    const b = typeof end === 'string' ? Date.parse(end) : Number.NaN;
    if (a !== a || b !== b) {
      add('schedule_occurrence_unreadable', 'error', ['occurrences', i], `Session ${i + 1} has a start or end that is not a date and time.`, 'Write them like 2026-10-21T18:30:00+01:00.');
      return;
    }
    if (b <= a) {
      add('schedule_occurrence_ends_before_start', 'error', ['occurrences', i, 'end'], `Session ${i + 1} ends at or before it starts (${start} to ${end}).`);
    }
    for (const [key, value, ms] of [['start', start, a], ['end', end, b]] as const) {
      const m = /([+-]\d{2}):?(\d{2})$|[zZ]$/.exec(value as string);
      if (!m) continue;
      const written = m[1] === undefined ? 0 : Math.sign(Number(m[1]) || (m[1].startsWith('-') ? -1 : 1)) * (Math.abs(Number(m[1])) * 60 + Number(m[2]));
      const actual = _offsetAt(plan.zone, ms);
      if (written !== actual) {
        const local = _formatInstant(ms, actual);
        add(
          'schedule_occurrence_offset_mismatch',
          'warning',
          ['occurrences', i, key],
          `Session ${i + 1}'s ${key} (${String(value)}) is written with a UTC offset that ${plan.zone.name} does not use on that day; it is read as ${local.slice(11, 16)} local time.`,
          `Check the time. In ${plan.zone.name} on that day it would be written ${local}.`,
        );
      }
    }
  });
}

function checkRule(plan: _Plan, s: Loose, add: Add, nowMs: number): void {
  const repeat = s.repeat !== null && typeof s.repeat === 'object' ? (s.repeat as Loose) : undefined;

  const endDay = _parseDate(s.endDate);
  if (endDay !== undefined && endDay < plan.startDay) {
    add(
      'schedule_ends_before_start',
      'error',
      ['endDate'],
      `This schedule ends on ${_humanDate(endDay)}, before it starts on ${_humanDate(plan.startDay)}.`,
      'Check the start and end dates: they may be swapped or have a typing mistake in the year.',
    );
  }
  if (repeat === undefined && endDay !== undefined && endDay > plan.startDay) {
    add(
      'schedule_end_date_without_repeat',
      'warning',
      ['endDate'],
      `This schedule has an end date but no repeat, so it means one session on ${_humanDate(plan.startDay)} only.`,
      'If it happens regularly, add a repeat rule (for example weekly).',
    );
  }

  if (repeat !== undefined && plan.freq !== 'monthly' && Array.isArray(repeat.byDay)) {
    (repeat.byDay as unknown[]).forEach((v, i) => {
      const b = _parseByDay(v);
      if (b && b.ordinal !== 0) {
        add(
          'schedule_ordinal_needs_monthly',
          'error',
          ['repeat', 'byDay', i],
          `"${String(v)}" picks one ${_DAY_NAMES[b.weekday]} in a month, but this schedule repeats ${plan.freq}; it is read as every ${_DAY_NAMES[b.weekday]}.`,
          `Set the repeat frequency to monthly, or write just "${String(v).replace(/^[+-]?\d/, '')}".`,
        );
      }
    });
  }

  if (plan.endMin === plan.startMin) {
    add(
      'schedule_session_24_hours',
      'warning',
      ['endTime'],
      `Sessions start and end at ${_humanTime(plan.startMin)}, so each one lasts 24 hours.`,
      'Check the end time.',
    );
  }

  if (plan.freq === 'weekly' && !plan.weekdays.includes(_weekday(plan.startDay))) {
    const first = _ruleDays(plan, plan.startDay).next();
    if (!first.done) {
      add(
        'schedule_first_session_after_start_date',
        'info',
        ['startDate'],
        `The start date ${_humanDate(plan.startDay)} is a ${_DAY_NAMES[_weekday(plan.startDay)]}, but sessions are on ${_humanList(plan.weekdays.map((w) => `${_DAY_NAMES[w]}s`))}; the first session is on ${_humanDate(first.value)}.`,
      );
    }
  }

  // count and endDate both given and disagreeing.
  if (plan.count !== Number.POSITIVE_INFINITY && plan.endDay !== Number.POSITIVE_INFINITY && plan.endDay >= plan.startDay) {
    let byCount: number | undefined;
    for (const d of _ruleDays({ ...plan, endDay: Number.POSITIVE_INFINITY }, plan.startDay)) byCount = d;
    let byEnd: number | undefined;
    let n = 0;
    for (const d of _ruleDays({ ...plan, count: Number.POSITIVE_INFINITY }, plan.startDay)) {
      byEnd = d;
      if (++n > plan.count) break;
    }
    if (byCount !== undefined && byEnd !== undefined && byCount !== byEnd) {
      const which = byCount < byEnd ? `the sessions stop after ${plan.count}` : `the sessions stop at the end date, after ${n} of them`;
      add(
        'schedule_count_end_date_disagree',
        'warning',
        ['repeat', 'count'],
        `This schedule says ${plan.count} sessions, which would end on ${_humanDate(byCount)}, but its end date is ${_humanDate(plan.endDay)}; ${which}.`,
        'Give either the number of sessions or the end date, not both, or make them agree.',
      );
    }
  }

  const ruleDaySet = new Set<number>();
  const exceptDates = Array.isArray(s.exceptDates) ? (s.exceptDates as unknown[]) : [];
  const exceptDays = [...plan.except];
  if (exceptDays.length > 0 || plan.extras.length > 0) {
    const lo = Math.min(...exceptDays, ...plan.extras);
    const hi = Math.max(...exceptDays, ...plan.extras);
    for (const d of _ruleDays(plan, lo)) {
      if (d > hi) break;
      ruleDaySet.add(d);
    }
  }
  const extraSet = new Set(plan.extras);
  let lastRuleDay: number | undefined;
  if (plan.count !== Number.POSITIVE_INFINITY || plan.endDay !== Number.POSITIVE_INFINITY) {
    for (const d of _ruleDays(plan, plan.startDay)) lastRuleDay = d;
  }
  exceptDates.forEach((v, i) => {
    if (typeof v !== 'string') return;
    const d = _parseDate(v);
    if (d === undefined || ruleDaySet.has(d) || extraSet.has(d)) return;
    let why: string;
    if (d < plan.startDay) why = `it is before the first session on ${_humanDate(plan.startDay)}`;
    else if (lastRuleDay !== undefined && d > lastRuleDay) why = `it is after the last session on ${_humanDate(lastRuleDay)}`;
    else why = `there is no session that day anyway (it is a ${_DAY_NAMES[_weekday(d)]})`;
    add(
      'schedule_except_date_outside_series',
      'warning',
      ['exceptDates', i],
      `${_humanDate(d)} is listed as a day with no session, but ${why}.`,
      'Check the date: it may have the wrong day or year.',
    );
  });
  const extraDates = Array.isArray(s.extraDates) ? (s.extraDates as unknown[]) : [];
  extraDates.forEach((v, i) => {
    if (typeof v !== 'string') return;
    const d = _parseDate(v);
    if (d !== undefined && ruleDaySet.has(d)) {
      add('schedule_extra_date_is_regular_session', 'info', ['extraDates', i], `${_humanDate(d)} is listed as an extra session, but there is a session that day anyway.`);
    }
  });

  // Sessions in a skipped or repeated hour, in the two years from now (or from the start, when
  // the series starts later or has already ended). Only days next to a clock change matter.
  const nowDay = Math.floor(nowMs / _DAY_MS);
  const lo = firstSession(plan, nowMs) === undefined ? plan.startDay : Math.max(plan.startDay, nowDay);
  const hi = lo + 366 * CLOCK_CHANGE_YEARS;
  const isSessionDay = (d: number) => !plan.except.has(d) && (_ruleDaysIn(plan, d, d).length > 0 || plan.extras.includes(d));
  const seen = new Set<string>();
  const r: _Resolved = { ms: 0, offset: 0, kind: 'ok' };
  for (const x of _changeDays(plan.zone, lo - 1, hi + 1)) {
    for (const [field, minutes, day, sessionDay] of [
      ['startTime', plan.startMin, x, x],
      ['endTime', plan.endMin, x, x - plan.endDayOffset],
    ] as const) {
      if (sessionDay < lo || sessionDay > hi || !isSessionDay(sessionDay)) continue;
      const { kind, ms, offset } = _resolve(plan.zone, day, minutes, r);
      if (kind === 'ok' || seen.has(field + kind)) continue;
      seen.add(field + kind);
      const verb = field === 'startTime' ? 'starts' : 'ends';
      const actual = _formatInstant(ms, offset).slice(11, 16);
      const message =
        kind === 'gap'
          ? `On ${_humanDate(day)} the clocks go forward and ${_formatTime(minutes)} does not exist, so that session ${verb} at ${actual} instead.`
          : `On ${_humanDate(day)} the clocks go back and ${_formatTime(minutes)} happens twice; that session ${verb} at the first ${_formatTime(minutes)} (UTC offset ${_formatInstant(ms, offset).slice(19)}).`;
      add('schedule_session_in_clock_change', 'warning', [field], message, 'Move the session out of the hour when the clocks change, or add that date to exceptDates and tell people the time.');
    }
  }
  // A rule that never yields a session (every date excepted, a byDay never reached, …); not
  // repeated when the end date before the start already explains it.
  if ((endDay === undefined || endDay >= plan.startDay) && firstSession(plan, Number.NEGATIVE_INFINITY) === undefined) {
    add('schedule_no_sessions', 'warning', [], 'This schedule has no sessions at all.', 'Check the dates, repeat rule and days off.');
  }
}
