/**
 * Matching benchmarks on seeded synthetic data (bench/_generate.ts): venues clustered around 35
 * English towns, about three activities per venue, every record invented. Each indexed run is
 * measured against `index: false` — the plain linear scan that scores every activity on every
 * criterion, giving the same answers — in the same run.
 *
 * vitest bench reports mean and p75, not the median, so each group's title also carries a p50
 * measured just before (50 queries after a warm-up), the speed-up, the build time (wall and
 * process CPU: the machine may be shared), the first query (which compiles what it looks at) and
 * the matcher's memory.
 */
import { bench, describe, expect } from 'vitest';
import type { PersonProfile } from '@artsrx/schema';
import { createMatcher, type Matcher } from '../src/index.js';
import { generateDataset, NOW, PROFILE, PROFILE_EITHER } from './_generate.js';

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function p50(matcher: Matcher, profile: PersonProfile, runs: number): number {
  // The first query compiles the activities it looks at; a few more let the JIT settle.
  for (let k = 0; k < Math.min(20, runs); k++) matcher.match(profile, { now: NOW });
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    matcher.match(profile, { now: NOW });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

/** CPU time of this process (user + system, all threads) since `from`, in ms: the machine may be shared. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
}

function setUp(n: number, linearRuns: number) {
  const dataset = generateDataset(n, 1);
  const before = memory();
  let c = process.cpuUsage();
  let t = performance.now();
  const indexed = createMatcher(dataset);
  const buildMs = performance.now() - t;
  const buildCpuMs = cpuMs(c);
  // Per-activity data is compiled the first time a query looks at it: the first query pays for it.
  t = performance.now();
  indexed.match(PROFILE_EITHER, { now: NOW });
  const firstMs = performance.now() - t;
  const memoryMb = (memory() - before) / 1e6;
  c = process.cpuUsage();
  t = performance.now();
  const linear = createMatcher(dataset, { index: false });
  const prepareMs = performance.now() - t;
  const prepareCpuMs = cpuMs(c);
  // Same answers, or the comparison means nothing.
  expect(indexed.match(PROFILE, { now: NOW })).toEqual(linear.match(PROFILE, { now: NOW }));
  const figures = (profile: PersonProfile) => {
    const fast = p50(indexed, profile, 50);
    const slow = p50(linear, profile, linearRuns);
    return `p50 ${fast.toFixed(2)} ms vs linear ${slow.toFixed(1)} ms (${(slow / fast).toFixed(0)}x)`;
  };
  const build = `build ${buildMs.toFixed(0)} ms wall / ${buildCpuMs.toFixed(0)} ms CPU (without index ${prepareMs.toFixed(0)} / ${prepareCpuMs.toFixed(0)} ms), first query ${firstMs.toFixed(0)} ms`;
  return { dataset, indexed, linear, build, memoryMb, figures };
}

const k100 = setUp(100_000, 5);
describe(`100k activities, in-person profile, top 10: ${k100.figures(PROFILE)}`, () => {
  bench('index', () => void k100.indexed.match(PROFILE, { now: NOW }), { time: 1000 });
  bench('linear scan (index: false)', () => void k100.linear.match(PROFILE, { now: NOW }), { time: 0, iterations: 5 });
});
describe(`100k activities, online welcome too, top 10: ${k100.figures(PROFILE_EITHER)}`, () => {
  bench('index', () => void k100.indexed.match(PROFILE_EITHER, { now: NOW }), { time: 1000 });
  bench('linear scan (index: false)', () => void k100.linear.match(PROFILE_EITHER, { now: NOW }), { time: 0, iterations: 5 });
});
describe(`createMatcher, 100k activities: ${k100.build}, memory ${k100.memoryMb.toFixed(0)} MB`, () => {
  bench('with index', () => void createMatcher(k100.dataset), { time: 0, iterations: 3 });
  bench('without index (index: false)', () => void createMatcher(k100.dataset, { index: false }), { time: 0, iterations: 3 });
});

const m1 = setUp(1_000_000, 1);
describe(`1M activities, in-person profile, top 10: ${m1.figures(PROFILE)}; ${m1.build}, memory ${m1.memoryMb.toFixed(0)} MB`, () => {
  bench('index', () => void m1.indexed.match(PROFILE, { now: NOW }), { time: 1000 });
  bench('linear scan (index: false)', () => void m1.linear.match(PROFILE, { now: NOW }), { time: 0, iterations: 1 });
});
describe(`1M activities, online welcome too, top 10: ${m1.figures(PROFILE_EITHER)}`, () => {
  bench('index', () => void m1.indexed.match(PROFILE_EITHER, { now: NOW }), { time: 1000 });
  bench('linear scan (index: false)', () => void m1.linear.match(PROFILE_EITHER, { now: NOW }), { time: 0, iterations: 1 });
});
describe(`createMatcher, 1M activities (${m1.build})`, () => {
  bench('with index', () => void createMatcher(m1.dataset), { time: 0, iterations: 2 });
  bench('without index (index: false)', () => void createMatcher(m1.dataset, { index: false }), { time: 0, iterations: 2 });
});
