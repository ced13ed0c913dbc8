import { _countArg, _instantArg } from '../_lib/_args.js';
import { _scan, _toOccurrence } from '../_lib/_expand.js';
import { _plan } from '../_lib/_plan.js';
import type { InstantInput, Occurrence, ScheduleLike } from '../types.js';

/** Options for {@link occurrences}. */
export interface OccurrencesOptions {
  /**
   * Start of the window. Sessions whose END is after `from` are included, so a session that is
   * running at `from` counts. A date `YYYY-MM-DD` or a date-time without offset is read as local
   * time in the schedule's zone. Required.
   */
  from: InstantInput;
  /** End of the window: only sessions that START before `until`. Default: no limit (then give `count`). */
  until?: InstantInput;
  /** At most this many sessions. Default: no limit (then give `until`, or the series must end). */
  count?: number;
}

/** Safety cap when neither `until` nor `count` is given and the series has no natural end. */
const DEFAULT_CAP = 10_000;

/**
 * A schedule's sessions in a window, in start order, as ISO 8601 date-times with the UTC offset
 * of the schedule's zone at each instant (`2026-10-21T18:30:00+01:00`).
 *
 * Local times follow RFC 5545 at clock changes: a time that does not exist moves forward by the
 * gap (01:30 on 29 Mar 2026 in London → `02:30+01:00`); a time that happens twice takes the first
 * instance (01:30 on 25 Oct 2026 → `01:30+01:00`). Results do not depend on the machine's zone.
 * With neither `until` nor `count`, an open-ended series stops after 10,000 sessions.
 *
 * @param schedule - The schedule (parsed or as written; `timezone` defaults to Europe/London).
 * @param options - `from` (required), `until`, `count`.
 * @returns The sessions, possibly empty (also for a schedule that cannot be expanded).
 * @throws {RangeError} When `from`/`until` is not a date or `count` is not a whole number.
 * @example
 * occurrences(
 *   { timezone: 'Europe/London', startDate: '2026-10-21', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } },
 *   { from: '2026-10-01', count: 2 },
 * );
 * //=> [
 * //   { start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' },
 * //   { start: '2026-10-28T18:30:00+00:00', end: '2026-10-28T20:00:00+00:00' },
 * // ]
 */
export function occurrences(schedule: ScheduleLike, options: OccurrencesOptions): Occurrence[] {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object with a from date');
  const plan = _plan(schedule);
  const fromMs = _instantArg(options.from, 'options.from', plan.zone);
  const untilMs = options.until === undefined ? Number.POSITIVE_INFINITY : _instantArg(options.until, 'options.until', plan.zone);
  const count = _countArg(options.count, 'options.count') ?? (options.until === undefined ? DEFAULT_CAP : Number.POSITIVE_INFINITY);
  const out: Occurrence[] = [];
  if (count === 0) return out;
  _scan(plan, fromMs, (s) => {
    if (s.startMs >= untilMs) return false;
    out.push(_toOccurrence(s, plan));
    return out.length < count;
  });
  return out;
}
