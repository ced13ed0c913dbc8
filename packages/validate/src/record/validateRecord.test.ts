import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, validDataset } from '../../test/_fixtures.js';
import { validateRecord } from './validateRecord.js';

describe('validateRecord', () => {
  it('checks one record on its own, with pointers relative to the record', () => {
    const place = { ...validDataset().places[0], geo: { type: 'Point', coordinates: [53.4084, -2.9916] } };
    expect(validateRecord(place, { type: 'Place', now: FIXTURE_NOW }).issues).toEqual([
      {
        code: 'coordinates_swapped',
        severity: 'error',
        pointer: '/geo/coordinates',
        recordId: 'place-1',
        message: 'The map point [53.4084, -2.9916] is outside the UK \u2014 are latitude and longitude swapped?',
        hint: 'GeoJSON writes longitude first: [-2.9916, 53.4084]',
      },
    ]);
  });

  it('takes the kind from the record\u2019s own type field', () => {
    const activity = { ...validDataset().activities[0], type: 'Activity' };
    expect(validateRecord(activity, { now: FIXTURE_NOW })).toMatchObject({ valid: true, stats: { activities: 1 } });
  });

  it('does not check references to records it cannot see', () => {
    const activity = { ...validDataset().activities[0], placeId: 'elsewhere' };
    expect(validateRecord(activity, { type: 'Activity', now: FIXTURE_NOW }).issues).toEqual([]);
  });

  it('throws a TypeError when the kind cannot be told', () => {
    expect(() => validateRecord({ id: 'x' })).toThrow(/options\.type/);
  });

  it('never throws for any JSON value given a type (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('Organisation', 'Place', 'Asset', 'Activity' as const), (value, type) => {
        expect(() => JSON.stringify(validateRecord(value, { type, now: FIXTURE_NOW }))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
