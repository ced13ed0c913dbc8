import { _DAY_MS, _civil, _dayNumber, _weekday } from './_civil.js';
import { _monthlyDays, type _Plan } from './_plan.js';
import { _formatInstant, _formatLocal, _offsetFast, _resolve, type _Resolved } from './_zone.js';

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
    // Also stops on NaN (a huge interval runs past what day numbers can hold).
    if (!(first <= end)) return;
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

/** Rule instances of a counted rule, computed once per plan (a count is at most 10,000). */
const countedCache = new WeakMap<_Plan, number[]>();

function countedDays(plan: _Plan): number[] {
  let days = countedCache.get(plan);
  if (days === undefined) {
    days = [...(_ruleDays(plan, plan.startDay) as Iterable<number>)];
    countedCache.set(plan, days);
  }
  return days;
}

/** The rule's own instances `d` with `lo ≤ d ≤ hi`, ascending (array form of `_ruleDays`, for speed). */
export function _ruleDaysIn(plan: _Plan, lo: number, hi: number): number[] {
  const out: number[] = [];
  if (plan.count !== Number.POSITIVE_INFINITY) {
    for (const d of countedDays(plan)) {
      if (d > hi) break;
      if (d >= lo) out.push(d);
    }
    return out;
  }
  lo = Math.max(lo, plan.startDay);
  hi = Math.min(hi, plan.endDay, LAST_DAY);
  if (lo > hi) return out;
  if (plan.freq === 'once') {
    if (plan.startDay >= lo && plan.startDay <= hi) out.push(plan.startDay);
    return out;
  }
  if (plan.freq === 'weekly') {
    const step = 7 * plan.interval;
    const monday0 = plan.startDay - _weekday(plan.startDay);
    const wds = plan.weekdays;
    for (let monday = monday0 + Math.floor((lo - monday0) / step) * step; monday <= hi; monday += step) {
      for (let i = 0; i < wds.length; i++) {
        const d = monday + (wds[i] as number);
        if (d >= lo && d <= hi) out.push(d);
      }
    }
    return out;
  }
  if (plan.freq === 'daily') {
    const step = plan.interval;
    const filter = plan.weekdays.length > 0 ? plan.weekdays : undefined;
    for (let d = plan.startDay + Math.ceil((lo - plan.startDay) / step) * step; d <= hi; d += step) {
      if (filter === undefined || filter.includes(_weekday(d))) out.push(d);
    }
    return out;
  }
  const s = _civil(plan.startDay);
  const m0 = s.year * 12 + (s.month - 1);
  const l = _civil(lo);
  const h = _civil(hi);
  const mh = h.year * 12 + (h.month - 1);
  for (let m = m0 + Math.max(0, Math.floor((l.year * 12 + l.month - 1 - m0) / plan.interval)) * plan.interval; m <= mh; m += plan.interval) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    for (const d of _monthlyDays(plan, year, month, _dayNumber(year, month, 1))) if (d >= lo && d <= hi) out.push(d);
  }
  return out;
}

/** Last day that can hold a session (rule end, count, extra dates), or +∞. */
function lastDay(plan: _Plan): number {
  let last: number;
  if (plan.freq === 'once') last = plan.startDay;
  else if (plan.count !== Number.POSITIVE_INFINITY) last = countedDays(plan).at(-1) ?? Number.NEGATIVE_INFINITY;
  else last = Math.min(plan.endDay, LAST_DAY);
  const extra = plan.extras.at(-1);
  return extra !== undefined && extra > last ? extra : last;
}

/** Session days in `[lo, hi]`: rule instances plus extraDates, minus exceptDates, ascending and unique. */
export function _sessionDaysIn(plan: _Plan, lo: number, hi: number): number[] {
  const rule = _ruleDaysIn(plan, lo, hi);
  const except = plan.except;
  const extras = plan.extras;
  if (extras.length === 0 && except.size === 0) return rule;
  const out: number[] = [];
  let i = 0;
  while (i < extras.length && (extras[i] as number) < lo) i++;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of rule) {
    while (i < extras.length && (extras[i] as number) <= d) {
      const e = extras[i++] as number;
      if (e !== last && !except.has(e)) out.push((last = e));
    }
    if (d !== last && !except.has(d)) out.push((last = d));
  }
  while (i < extras.length && (extras[i] as number) <= hi) {
    const e = extras[i++] as number;
    if (e !== last && !except.has(e)) out.push((last = e));
  }
  return out;
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
  /** Wall times are exactly (day, startMin) and (day + endDayOffset, endMin): no clock adjustment. */
  nominal: boolean;
}

/**
 * Visits sessions ending after `fromMs`, in order, until `visit` returns false. The session
 * object is reused between calls: copy what you keep. (A plain loop: this is the hot path.)
 */
export function _scan(plan: _Plan, fromMs: number, visit: (s: _Session) => boolean): void {
  const out: _Session = { day: 0, startMs: 0, endMs: 0, startOffset: 0, endOffset: 0, startKind: 'ok', endKind: 'ok', nominal: false };
  if (plan.kind === 'invalid') return;
  if (plan.kind === 'list') {
    for (const o of plan.list) {
      if (o.endMs <= fromMs) continue;
      out.startOffset = _offsetFast(plan.zone, o.startMs);
      out.day = Math.floor((o.startMs + out.startOffset * 60_000) / _DAY_MS);
      out.startMs = o.startMs;
      out.endMs = o.endMs;
      out.endOffset = _offsetFast(plan.zone, o.endMs);
      if (!visit(out)) return;
    }
    return;
  }
  // A session starting up to two local days before `from` may still be running.
  const fromDay = fromMs === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : Math.floor(fromMs / _DAY_MS) - 2;
  const r: _Resolved = { ms: 0, offset: 0, kind: 'ok' };
  const usual = (plan.endDayOffset * 1440 + plan.endMin - plan.startMin) * 60_000;
  const last = lastDay(plan);
  let lo = Math.max(fromDay, Math.min(plan.startDay, plan.extras[0] ?? plan.startDay));
  let chunk = 63;
  while (lo <= last) {
    const hi = Math.min(lo + chunk, last);
    const days = _sessionDaysIn(plan, lo, hi);
    for (let i = 0; i < days.length; i++) {
      const day = days[i] as number;
      _resolve(plan.zone, day + plan.endDayOffset, plan.endMin, r);
      let endMs = r.ms;
      let endOffset = r.offset;
      const endKind = r.kind;
      _resolve(plan.zone, day, plan.startMin, r);
      let nominal = r.kind !== 'gap' && endKind !== 'gap';
      if (endMs <= r.ms) {
        // The start moved forward past the end (a skipped hour): keep the usual length.
        endMs = r.ms + usual;
        endOffset = _offsetFast(plan.zone, endMs);
        nominal = false;
      }
      if (endMs <= fromMs) continue;
      out.nominal = nominal;
      out.day = day;
      out.startMs = r.ms;
      out.startOffset = r.offset;
      out.startKind = r.kind;
      out.endMs = endMs;
      out.endOffset = endOffset;
      out.endKind = endKind;
      if (!visit(out)) return;
    }
    lo = hi + 1;
    if (chunk < 4096) chunk *= 2;
  }
}

/** Sessions ending after `fromMs`, in order; a fresh object per session. */
export function* _sessions(plan: _Plan, fromMs: number): Generator<_Session> {
  if (plan.kind === 'list') {
    const all: _Session[] = [];
    _scan(plan, fromMs, (s) => all.push({ ...s }) > 0);
    yield* all;
    return;
  }
  // Collect a batch with the fast scanner, then hand them out lazily.
  let after = fromMs;
  let startAfter = Number.NEGATIVE_INFINITY;
  for (;;) {
    const batch: _Session[] = [];
    _scan(plan, after, (s) => {
      if (s.startMs <= startAfter) return true;
      batch.push({ ...s });
      return batch.length < 64;
    });
    if (batch.length === 0) return;
    yield* batch;
    const lastS = batch[batch.length - 1] as _Session;
    if (batch.length < 64) return;
    // Resume after the last start handed out (sessions never share a start).
    startAfter = lastS.startMs;
    after = Math.max(after, lastS.startMs);
  }
}

/** Public occurrence of an internal session. */
export function _toOccurrence(s: _Session, plan: _Plan): { start: string; end: string } {
  if (s.nominal) {
    return {
      start: _formatLocal(s.day, plan.startMin, s.startOffset),
      end: _formatLocal(s.day + plan.endDayOffset, plan.endMin, s.endOffset),
    };
  }
  return { start: _formatInstant(s.startMs, s.startOffset), end: _formatInstant(s.endMs, s.endOffset) };
}


/** Whether local day `day` is one of the rule's own instances (before exceptDates/extraDates). */
export function _isRuleDay(plan: _Plan, day: number): boolean {
  return _ruleDaysIn(plan, day, day).length > 0;
}
