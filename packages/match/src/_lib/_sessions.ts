/**
 * The one seam between the matcher and schedule expansion: every question the schedule
 * criterion asks goes through `_sessionsBetween` and `_fitsAvailability`.
 */
import type { AvailabilitySlot, Schedule } from '@artsrx/schema';
import { _civil, _days, _iso, _wall, _weekday, _zonedToMs } from './_zone.js';

/** One concrete session. */
export interface _Session {
  start: string;
  end: string;
  startMs: number;
  endMs: number;
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function dayOf(date: string): number {
  return _days(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
}
function minutesOf(time: string): number {
  return +time.slice(0, 2) * 60 + +time.slice(3, 5);
}

/** Is `day` a day of the series (ignoring count, except and extra dates)? */
function onRule(s: Schedule, start: number, day: number): boolean {
  const r = s.repeat;
  if (r === undefined) return day === start;
  const interval = r.interval ?? 1;
  if (r.frequency === 'daily') return (day - start) % interval === 0;
  const wd = _weekday(day);
  if (r.frequency === 'weekly') {
    const days = r.byDay ?? [DAY_CODES[_weekday(start)]!];
    if (!days.some((b) => b.slice(-2) === DAY_CODES[wd])) return false;
    const week0 = start - _weekday(start);
    return Math.floor((day - week0) / 7) % interval === 0;
  }
  const c0 = _civil(start);
  const c = _civil(day);
  if ((((c.y - c0.y) * 12 + c.m - c0.m) % interval) !== 0) return false;
  if (r.byDay === undefined) return c.d === c0.d;
  const lastDay = _civil(_days(c.y, c.m + 1, 1) - 1).d;
  return r.byDay.some((b) => {
    if (b.slice(-2) !== DAY_CODES[wd]) return false;
    const ord = b.length > 2 ? parseInt(b.slice(0, -2), 10) : 0;
    if (ord === 0) return true;
    if (ord > 0) return Math.ceil(c.d / 7) === ord;
    return Math.ceil((lastDay - c.d + 1) / 7) === -ord;
  });
}

/** Sessions that start in [fromMs, untilMs), in time order. Bad data yields no sessions, never a throw. */
export function _sessionsBetween(schedule: Schedule, fromMs: number, untilMs: number): _Session[] {
  const zone = schedule.timezone ?? 'Europe/London';
  const out: _Session[] = [];
  if (schedule.occurrences !== undefined) {
    for (const o of schedule.occurrences) {
      const startMs = Date.parse(o.start);
      const endMs = Date.parse(o.end);
      if (startMs >= fromMs && startMs < untilMs) out.push({ start: o.start, end: o.end, startMs, endMs });
    }
    return out.sort((a, b) => a.startMs - b.startMs);
  }
  if (schedule.startDate === undefined || schedule.startTime === undefined || schedule.endTime === undefined) return out;
  const start = dayOf(schedule.startDate);
  const end = schedule.endDate === undefined ? Infinity : dayOf(schedule.endDate);
  const t0 = minutesOf(schedule.startTime);
  let t1 = minutesOf(schedule.endTime);
  if (t1 <= t0) t1 += 1440;
  const except = new Set((schedule.exceptDates ?? []).map(dayOf));
  const extra = new Set((schedule.extraDates ?? []).map(dayOf));
  const first = Math.max(start, Math.floor(fromMs / 86400000) - 1);
  const last = Math.min(end, Math.floor(untilMs / 86400000) + 1);
  const count = schedule.repeat?.count;
  let seen = 0;
  if (count !== undefined) for (let day = start; day < first && seen <= count; day++) if (onRule(schedule, start, day)) seen++;
  for (let day = first; day <= last; day++) {
    const rule = onRule(schedule, start, day);
    if (rule) seen++;
    if (count !== undefined && rule && seen > count) continue;
    if (!(rule || extra.has(day)) || except.has(day)) continue;
    const startMs = _zonedToMs(day, t0, zone);
    if (startMs < fromMs || startMs >= untilMs) continue;
    const endMs = _zonedToMs(day + Math.floor(t1 / 1440), t1 % 1440, zone);
    out.push({ start: _iso(startMs, zone), end: _iso(endMs, zone), startMs, endMs });
  }
  return out;
}

/** Does the session lie inside one of the person's weekly free times (in their zone)? */
export function _fitsAvailability(session: _Session, availability: readonly AvailabilitySlot[], zone: string): boolean {
  const a = _wall(session.startMs, zone);
  const b = _wall(session.endMs, zone);
  const sameDay = a.y === b.y && a.m === b.m && a.d === b.d;
  const from = a.hh * 60 + a.mm;
  const to = sameDay ? b.hh * 60 + b.mm : 1440;
  for (const slot of availability) {
    if (slot.day !== DAY_CODES[a.wd]) continue;
    const sTo = slot.to === '23:59' ? 1440 : minutesOf(slot.to);
    if (from >= minutesOf(slot.from) && to <= sTo) return true;
  }
  return false;
}
