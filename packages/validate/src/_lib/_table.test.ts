import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _HashTable, _Pool } from './_table.js';

describe('_HashTable', () => {
  it('behaves like a Map for non-negative integer keys, through many resizes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 2 ** 53 - 1 }), fc.double({ noNaN: true })), { maxLength: 3000 }), (pairs) => {
        const table = new _HashTable(16);
        const map = new Map<number, number>();
        for (const [k, v] of pairs) {
          table.set(k, v);
          map.set(k, v);
        }
        expect(table.size).toBe(map.size);
        for (const [k, v] of map) {
          expect(table.has(k)).toBe(true);
          expect(table.get(k)).toBe(v);
        }
        expect(table.get(2 ** 53 + 1)).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it('refuses negative keys', () => {
    expect(() => new _HashTable().set(-1, 0)).toThrow(RangeError);
  });
});

describe('_Pool', () => {
  it('stores fixed-width rows and grows', () => {
    const pool = new _Pool(3);
    for (let i = 0; i < 5000; i++) expect(pool.push(i, i * 2, -i)).toBe(i);
    expect([pool.at(4321, 0), pool.at(4321, 1), pool.at(4321, 2)]).toEqual([4321, 8642, -4321]);
  });
});
