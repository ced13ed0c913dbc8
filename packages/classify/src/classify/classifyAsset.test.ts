import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExpectation, readFixtures } from '../../test/_fixtures.js';
import { classifyAsset } from './classifyAsset.js';

describe('classifyAsset', () => {
  for (const { name, input, expected } of readFixtures('classifyAsset')) {
    it(`matches the hand-written expectation for ${name}`, () => {
      checkExpectation(classifyAsset(input), expected);
    });
  }

  it('lists fields in a fixed order and values best first within a field', () => {
    const s = classifyAsset({ name: 'Brierfield Mela', description: 'Annual arts festival in the park with music, dance and a choir.' });
    const order = ['abcdCategory', 'assetKind', 'artForms', 'activityTypes', 'fiveWays'];
    for (let i = 1; i < s.length; i++) {
      const a = s[i - 1]!;
      const b = s[i]!;
      expect(order.indexOf(a.field)).toBeLessThanOrEqual(order.indexOf(b.field));
      if (a.field === b.field) expect(a.confidence).toBeGreaterThanOrEqual(b.confidence);
    }
  });

  it('suggests no activity types for an asset (the Asset schema has no such field)', () => {
    expect(classifyAsset({ name: 'Community Choir' }).some((s) => s.field === 'activityTypes')).toBe(false);
  });

  it('takes a bare string as a name', () => {
    expect(classifyAsset('Salford Choral Society')[0]).toMatchObject({ field: 'abcdCategory', value: 'association' });
  });

  it('uses the organisation in the dataset: a charity number and a place make an institution', () => {
    const dataset = { organisations: [{ id: 'o1', name: 'Riverside Trust', identifiers: [{ scheme: 'GB-CHC', value: '1234567' }] }] };
    const s = classifyAsset({ name: 'Riverside', organisationId: 'o1', placeIds: ['p1'] }, { dataset });
    expect(s[0]).toMatchObject({ field: 'abcdCategory', value: 'institution' });
    expect(s[0]?.evidence).toContain('registered charity number and a building → institution');
  });

  it('suggests nothing when there is nothing to go on', () => {
    expect(classifyAsset({ name: 'Xyzzy' })).toEqual([]);
    expect(classifyAsset(null)).toEqual([]);
    expect(classifyAsset(42)).toEqual([]);
  });

  it('leaves out suggestions below minConfidence', () => {
    const s = classifyAsset({ name: 'Harbour Street Community Choir', description: 'in the church hall' }, { minConfidence: 0.7 });
    expect(s.length).toBeGreaterThan(0);
    expect(s.every((x) => x.confidence >= 0.7)).toBe(true);
  });

  it('throws a RangeError naming a bad minConfidence', () => {
    expect(() => classifyAsset({ name: 'x' }, { minConfidence: 2 })).toThrow(/minConfidence/);
    expect(() => classifyAsset({ name: 'x' }, { minConfidence: Number.NaN })).toThrow(RangeError);
  });

  it('does not change its input', () => {
    const record = { name: 'Print club', description: 'Lino printing', artForms: ['visual-arts'] };
    const copy = structuredClone(record);
    classifyAsset(record);
    expect(record).toEqual(copy);
  });

  it('never throws, on any string or any value, and keeps confidences in 0–1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (name, description) => {
        for (const s of classifyAsset({ name, description }, { minConfidence: 0 })) {
          expect(s.confidence).toBeGreaterThan(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
        }
      }),
    );
    fc.assert(fc.property(fc.anything(), (x) => void classifyAsset(x)));
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), fc.string({ maxLength: 200 }), (name, description) => {
        expect(classifyAsset({ name, description })).toEqual(classifyAsset({ name, description }));
      }),
    );
  });

  it('is deterministic on words from its own lexicons', () => {
    const words = fc.constantFrom('choir', 'the', 'museum', 'not', 'no', 'needed', 'at', 'library', 'park', 'Lane', 'dance', 'club', '—', ',', 'knit and natter', 'retired', 'festival');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        expect(classifyAsset({ name: text, description: text })).toEqual(classifyAsset({ name: text, description: text }));
      }),
    );
  });

  it('never reads a throwing getter into an exception', () => {
    const evil = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(classifyAsset(evil)).toEqual([]);
  });
});
