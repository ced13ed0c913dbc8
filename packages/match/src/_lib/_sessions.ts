/**
 * The one seam between the matcher and schedule expansion (`@artsrx/schedule`): every question
 * the schedule criterion asks goes through `_sessionsBetween` and `_fitsAvailability`.
 */
import { fitsAvailability, occurrences } from '@artsrx/schedule';
import type { AvailabilitySlot, Schedule } from '@artsrx/schema';

/** One concrete session. */
export interface _Session {
  start: string;
  end: string;
  startMs: number;
  endMs: number;
}

/**
 * Sessions in [fromMs, untilMs): those still running at `fromMs` count (as in `occurrences`).
 * Bad data yields no sessions, never a throw.
 */
export function _sessionsBetween(schedule: Schedule, fromMs: number, untilMs: number): _Session[] {
  let list;
  try {
    list = occurrences(schedule, { from: new Date(fromMs), until: new Date(untilMs) });
  } catch {
    return [];
  }
  return list.map((o) => ({ start: o.start, end: o.end, startMs: Date.parse(o.start), endMs: Date.parse(o.end) }));
}

/** Does the session lie wholly inside one of the person's weekly free times (in their zone)? */
export function _fitsAvailability(session: _Session, availability: readonly AvailabilitySlot[], zone: string): boolean {
  return fitsAvailability(session, availability, zone);
}
