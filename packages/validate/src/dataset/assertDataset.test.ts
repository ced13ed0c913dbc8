import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, validDataset } from '../../test/_fixtures.js';
import { ArtsRxValidationError, isArtsRxValidationError } from '../errors.js';
import { assertDataset } from './assertDataset.js';

describe('assertDataset', () => {
  it('returns the parsed dataset (defaults applied) when there is no error', () => {
    const dataset = assertDataset(validDataset(), { now: FIXTURE_NOW });
    expect(dataset.activities[0]!.cost?.currency).toBe('GBP');
  });

  it('does not throw for warnings', () => {
    const d = validDataset();
    d.organisations[0].lastVerified = '2020-01-01';
    expect(() => assertDataset(d, { now: FIXTURE_NOW })).not.toThrow();
  });

  it('throws an ArtsRxValidationError holding every issue when there is an error', () => {
    const d = validDataset();
    d.activities[0].artForms = [];
    let caught: unknown;
    try {
      assertDataset(d, { now: FIXTURE_NOW });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArtsRxValidationError);
    expect(isArtsRxValidationError(caught)).toBe(true);
    const e = caught as ArtsRxValidationError;
    expect(e.result.counts.error).toBe(1);
    expect(e.message).toBe('The dataset has 1 error(s); the first at /activities/0/artForms: The art forms (artForms) is an empty list: it needs at least one item');
  });

  it('accepts JSON text', () => {
    expect(assertDataset(JSON.stringify(validDataset()), { now: FIXTURE_NOW }).places).toHaveLength(1);
  });
});

describe('isArtsRxValidationError', () => {
  it('is false for other errors and values', () => {
    expect(isArtsRxValidationError(new Error('x'))).toBe(false);
    expect(isArtsRxValidationError({ name: 'ArtsRxValidationError' })).toBe(false);
    expect(isArtsRxValidationError(undefined)).toBe(false);
  });
});
