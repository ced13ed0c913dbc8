import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Suggestion } from '../src/index.js';

/** Hand-written expectations for one fixture: not a snapshot of the output. */
export interface Expectation {
  /** The best value per single-valued field. */
  readonly best: Record<string, string>;
  /** Values that must be suggested, at least this confident. */
  readonly includes: readonly { field: string; value: string; minConfidence: number }[];
  /** Values that must not be suggested (at the default reporting bar of 0.3). */
  readonly excludes: readonly { field: string; value: string }[];
  /** Evidence lines that must appear somewhere. */
  readonly evidence: readonly string[];
}

/** Reads every `in/<case>.json` with its `out/<case>.json`. */
export function readFixtures(fn: string): { name: string; input: unknown; expected: Expectation }[] {
  const dir = fileURLToPath(new URL(`./fixtures/${fn}/`, import.meta.url));
  return readdirSync(`${dir}in`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      input: JSON.parse(readFileSync(`${dir}in/${f}`, 'utf8')) as unknown,
      expected: JSON.parse(readFileSync(`${dir}out/${f}`, 'utf8')) as Expectation,
    }));
}

/** Checks suggestions against a hand-written expectation. */
export function checkExpectation(suggestions: readonly Suggestion[], expected: Expectation): void {
  for (const [field, value] of Object.entries(expected.best)) {
    expect(suggestions.find((s) => s.field === field)?.value, `best ${field}`).toBe(value);
  }
  for (const inc of expected.includes) {
    const s = suggestions.find((x) => x.field === inc.field && x.value === inc.value);
    expect(s, `${inc.field} ${inc.value} suggested`).toBeDefined();
    expect(s?.confidence ?? 0, `${inc.field} ${inc.value} confidence`).toBeGreaterThanOrEqual(inc.minConfidence);
  }
  for (const exc of expected.excludes) {
    expect(suggestions.find((x) => x.field === exc.field && x.value === exc.value), `${exc.field} ${exc.value} not suggested`).toBeUndefined();
  }
  const evidence = suggestions.flatMap((s) => s.evidence);
  for (const e of expected.evidence) expect(evidence).toContain(e);
}
