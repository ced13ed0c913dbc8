/**
 * Matching benchmarks on seeded synthetic data (bench/_generate.ts): venues clustered around 35
 * English towns, about three activities per venue. Each indexed run is measured against
 * `index: false` (a plain linear scan over the same logic, giving the same answers) in the same
 * run; compare the two rows' mean/p75 for the speed-up.
 */
import { bench, describe, expect } from 'vitest';
import { createMatcher } from '../src/index.js';
import { generateDataset, NOW, PROFILE } from './_generate.js';

function build(n: number) {
  const dataset = generateDataset(n, 1);
  const heapBefore = process.memoryUsage().heapUsed;
  let t = performance.now();
  const indexed = createMatcher(dataset);
  const buildMs = performance.now() - t;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  t = performance.now();
  const linear = createMatcher(dataset, { index: false });
  const buildLinearMs = performance.now() - t;
  // Same answers, or the comparison means nothing.
  expect(indexed.match(PROFILE, { now: NOW })).toEqual(linear.match(PROFILE, { now: NOW }));
  return { dataset, indexed, linear, label: `build ${buildMs.toFixed(0)} ms (linear prepare ${buildLinearMs.toFixed(0)} ms), matcher heap ≈ ${heapMb.toFixed(0)} MB` };
}

const k100 = build(100_000);
describe(`match, 100k activities, one profile, top 10 — ${k100.label}`, () => {
  bench('index', () => {
    k100.indexed.match(PROFILE, { now: NOW });
  }, { time: 1000 });
  bench('linear scan (index: false)', () => {
    k100.linear.match(PROFILE, { now: NOW });
  }, { time: 1000, iterations: 5 });
});

describe('createMatcher, 100k activities', () => {
  bench('index build', () => {
    createMatcher(k100.dataset);
  }, { time: 0, iterations: 3 });
  bench('linear prepare (index: false)', () => {
    createMatcher(k100.dataset, { index: false });
  }, { time: 0, iterations: 3 });
});
