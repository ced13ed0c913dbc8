import type { AvailabilitySlot } from '@artsrx/schema';
import { _WEEKDAYS, _parseTime, _weekday } from '../_lib/_civil.js';
import { _wallOf, _zone } from '../_lib/_zone.js';
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
  if (startMs !== startMs || endMs !== endMs || endMs < startMs) return false;
  const s = _wallOf(z, startMs);
  const e = _wallOf(z, endMs);
  // A session ending exactly at midnight ends at minute 1440 of its start day.
  const endMin = e.dayNumber === s.dayNumber ? e.minutes : e.dayNumber === s.dayNumber + 1 && e.minutes === 0 ? 1440 : -1;
  if (endMin < 0) return false;
  const day = _WEEKDAYS[_weekday(s.dayNumber)];
  for (const slot of availability) {
    if (slot === null || typeof slot !== 'object' || slot.day !== day) continue;
    const from = _parseTime(slot.from);
    let to = _parseTime(slot.to);
    if (from === undefined || to === undefined) continue;
    if (to === 1439) to = 1440;
    if (s.minutes >= from && endMin <= to) return true;
  }
  return false;
}
