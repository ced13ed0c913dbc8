/**
 * The one seam between the matcher and schedule expansion (`@artsrx/schedule`): every question
 * the schedule criterion asks goes through `_sessionsBetween` and `_fitsAvailability`.
 */
import { occurrences } from '@artsrx/schedule';
import type { AvailabilitySlot, Schedule } from '@artsrx/schema';
import { _wall as _wall$ } from './_zone.js';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.
const _wall = _wall$;

/** One concrete session. */
export interface _Session {
  start: string;
  end: string;
  startMs: number;
  endMs: number;
}

/**
 * Sessions that end after `fromMs` and start before `untilMs` (as `occurrences` counts them).
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

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

function minutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * Does the session lie wholly inside one of the person's weekly free times (in their zone)?
 * The same rule as `fitsAvailability` of `@artsrx/schedule` (checked against it in the tests),
 * with the zone offsets cached, because a query asks it for hundreds of sessions.
 */
export function _fitsAvailability(session: _Session, availability: readonly AvailabilitySlot[], zone: string): boolean {
  if (!(session.endMs >= session.startMs)) return false;
  const s = _wall(session.startMs, zone);
  const e = _wall(session.endMs, zone);
  const startMin = s.hh * 60 + s.mm;
  // A session ending exactly at midnight ends at minute 1440 of its start day.
  const endMin = e.day === s.day ? e.hh * 60 + e.mm : e.day === s.day + 1 && e.hh === 0 && e.mm === 0 ? 1440 : -1;
  if (endMin < 0) return false;
  const day = DAY_CODES[s.wd];
  for (const slot of availability) {
    if (slot === null || typeof slot !== 'object' || slot.day !== day) continue;
    const from = minutes(slot.from);
    let to = minutes(slot.to);
    if (from === undefined || to === undefined) continue;
    if (to === 1439) to = 1440;
    if (startMin >= from && endMin <= to) return true;
  }
  return false;
}
