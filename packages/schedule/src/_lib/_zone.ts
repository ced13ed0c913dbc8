import { isTimeZone } from '@artsrx/schema/vocab';
import { tzOffset, tzScan } from '@date-fns/tz';
import { _DAY_MS, _formatDate, _formatOffset, _formatTime, _pad2, _parseDate } from './_civil.js';

/**
 * Wall-clock ↔ instant conversion in an IANA zone. Offsets always come from `tzOffset`
 * (@date-fns/tz, i.e. the runtime's Intl zone data); this file only caches them and applies the
 * RFC 5545 rule for local times that are skipped or repeated. (`new TZDate(y, m, d, h, mi, zone)`
 * is not used for this: at a repeated hour it picks the first or second instance depending on
 * the host machine's own zone, and it is ~10× slower.)
 */

const HOUR_MS = 3_600_000;
const MIN_MS = 60_000;

/** A local day on which the offset changes: the offsets either side and the instant of the change. */
interface _Change {
  before: number;
  after: number;
  /** First instant (ms) with the `after` offset. */
  at: number;
}

/** Per-zone cache. */
export interface _Zone {
  readonly name: string;
  readonly valid: boolean;
  /**
   * Local day number → the zone's offset (minutes) when constant around that day, else NaN;
   * in blocks of 256 days keyed by `day >> 8` (array reads beat a Map on the hot path).
   */
  readonly blocks: Map<number, Float64Array>;
  /** Local day number → the clock change on that day (only days whose block entry is NaN). */
  readonly changes: Map<number, _Change | null>;
  lastBlockKey: number;
  lastBlock: Float64Array | undefined;
}

const zones = new Map<string, _Zone>();

/** The cached zone record for an IANA name (`valid: false` when the runtime does not know it). */
export function _zone(name: string): _Zone {
  let z = zones.get(name);
  if (z === undefined) {
    // The standard's rule: IANA names Intl knows, not legacy ids such as "BST" (Bangladesh to ICU).
    const valid = typeof name === 'string' && isTimeZone(name);
    // Zone names can come from data (a profile's timezone): keep the cache bounded.
    if (zones.size > 1000) zones.clear();
    z = { name, valid, blocks: new Map(), changes: new Map(), lastBlockKey: Number.NaN, lastBlock: undefined };
    zones.set(name, z);
  }
  return z;
}

/** UTC offset in minutes of `zone` at instant `ms`. */
export function _offsetAt(zone: _Zone, ms: number): number {
  return tzOffset(zone.name, new Date(ms));
}

/** Marks a block entry not computed yet (offsets are never this). */
const UNKNOWN = 1e9;

function dayOffset(zone: _Zone, dayNumber: number): number {
  const key = dayNumber >> 8;
  let block = zone.lastBlockKey === key ? zone.lastBlock : zone.blocks.get(key);
  if (block === undefined) {
    block = new Float64Array(256).fill(UNKNOWN);
    if (zone.blocks.size > 4096) zone.blocks.clear();
    zone.blocks.set(key, block);
  }
  zone.lastBlockKey = key;
  zone.lastBlock = block;
  const i = dayNumber & 255;
  let o = block[i] as number;
  if (o === UNKNOWN) {
    // Any wall time on this local day maps to an instant in [dayStart − 14 h, dayEnd + 12 h]
    // (offsets run from −12 h to +14 h). If the offset is the same across that window, every
    // wall time of the day exists exactly once, at wall − offset.
    const start = dayNumber * _DAY_MS;
    const a = _offsetAt(zone, start - 14 * HOUR_MS);
    const b = _offsetAt(zone, start + 11 * HOUR_MS);
    const c = _offsetAt(zone, start + _DAY_MS + 12 * HOUR_MS);
    o = a === b && b === c ? a : Number.NaN;
    block[i] = o;
  }
  return o;
}

/**
 * The clock change near local day `dayNumber` (cached), found by bisecting `tzOffset` to the
 * second; `null` when the window holds more than one change (then the slow path is used).
 */
function changeNear(zone: _Zone, dayNumber: number): _Change | null {
  let c = zone.changes.get(dayNumber);
  if (c === undefined) {
    const lo0 = dayNumber * _DAY_MS - 14 * HOUR_MS;
    const hi0 = (dayNumber + 1) * _DAY_MS + 12 * HOUR_MS;
    const before = _offsetAt(zone, lo0);
    const after = _offsetAt(zone, hi0);
    c = null;
    if (before !== after) {
      let lo = lo0;
      let hi = hi0;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (_offsetAt(zone, mid) === before) lo = mid;
        else hi = mid;
      }
      // Check there is only one change in the window.
      if (_offsetAt(zone, hi) === after && _offsetAt(zone, lo0 + (hi - lo0) / 2) === before && _offsetAt(zone, hi + (hi0 - hi) / 2) === after) {
        c = { before, after, at: hi };
      }
    }
    if (zone.changes.size > 10_000) zone.changes.clear();
    zone.changes.set(dayNumber, c);
  }
  return c;
}

/** Result of resolving a wall-clock time: the instant, its offset, and what happened. */
export interface _Resolved {
  ms: number;
  offset: number;
  /** `gap`: the wall time does not exist and was moved forward; `overlap`: it exists twice and the first was taken. */
  kind: 'ok' | 'gap' | 'overlap';
}

/**
 * The instant of local wall time `minutes` after midnight on local day `dayNumber` in `zone`,
 * per RFC 5545 §3.3.5: a skipped time moves forward by the gap, a repeated time takes its
 * first instance. Writes into and returns `out` (hot path: no allocation).
 */
export function _resolve(zone: _Zone, dayNumber: number, minutes: number, out: _Resolved): _Resolved {
  const wall = dayNumber * _DAY_MS + minutes * MIN_MS;
  const o = dayOffset(zone, dayNumber);
  if (o === o) {
    out.ms = wall - o * MIN_MS;
    out.offset = o;
    out.kind = 'ok';
    return out;
  }
  const change = changeNear(zone, dayNumber);
  if (change !== null) {
    // One change at `change.at`: the wall time exists before it if wall − before < at, and
    // after it if wall − after ≥ at; none (a gap) or both (an overlap) are possible.
    const early = wall - change.before * MIN_MS;
    const late = wall - change.after * MIN_MS;
    const earlyOk = early < change.at;
    const lateOk = late >= change.at;
    if (earlyOk && (!lateOk || early <= late)) {
      out.ms = early;
      out.offset = change.before;
    } else if (lateOk) {
      out.ms = late;
      out.offset = change.after;
    } else {
      // Skipped: reading the wall time with the offset in force before the change lands the
      // same distance after the change, i.e. moved forward by the gap.
      out.ms = early;
      out.offset = change.after;
    }
    out.kind = earlyOk && lateOk ? 'overlap' : !earlyOk && !lateOk ? 'gap' : 'ok';
    return out;
  }
  return resolveSlow(zone, wall, out);
}

/** General resolution straight from `tzOffset` (several changes close together; rare). */
function resolveSlow(zone: _Zone, wall: number, out: _Resolved): _Resolved {
  const before = _offsetAt(zone, wall - _DAY_MS);
  const after = _offsetAt(zone, wall + _DAY_MS);
  let best = Number.POSITIVE_INFINITY;
  let bestOffset = before;
  let valid = 0;
  for (const cand of before === after ? [before] : [before, after]) {
    const ms = wall - cand * MIN_MS;
    if (_offsetAt(zone, ms) === cand) {
      valid++;
      if (ms < best) {
        best = ms;
        bestOffset = cand;
      }
    }
  }
  if (valid === 0) {
    out.ms = wall - before * MIN_MS;
    out.offset = _offsetAt(zone, out.ms);
    out.kind = 'gap';
  } else {
    out.ms = best;
    out.offset = bestOffset;
    out.kind = valid > 1 ? 'overlap' : 'ok';
  }
  return out;
}

const timeStrings: string[] = [];
for (let m = 0; m < 1440; m++) timeStrings.push(`${_formatTime(m)}:00`);
const offsetStrings = new Map<number, string>();

function offsetString(offset: number): string {
  let s = offsetStrings.get(offset);
  if (s === undefined) {
    s = _formatOffset(Math.round(offset));
    offsetStrings.set(offset, s);
  }
  return s;
}

const datePrefixes = new Map<number, string>();

/**
 * ISO 8601 date-time of a local day, wall minutes and offset, when the wall time is known to be
 * exactly that (the hot path: a few concatenations of cached pieces, no date arithmetic).
 */
export function _formatLocal(dayNumber: number, minutes: number, offset: number): string {
  let prefix = datePrefixes.get(dayNumber);
  if (prefix === undefined) {
    prefix = `${_formatDate(dayNumber)}T`;
    if (datePrefixes.size > 100_000) datePrefixes.clear();
    datePrefixes.set(dayNumber, prefix);
  }
  return prefix + (timeStrings[minutes] as string) + offsetString(offset);
}

/** ISO 8601 date-time with offset for an instant whose offset is known. */
export function _formatInstant(ms: number, offset: number): string {
  return formatInstant(ms, offset);
}

function formatInstant(ms: number, offset: number): string {
  const wall = ms + Math.round(offset) * MIN_MS;
  const day = Math.floor(wall / _DAY_MS);
  const rest = wall - day * _DAY_MS;
  const minutes = Math.floor(rest / MIN_MS);
  const seconds = Math.floor((rest - minutes * MIN_MS) / 1000);
  const time = seconds === 0 ? timeStrings[minutes] : `${_formatTime(minutes)}:${_pad2(seconds)}`;
  return `${_formatDate(day)}T${time}${offsetString(offset)}`;
}

/**
 * UTC offset of `zone` at instant `ms`, from the per-day cache when possible: the offset cached
 * for day ⌊ms / day⌋ holds for every instant of that UTC day, and on a change day the cached
 * change instant decides. Falls back to `tzOffset`.
 */
export function _offsetFast(zone: _Zone, ms: number): number {
  const d = Math.floor(ms / _DAY_MS);
  const o = dayOffset(zone, d);
  if (o === o) return o;
  const c = changeNear(zone, d);
  if (c !== null) return ms < c.at ? c.before : c.after;
  return _offsetAt(zone, ms);
}

/** Local day number and minutes after midnight of an instant in `zone`. */
export function _wallOf(zone: _Zone, ms: number): { dayNumber: number; minutes: number; offset: number } {
  const offset = _offsetFast(zone, ms);
  const wall = ms + offset * MIN_MS;
  const dayNumber = Math.floor(wall / _DAY_MS);
  return { dayNumber, minutes: Math.floor((wall - dayNumber * _DAY_MS) / MIN_MS), offset };
}

const LOCAL_DT_RE = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$/;
const OFFSET_DT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses an instant: a `Date`, an ISO date-time with `Z` or an offset, a local date-time
 * without offset (read as wall time in `zone`), or a date `YYYY-MM-DD` (local midnight in
 * `zone`). Returns NaN when it cannot.
 */
export function _parseInstant(value: unknown, zone: _Zone): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string') return Number.NaN;
  if (OFFSET_DT_RE.test(value)) return Date.parse(value);
  const scratch: _Resolved = { ms: 0, offset: 0, kind: 'ok' };
  const d = _parseDate(value);
  if (d !== undefined) return zone.valid ? _resolve(zone, d, 0, scratch).ms : Number.NaN;
  const m = LOCAL_DT_RE.exec(value);
  if (m) {
    const day = _parseDate(m[1]);
    if (day === undefined || !zone.valid) return Number.NaN;
    const ms = _resolve(zone, day, Number(m[2]) * 60 + Number(m[3]), scratch).ms;
    return ms + Number(m[4] ?? 0) * 1000;
  }
  return Number.NaN;
}

const changeYears = new Map<string, number[]>();

/**
 * Local days (ascending) on or next to which `zone` changes its UTC offset, between local days
 * `fromDay` and `toDay`. Per-year results of `tzScan` are cached.
 */
let lastChangeKey = '';
let lastChangeDays: number[] = [];

export function _changeDays(zone: _Zone, fromDay: number, toDay: number): number[] {
  // Many schedules share the window "from today": remember the last answer.
  const memo = `${zone.name} ${fromDay} ${toDay}`;
  if (memo === lastChangeKey) return lastChangeDays;
  const out = new Set<number>();
  const y0 = new Date(fromDay * _DAY_MS).getUTCFullYear();
  const y1 = new Date(toDay * _DAY_MS).getUTCFullYear();
  for (let y = y0; y <= y1; y++) {
    const key = `${zone.name} ${y}`;
    let days = changeYears.get(key);
    if (days === undefined) {
      days = [];
      for (const c of tzScan(zone.name, { start: new Date(Date.UTC(y, 0, 1) - _DAY_MS), end: new Date(Date.UTC(y + 1, 0, 1) + _DAY_MS) })) {
        const at = c.date.getTime();
        // tzScan reports the hour after the change: the local days either side cover it.
        for (const o of [c.offset - c.change, c.offset]) {
          const d = Math.floor((at + o * MIN_MS) / _DAY_MS);
          days.push(d - 1, d, d + 1);
        }
      }
      if (changeYears.size > 10_000) changeYears.clear();
      changeYears.set(key, days);
    }
    for (const d of days) if (d >= fromDay && d <= toDay) out.add(d);
  }
  lastChangeKey = memo;
  lastChangeDays = [...out].sort((a, b) => a - b);
  return lastChangeDays;
}
