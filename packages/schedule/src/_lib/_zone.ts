import { tzOffset } from '@date-fns/tz';
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

/** Per-zone cache. */
export interface _Zone {
  readonly name: string;
  readonly valid: boolean;
  /** Local day number → the zone's offset (minutes) if constant around that day, else NaN. */
  readonly days: Map<number, number>;
  /** One-entry memo in front of `days`. */
  lastDay: number;
  lastOffset: number;
}

const zones = new Map<string, _Zone>();

/** The cached zone record for an IANA name (`valid: false` when the runtime does not know it). */
export function _zone(name: string): _Zone {
  let z = zones.get(name);
  if (z === undefined) {
    let valid = false;
    try {
      // Intl is the authority on which zone names exist.
      new Intl.DateTimeFormat('en-GB', { timeZone: name });
      valid = typeof name === 'string' && name.length > 0 && !/^[+-]/.test(name);
    } catch {
      valid = false;
    }
    z = { name, valid, days: new Map(), lastDay: Number.NaN, lastOffset: Number.NaN };
    zones.set(name, z);
  }
  return z;
}

/** UTC offset in minutes of `zone` at instant `ms`. */
export function _offsetAt(zone: _Zone, ms: number): number {
  return tzOffset(zone.name, new Date(ms));
}

function dayOffset(zone: _Zone, dayNumber: number): number {
  if (zone.lastDay === dayNumber) return zone.lastOffset;
  let o = zone.days.get(dayNumber);
  if (o === undefined) {
    // Any wall time on this local day maps to an instant in [dayStart − 14 h, dayEnd + 12 h]
    // (offsets run from −12 h to +14 h). If the offset is the same across that window, every
    // wall time of the day exists exactly once, at wall − offset.
    const start = dayNumber * _DAY_MS;
    const a = _offsetAt(zone, start - 14 * HOUR_MS);
    const b = _offsetAt(zone, start + 11 * HOUR_MS);
    const c = _offsetAt(zone, start + _DAY_MS + 12 * HOUR_MS);
    o = a === b && b === c ? a : Number.NaN;
    if (zone.days.size > 100_000) zone.days.clear();
    zone.days.set(dayNumber, o);
  }
  zone.lastDay = dayNumber;
  zone.lastOffset = o;
  return o;
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
    // Skipped: reading the wall time with the offset in force before the change lands the
    // same distance after the change, i.e. moved forward by the gap.
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

/** offset → (minutes since epoch → string); small-integer keys keep the maps fast. */
const instantStrings = new Map<number, Map<number, string>>();
let cached = 0;

/** ISO 8601 date-time with offset for an instant whose offset is known (memoised: sessions share start times). */
export function _formatInstant(ms: number, offset: number): string {
  const minute = ms / 60_000;
  if (!Number.isInteger(minute)) return formatInstant(ms, offset);
  let byMinute = instantStrings.get(offset);
  if (byMinute === undefined) {
    byMinute = new Map();
    instantStrings.set(offset, byMinute);
  }
  let s = byMinute.get(minute);
  if (s === undefined) {
    s = formatInstant(ms, offset);
    if (++cached > 200_000) {
      instantStrings.clear();
      cached = 0;
    }
    byMinute.set(minute, s);
  }
  return s;
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

/** ISO 8601 date-time with offset of an instant, rendered in `zone`. */
export function _formatInZone(zone: _Zone, ms: number): string {
  return _formatInstant(ms, _offsetAt(zone, ms));
}

/** Local day number and minutes after midnight of an instant in `zone`. */
export function _wallOf(zone: _Zone, ms: number): { dayNumber: number; minutes: number; offset: number } {
  const offset = _offsetAt(zone, ms);
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
