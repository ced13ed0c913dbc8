import { ACCESS_SUPPORT, ACTIVITY_TYPES, ART_FORMS, NEEDS, VENUE_FEATURES, type Dataset, type PersonProfile } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVENANCE } from '../../test/_build.js';
import { createMatcher } from './createMatcher.js';

const NOW = '2026-11-26T12:00:00Z';
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const some = <T>(ids: readonly T[]) => fc.subarray([...ids], { maxLength: 3 });

// Coordinates on a coarse grid so that exact ties in distance (and score) happen often.
const coord = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 })).map(([x, y]) => [-2.98 + x * 0.01, 53.4 + y * 0.01] as [number, number]);

const scheduleArb = fc.oneof(
  fc.constant(undefined),
  fc.record({
    timezone: fc.constant('Europe/London'),
    startDate: fc.constantFrom('2026-01-05', '2026-11-30', '2027-03-01'),
    startTime: fc.constantFrom('10:00', '14:00', '18:30'),
    endTime: fc.constantFrom('12:00', '16:00', '20:30'),
    repeat: fc.record({ frequency: fc.constantFrom('weekly' as const, 'daily' as const), byDay: some(['MO', 'WE', 'SA']).map((d) => (d.length ? d : undefined)) }),
  }),
);

const datasetArb = fc.integer({ min: 1, max: 40 }).chain((nPlaces) =>
  fc.record({
    places: fc.array(
      fc.record({ geo: maybe(coord), features: fc.dictionary(fc.constantFrom(...VENUE_FEATURES.ids), fc.boolean(), { maxKeys: 3 }) }),
      { minLength: nPlaces, maxLength: nPlaces },
    ),
    activities: fc.array(
      fc.record({
        place: fc.integer({ min: 0, max: nPlaces - 1 }),
        org: fc.integer({ min: 0, max: 5 }),
        artForms: fc.subarray([...ART_FORMS.ids], { minLength: 1, maxLength: 2 }),
        activityTypes: maybe(some(ACTIVITY_TYPES.ids)),
        mode: fc.constantFrom('in-person' as const, 'in-person' as const, 'online' as const, 'mixed' as const),
        status: fc.constantFrom('active' as const, 'active' as const, 'active' as const, 'ended' as const),
        cost: maybe(fc.record({ isFree: fc.boolean(), price: maybe(fc.integer({ min: 0, max: 10 })) })),
        minAge: maybe(fc.integer({ min: 0, max: 70 })),
        suitableFor: maybe(some(NEEDS.ids)),
        support: fc.dictionary(fc.constantFrom(...ACCESS_SUPPORT.ids), fc.boolean(), { maxKeys: 2 }),
        schedule: scheduleArb,
        lastVerified: maybe(fc.constantFrom('2024-01-01', '2026-06-01', '2026-11-01')),
        capacity: maybe(fc.record({ remainingPlaces: fc.integer({ min: 0, max: 3 }), waitingList: maybe(fc.boolean()) })),
      }),
      { maxLength: 80 },
    ),
  }),
).map(({ places, activities }): Dataset => ({
  standard: 'artsrx',
  version: '0.1.0',
  publisher: { name: 'property test' },
  license: 'CC0-1.0',
  generatedAt: '2026-11-01T00:00:00Z',
  organisations: [],
  assets: [],
  places: places.map((p, i) => ({
    id: `p${i}`,
    name: `p${i}`,
    provenance: PROVENANCE,
    ...(p.geo ? { geo: { type: 'Point' as const, coordinates: p.geo } } : {}),
    venueFeatures: p.features,
  })),
  activities: activities.map((a, i) => ({
    id: `a${String(i).padStart(3, '0')}`,
    name: `a${i}`,
    organisationId: `o${a.org}`,
    artForms: a.artForms,
    ...(a.activityTypes ? { activityTypes: a.activityTypes } : {}),
    format: 'drop-in' as const,
    attendanceMode: a.mode,
    ...(a.mode !== 'online' ? { placeId: `p${a.place}` } : {}),
    status: a.status,
    ...(a.cost ? { cost: { ...a.cost, currency: 'GBP' as const } } : {}),
    ...(a.minAge !== undefined ? { eligibility: { minAge: a.minAge } } : {}),
    ...(a.suitableFor ? { suitableFor: a.suitableFor } : {}),
    accessSupport: a.support,
    ...(a.schedule ? { schedule: a.schedule } : {}),
    ...(a.lastVerified ? { lastVerified: a.lastVerified } : {}),
    ...(a.capacity ? { capacity: a.capacity } : {}),
    provenance: PROVENANCE,
  })) as Dataset['activities'],
}));

const profileArb = fc.record({
  location: maybe(fc.oneof(coord.map((c) => ({ type: 'Point' as const, coordinates: c })), fc.constantFrom({ areaCode: 'E08000012' }, { postcodeDistrict: 'L1' }))),
  maxDistanceKm: maybe(fc.constantFrom(1, 3, 8, 25)),
  attendance: maybe(fc.constantFrom('in-person' as const, 'online' as const, 'either' as const)),
  interests: maybe(fc.record({ artForms: some(ART_FORMS.ids), activityTypes: some(ACTIVITY_TYPES.ids) })),
  needs: maybe(some(NEEDS.ids)),
  accessNeeds: maybe(fc.record({ venueFeatures: some(VENUE_FEATURES.ids), accessSupport: some(ACCESS_SUPPORT.ids) })),
  availability: maybe(fc.subarray([{ day: 'WE' as const, from: '09:00', to: '21:00' }, { day: 'SA' as const, from: '09:00', to: '13:00' }, { day: 'MO' as const, from: '17:00', to: '23:59' }])),
  freeOnly: maybe(fc.boolean()),
  maxPrice: maybe(fc.constantFrom(0, 3, 8)),
  age: maybe(fc.integer({ min: 10, max: 90 })),
}).map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as PersonProfile);

const optionsArb = fc.record({
  limit: fc.integer({ min: 1, max: 12 }),
  explainExcluded: fc.boolean(),
  diversify: fc.boolean(),
  horizonDays: fc.constantFrom(7, 28),
});

// Mostly eligible activities, so the result lists fill up and the index's pruning bounds decide.
const friendlyArb = datasetArb.map((ds): Dataset => ({
  ...ds,
  // Packed five times closer: many venues at nearly the same distance.
  places: ds.places.map((p) => (p.geo ? { ...p, geo: { type: 'Point' as const, coordinates: [-2.98 + (p.geo.coordinates[0] + 2.98) / 5, 53.4 + (p.geo.coordinates[1] - 53.4) / 5] as [number, number] } } : p)),
  activities: ds.activities.map((a, k) => ({
    ...a,
    status: 'active' as const,
    eligibility: undefined,
    cost: undefined,
    capacity: k % 5 === 0 ? undefined : { remainingPlaces: 2 },
    lastVerified: '2026-11-01',
    accessSupport: undefined,
    // Daily sessions starting half an hour after "now" score almost 1 on schedule, so scores sit
    // right at the pruning bounds and an unsound bound shows up as a different answer.
    schedule: k % 4 === 3 ? a.schedule : { timezone: 'Europe/London', startDate: '2026-01-01', startTime: '12:30', endTime: '13:30', repeat: { frequency: 'daily' as const } },
  })),
}));
const friendlyProfileArb = fc.record({
  location: coord.map((c) => ({ type: 'Point' as const, coordinates: c })),
  maxDistanceKm: maybe(fc.constantFrom(2, 5, 50)),
  interests: maybe(fc.record({ artForms: some(ART_FORMS.ids), activityTypes: some(ACTIVITY_TYPES.ids) })),
  needs: maybe(some(NEEDS.ids)),
}).map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as PersonProfile);

describe('index: true and index: false', () => {
  it('return identical answers when most activities are eligible (the pruning bounds decide)', () => {
    fc.assert(
      fc.property(friendlyArb, friendlyProfileArb, optionsArb, (ds, profile, options) => {
        const fast = createMatcher(ds).match(profile, { ...options, now: NOW });
        const slow = createMatcher(ds, { index: false }).match(profile, { ...options, now: NOW });
        expect(fast).toEqual(slow);
      }),
      { numRuns: 300 },
    );
  });

  it('return identical answers for random datasets and profiles', () => {
    fc.assert(
      fc.property(datasetArb, profileArb, optionsArb, (ds, profile, options) => {
        const fast = createMatcher(ds).match(profile, { ...options, now: NOW });
        const slow = createMatcher(ds, { index: false }).match(profile, { ...options, now: NOW });
        expect(fast).toEqual(slow);
      }),
      { numRuns: 300 },
    );
  });
});
