import { describe, expect, it } from 'vitest';
import { wellbyValue } from './wellbyValue.js';

describe('wellbyValue', () => {
  it('reproduces the worked example: +0.5 for 12 people for 1 year = 6 WELLBYs, £78,000 (£60k–£96k)', () => {
    const v = wellbyValue(0.5, 12);
    expect(v.wellbys).toBe(6);
    expect(v.gbp).toEqual({ low: 60000, central: 78000, high: 96000 });
    expect(v.assumptions).toMatchObject({ durationYears: 1, deadweight: 0, attribution: 1, priceYear: 2019 });
  });

  it('rounds to 2 significant figures, never more precise', () => {
    // 0.37 × 23 = 8.51 WELLBYs → 8.5; × 13,000 = 110,630 → 110,000; × 10,000 = 85,100 → 85,000; × 16,000 = 136,160 → 140,000
    expect(wellbyValue(0.37, 23)).toMatchObject({ wellbys: 8.5, gbp: { low: 85000, central: 110000, high: 140000 } });
  });

  it('keeps low ≤ high for a loss', () => {
    expect(wellbyValue(-0.5, 12).gbp).toEqual({ low: -96000, central: -78000, high: -60000 });
  });

  it('rejects impossible assumptions', () => {
    expect(() => wellbyValue(0.5, -1)).toThrow(RangeError);
    expect(() => wellbyValue(0.5, 10, { attribution: -0.1 })).toThrow(RangeError);
    expect(() => wellbyValue(0.5, 10, { durationYears: 0 })).toThrow(RangeError);
    expect(() => wellbyValue(Number.NaN, 10)).toThrow(RangeError);
  });
});
