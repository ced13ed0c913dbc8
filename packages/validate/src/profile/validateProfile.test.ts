import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../test/_fixtures.js';
import { validateProfile } from './validateProfile.js';

describe('validateProfile fixtures (checked by hand)', () => {
  for (const { name, input, expected } of fixtures('validateProfile')) {
    it(name, () => {
      expect(validateProfile(input).issues).toEqual(expected);
    });
  }
});

describe('validateProfile', () => {
  it('never echoes a value from the profile', () => {
    const result = validateProfile({ attendance: 'only-on-thursdays-xyz', age: 'seventy-one', favouriteColour: 'turquoise-blue' });
    const text = JSON.stringify(result);
    for (const value of ['only-on-thursdays-xyz', 'seventy-one', 'turquoise-blue']) expect(text).not.toContain(value);
  });

  it('never throws and always returns JSON for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => JSON.stringify(validateProfile(value))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
