/**
 * Next 10 sessions for 100,000 weekly schedules (target: under 300 ms for all of them), and the
 * same work on the first 1,000 schedules against a naive day-by-day scan with date-fns + TZDate,
 * so the ratio compares identical data in the same run.
 *
 *   pnpm vitest bench --run packages/schedule
 */
import { bench, describe } from 'vitest';
import { occurrences } from '../src/occurrences/occurrences.js';
import { weeklySchedules } from './_data.js';
import { naiveNext } from './_naive.js';

const all = weeklySchedules(100_000);
const sample = all.slice(0, 1_000);
const from = new Date('2026-11-26T12:00:00Z');

let sink = 0;

describe('next 10 sessions of 1,000 weekly schedules (same data)', () => {
  bench(
    '@artsrx/schedule occurrences',
    () => {
      for (const s of sample) sink += occurrences(s, { from, count: 10 }).length;
    },
    { time: 1000, warmupIterations: 5 },
  );
  bench(
    'baseline: day-by-day scan with date-fns + TZDate',
    () => {
      for (const s of sample) sink += naiveNext(s, from, 10).length;
    },
    { time: 0, iterations: 3, warmupIterations: 1 },
  );
});

describe('next 10 sessions of 100,000 weekly schedules', () => {
  bench(
    '@artsrx/schedule occurrences',
    () => {
      for (const s of all) sink += occurrences(s, { from, count: 10 }).length;
    },
    { time: 0, iterations: 10, warmupIterations: 2 },
  );
});

export { sink };
