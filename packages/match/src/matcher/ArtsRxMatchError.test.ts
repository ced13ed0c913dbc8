import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArtsRxMatchError, ArtsRxMatchRangeError } from './ArtsRxMatchError.js';
import { createMatcher } from './createMatcher.js';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/fixtures/createMatcher/in/liverpool-singer.json'), 'utf8'));
const dataset = fixture.dataset;
const profile = fixture.profile;
const now = fixture.now;

/** The error thrown by `fn`, which must throw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

function expectMatchError(fn: () => unknown, code: string, field: string, Base: typeof TypeError | typeof RangeError = TypeError): void {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(ArtsRxMatchError);
  expect(e).toBeInstanceOf(Base);
  expect((e as ArtsRxMatchError).name).toBe('ArtsRxMatchError');
  expect((e as ArtsRxMatchError).code).toBe(code);
  expect((e as ArtsRxMatchError).field).toBe(field);
  expect((e as Error).message).toContain(field);
}

describe('ArtsRxMatchError', () => {
  it('names what is not a dataset', () => {
    expectMatchError(() => createMatcher(null as never), 'invalid_dataset', 'dataset');
    expectMatchError(() => createMatcher([] as never), 'invalid_dataset', 'dataset');
    expectMatchError(() => createMatcher('dataset' as never), 'invalid_dataset', 'dataset');
    expectMatchError(() => createMatcher({} as never), 'invalid_dataset', 'dataset.activities');
    expectMatchError(() => createMatcher({ activities: {} } as never), 'invalid_dataset', 'dataset.activities');
    expectMatchError(() => createMatcher({ activities: [], places: 'x' } as never), 'invalid_dataset', 'dataset.places');
    expectMatchError(() => createMatcher({ activities: [null] } as never), 'invalid_dataset', 'dataset.activities[0]');
    expectMatchError(() => createMatcher({ activities: [], places: [1] } as never), 'invalid_dataset', 'dataset.places[0]');
    expectMatchError(() => createMatcher({ activities: [{ id: 'a', artForms: 3 }] } as never), 'invalid_dataset', 'dataset.activities[0].artForms');
    expectMatchError(() => createMatcher({ activities: [], places: [{ id: 'p', address: { postcode: 5 } }] } as never), 'invalid_dataset', 'dataset.places[0].address.postcode');
  });

  it('names a createMatcher option of the wrong type', () => {
    expectMatchError(() => createMatcher(dataset, { resolveLocation: 'x' } as never), 'invalid_option', 'options.resolveLocation');
    expectMatchError(() => createMatcher(dataset, null as never), 'invalid_option', 'options');
  });

  it('names the profile field at fault', () => {
    const m = createMatcher(dataset);
    expectMatchError(() => m.match(null as never, { now }), 'invalid_profile', 'profile');
    expectMatchError(() => m.match([] as never, { now }), 'invalid_profile', 'profile');
    expectMatchError(() => m.match({ ...profile, availability: 'x' }, { now }), 'invalid_profile', 'profile.availability');
    expectMatchError(() => m.match({ ...profile, availability: [null] }, { now }), 'invalid_profile', 'profile.availability');
    expectMatchError(() => m.match({ ...profile, languages: [7] }, { now }), 'invalid_profile', 'profile.languages');
    expectMatchError(() => m.match({ ...profile, interests: { activityTypes: 'singing' } }, { now }), 'invalid_profile', 'profile.interests.activityTypes');
    expectMatchError(() => m.match({ ...profile, accessNeeds: 'step-free' }, { now }), 'invalid_profile', 'profile.accessNeeds');
    expectMatchError(() => m.match({ ...profile, timezone: 3 }, { now }), 'invalid_profile', 'profile.timezone');
    expectMatchError(() => m.match({ ...profile, timezone: 'Mars/Olympus' }, { now }), 'invalid_profile', 'profile.timezone', RangeError);
  });

  it('names the option at fault: TypeError for the wrong type, RangeError out of range', () => {
    const m = createMatcher(dataset);
    expectMatchError(() => m.match(profile, { now, limit: 'ten' as never }), 'invalid_option', 'options.limit');
    expectMatchError(() => m.match(profile, { now, limit: 0 }), 'invalid_option', 'options.limit', RangeError);
    expectMatchError(() => m.match(profile, { now, horizonDays: 400 }), 'invalid_option', 'options.horizonDays', RangeError);
    expectMatchError(() => m.match(profile, { now, sessions: -1 }), 'invalid_option', 'options.sessions', RangeError);
    expectMatchError(() => m.match(profile, { now: 42 as never }), 'invalid_option', 'options.now');
    expectMatchError(() => m.match(profile, { now: 'not a date' }), 'invalid_option', 'options.now', RangeError);
    expectMatchError(() => m.match(profile, { now, weights: 'x' as never }), 'invalid_option', 'options.weights');
    expectMatchError(() => m.match(profile, { now, weights: { interests: -1 } }), 'invalid_option', 'options.weights.interests', RangeError);
    expectMatchError(() => m.match(profile, { now, diversify: { by: 'artForm' } as never }), 'invalid_option', 'options.diversify.by');
    expectMatchError(() => m.match(profile, null as never), 'invalid_option', 'options');
    expect(thrown(() => m.match(profile, { now, limit: 0 }))).toBeInstanceOf(ArtsRxMatchRangeError);
  });

  it('never echoes profile values in its messages', () => {
    const m = createMatcher(dataset);
    const secret = 'Jane Example, 12 Secret Street';
    for (const p of [
      { ...profile, availability: secret },
      { ...profile, languages: [{ secret }] },
      { ...profile, timezone: secret },
      { ...profile, interests: { artForms: secret } },
    ]) {
      const e = thrown(() => m.match(p as never, { now })) as Error;
      expect(e).toBeInstanceOf(ArtsRxMatchError);
      expect(e.message).not.toContain('Jane');
      expect(e.message).not.toContain('Secret');
    }
  });

  it('passes errors from the caller’s resolveLocation through unchanged', () => {
    const mine = new TypeError('my lookup failed');
    const m = createMatcher(dataset, {
      resolveLocation: () => {
        throw mine;
      },
    });
    expect(thrown(() => m.match({ ...profile, location: { postcodeDistrict: 'L1' } }, { now }))).toBe(mine);
  });

  it('on arbitrary JSON, createMatcher and match either work or throw ArtsRxMatchError (property)', () => {
    const anyRecord = fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('id', 'placeId', 'artForms', 'activityTypes', 'suitableFor', 'fiveWays', 'languages', 'cost', 'schedule', 'capacity', 'eligibility', 'status', 'attendanceMode', 'format', 'accessSupport', 'lastVerified', 'provenance', 'organisationId', 'socialPrescribing', 'geo', 'address', 'areaCodes', 'venueFeatures'), fc.jsonValue()));
    const datasetArb = fc.oneof(fc.jsonValue(), fc.record({ activities: fc.array(anyRecord, { maxLength: 4 }), places: fc.oneof(fc.constant(undefined), fc.array(anyRecord, { maxLength: 3 }), fc.jsonValue()) }, { requiredKeys: ['activities'] }));
    const profileArb = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('timezone', 'location', 'maxDistanceKm', 'attendance', 'interests', 'needs', 'fiveWays', 'accessNeeds', 'languages', 'format', 'age', 'freeOnly', 'maxPrice', 'viaReferral', 'availability'), fc.jsonValue()),
    );
    const optionsArb = fc.oneof(fc.constant(undefined), fc.jsonValue(), fc.dictionary(fc.constantFrom('limit', 'now', 'horizonDays', 'weights', 'diversify', 'explainExcluded', 'sessions'), fc.jsonValue()));
    const outcome = (fn: () => unknown): void => {
      try {
        fn();
      } catch (e) {
        if (!(e instanceof ArtsRxMatchError)) throw e;
      }
    };
    fc.assert(
      fc.property(datasetArb, profileArb, optionsArb, fc.boolean(), (ds, p, o, index) => {
        outcome(() => createMatcher(ds as never, { index }).match(p as never, o as never));
        // The real dataset with an arbitrary profile and options.
        outcome(() => createMatcher(dataset, { index }).match(p as never, (o === undefined || (typeof o === 'object' && o !== null && !Array.isArray(o)) ? { now, ...o } : o) as never));
      }),
      { numRuns: 1000 },
    );
  });
});
