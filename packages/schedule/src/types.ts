import type { Schedule, ScheduleInput } from '@artsrx/schema';

/** A schedule as parsed by `ScheduleSchema` or as written by a publisher (`timezone` defaults to Europe/London). */
export type ScheduleLike = Schedule | ScheduleInput;

/**
 * One session: ISO 8601 date-times carrying the schedule zone's UTC offset at that instant,
 * e.g. `{ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' }`.
 */
export interface Occurrence {
  start: string;
  end: string;
}

/** An instant: a `Date`, an ISO date-time with `Z` or an offset, a local date-time without offset, or a date `YYYY-MM-DD`. */
export type InstantInput = string | Date;
