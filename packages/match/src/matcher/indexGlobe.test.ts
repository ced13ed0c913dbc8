import { ACTIVITY_TYPES, type PersonProfile } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activity, dataset, place } from '../../test/_build.js';
import { createMatcher } from './createMatcher.js';

const NOW = '2026-11-26T12:00:00Z';
const TYPES = ACTIVITY_TYPES.terms as ReadonlyArray<{ id: string; artForm: string }>;
const DAYS = ['MO', 'TU', 'WE'] as const;

// Venues anywhere on Earth, many of them by the poles and the antimeridian, where a
// longitude/latitude box around a circle stops being simple.
const lng = fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: 179.5, max: 180, noNaN: true }), fc.double({ min: -180, max: -179.5, noNaN: true }));
const lat = fc.oneof(fc.double({ min: -89.9, max: 89.9, noNaN: true }), fc.double({ min: 87, max: 89.9, noNaN: true }), fc.double({ min: -89.9, max: -87, noNaN: true }));

const world = fc.record({
  venues: fc.array(fc.tuple(lng, lat), { minLength: 1, maxLength: 25 }),
  activities: fc.array(
    fc.record({
      venue: fc.nat(),
      type: fc.nat({ max: TYPES.length - 1 }),
      mode: fc.constantFrom('in-person' as const, 'in-person' as const, 'online' as const, 'mixed' as const),
      day: fc.constantFrom(...DAYS),
      lonely: fc.boolean(),
    }),
    { minLength: 1, maxLength: 60 },
  ),
  person: fc.record({
    at: fc.oneof(fc.nat(), fc.tuple(lng, lat)),
    maxKm: fc.option(fc.constantFrom(5, 50, 500, 3000, 12000, 15000, 30000), { nil: undefined }),
    attendance: fc.constantFrom('in-person' as const, 'online' as const, 'either' as const),
    type: fc.nat({ max: TYPES.length - 1 }),
  }),
  limit: fc.constantFrom(1, 3, 10),
  explainExcluded: fc.boolean(),
});

describe('index: true and index: false all over the globe', () => {
  it('return identical answers near the poles, the antimeridian and for limits beyond half the Earth', () => {
    fc.assert(
      fc.property(world, (w) => {
        const places = w.venues.map(([x, y], k) => place(`p${k}`, x, y));
        const acts = w.activities.map((a, i) => {
          const t = TYPES[a.type]!;
          return activity(`a${String(i).padStart(3, '0')}`, {
            artForms: [t.artForm],
            activityTypes: [t.id],
            attendanceMode: a.mode,
            ...(a.mode === 'online' ? {} : { placeId: `p${a.venue % places.length}` }),
            schedule: { timezone: 'Europe/London', startDate: '2026-01-05', startTime: '10:00', endTime: '12:00', repeat: { frequency: 'weekly', byDay: [a.day] } },
            ...(a.lonely ? { suitableFor: ['loneliness'] } : {}),
          });
        });
        const ds = dataset(places, acts);
        const at = typeof w.person.at === 'number' ? w.venues[w.person.at % w.venues.length]! : w.person.at;
        const profile: PersonProfile = {
          location: { type: 'Point', coordinates: [at[0], at[1]] },
          ...(w.person.maxKm === undefined ? {} : { maxDistanceKm: w.person.maxKm }),
          attendance: w.person.attendance,
          interests: { activityTypes: [TYPES[w.person.type]!.id] },
          needs: ['loneliness'],
        } as PersonProfile;
        const options = { now: NOW, limit: w.limit, explainExcluded: w.explainExcluded };
        expect(createMatcher(ds).match(profile, options)).toEqual(createMatcher(ds, { index: false }).match(profile, options));
      }),
      { numRuns: 200, seed: 20261126 },
    );
  });
});
