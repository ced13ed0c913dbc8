import type { AvailabilitySlot } from '@artsrx/schema';
import { _fits, _slots } from '../_lib/_fits.js';
import { _zone } from '../_lib/_zone.js';
import type { Occurrence } from '../types.js';

/**
 * Whether a session lies wholly inside one of a person's weekly free times. The session's start
 * and end are converted to the person's zone; it fits when it starts on the slot's day at or
 * after `from` and ends that same local day at or before `to` (`to: '23:59'` means up to
 * midnight). Sessions that run past midnight never fit a single slot.
 *
 * @param occurrence - A session `{ start, end }` (ISO 8601 with offsets), e.g. from `occurrences`.
 * @param availability - Weekly free times `[{ day: 'WE', from: '18:00', to: '21:00' }]`, in `zone`.
 * @param zone - The person's IANA zone. Default `Europe/London`.
 * @returns `true` when one slot contains the whole session; `false` otherwise, including for
 *   unreadable dates or an unknown zone.
 * @example
 * fitsAvailability(
 *   { start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' },
 *   [{ day: 'WE', from: '18:00', to: '21:00' }],
 * );
 * //=> true
 */
export function fitsAvailability(occurrence: Occurrence, availability: readonly AvailabilitySlot[], zone = 'Europe/London'): boolean {
  if (occurrence === null || typeof occurrence !== 'object') throw new TypeError('occurrence must be an object with start and end');
  if (!Array.isArray(availability)) throw new TypeError('availability must be an array of { day, from, to } slots');
  const z = _zone(zone);
  if (!z.valid) return false;
  const startMs = Date.parse(occurrence.start);
  const endMs = Date.parse(occurrence.end);
  if (startMs !== startMs || endMs !== endMs) return false;
  return _fits(startMs, endMs, z, _slots(availability));
}
