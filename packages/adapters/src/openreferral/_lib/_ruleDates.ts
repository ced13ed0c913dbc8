import type { Schedule } from '@artsrx/schema';
import { _dayNumber, _weekday } from './_civil.js';

/** One date produced by a repeat rule; `excepted` when the schedule lists it in `exceptDates`. */
export interface _RuleDate {
  day: number;
  excepted: boolean;
}

function _monthIndex(day: number): { y: number; m: number; d: number } {
  const dt = new Date(day * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate() };
}

function _daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

/** True when `day` matches a monthly BYDAY entry such as `1SA`, `-1FR` or `WE`. */
function _matchesMonthlyByDay(day: number, entry: string): boolean {
  const m = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(entry);
  if (m === null || _weekday(day) !== m[2]) return false;
  if (m[1] === undefined) return true;
  const n = Number(m[1]);
  const { y, m: month, d } = _monthIndex(day);
  if (n > 0) return Math.ceil(d / 7) === n;
  return Math.ceil((_daysInMonth(y, month) - d + 1) / 7) === -n;
}

/**
 * The dates of a rule schedule from `startDate` up to `lastDay` (a day number, inclusive) or
 * `repeat.count` dates, whichever comes first. Excepted dates are kept (marked) because they
 * count towards `count` (RFC 5545: EXDATE removes from the set after COUNT is applied).
 */
export function _ruleDates(schedule: Schedule, lastDay: number): _RuleDate[] {
  if (schedule.startDate === undefined) return [];
  const start = _dayNumber(schedule.startDate);
  // At most 50 years of days, whatever the input says: hostile dates must not hang the caller.
  const end = Math.min(start + 366 * 50, schedule.endDate === undefined ? lastDay : Math.min(lastDay, _dayNumber(schedule.endDate)));
  const except = new Set((schedule.exceptDates ?? []).map(_dayNumber));
  const repeat = schedule.repeat;
  if (repeat === undefined) return start <= end ? [{ day: start, excepted: except.has(start) }] : [];
  const interval = repeat.interval ?? 1;
  const count = repeat.count ?? Number.POSITIVE_INFINITY;
  const s = _monthIndex(start);
  const mondayOfStart = start - ((['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(_weekday(start)) + 7) % 7);
  const out: _RuleDate[] = [];
  for (let day = start; day <= end && out.length < count; day++) {
    let hit: boolean;
    if (repeat.frequency === 'daily') {
      hit = (day - start) % interval === 0 && (repeat.byDay === undefined || repeat.byDay.includes(_weekday(day)));
    } else if (repeat.frequency === 'weekly') {
      const days = repeat.byDay ?? [_weekday(start)];
      hit = Math.floor((day - mondayOfStart) / 7) % interval === 0 && days.includes(_weekday(day));
    } else {
      const c = _monthIndex(day);
      const monthDiff = (c.y - s.y) * 12 + (c.m - s.m);
      hit = monthDiff % interval === 0 && (repeat.byDay === undefined ? c.d === s.d : repeat.byDay.some((e) => _matchesMonthlyByDay(day, e)));
    }
    if (hit) out.push({ day, excepted: except.has(day) });
  }
  return out;
}
