import { describe, expect, it } from 'vitest';
import { _incompleteBeta, _logGamma, _quantile, _sampleSd, _tCdf, _tQuantile } from './_stats.js';

describe('_tQuantile', () => {
  // Reference values from printed t tables (two-sided 95%, i.e. the 0.975 quantile).
  it.each([
    [1, 12.7062],
    [2, 4.3027],
    [4, 2.7764],
    [9, 2.2622],
    [11, 2.201],
    [29, 2.0452],
    [100, 1.984],
    [1000, 1.9623],
  ])('matches the printed table for df = %i', (df, expected) => {
    expect(_tQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it('is symmetric and 0 at the median', () => {
    expect(_tQuantile(0.5, 7)).toBe(0);
    expect(_tQuantile(0.025, 7)).toBeCloseTo(-_tQuantile(0.975, 7), 10);
  });

  it('inverts the CDF', () => {
    for (const df of [1, 3, 10, 57]) for (const p of [0.6, 0.9, 0.995]) expect(_tCdf(_tQuantile(p, df), df)).toBeCloseTo(p, 10);
  });

  it('rejects impossible arguments', () => {
    expect(() => _tQuantile(1, 5)).toThrow(RangeError);
    expect(() => _tQuantile(0.9, 0)).toThrow(RangeError);
  });
});

describe('special functions', () => {
  it('logGamma(5) = ln 24 and logGamma(0.5) = ln √π', () => {
    expect(_logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(_logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
  it('I_x(1, 1) = x and I_x(a, b) = 1 − I_(1−x)(b, a)', () => {
    expect(_incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(_incompleteBeta(0.3, 2.5, 4)).toBeCloseTo(1 - _incompleteBeta(0.7, 4, 2.5), 12);
  });
});

describe('descriptive statistics', () => {
  it('computes the sample SD and type-7 quartiles by hand', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum 32, s = √(32/7) = 2.138…
    expect(_sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    // [1, 2, 3, 4]: q1 at h = 0.75 → 1 + 0.75 = 1.75; median 2.5; q3 at h = 2.25 → 3.25
    expect(_quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(_quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(_quantile([4, 1, 3, 2], 0.75)).toBe(3.25);
  });
});
