import { readFileSync } from 'node:fs';
import type { Measure } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreMeasure } from './scoreMeasure.js';
import { SWEMWBS_METRIC } from './swemwbsMetric.js';

const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/scoreMeasure/cases.json', import.meta.url), 'utf8')) as {
  cases: { name: string; in: Measure; out: Record<string, unknown> }[];
};

describe('scoreMeasure', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s (hand-worked fixture)', (_name, c) => {
    const result = scoreMeasure(c.in);
    if (c.out.ok) expect(result).toEqual(c.out);
    else {
      expect(result).toMatchObject(c.out);
      expect(result.ok === false && result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('never echoes an answer in an error message', () => {
    const r = scoreMeasure({ instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-10', items: [3, 3, 3, 3, 9, 3, 3] });
    expect(r.ok === false && r.error.message).not.toMatch(/9/);
  });

  it('has the 29 published SWEMWBS conversions, increasing, from 7.00 to 35.00', () => {
    const raws = Object.keys(SWEMWBS_METRIC).map(Number);
    expect(raws).toEqual(Array.from({ length: 29 }, (_, i) => i + 7));
    for (let raw = 8; raw <= 35; raw++) expect(SWEMWBS_METRIC[raw]!).toBeGreaterThan(SWEMWBS_METRIC[raw - 1]!);
    expect([SWEMWBS_METRIC[7], SWEMWBS_METRIC[35]]).toEqual([7, 35]);
  });

  const ranges = [
    ['SWEMWBS', 7, 1, 5],
    ['WEMWBS', 14, 1, 5],
    ['UCLA3', 3, 1, 3],
  ] as const;
  it.each(ranges)('%s totals of valid answers always stay in range', (instrument, count, min, max) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min, max }), { minLength: count, maxLength: count }), (items) => {
        const r = scoreMeasure({ instrument, phase: 'baseline', at: '2026-01-10', items });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const s = r.score as { total?: number; raw?: number; metric?: number };
        const total = s.total ?? s.raw!;
        expect(total).toBeGreaterThanOrEqual(count * min);
        expect(total).toBeLessThanOrEqual(count * max);
        if (instrument === 'SWEMWBS') {
          expect(s.metric).toBeGreaterThanOrEqual(7);
          expect(s.metric).toBeLessThanOrEqual(35);
        }
      }),
    );
  });

  it('never scores answers with any item out of range or the wrong count', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ranges), fc.array(fc.integer({ min: -3, max: 12 }), { maxLength: 16 }), ([instrument, count, min, max], items) => {
        const valid = items.length === count && items.every((v) => v >= min && v <= max);
        expect(scoreMeasure({ instrument, phase: 'baseline', at: '2026-01-10', items }).ok).toBe(valid);
      }),
    );
  });

  it('ONS4 items are each kept within 0–10 and banded', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }), (items) => {
        const r = scoreMeasure({ instrument: 'ONS4', phase: 'baseline', at: '2026-01-10', items });
        expect(r.ok).toBe(true);
        expect(Object.values(r.ok ? r.values : {})).toEqual(items);
      }),
    );
  });
});
