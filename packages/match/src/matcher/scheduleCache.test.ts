import { fitsAvailability, occurrences } from '@artsrx/schedule';
import { PersonProfileSchema, type Schedule } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { activity, dataset, place } from '../../test/_build.js';
import { createMatcher } from './createMatcher.js';

// Activities sharing one weekly pattern but starting and ending on different dates around the
// search window (26 Nov – 24 Dec 2026), plus clock-change and daily variants. The matcher expands
// a shared pattern once per query and caches sessions for the day; each activity's sessions must
// still be exactly what @artsrx/schedule gives for its own schedule.
const NOW = '2026-11-26T12:00:00Z';
const UNTIL = '2026-12-24T12:00:00Z';
const base = { timezone: 'Europe/London', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly', byDay: ['WE', 'SA'] } };
const starts = ['2025-01-01', '2026-11-24', '2026-11-26', '2026-12-05', '2026-12-23', '2027-01-06'];
const ends = [undefined, '2026-11-20', '2026-11-28', '2026-12-09', '2026-12-23', '2027-02-01'];
const schedules: Schedule[] = [
  ...starts.flatMap((startDate) => ends.map((endDate) => ({ ...base, startDate, ...(endDate ? { endDate } : {}) }) as Schedule)),
  { timezone: 'Europe/London', startDate: '2026-11-25', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'weekly' } } as Schedule,
  { timezone: 'Europe/London', startDate: '2026-11-28', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'weekly' } } as Schedule,
  { timezone: 'Europe/London', startDate: '2026-01-01', startTime: '12:30', endTime: '13:30', repeat: { frequency: 'daily' }, exceptDates: ['2026-12-01'] } as Schedule,
  { timezone: 'America/New_York', startDate: '2026-01-01', startTime: '12:30', endTime: '13:30', repeat: { frequency: 'daily' } } as Schedule,
];

describe('schedule templates and the session cache', () => {
  const ds = dataset(
    [place('v', -2.98, 53.4)],
    schedules.map((schedule, k) => activity(`a${String(k).padStart(2, '0')}`, { placeId: 'v', schedule })),
  );
  for (const availability of [undefined, [{ day: 'WE', from: '18:00', to: '21:00' }, { day: 'TH', from: '09:00', to: '14:00' }]]) {
    it(`give every activity exactly its own sessions (availability: ${availability ? 'some' : 'none'})`, () => {
      const profile = PersonProfileSchema.parse({ ...(availability ? { availability } : {}) });
      const matcher = createMatcher(ds);
      for (let run = 0; run < 2; run++) {
        // the second run reads the day's session cache
        const r = matcher.match(profile, { now: NOW, limit: 1000, sessions: 100 });
        const got = new Map(r.results.map((x) => [x.activityId, x.nextSessions]));
        schedules.forEach((schedule, k) => {
          const expected = occurrences(schedule, { from: NOW, until: UNTIL })
            .filter((o) => availability === undefined || fitsAvailability(o, availability as never, 'Europe/London'))
            .map((o) => o.start);
          const id = `a${String(k).padStart(2, '0')}`;
          if (expected.length === 0) expect(got.has(id), id).toBe(false);
          else expect(got.get(id), id).toEqual(expected);
        });
      }
    });
  }
});
