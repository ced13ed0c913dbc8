import { tzScan } from '@date-fns/tz';
import { _instantArg, _countArg } from '../_lib/_args.js';
import { _DAY_MS, _WEEKDAYS, _formatDate, _formatOffset, _formatTime, _weekday } from '../_lib/_civil.js';
import { _isRuleDay, _ruleDaysIn } from '../_lib/_expand.js';
import { _humanDate, _humanList } from '../_lib/_human.js';
import { _plan, type _Plan } from '../_lib/_plan.js';
import { _offsetAt, _resolve, _wallOf, type _Resolved } from '../_lib/_zone.js';
import { describeSchedule } from '../describe/describeSchedule.js';
import type { InstantInput, ScheduleLike } from '../types.js';

/**
 * One Open Referral HSDS 3.0 `schedule` row, without `id` and the `service_id` /
 * `service_at_location_id` links (the adapter adds those).
 */
export interface OpenReferralScheduleRow {
  freq: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  /** Comma-separated iCal days, with ordinals for MONTHLY (`1SA`, `-1FR`). */
  byday?: string;
  bymonthday?: string;
  wkst: 'MO';
  /** Date of the first session in this row. */
  dtstart: string;
  /** Date of the last session in this row (absent: open-ended, only where the offset never changes). */
  until?: string;
  /** 1 for a row that is a single session. */
  count?: number;
  valid_from: string;
  valid_to?: string;
  /** Local time with the UTC offset of that row's sessions, e.g. `18:30+01:00`. */
  opens_at: string;
  closes_at: string;
  /** UTC offset in hours of `opens_at` (HSDS's numeric `timezone`), e.g. `1`, `0`, `5.5`. */
  timezone: number;
  description: string;
}

/** Rows plus what the Open Referral model could not say. */
export interface OpenReferralScheduleResult {
  rows: OpenReferralScheduleRow[];
  /** Sentences for a person: what was split, dropped or limited, and why. Empty when exact. */
  losses: string[];
}

/** Options for {@link toOpenReferralSchedule}. */
export interface ToOpenReferralScheduleOptions {
  /** Rows cover sessions ending after this moment. Default: now. */
  from?: InstantInput;
  /** …and starting within this many days of `from`. Default 366. */
  horizonDays?: number;
}

interface Run {
  days: number[];
  key: string;
  opens: string;
  closes: string;
  offset: number;
}

/**
 * Maps a schedule to Open Referral HSDS 3.0 `schedule` rows without ever stating a wrong time.
 * HSDS has a numeric UTC offset, no days off, no extra dates and no daily repeat, so:
 * a series that crosses a clock change is split into one row per offset period (each with its
 * `opens_at`/`closes_at` offset and numeric `timezone`); days off split the series around them;
 * extra dates, irregular sessions and every-n-days repeats become one-session rows (`count: 1`).
 * Open-ended series are written up to `horizonDays` ahead (in zones without clock changes the
 * last row stays open). `losses` says what was split or limited.
 *
 * @param schedule - The schedule.
 * @param options - `from` (now), `horizonDays` (366).
 * @returns `{ rows, losses }`; no rows for a schedule with no sessions in the window.
 * @throws {RangeError} For a bad `from` or `horizonDays`.
 * @example
 * toOpenReferralSchedule({ startDate: '2026-10-14', endDate: '2026-11-04', startTime: '18:30', endTime: '20:00',
 *   repeat: { frequency: 'weekly' } }, { from: '2026-10-01' }).rows.map((r) => [r.dtstart, r.until, r.opens_at]);
 * //=> [['2026-10-14', '2026-10-21', '18:30+01:00'], ['2026-10-28', '2026-11-04', '18:30+00:00']]
 */
export function toOpenReferralSchedule(schedule: ScheduleLike, options: ToOpenReferralScheduleOptions = {}): OpenReferralScheduleResult {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const plan = _plan(schedule);
  const fromMs = options.from === undefined ? Date.now() : _instantArg(options.from, 'options.from', plan.zone);
  const horizonDays = _countArg(options.horizonDays, 'options.horizonDays') ?? 366;
  const losses: string[] = [];
  if (plan.kind === 'invalid') return { rows: [], losses: ['This schedule cannot be read, so there is nothing to write.'] };
  const description = describeSchedule(schedule);
  const untilMs = fromMs + horizonDays * _DAY_MS;
  const r: _Resolved = { ms: 0, offset: 0, kind: 'ok' };

  const single = (day: number, startMs: number, endMs: number): OpenReferralScheduleRow => {
    const s = _wallOf(plan.zone, startMs);
    const e = _wallOf(plan.zone, endMs);
    const date = _formatDate(day);
    return {
      freq: 'WEEKLY',
      byday: _WEEKDAYS[_weekday(day)] as string,
      wkst: 'MO',
      dtstart: date,
      until: date,
      count: 1,
      valid_from: date,
      valid_to: date,
      opens_at: `${_formatTime(s.minutes)}${_formatOffset(s.offset)}`,
      closes_at: `${_formatTime(e.minutes)}${_formatOffset(e.offset)}`,
      timezone: s.offset / 60,
      description,
    };
  };

  if (plan.kind === 'list') {
    const rows = plan.list.filter((o) => o.endMs > fromMs && o.startMs < untilMs).map((o) => single(_wallOf(plan.zone, o.startMs).dayNumber, o.startMs, o.endMs));
    if (rows.length > 1) losses.push('Open Referral has no list of irregular sessions: each session is written as a row of its own.');
    return { rows, losses };
  }

  // Sessions of the rule, in rule order, with days off breaking runs.
  const session = (day: number): { startMs: number; endMs: number; startOffset: number; endOffset: number; startWall: number; endWall: number } => {
    const end = _resolve(plan.zone, day + plan.endDayOffset, plan.endMin, r);
    let endMs = end.ms;
    _resolve(plan.zone, day, plan.startMin, r);
    const startMs = r.ms;
    if (endMs <= startMs) endMs = startMs + (plan.endDayOffset * 1440 + plan.endMin - plan.startMin) * 60_000;
    const s = _wallOf(plan.zone, startMs);
    const e = _wallOf(plan.zone, endMs);
    return { startMs, endMs, startOffset: s.offset, endOffset: e.offset, startWall: s.minutes, endWall: e.minutes };
  };
  const lo = Math.floor(fromMs / _DAY_MS) - 2;
  const hi = Math.floor(untilMs / _DAY_MS) + 1;
  const expressible = !(plan.freq === 'daily' && plan.interval > 1);
  const runs: Run[] = [];
  const rows: OpenReferralScheduleRow[] = [];
  const splitBy = new Set<number>();
  let current: Run | undefined;
  let clockSplits = 0;
  let lastRuleDay: number | undefined;
  for (const day of _ruleDaysIn(plan, lo, hi)) {
    if (plan.except.has(day)) {
      if (current !== undefined && _ruleDaysIn(plan, day, day).length > 0) splitBy.add(day);
      current = undefined;
      continue;
    }
    const s = session(day);
    if (s.endMs <= fromMs || s.startMs >= untilMs) continue;
    lastRuleDay = day;
    if (!expressible) {
      rows.push(single(day, s.startMs, s.endMs));
      continue;
    }
    const opens = `${_formatTime(s.startWall)}${_formatOffset(s.startOffset)}`;
    const closes = `${_formatTime(s.endWall)}${_formatOffset(s.endOffset)}`;
    const key = `${opens} ${closes}`;
    if (current !== undefined && current.key === key) current.days.push(day);
    else {
      // A new run without a day off in between: the time or offset changed (clocks).
      if (current !== undefined) clockSplits++;
      current = { days: [day], key, opens, closes, offset: s.startOffset };
      runs.push(current);
    }
  }

  const byday = (p: _Plan): Partial<OpenReferralScheduleRow> => {
    if (p.freq === 'monthly') {
      return p.byDay.length > 0 ? { byday: p.byDay.map((b) => `${b.ordinal === 0 ? '' : b.ordinal}${_WEEKDAYS[b.weekday]}`).join(',') } : { bymonthday: String(p.monthDay) };
    }
    if (p.freq === 'daily') return { byday: (p.weekdays.length > 0 ? p.weekdays : [0, 1, 2, 3, 4, 5, 6]).map((w) => _WEEKDAYS[w]).join(',') };
    return { byday: p.weekdays.map((w) => _WEEKDAYS[w]).join(',') };
  };
  for (const run of runs) {
    const first = run.days[0] as number;
    const last = run.days[run.days.length - 1] as number;
    if (plan.freq === 'once' || run.days.length === 1) {
      const s = session(first);
      rows.push(single(first, s.startMs, s.endMs));
      continue;
    }
    rows.push({
      freq: plan.freq === 'monthly' ? 'MONTHLY' : 'WEEKLY',
      ...(plan.interval > 1 ? { interval: plan.interval } : {}),
      ...byday(plan),
      wkst: 'MO',
      dtstart: _formatDate(first),
      until: _formatDate(last),
      valid_from: _formatDate(first),
      valid_to: _formatDate(last),
      opens_at: run.opens,
      closes_at: run.closes,
      timezone: run.offset / 60,
      description,
    } as OpenReferralScheduleRow);
  }

  // Extra dates: one-session rows.
  const extras = plan.extras.filter((d) => !plan.except.has(d) && !_isRuleDay(plan, d));
  let extraRows = 0;
  for (const d of extras) {
    const s = session(d);
    if (s.endMs <= fromMs || s.startMs >= untilMs) continue;
    rows.push(single(d, s.startMs, s.endMs));
    extraRows++;
  }
  rows.sort((a, b) => (a.dtstart < b.dtstart ? -1 : a.dtstart > b.dtstart ? 1 : 0));

  // What could not be said.
  const openEnded = plan.freq !== 'once' && plan.count === Number.POSITIVE_INFINITY && plan.endDay === Number.POSITIVE_INFINITY;
  const changes = tzScan(plan.zone.name, { start: new Date(fromMs), end: new Date(untilMs) });
  const offsets = new Set(runs.map((x) => x.offset));
  if (clockSplits > 0) {
    losses.push(
      `The clocks change during this period and Open Referral's timezone is a fixed UTC offset, so the series is split at each change (${clockSplits} ${clockSplits === 1 ? 'split' : 'splits'}); every row carries the offset of its own sessions.`,
    );
  }
  if (splitBy.size > 0) {
    const days = [...splitBy].sort((a, b) => a - b).map((d) => _humanDate(d));
    losses.push(`Open Referral has no days off, so the series is split into separate rows around ${_humanList(days)}.`);
  }
  if (extraRows > 0) losses.push(`Open Referral has no extra dates: ${extraRows === 1 ? 'the extra session is a row' : `each of the ${extraRows} extra sessions is a row`} of its own.`);
  if (!expressible) losses.push(`Open Referral has no daily repeat: "every ${plan.interval} days" is written as one row per session.`);
  if (plan.endDayOffset === 1 && rows.length > 0) losses.push('Sessions end after midnight: closes_at is earlier than opens_at, which readers must take as the next day.');
  const last = rows[rows.length - 1];
  if (openEnded && last !== undefined) {
    if (changes.length === 0 && offsets.size <= 1 && last.count === undefined && (lastRuleDay === undefined || lastRuleDay === (runs.at(-1)?.days.at(-1) ?? -1))) {
      // No clock changes in the window: the last row can stay open.
      delete last.until;
      delete last.valid_to;
    } else {
      losses.push(
        `The series has no end, but a fixed UTC offset cannot follow future clock changes: rows cover sessions up to ${_humanDate(Math.floor((untilMs + _offsetAt(plan.zone, untilMs) * 60_000) / _DAY_MS))}. Export again before then.`,
      );
    }
  }
  return { rows, losses };
}
