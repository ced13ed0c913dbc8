/**
 * The one seam between the matcher and schedule expansion (`@artsrx/schedule`): every question
 * the schedule criterion asks goes through `_sessionsBetween` and `_fitsAvailability`.
 */
import { occurrences, timeZoneOffset as timeZoneOffset$ } from '@artsrx/schedule';
import type { AvailabilitySlot, Schedule } from '@artsrx/schema';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.
const timeZoneOffset = timeZoneOffset$;

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

/** The person's free times parsed once: [weekday 0–6 (Monday first), from minute, to minute] triples. */
let parsedFor: readonly AvailabilitySlot[] | undefined;
let parsed: number[] = [];
function parse(availability: readonly AvailabilitySlot[]): number[] {
  if (availability === parsedFor) return parsed;
  const out: number[] = [];
  for (const slot of availability) {
    if (slot === null || typeof slot !== 'object') continue;
    const wd = DAY_CODES.indexOf(slot.day as string);
    const from = minutes(slot.from);
    let to = minutes(slot.to);
    if (wd < 0 || from === undefined || to === undefined) continue;
    if (to === 1439) to = 1440;
    out.push(wd, from, to);
  }
  parsedFor = availability;
  return (parsed = out);
}

/**
 * Does the session lie wholly inside one of the person's weekly free times (in their zone)?
 * The same rule as `fitsAvailability` of `@artsrx/schedule` (checked against it in the tests),
 * with the zone offsets cached, because a query asks it for hundreds of sessions.
 */
export function _fitsAvailability(session: _Session, availability: readonly AvailabilitySlot[], zone: string): boolean {
  if (!(session.endMs >= session.startMs)) return false;
  const sLocal = session.startMs + timeZoneOffset(zone, session.startMs) * 60000;
  const eLocal = session.endMs + timeZoneOffset(zone, session.endMs) * 60000;
  const sDay = Math.floor(sLocal / 86400000);
  const eDay = Math.floor(eLocal / 86400000);
  const startMin = Math.floor((sLocal - sDay * 86400000) / 60000);
  const eMin = Math.floor((eLocal - eDay * 86400000) / 60000);
  // A session ending exactly at midnight ends at minute 1440 of its start day.
  const endMin = eDay === sDay ? eMin : eDay === sDay + 1 && eMin === 0 ? 1440 : -1;
  if (endMin < 0) return false;
  const wd = (((sDay + 3) % 7) + 7) % 7; // 0 = Monday
  const slots = parse(availability);
  for (let k = 0; k < slots.length; k += 3) {
    if (slots[k] === wd && startMin >= slots[k + 1]! && endMin <= slots[k + 2]!) return true;
  }
  return false;
}
