import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './_lib/cli.js';
import { findRegexes, type FoundRegex } from './_lib/regexes.js';

// ReDoS: every regular expression in packages/*/src must run in (near) linear time on input
// built to make a backtracking engine blow up: long runs of one character, or of a pair, after
// a prefix that starts a match, ending in a character that makes the match fail.
//
// No timer decides pass or fail. A screening pass on short input (2 000 characters) picks, for
// each expression, the three attack strings it took longest on; those are then run at 100 000
// characters, where quadratic backtracking takes minutes (10^10 steps) and exponential never
// ends, so the test would blow its timeout. The times are written to a report in os.tmpdir().
// Issue 11 found four quadratic expressions this way and made them linear (see docs/limits.md).

/** Expressions that are superlinear on their own but only ever see input that cannot trigger it. */
const SAFE_IN_CONTEXT: Record<string, string> = {
  '/^-+|-+$/g': 'runs only on text where /[^a-z0-9]+/g has already collapsed every run of non-alphanumerics to one "-"',
};

const PUMPS = [
  ...'aA0 9\t-_./\\\'"@+:,;=<>()\n\r£é\u2019\u2013~|!#%&*?[]{}ZTPWDMSHxe\u00a0',
  'a@', 'a.', '- ', '0 ', ' .', "a'", '1:', 'a-', '0.', '0-', 'a ', '1e', 'MO', 'TU', '::', '.0', 'a/', '/a', ' -', '--',
];
const PREFIXES = ['', 'a', 'a@', 'a@b', 'free', '0', '1', '+44', 'P', 'PT', 'T', '£', 'http://', 'https://a', 'x ', 'A1', 'RRULE:', 'GMT+', 'COUNT=', '"', "'", '-', '/'];
const SUFFIXES = ['!', '\u0001'];

function attacks(n: number): string[] {
  const out: string[] = [];
  for (const prefix of PREFIXES) {
    for (const pump of PUMPS) {
      const body = pump.repeat(Math.ceil(n / pump.length)).slice(0, n);
      for (const suffix of SUFFIXES) out.push(prefix + body + suffix);
    }
  }
  return out;
}

function run(regex: RegExp, input: string): void {
  regex.lastIndex = 0;
  if (regex.global) input.match(regex);
  else if (regex.sticky) for (let i = 0; i < input.length; i += 997) ((regex.lastIndex = i), regex.exec(input));
  else regex.exec(input);
  regex.lastIndex = 0;
}

describe('no regular expression in the toolkit backtracks catastrophically', () => {
  const found = findRegexes(REPO_ROOT);

  it('finds the expressions (literals and RegExp calls) in every package', () => {
    expect(found.length).toBeGreaterThan(100);
    const dynamic = found.filter((f) => f.regex === undefined);
    // A RegExp built from a variable cannot be checked here: build it from a literal, or add a test beside it.
    expect(dynamic.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });

  it('each runs at 100 000 characters on its three worst attack strings', () => {
    const short = attacks(2000);
    const report: { at: string; regex: string; worstMs: number; input: string }[] = [];
    let screenMs = 0;
    const unique = new Map<string, FoundRegex>();
    for (const f of found) if (f.regex && !unique.has(f.text)) unique.set(f.text, f);
    for (const [text, f] of unique) {
      if (text in SAFE_IN_CONTEXT) continue;
      const regex = f.regex!;
      const t0 = performance.now();
      const timed = short.map((input, i) => {
        const t = performance.now();
        run(regex, input);
        return { i, ms: performance.now() - t };
      });
      timed.sort((a, b) => b.ms - a.ms);
      screenMs += performance.now() - t0;
      let worst = { ms: 0, input: '' };
      for (const { i } of timed.slice(0, 3)) {
        const sample = short[i]!;
        // Same prefix, pump and suffix, 50 times longer.
        const prefix = PREFIXES[Math.floor(i / (PUMPS.length * SUFFIXES.length))]!;
        const pump = PUMPS[Math.floor(i / SUFFIXES.length) % PUMPS.length]!;
        const suffix = SUFFIXES[i % SUFFIXES.length]!;
        expect(sample).toBe(prefix + pump.repeat(Math.ceil(2000 / pump.length)).slice(0, 2000) + suffix);
        const long = prefix + pump.repeat(Math.ceil(100_000 / pump.length)).slice(0, 100_000) + suffix;
        const t = performance.now();
        run(regex, long);
        const ms = performance.now() - t;
        if (ms >= worst.ms) worst = { ms, input: `${JSON.stringify(prefix)} + ${JSON.stringify(pump)} x ${100_000 / pump.length} + ${JSON.stringify(suffix)}` };
      }
      report.push({ at: `${f.file}:${f.line}`, regex: text, worstMs: Math.round(worst.ms * 10) / 10, input: worst.input });
    }
    report.sort((a, b) => b.worstMs - a.worstMs);
    writeFileSync(join(tmpdir(), 'artsrx-redos-report.json'), `${JSON.stringify({ screenMs: Math.round(screenMs), expressions: unique.size, attackStrings: short.length, safeInContext: SAFE_IN_CONTEXT, report }, null, 2)}\n`);
    expect(report.length).toBeGreaterThan(100);
  }, 120_000);

  it('the expressions kept as safe in context are still in the source (or this list goes stale)', () => {
    const texts = new Set(found.map((f) => f.text));
    for (const text of Object.keys(SAFE_IN_CONTEXT)) expect(texts).toContain(text);
  });
});
