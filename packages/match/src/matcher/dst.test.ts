import { PersonProfileSchema } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { activity, dataset, place } from '../../test/_build.js';
import { createMatcher } from './createMatcher.js';

// A weekly Wednesday 18:30 session in Europe/London. UK clocks go back at 02:00 BST on Sunday
// 25 October 2026 and forward at 01:00 GMT on Sunday 29 March 2026 (last Sundays of the month).
const ds = dataset([place('v', -2.98, 53.4095)], [activity('choir', { placeId: 'v' })]);
const here = { type: 'Point', coordinates: [-2.98, 53.405] };

describe('sessions across a clock change', () => {
  it('keeps 18:30 local time when the clocks go back (offset +01:00, then +00:00)', () => {
    const profile = PersonProfileSchema.parse({ location: here, availability: [{ day: 'WE', from: '18:00', to: '21:00' }] });
    for (const index of [true, false]) {
      const r = createMatcher(ds, { index }).match(profile, { now: '2026-10-21T12:00:00Z', horizonDays: 14 });
      expect(r.results[0]!.nextSessions).toEqual(['2026-10-21T18:30:00+01:00', '2026-10-28T18:30:00+00:00']);
    }
  });

  it('keeps 18:30 local time when the clocks go forward (offset +00:00, then +01:00)', () => {
    const profile = PersonProfileSchema.parse({ location: here, availability: [{ day: 'WE', from: '18:00', to: '21:00' }] });
    const r = createMatcher(ds).match(profile, { now: '2026-03-24T12:00:00Z', horizonDays: 14 });
    expect(r.results[0]!.nextSessions).toEqual(['2026-03-25T18:30:00+00:00', '2026-04-01T18:30:00+01:00']);
  });

  it("checks availability in the person's own zone, whose clocks change on another date", () => {
    // New York stays on EDT until 1 November 2026: 18:30 BST = 13:30 EDT, then 18:30 GMT = 14:30 EDT.
    const free = PersonProfileSchema.parse({ location: here, timezone: 'America/New_York', availability: [{ day: 'WE', from: '13:00', to: '16:00' }] });
    const r = createMatcher(ds).match(free, { now: '2026-10-21T12:00:00Z', horizonDays: 14 });
    expect(r.results[0]!.nextSessions).toEqual(['2026-10-21T18:30:00+01:00', '2026-10-28T18:30:00+00:00']);
    // Free only 13:00–14:00 New York time: the first session (13:30–15:00 EDT) does not fit
    // because it ends at 15:00; neither does the second. The activity is excluded.
    const narrow = PersonProfileSchema.parse({ location: here, timezone: 'America/New_York', availability: [{ day: 'WE', from: '13:00', to: '14:00' }] });
    expect(createMatcher(ds).match(narrow, { now: '2026-10-21T12:00:00Z', horizonDays: 14 }).results).toEqual([]);
    // Free 14:00–16:30 New York time: only the second session (14:30–16:00 EDT) fits: partial.
    const later = PersonProfileSchema.parse({ location: here, timezone: 'America/New_York', availability: [{ day: 'WE', from: '14:00', to: '16:30' }] });
    const [only] = createMatcher(ds).match(later, { now: '2026-10-21T12:00:00Z', horizonDays: 14 }).results;
    expect(only!.nextSessions).toEqual(['2026-10-28T18:30:00+00:00']);
    expect(only!.criteria.find((c) => c.criterion === 'schedule')!.outcome).toBe('partial');
  });
});
