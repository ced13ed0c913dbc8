import { _DAY_MS, _civil, _dayNumber, _formatDate, _weekday } from './_civil.js';
import { _monthlyDays, type _Plan } from './_plan.js';
import { _formatInstant, _offsetAt, _resolve, type _Resolved } from './_zone.js';

/** Stop scanning after this many consecutive empty periods (a rule that can never match). */
const MAX_EMPTY = 1000;
/** Last day number considered (9999-12-31). */
const LAST_DAY = 2_932_896;

/**
 * Day numbers of the rule's own instances (before exceptDates/extraDates), ascending, from
 * `fromDay` on. With a `count` the scan starts at the series start, because RFC 5545 counts
 * from DTSTART.
 */
export function* _ruleDays(plan: _Plan, fromDay: number): Generator<number> {
  const counted = plan.count !== Number.POSITIVE_INFINITY;
  const lo = counted ? plan.startDay : Math.max(plan.startDay, fromDay);
  const end = Math.min(plan.endDay, LAST_DAY);
  let n = 0;
  if (plan.freq === 'once') {
    yield plan.startDay;
    return;
  }
  if (plan.freq === 'daily') {
    const step = plan.interval;
    let d = plan.startDay + Math.ceil((lo - plan.startDay) / step) * step;
    const filter = plan.weekdays.length > 0 ? new Set(plan.weekdays) : undefined;
    let empty = 0;
    for (; d <= end; d += step) {
      if (filter && !filter.has(_weekday(d))) {
        if (++empty > MAX_EMPTY) return;
        continue;
      }
      empty = 0;
      yield d;
      if (++n >= plan.count) return;
    }
    return;
  }
  if (plan.freq === 'weekly') {
    const step = 7 * plan.interval;
    const monday0 = plan.startDay - _weekday(plan.startDay);
    let monday = monday0 + Math.max(0, Math.floor((lo - monday0) / step)) * step;
    for (; monday <= end; monday += step) {
      for (const wd of plan.weekdays) {
        const d = monday + wd;
        if (d < lo) continue;
        if (d > end) return;
        yield d;
        if (++n >= plan.count) return;
      }
    }
    return;
  }
  // monthly
  const s = _civil(plan.startDay);
  const m0 = s.year * 12 + (s.month - 1);
  const l = _civil(lo);
  const ml = l.year * 12 + (l.month - 1);
  let m = m0 + Math.max(0, Math.floor((ml - m0) / plan.interval)) * plan.interval;
  let empty = 0;
  for (;; m += plan.interval) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    const first = _dayNumber(year, month, 1);
    if (first > end) return;
    let any = false;
    for (const d of _monthlyDays(plan, year, month, first)) {
      if (d < lo) continue;
      if (d > end) return;
      any = true;
      yield d;
      if (++n >= plan.count) return;
    }
    if (any) empty = 0;
    else if (++empty > MAX_EMPTY) return;
  }
}

/** Session days: rule instances plus extraDates, minus exceptDates, ascending and unique. */
export function* _sessionDays(plan: _Plan, fromDay: number): Generator<number> {
  const extras = plan.extras;
  let i = 0;
  while (i < extras.length && (extras[i] as number) < fromDay) i++;
  let last = Number.NEGATIVE_INFINITY;
  const except = plan.except;
  for (const d of _ruleDays(plan, fromDay)) {
    if (d < fromDay) continue;
    while (i < extras.length && (extras[i] as number) <= d) {
      const e = extras[i++] as number;
      if (e !== last && !except.has(e)) yield (last = e);
    }
    if (d !== last && !except.has(d)) yield (last = d);
  }
  while (i < extras.length) {
    const e = extras[i++] as number;
    if (e !== last && !except.has(e)) yield (last = e);
  }
}

/** One expanded session with everything callers may need. */
export interface _Session {
  /** Local day the session starts on (rule sessions; list sessions: local day of start). */
  day: number;
  startMs: number;
  endMs: number;
  startOffset: number;
  endOffset: number;
  startKind: _Resolved['kind'];
  endKind: _Resolved['kind'];
}

/** Sessions ending after `fromMs`, in order. Yields a fresh object per session. */
export function* _sessions(plan: _Plan, fromMs: number): Generator<_Session> {
  if (plan.kind === 'invalid') return;
  if (plan.kind === 'list') {
    for (const o of plan.list) {
      if (o.endMs <= fromMs) continue;
      const startOffset = _offsetAt(plan.zone, o.startMs);
      yield {
        day: Math.floor((o.startMs + startOffset * 60_000) / _DAY_MS),
        startMs: o.startMs,
        endMs: o.endMs,
        startOffset,
        endOffset: _offsetAt(plan.zone, o.endMs),
        startKind: 'ok',
        endKind: 'ok',
      };
    }
    return;
  }
  // A session starting up to two local days before `from` may still be running.
  const fromDay = fromMs === Number.NEGATIVE_INFINITY ? plan.startDay : Math.floor(fromMs / _DAY_MS) - 2;
  const r: _Resolved = { ms: 0, offset: 0, kind: 'ok' };
  const usual = (plan.endDayOffset * 1440 + plan.endMin - plan.startMin) * 60_000;
  for (const day of _sessionDays(plan, fromDay)) {
    _resolve(plan.zone, day + plan.endDayOffset, plan.endMin, r);
    let endMs = r.ms;
    let endOffset = r.offset;
    const endKind = r.kind;
    _resolve(plan.zone, day, plan.startMin, r);
    if (endMs <= r.ms) {
      // The start moved forward past the end (a skipped hour): keep the usual length.
      endMs = r.ms + usual;
      endOffset = _offsetAt(plan.zone, endMs);
    }
    if (endMs <= fromMs) continue;
    yield { day, startMs: r.ms, endMs, startOffset: r.offset, endOffset, startKind: r.kind, endKind };
  }
}

/** Public occurrence of an internal session. */
export function _toOccurrence(s: _Session): { start: string; end: string } {
  return { start: _formatInstant(s.startMs, s.startOffset), end: _formatInstant(s.endMs, s.endOffset) };
}

export { _formatDate };

/** Whether local day `day` is one of the rule's own instances (before exceptDates/extraDates). */
export function _isRuleDay(plan: _Plan, day: number): boolean {
  if (plan.freq === 'once') return day === plan.startDay;
  for (const d of _ruleDays(plan, day)) {
    if (d >= day) return d === day;
  }
  return false;
}
