import type { AvailabilitySlot } from '@artsrx/schema';
import { _countArg, _instantArg } from '../_lib/_args.js';
import { _scan, _toOccurrence } from '../_lib/_expand.js';
import { _plan } from '../_lib/_plan.js';
import type { InstantInput, Occurrence, ScheduleLike } from '../types.js';
import { _fits, _slots } from '../_lib/_fits.js';
import { _zone } from '../_lib/_zone.js';

/** Options for {@link nextFitting}. */
export interface NextFittingOptions {
  /** Start of the search; sessions whose end is after `from` are considered (see `occurrences`). Required. */
  from: InstantInput;
  /** Only sessions starting within this many days after `from`. Default 28. */
  horizonDays?: number;
  /** At most this many sessions. Default 3. */
  count?: number;
  /** The person's IANA zone, in which `availability` is written. Default `Europe/London`. */
  zone?: string;
}

/**
 * The next sessions of a schedule that fit wholly inside one of a person's weekly free times
 * (see `fitsAvailability`), searching `horizonDays` ahead.
 *
 * @param schedule - The schedule.
 * @param availability - The person's weekly free times, in `options.zone`.
 * @param options - `from` (required), `horizonDays` (28), `count` (3), `zone` (`Europe/London`).
 * @returns Up to `count` sessions, in order.
 * @throws {RangeError} When `from` is not a date or `horizonDays`/`count` is not a whole number.
 * @example
 * nextFitting(
 *   { startDate: '2026-10-21', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } },
 *   [{ day: 'WE', from: '18:00', to: '21:00' }],
 *   { from: '2026-10-01', count: 1 },
 * );
 * //=> [{ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' }]
 */
export function nextFitting(schedule: ScheduleLike, availability: readonly AvailabilitySlot[], options: NextFittingOptions): Occurrence[] {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object with a from date');
  if (!Array.isArray(availability)) throw new TypeError('availability must be an array of { day, from, to } slots');
  const plan = _plan(schedule);
  const fromMs = _instantArg(options.from, 'options.from', plan.zone);
  const horizonDays = _countArg(options.horizonDays, 'options.horizonDays') ?? 28;
  const count = _countArg(options.count, 'options.count') ?? 3;
  const zone = options.zone ?? 'Europe/London';
  if (typeof zone !== 'string') throw new TypeError('options.zone must be an IANA time zone name');
  const untilMs = fromMs + horizonDays * 86_400_000;
  const out: Occurrence[] = [];
  if (count === 0 || availability.length === 0) return out;
  const person = _zone(zone);
  if (!person.valid) return out;
  const slots = _slots(availability);
  _scan(plan, fromMs, (s) => {
    if (s.startMs >= untilMs) return false;
    if (_fits(s.startMs, s.endMs, person, slots)) out.push(_toOccurrence(s, plan));
    return out.length < count;
  });
  return out;
}
