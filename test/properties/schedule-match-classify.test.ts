import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../hostile/_lib/cli.js';
import { classify, match, schedule, validate as V } from '../hostile/_lib/imports.js';
import { anySchedule, hostileJson, mutated } from './_arbitraries.js';
import { lawful } from './_check.js';

function caught(f: () => unknown): unknown[] {
  try {
    f();
    return [];
  } catch (error) {
    return [error];
  }
}

// Laws of schedules, matching and classification on outside data: arbitrary (often impossible)
// schedules, arbitrary person profiles, arbitrary records.

/** ARTSRX_PROPERTY_SCALE=10 runs ten times as many cases (for a deeper local search). */
const SCALE = Number(process.env.ARTSRX_PROPERTY_SCALE ?? 1);
const RUNS = { numRuns: 120 * SCALE };
describe('schedules: lawful on any schedule', () => {
  it('occurrences, describeSchedule, checkSchedule, toRRule and the exports', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: anySchedule }, { weight: 1, arbitrary: hostileJson }), (s) => {
        const list = lawful('occurrences', s, (x) => schedule.occurrences(x as never, { from: '2026-01-01T00:00:00Z', count: 20 }), 'argument');
        if (list) {
          expect(list.length).toBeLessThanOrEqual(20);
          // In order. (A session listed from year 0000 can come out with a malformed year, e.g.
          // "00-1-12-31T23:31:00-10:29" in Pacific/Kiritimati: an issue 11 note for @artsrx/schedule.)
          const starts = list.map((o) => Date.parse(o.start)).filter(Number.isFinite);
          for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
        }
        lawful('describeSchedule', s, (x) => schedule.describeSchedule(x as never), 'argument');
        lawful('checkSchedule', s, (x) => schedule.checkSchedule(x as never), 'argument');
        lawful('toRRule', s, (x) => schedule.toRRule(x as never), 'argument');
        lawful('toOpenActiveSchedule', s, (x) => schedule.toOpenActiveSchedule(x as never), 'argument');
        lawful('toOpenReferralSchedule', s, (x) => schedule.toOpenReferralSchedule(x as never), 'argument');
      }),
      RUNS,
    );
  });
});

describe('matching: lawful on any profile and any dataset', () => {
  const dataset = smallDataset();
  const matcher = match.createMatcher(dataset as never);
  const profile = { location: { postcodeDistrict: 'L8' }, maxDistanceKm: 5, interests: { artForms: ['music'] }, availability: [{ day: 'TU', from: '09:00', to: '13:00' }], freeOnly: true, timezone: 'Europe/London' };

  // match takes a PersonProfile: a valid one never throws; an invalid one throws ArtsRxMatchError
  // (a TypeError) or ArtsRxMatchRangeError naming the field, never a TypeError from deep inside.
  it('match never throws on a valid profile, only a named ArtsRxMatchError on an invalid one, and returns ranked results', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, mutated(profile, 4)), (p) => {
        const valid = p !== null && typeof p === 'object' && !Array.isArray(p) && V.validateProfile(p).valid;
        const res = lawful('match', p, (x) => matcher.match(x as never, { now: '2026-05-01T00:00:00Z' } as never), valid ? 'never' : 'argument');
        if (res) {
          expect(Array.isArray(res.results)).toBe(true);
          for (const r of res.results) expect(Number.isFinite(r.score)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('createMatcher on hostile datasets', () => {
    fc.assert(
      fc.property(mutated(dataset, 6), (d) => {
        // A dataset the matcher cannot read is refused up front with ArtsRxMatchError naming the field.
        const m = lawful('createMatcher', d, (x) => match.createMatcher(x as never), 'argument');
        if (m) lawful('match on a hostile dataset', profile, (x) => m.match(x as never, { now: '2026-05-01T00:00:00Z' } as never), 'argument');
        for (const e of caught(() => match.createMatcher(d as never))) expect(e).toBeInstanceOf(match.ArtsRxMatchError);
      }),
      { numRuns: 80 * SCALE },
    );
  });
});

describe('classification: lawful on any record', () => {
  const d = smallDataset();
  it('classifyAsset and classifyActivity never throw and suggest only with confidence in [0, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, mutated(d.activities[0], 4), mutated({ id: 'a', name: 'Community choir', description: 'We sing together', kind: 'group' }, 4)), (r) => {
        for (const [label, f] of [['classifyAsset', classify.classifyAsset], ['classifyActivity', classify.classifyActivity]] as const) {
          const out = lawful(label, r, (x) => f(x));
          for (const s of out ?? []) expect(s.confidence >= 0 && s.confidence <= 1).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
