import { expect } from 'vitest';

const PROBES = ['polluted', 'isAdmin', 'x', 'a'] as const;

/** Object.prototype, Array.prototype and Function.prototype have gained nothing. */
export function expectNoPollution(): void {
  const plain = {} as Record<string, unknown>;
  const list = [] as unknown as Record<string, unknown>;
  const fn = (() => undefined) as unknown as Record<string, unknown>;
  for (const key of PROBES) {
    expect(plain[key], `Object.prototype.${key}`).toBeUndefined();
    expect(list[key], `Array.prototype.${key}`).toBeUndefined();
    expect(fn[key], `Function.prototype.${key}`).toBeUndefined();
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => !NATIVE.has(k))).toEqual([]);
}

const NATIVE = new Set(Object.getOwnPropertyNames(Object.prototype));
