import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, fixtures } from '../../test/_fixtures.js';
import { _isNhsNumber } from '../_lib/_personal.js';
import { validateReferral } from './validateReferral.js';

// Every personal value planted in the fixtures; none may appear in any issue.
const PLANTED = ['943 476 5919', '9434765919', '07700 900123', '496 0000', 'jane.jones', 'L8 1XY', '14/02/1957', '1957', 'Jane Jones', 'Mrs Jones', 'seventy'];

describe('validateReferral fixtures (checked by hand)', () => {
  for (const { name, input, expected } of fixtures('validateReferral')) {
    it(name, () => {
      const result = validateReferral(input, { now: FIXTURE_NOW });
      expect(result.issues).toEqual(expected);
      const text = JSON.stringify(result);
      for (const value of PLANTED) expect(text).not.toContain(value);
    });
  }
});

describe('validateReferral', () => {
  const valid = JSON.parse(readFileSync(new URL('../../test/fixtures/validateReferral/in/valid.json', import.meta.url), 'utf8')) as Record<string, unknown>;

  it('does not flag ordinary text, times, prices or session dates', () => {
    const r = { ...valid, goals: 'Sing on Tuesdays at 10:30; costs £3. First session 12/05/2026. Room 101.' };
    expect(validateReferral(r, { now: FIXTURE_NOW }).issues).toEqual([]);
  });

  it('does not flag a ten-digit number that fails the Modulus 11 check as an NHS number', () => {
    const r = { ...valid, goals: 'Order ref 943 476 5918.' };
    expect(validateReferral(r, { now: FIXTURE_NOW }).issues.map((i) => i.code)).not.toContain('nhs_number_in_text');
  });

  it('never throws and always returns JSON for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => JSON.stringify(validateReferral(value, { now: FIXTURE_NOW }))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never repeats free text in any message (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8 }).filter((s) => /[a-z]{8}/.test(s)), (secret) => {
        const result = validateReferral({ ...valid, goals: secret, endReason: secret, status: secret, subject: { pseudonym: secret } }, { now: FIXTURE_NOW });
        expect(JSON.stringify(result.issues)).not.toContain(secret);
      }),
      { numRuns: 200 },
    );
  });
});

describe('_isNhsNumber', () => {
  it('accepts numbers passing Modulus 11 and refuses others', () => {
    expect(_isNhsNumber('9434765919')).toBe(true);
    expect(_isNhsNumber('9434765918')).toBe(false);
    expect(_isNhsNumber('123456789')).toBe(false);
  });

  it('refuses numbers whose check digit would be 10 (property: the check digit is never 10)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (digits) => {
        const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
        const check = (11 - (sum % 11)) % 11;
        for (let last = 0; last <= 9; last++) expect(_isNhsNumber(`${digits.join('')}${last}`)).toBe(check === last);
      }),
    );
  });
});
