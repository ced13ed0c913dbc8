import { expect } from 'vitest';
import { expectNoPollution } from '../hostile/_lib/pollution.js';

/**
 * Runs `f(input)` and checks the laws every entry taking outside data obeys: it does not change
 * its input, it leaves Object.prototype alone, and it throws only when allowed — never for
 * `'never'`, only a TypeError or RangeError (or a subclass) naming the bad argument for
 * `'argument'`, any TypeError or RangeError for `'argument-unnamed'`.
 * Returns what `f` returned (undefined when it threw).
 */
export function lawful<T>(label: string, input: unknown, f: (input: unknown) => T, throws: 'never' | 'argument' | 'argument-unnamed' = 'never'): T | undefined {
  const before = JSON.stringify(input);
  let out: T | undefined;
  try {
    out = f(input);
  } catch (error) {
    const e = error as Error;
    if (throws === 'never') throw new Error(`${label} threw on data: ${e?.name}: ${e?.message}\n${(e?.stack ?? "").split("\n").slice(1, 7).join("\n")}\ninput: ${before?.slice(0, 500)}`);
    // Named subclasses (ArtsRxMatchError is a TypeError) count as what they extend.
    expect(e instanceof TypeError || e instanceof RangeError, `${label} threw ${e?.name}: ${e?.message}\ninput: ${before?.slice(0, 500)}`).toBe(true);
    // 'argument-unnamed' accepts a TypeError from deep inside (a gap in argument checking, listed in docs/limits.md).
    if (throws === 'argument') expect(e.message, label).not.toMatch(/Cannot read propert|is not a function|is not iterable|undefined|Maximum call stack/);
    expect(e.message, label).not.toMatch(/Maximum call stack/);
  }
  expect(JSON.stringify(input), `${label} changed its input`).toBe(before);
  expectNoPollution();
  return out;
}

/** Awaits `f(input)` under the same laws as {@link lawful}. */
export async function lawfulAsync<T>(label: string, input: unknown, f: (input: unknown) => Promise<T>): Promise<T> {
  const before = JSON.stringify(input);
  const out = await f(input).catch((e: Error) => {
    throw new Error(`${label} threw on data: ${e?.name}: ${e?.message}\ninput: ${before?.slice(0, 500)}`);
  });
  expect(JSON.stringify(input), `${label} changed its input`).toBe(before);
  expectNoPollution();
  return out;
}
