import { _WEEKDAYS, _daysInMonth, _parseDate, _parseTime, _weekday, _civil } from './_civil.js';
import { _zone, type _Zone } from './_zone.js';

/** A `byDay` entry split into weekday (0 = Monday) and ordinal (0 = every such day in the period). */
export interface _ByDay {
  weekday: number;
  ordinal: number;
}

/** A schedule normalised for expansion. */
export interface _Plan {
  zone: _Zone;
  /** `rule`: startDate/startTime/endTime (+ repeat); `list`: explicit occurrences; `invalid`: neither usable. */
  kind: 'rule' | 'list' | 'invalid';
  freq: 'once' | 'daily' | 'weekly' | 'monthly';
  interval: number;
  count: number;
  startDay: number;
  endDay: number;
  startMin: number;
  endMin: number;
  /** 1 when the session ends the next day (endTime at or before startTime). */
  endDayOffset: number;
  byDay: _ByDay[];
  /** Weekdays (0 = Monday) a daily/weekly rule runs on, sorted. */
  weekdays: number[];
  /** Day of month for a monthly rule without byDay. */
  monthDay: number;
  except: ReadonlySet<number>;
  extras: readonly number[];
  list: { startMs: number; endMs: number }[];
}

const BY_DAY_RE = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** Parses a byDay entry such as `WE`, `1SA`, `-1FR`, `+2MO`. */
const byDayCache = new Map<string, _ByDay | undefined>();

export function _parseByDay(value: unknown): _ByDay | undefined {
  if (typeof value !== 'string') return undefined;
  if (byDayCache.has(value)) return byDayCache.get(value);
  const m = BY_DAY_RE.exec(value.trim().toUpperCase());
  const out = m ? Object.freeze({ weekday: _WEEKDAYS.indexOf(m[2] as (typeof _WEEKDAYS)[number]), ordinal: m[1] ? Number(m[1]) : 0 }) : undefined;
  if (byDayCache.size < 10_000) byDayCache.set(value, out);
  return out;
}

const NO_DAYS: readonly number[] = Object.freeze([]);
const NO_SET: ReadonlySet<number> = new Set();

function dates(value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0) return NO_DAYS as number[];
  const out: number[] = [];
  for (const v of value) {
    const d = _parseDate(v);
    if (d !== undefined) out.push(d);
  }
  return out;
}

type Loose = Record<string, unknown>;

/** Normalises a schedule (parsed or as written); never throws on bad data. */
export function _plan(schedule: unknown): _Plan {
  const s: Loose = schedule !== null && typeof schedule === 'object' ? (schedule as Loose) : {};
  const zoneName = typeof s.timezone === 'string' ? s.timezone : 'Europe/London';
  const plan: _Plan = {
    zone: _zone(zoneName),
    kind: 'invalid',
    freq: 'once',
    interval: 1,
    count: Number.POSITIVE_INFINITY,
    startDay: 0,
    endDay: Number.POSITIVE_INFINITY,
    startMin: 0,
    endMin: 0,
    endDayOffset: 0,
    byDay: [],
    weekdays: [],
    monthDay: 1,
    except: Array.isArray(s.exceptDates) && s.exceptDates.length > 0 ? new Set(dates(s.exceptDates)) : NO_SET,
    extras: NO_DAYS,
    list: [],
  };
  if (!plan.zone.valid) return plan;

  if (Array.isArray(s.occurrences) && s.occurrences.length > 0) {
    for (const o of s.occurrences as unknown[]) {
      if (o === null || typeof o !== 'object') continue;
      const startMs = typeof (o as Loose).start === 'string' ? Date.parse((o as Loose).start as string) : Number.NaN;
      const endMs = typeof (o as Loose).end === 'string' ? Date.parse((o as Loose).end as string) : Number.NaN;
      if (startMs === startMs && endMs === endMs) plan.list.push({ startMs, endMs });
    }
    plan.list.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    plan.kind = 'list';
    return plan;
  }

  const startDay = _parseDate(s.startDate);
  const startMin = _parseTime(s.startTime);
  const endMin = _parseTime(s.endTime);
  if (startDay === undefined || startMin === undefined || endMin === undefined) return plan;
  plan.kind = 'rule';
  plan.startDay = startDay;
  plan.startMin = startMin;
  plan.endMin = endMin;
  plan.endDayOffset = endMin <= startMin ? 1 : 0;
  const endDay = _parseDate(s.endDate);
  if (Array.isArray(s.extraDates) && s.extraDates.length > 0) plan.extras = [...new Set(dates(s.extraDates))].sort((a, b) => a - b);

  const repeat = s.repeat !== null && typeof s.repeat === 'object' ? (s.repeat as Loose) : undefined;
  const freq = repeat?.frequency;
  if (repeat === undefined || (freq !== 'daily' && freq !== 'weekly' && freq !== 'monthly')) {
    // One session on startDate (plus any extra dates); endDate does not apply.
    plan.freq = 'once';
    plan.count = 1;
    return plan;
  }
  plan.freq = freq;
  if (endDay !== undefined) plan.endDay = endDay;
  if (typeof repeat.interval === 'number' && Number.isInteger(repeat.interval) && repeat.interval >= 1) plan.interval = repeat.interval;
  // At most 10,000, as the schema says: a larger count made the counted-rule cache grow without bound (issue 11).
  if (typeof repeat.count === 'number' && Number.isInteger(repeat.count) && repeat.count >= 1) plan.count = Math.min(repeat.count, 10_000);
  if (Array.isArray(repeat.byDay)) {
    for (const v of repeat.byDay as unknown[]) {
      const b = _parseByDay(v);
      if (b) plan.byDay.push(b);
    }
  }
  // Daily and weekly rules ignore ordinals (checkSchedule reports them).
  const wds = plan.byDay.length > 0 ? plan.byDay.map((b) => b.weekday) : freq === 'weekly' ? [_weekday(startDay)] : [];
  plan.weekdays = wds.length <= 1 ? wds : [...new Set(wds)].sort((a, b) => a - b);
  if (freq === 'monthly') plan.monthDay = _civil(startDay).day;
  return plan;
}

/** Days of month `monthIndex` (year * 12 + month0) matched by a monthly rule, ascending. */
export function _monthlyDays(plan: _Plan, year: number, month: number, firstDay: number): number[] {
  const dim = _daysInMonth(year, month);
  if (plan.byDay.length === 0) return plan.monthDay <= dim ? [firstDay + plan.monthDay - 1] : [];
  const firstWd = _weekday(firstDay);
  const out: number[] = [];
  for (const b of plan.byDay) {
    const firstOfWd = 1 + ((b.weekday - firstWd + 7) % 7);
    if (b.ordinal === 0) {
      for (let d = firstOfWd; d <= dim; d += 7) out.push(firstDay + d - 1);
    } else if (b.ordinal > 0) {
      const d = firstOfWd + 7 * (b.ordinal - 1);
      if (d <= dim) out.push(firstDay + d - 1);
    } else {
      let last = firstOfWd;
      while (last + 7 <= dim) last += 7;
      const d = last + 7 * (b.ordinal + 1);
      if (d >= 1) out.push(firstDay + d - 1);
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}
