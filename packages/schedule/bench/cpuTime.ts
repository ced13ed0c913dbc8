/**
 * CPU time (not wall time) of the occurrences benchmark, for machines shared with other jobs
 * where wall-clock benchmarks mostly measure waiting:
 *
 *   npx tsx --conditions @artsrx/source packages/schedule/bench/cpuTime.ts
 *
 * Prints, for five rounds, the process CPU time (user + system, including the garbage
 * collector's threads) to find the next 10 sessions of each of 100,000 weekly schedules.
 */
import { occurrences } from '../src/occurrences/occurrences.js';
import { weeklySchedules } from './_data.js';

const data = weeklySchedules(100_000);
const from = new Date('2026-11-26T12:00:00Z');
for (let round = 1; round <= 5; round++) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  let sessions = 0;
  for (const s of data) sessions += occurrences(s, { from, count: 10 }).length;
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    `round ${round}: ${sessions} sessions, cpu ${((used.user + used.system) / 1000).toFixed(0)} ms, wall ${(performance.now() - wall).toFixed(0)} ms\n`,
  );
}
