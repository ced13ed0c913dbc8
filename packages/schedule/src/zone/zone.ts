import { _WEEKDAYS, _civil, _formatDate, _formatTime, _parseDate, _parseTime, _weekday, type _Weekday } from '../_lib/_civil.js';
import { _formatInstant, _offsetFast, _resolve, _zone, type _Resolved, type _Zone } from '../_lib/_zone.js';

/**
 * Public time-zone helpers: the same cached, `tzOffset`-based conversions that `occurrences`
 * uses, for code that needs offsets or wall-clock times outside a schedule (the matcher, the
 * Open Referral adapter). Offsets come from the runtime's `Intl` zone data via @date-fns/tz;
 * they are cached per zone and day, so repeated calls for the same zone cost an array read.
 */

const MIN_MS = 60_000;
const DAY_MS = 86_400_000;

/** Weekday code, iCalendar style: `MO` … `SU`. */
export type WeekdayCode = _Weekday;

/**
 * The wall-clock reading of an instant in a zone.
 *
 * @example
 * ```ts
 * wallClock('Europe/London', Date.parse('2026-10-25T00:30:00Z'));
 * //=> { date: '2026-10-25', time: '01:30', year: 2026, month: 10, day: 25, hour: 1, minute: 30,
 * //     second: 0, weekday: 'SU', offset: 60, iso: '2026-10-25T01:30:00+01:00' }
 * ```
 */
export interface WallClock {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** Local time, `HH:MM` (seconds are in `second`). */
  time: string;
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  /** Day of the month, 1–31. */
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  second: number;
  /** Day of the week, `MO` … `SU`. */
  weekday: WeekdayCode;
  /** UTC offset in force at the instant, in minutes east of UTC (London summer time: 60). */
  offset: number;
  /** ISO 8601 date-time with the offset, e.g. `2026-10-25T01:30:00+01:00`. */
  iso: string;
}

/**
 * What happened when a local wall time was turned into an instant (RFC 5545 §3.3.5):
 * `exact` — the time exists once; `skipped` — the clocks jumped over it, so it was moved forward
 * by the length of the jump; `repeated` — the clocks went back over it, so the first of its two
 * instances was taken.
 */
export type WallTimeResolution = 'exact' | 'skipped' | 'repeated';

/** The instant of a local wall time in a zone; see {@link instantOfWallTime}. */
export interface ZonedInstant {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  epochMs: number;
  /** UTC offset in force at that instant, in minutes east of UTC. */
  offset: number;
  /** ISO 8601 date-time of the instant with that offset, e.g. `2026-03-29T02:30:00+01:00`. */
  iso: string;
  /** Whether the wall time existed once, was skipped or was repeated. */
  resolution: WallTimeResolution;
}

// Callers ask about one zone many times in a row: remember the last record.
let lastName: string | undefined;
let lastZone: _Zone | undefined;

function zoneOf(timeZone: unknown, name: string): _Zone | undefined {
  if (timeZone === lastName) return lastZone;
  if (typeof timeZone !== 'string') throw new TypeError(`${name} must be a string naming an IANA time zone, such as Europe/London`);
  const z = _zone(timeZone);
  if (!z.valid) return undefined;
  lastName = timeZone;
  lastZone = z;
  return z;
}

function validZone(timeZone: unknown, name = 'timeZone'): _Zone {
  const z = zoneOf(timeZone, name);
  if (z === undefined) throw new RangeError(`${name} is not an IANA time zone this runtime knows: ${String(timeZone)}`);
  return z;
}

function instantArg(instant: unknown): number {
  const ms = typeof instant === 'number' ? instant : instant instanceof Date ? instant.getTime() : Number.NaN;
  if (ms !== ms || ms === Infinity || ms === -Infinity) {
    if (typeof instant !== 'number' && !(instant instanceof Date)) throw new TypeError('instant must be a Date or a number of milliseconds since 1970');
    throw new RangeError('instant must be a valid time');
  }
  return ms;
}

/**
 * Is `timeZone` an IANA time zone name this runtime knows (`Europe/London`, `UTC`)? The
 * standard's rule (`isTimeZone` of `@artsrx/schema`): fixed offsets such as `+01:00` and legacy
 * ids such as `BST` (which ICU reads as Bangladesh) give `false`. Never throws.
 *
 * @example
 * ```ts
 * isTimeZone('Australia/Sydney'); //=> true
 * isTimeZone('Mars/Olympus');     //=> false
 * isTimeZone('BST');              //=> false
 * ```
 */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string') return false;
  return zoneOf(timeZone, 'timeZone') !== undefined;
}

/**
 * The UTC offset of `timeZone` at `instant`, in minutes east of UTC (London: 0 in winter, 60 in
 * summer; New York: −300 / −240). Cached per zone and day, so it is cheap to call per session.
 *
 * @param timeZone - An IANA zone name such as `Europe/London`.
 * @param instant - A `Date` or milliseconds since 1970-01-01T00:00:00Z.
 * @throws RangeError when the zone is unknown or the instant is not a valid time; TypeError
 *   when an argument has the wrong type.
 *
 * @example
 * ```ts
 * timeZoneOffset('Europe/London', Date.parse('2026-03-29T01:00:00Z')); //=> 60
 * ```
 */
export function timeZoneOffset(timeZone: string, instant: Date | number): number {
  const z = lastName === timeZone && typeof instant === 'number' ? (lastZone as _Zone) : validZone(timeZone);
  return _offsetFast(z, typeof instant === 'number' && instant === instant ? instant : instantArg(instant));
}

/**
 * The wall-clock reading (local date, time, weekday and UTC offset) of `instant` in `timeZone`.
 *
 * @param timeZone - An IANA zone name such as `Europe/London`.
 * @param instant - A `Date` or milliseconds since 1970-01-01T00:00:00Z.
 * @throws RangeError when the zone is unknown or the instant is not a valid time; TypeError
 *   when an argument has the wrong type.
 *
 * @example
 * ```ts
 * wallClock('Australia/Sydney', Date.parse('2026-04-04T15:30:00Z')).iso; //=> '2026-04-05T02:30:00+11:00'
 * ```
 */
export function wallClock(timeZone: string, instant: Date | number): WallClock {
  const z = validZone(timeZone);
  const ms = instantArg(instant);
  const offset = _offsetFast(z, ms);
  const wall = ms + offset * MIN_MS;
  const dayNumber = Math.floor(wall / DAY_MS);
  const rest = wall - dayNumber * DAY_MS;
  const minutes = Math.floor(rest / MIN_MS);
  const { year, month, day } = _civil(dayNumber);
  return {
    date: _formatDate(dayNumber),
    time: _formatTime(minutes),
    year,
    month,
    day,
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    second: Math.floor((rest - minutes * MIN_MS) / 1000),
    weekday: _WEEKDAYS[_weekday(dayNumber)] as WeekdayCode,
    offset,
    iso: _formatInstant(ms, offset),
  };
}

const scratch: _Resolved = { ms: 0, offset: 0, kind: 'ok' };

/**
 * The instant of the local wall time `time` on `date` in `timeZone`, by the RFC 5545 rules
 * `occurrences` uses: a time the clocks skip is moved forward by the length of the jump (01:30 on
 * 29 Mar 2026 in London → 02:30 BST, `01:30Z`), and a time that happens twice takes its first
 * instance (01:30 on 25 Oct 2026 in London → 01:30 BST, `00:30Z`). The result does not depend
 * on the zone of the machine it runs on.
 *
 * @param timeZone - An IANA zone name such as `Europe/London`.
 * @param date - Local date, `YYYY-MM-DD`.
 * @param time - Local time, `HH:MM` or `HH:MM:SS`.
 * @throws RangeError when the zone is unknown or the date or time is not a real one; TypeError
 *   when an argument is not a string.
 *
 * @example
 * ```ts
 * instantOfWallTime('Europe/London', '2026-03-29', '01:30');
 * //=> { epochMs: 1774747800000, offset: 60, iso: '2026-03-29T02:30:00+01:00', resolution: 'skipped' }
 * ```
 */
export function instantOfWallTime(timeZone: string, date: string, time: string): ZonedInstant {
  const z = validZone(timeZone);
  if (typeof date !== 'string') throw new TypeError('date must be a YYYY-MM-DD string');
  if (typeof time !== 'string') throw new TypeError('time must be an HH:MM string');
  const day = _parseDate(date);
  if (day === undefined) throw new RangeError(`date is not a real date in the form YYYY-MM-DD: ${date}`);
  const minutes = _parseTime(time);
  if (minutes === undefined) throw new RangeError(`time is not a time in the form HH:MM or HH:MM:SS: ${time}`);
  const seconds = time.length > 5 ? Number(time.slice(6, 8)) : 0;
  const r = _resolve(z, day, minutes, scratch);
  const epochMs = r.ms + seconds * 1000;
  return { epochMs, offset: r.offset, iso: _formatInstant(epochMs, r.offset), resolution: r.kind === 'ok' ? 'exact' : r.kind === 'gap' ? 'skipped' : 'repeated' };
}
