import type { AvailabilitySlot } from '@artsrx/schema';
import { _WEEKDAYS, _parseTime, _weekday } from './_civil.js';
import { _wallOf, type _Zone } from './_zone.js';

/** Availability slots read once: per weekday (0 = Monday), the [from, to] minute ranges. */
export type _Slots = [number, number][][];

/** Reads availability slots, skipping unreadable ones; `to: '23:59'` means midnight. */
export function _slots(availability: readonly AvailabilitySlot[]): _Slots {
  const out: _Slots = [[], [], [], [], [], [], []];
  for (const slot of availability) {
    if (slot === null || typeof slot !== 'object') continue;
    const wd = _WEEKDAYS.indexOf(slot.day);
    const from = _parseTime(slot.from);
    let to = _parseTime(slot.to);
    if (wd < 0 || from === undefined || to === undefined) continue;
    if (to === 1439) to = 1440;
    out[wd]!.push([from, to]);
  }
  return out;
}

/** Whether the session [startMs, endMs] lies inside one slot, read in zone `z`. */
export function _fits(startMs: number, endMs: number, z: _Zone, slots: _Slots): boolean {
  if (endMs < startMs) return false;
  const s = _wallOf(z, startMs);
  const ranges = slots[_weekday(s.dayNumber)]!;
  if (ranges.length === 0) return false;
  const e = _wallOf(z, endMs);
  // A session ending exactly at midnight ends at minute 1440 of its start day.
  const endMin = e.dayNumber === s.dayNumber ? e.minutes : e.dayNumber === s.dayNumber + 1 && e.minutes === 0 ? 1440 : -1;
  if (endMin < 0) return false;
  for (const [from, to] of ranges) if (s.minutes >= from && endMin <= to) return true;
  return false;
}
