import { _instantArg } from '../_lib/_args.js';
import { _sessions, _toOccurrence } from '../_lib/_expand.js';
import { _plan } from '../_lib/_plan.js';
import type { InstantInput, Occurrence, ScheduleLike } from '../types.js';

/** Options for {@link iterateOccurrences}. */
export interface IterateOccurrencesOptions {
  /**
   * Start of the window. Sessions whose END is after `from` are yielded, so a session that is
   * running at `from` counts. A date `YYYY-MM-DD` or a date-time without offset is read as
   * local time in the schedule's zone. Required.
   */
  from: InstantInput;
}

/**
 * Lazily yields a schedule's sessions in start order, from `options.from` on. Open-ended series
 * never run out, so take what you need and stop; nothing is computed ahead.
 *
 * Local times follow RFC 5545: a time skipped when the clocks go forward moves forward by the
 * gap; a time that happens twice when they go back takes the first instance. A schedule that
 * cannot be expanded (no start date/time, unknown zone) yields nothing: use `checkSchedule` to
 * say why.
 *
 * @param schedule - The schedule (parsed or as written; `timezone` defaults to Europe/London).
 * @param options - `from` (required).
 * @returns A generator of `{ start, end }` with the zone's UTC offset.
 * @throws {RangeError} When `options.from` is not a date or date-time.
 * @example
 * const it = iterateOccurrences(
 *   { timezone: 'Europe/London', startDate: '2026-10-21', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } },
 *   { from: '2026-10-22' },
 * );
 * it.next().value;
 * //=> { start: '2026-10-28T18:30:00+00:00', end: '2026-10-28T20:00:00+00:00' }
 */
export function* iterateOccurrences(schedule: ScheduleLike, options: IterateOccurrencesOptions): Generator<Occurrence, void, undefined> {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object with a from date');
  const plan = _plan(schedule);
  const fromMs = _instantArg(options.from, 'options.from', plan.zone);
  for (const s of _sessions(plan, fromMs)) yield _toOccurrence(s, plan);
}
