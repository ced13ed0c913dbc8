/**
 * A quick measurement outside vitest, reporting process CPU time next to wall time (the machine
 * may be shared): builds (with and without index, three times), the first query, and p50/mean of
 * both benchmark profiles against the linear scan, checking the answers are identical. From the
 * repository root:
 *
 *   node --expose-gc --max-old-space-size=6000 --conditions=@artsrx/source --import tsx packages/match/bench/_measure.ts 1000000
 *
 * MATCH_SRC=/path/to/other/src/index.ts measures another copy of the sources (e.g. an older commit).
 */
import { generateDataset, NOW, PROFILE, PROFILE_EITHER } from './_generate.js';
import type { PersonProfile } from '@artsrx/schema';
const { createMatcher } = (await import(process.env.MATCH_SRC ?? '../src/index.js')) as typeof import('../src/index.js');
const out = (s: string) => process.stdout.write(s + '\n');
const n = Number(process.argv[2] ?? 100000);
const ds = generateDataset(n, 1);
(globalThis as { gc?: () => void }).gc?.();
function build(index: boolean) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const m = createMatcher(ds, { index });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { m, wall, cpu: (cpu.user + cpu.system) / 1000 };
}
for (let r = 0; r < 3; r++) {
  const a = build(true);
  const b = build(false);
  out(`build n=${n}: index wall ${a.wall.toFixed(0)} ms cpu ${a.cpu.toFixed(0)} ms | linear wall ${b.wall.toFixed(0)} ms cpu ${b.cpu.toFixed(0)} ms`);
}
const idx = build(true).m;
{ const t = performance.now(); idx.match(PROFILE_EITHER, { now: NOW }); out(`first query ${(performance.now() - t).toFixed(0)} ms`); }
const lin = build(false).m;
function q(m: ReturnType<typeof createMatcher>, p: PersonProfile, runs: number) {
  m.match(p, { now: NOW });
  const ts: number[] = [];
  const c0 = process.cpuUsage();
  for (let k = 0; k < runs; k++) { const t = performance.now(); m.match(p, { now: NOW }); ts.push(performance.now() - t); }
  const cpu = process.cpuUsage(c0);
  ts.sort((x, y) => x - y);
  const mean = ts.reduce((s, x) => s + x, 0) / runs;
  return { p50: ts[Math.floor(runs / 2)]!, mean, cpu: (cpu.user + cpu.system) / 1000 / runs };
}
for (const [name, p] of [['in-person', PROFILE], ['either', PROFILE_EITHER]] as const) {
  const f = q(idx, p, 50);
  const s = q(lin, p, n >= 1e6 ? 1 : 5);
  const same = JSON.stringify(idx.match(p, { now: NOW })) === JSON.stringify(lin.match(p, { now: NOW }));
  out(`${name}: index p50 ${f.p50.toFixed(2)} mean ${f.mean.toFixed(2)} cpu ${f.cpu.toFixed(2)} ms | linear p50 ${s.p50.toFixed(0)} mean ${s.mean.toFixed(0)} cpu ${s.cpu.toFixed(0)} ms | x${(s.mean / f.mean).toFixed(0)} mean, x${(s.cpu / f.cpu).toFixed(0)} cpu, same=${same}`);
}
