import { PersonProfileSchema } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { activity, dataset, place } from '../../test/_build.js';
import { createMatcher } from './createMatcher.js';
import type { Criterion } from './types.js';

const NOW = '2026-11-26T12:00:00Z';
const HERE = { type: 'Point', coordinates: [-2.98, 53.405] };
const venue = place('v', -2.98, 53.4095);

/**
 * Each hard constraint: [name, profile, activity fields that violate it explicitly, activity
 * fields with the data absent, extra places]. Violation must exclude; absence must keep the
 * activity and say `unknown`.
 */
const cases: Array<[Criterion, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>, unknown[]?]> = [
  ['age', { age: 15 }, { eligibility: { minAge: 18 } }, { eligibility: {} }],
  ['access', { accessNeeds: { accessSupport: ['bsl'] } }, { accessSupport: { bsl: false } }, { accessSupport: {} }],
  ['access', { accessNeeds: { venueFeatures: ['hearing-loop'] } }, { placeId: 'no-loop' }, { placeId: 'v' }, [place('no-loop', -2.98, 53.4095, { venueFeatures: { 'hearing-loop': false } })]],
  ['cost', { freeOnly: true }, { cost: { isFree: false, price: 4 } }, {}],
  ['cost', { maxPrice: 3 }, { cost: { isFree: false, price: 4 } }, { cost: { isFree: false } }],
  ['area', { location: { areaCode: 'E08000012' } }, { eligibility: { areaServed: ['E08000015'] } }, { eligibility: { areaServed: ['E05000001'] } }],
  ['capacity', {}, { capacity: { remainingPlaces: 0, waitingList: false } }, { capacity: { maxParticipants: 12 } }],
  ['referral', { viaReferral: true }, { socialPrescribing: { acceptsReferrals: false, routes: ['self'] } }, {}],
  ['distance', { maxDistanceKm: 3 }, { placeId: 'far' }, { placeId: 'nowhere' }, [place('far', -2.98, 53.45), { id: 'nowhere', name: 'No location', provenance: { source: 'other', recordedAt: '2026-01-01' } }]],
  ['schedule', { availability: [{ day: 'MO', from: '09:00', to: '12:00' }] }, {}, { schedule: undefined }],
  ['attendance', { attendance: 'in-person' }, { attendanceMode: 'online', placeId: undefined }, { attendanceMode: 'mixed' }],
  ['status', {}, { status: 'ended' }, { status: 'temporarily-closed' }],
];

describe('hard constraints', () => {
  for (const [criterion, profileFields, violating, absent, extraPlaces] of cases) {
    const profile = PersonProfileSchema.parse({ location: HERE, ...profileFields });
    const places = [venue, ...(extraPlaces ?? [])];
    for (const index of [true, false]) {
      it(`${criterion}: excludes on an explicit violation (index: ${index})`, () => {
        const ds = dataset(places, [activity('x', { placeId: 'v', ...violating })]);
        const r = createMatcher(ds, { index }).match(profile, { now: NOW, explainExcluded: true });
        expect(r.results).toEqual([]);
        expect(r.excluded.map((e) => [e.activityId, e.failed])).toEqual([['x', criterion]]);
        expect(r.excluded[0]!.criteria.find((c) => c.criterion === criterion)!.outcome).toBe('fail');
      });
      if (criterion === 'status' || criterion === 'attendance') continue; // always recorded: there is no "absent"
      it(`${criterion}: keeps the activity as unknown when the data is absent (index: ${index})`, () => {
        const ds = dataset(places, [activity('x', { placeId: 'v', ...absent })]);
        const r = createMatcher(ds, { index }).match(profile, { now: NOW });
        expect(r.results.map((x) => x.activityId)).toEqual(['x']);
        expect(r.results[0]!.criteria.find((c) => c.criterion === criterion)!.outcome).toBe('unknown');
      });
    }
  }

  it('status: temporarily closed excludes too', () => {
    const ds = dataset([venue], [activity('x', { placeId: 'v', status: 'temporarily-closed' })]);
    expect(createMatcher(ds).match(PersonProfileSchema.parse({ location: HERE }), { now: NOW }).results).toEqual([]);
  });

  it('attendance: a mixed activity passes for a person who wants in person, and an online one for "either"', () => {
    const ds = dataset([venue], [activity('mixed', { placeId: 'v', attendanceMode: 'mixed' }), activity('online', { attendanceMode: 'online' })]);
    const inPerson = createMatcher(ds).match(PersonProfileSchema.parse({ location: HERE, attendance: 'in-person' }), { now: NOW });
    expect(inPerson.results.map((x) => x.activityId)).toEqual(['mixed']);
    const either = createMatcher(ds).match(PersonProfileSchema.parse({ location: HERE }), { now: NOW });
    expect(either.results.map((x) => x.activityId).sort()).toEqual(['mixed', 'online']);
  });

  it('capacity: full with a waiting list is kept as partial', () => {
    const ds = dataset([venue], [activity('x', { placeId: 'v', capacity: { remainingPlaces: 0, waitingList: true } })]);
    const r = createMatcher(ds).match(PersonProfileSchema.parse({ location: HERE }), { now: NOW });
    expect(r.results[0]!.criteria.find((c) => c.criterion === 'capacity')).toMatchObject({ outcome: 'partial', reason: 'Full, with a waiting list' });
  });

  it('schedule: a series that has finished is excluded', () => {
    const ds = dataset([venue], [activity('x', { placeId: 'v', schedule: { startDate: '2025-01-01', endDate: '2025-06-30', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'weekly' } } })]);
    const r = createMatcher(ds).match(PersonProfileSchema.parse({ location: HERE }), { now: NOW, explainExcluded: true });
    expect(r.results).toEqual([]);
    expect(r.excluded[0]!.criteria.find((c) => c.criterion === 'schedule')!.reason).toBe('No sessions in the next 4 weeks');
  });
});
