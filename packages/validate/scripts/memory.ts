/**
 * Memory benchmark: validates a ~1 GB synthetic NDJSON file with `validateNdjson` in a child
 * process and reports its peak resident set size (target: under 250 MB).
 *
 *   pnpm --filter @artsrx/validate bench:memory            # 1 GiB (generated once into the temp folder)
 *   pnpm --filter @artsrx/validate bench:memory -- 200     # a 200 MiB file instead
 *
 * Generating 1 GB takes a minute or two the first time; the file is kept for later runs.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, renameSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRecords } from '@artsrx/synthetic';
import { validateNdjson } from '../src/node/validateNdjson.js';

const NOW = new Date('2026-05-01T12:00:00Z');
const BYTES_PER_ACTIVITY = 1481; // measured on the generator's output, other records included

async function ensureFile(mib: number): Promise<string> {
  const activities = Math.round((mib * 1048576) / BYTES_PER_ACTIVITY);
  const path = join(tmpdir(), `artsrx-memory-${activities}.ndjson`);
  if (existsSync(path)) return path;
  process.stdout.write(`generating ${activities} activities (~${mib} MiB) into ${path} …\n`);
  const out = createWriteStream(`${path}.part`);
  let buffer = '';
  for (const record of generateRecords({ activities, seed: 'memory', now: NOW })) {
    buffer += `${JSON.stringify(record)}\n`;
    if (buffer.length > 1 << 22) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  renameSync(`${path}.part`, path);
  return path;
}

async function child(path: string): Promise<void> {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const started = performance.now();
  const result = await validateNdjson(createReadStream(path, { highWaterMark: 1 << 20 }), { now: NOW });
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const maxRss = process.resourceUsage().maxRSS * 1024; // kernel's own peak, in bytes
  process.stdout.write(
    `${JSON.stringify({
      bytes: statSync(path).size,
      lines: result.stats.lines,
      activities: result.stats.activities,
      issues: result.counts,
      seconds: Number(seconds.toFixed(1)),
      peakRssMB: Math.round(Math.max(peak, maxRss) / 1048576),
    })}\n`,
  );
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!);
} else {
  const mib = Number(process.argv[2] ?? 1024);
  const path = await ensureFile(mib);
  // Validate in a fresh process so its peak RSS is the validator's alone, not the generator's.
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@artsrx/source', fileURLToPath(import.meta.url), '--child', path], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { peakRssMB: number; bytes: number };
  process.stdout.write(`${run.stdout}`);
  process.stdout.write(`validated ${(report.bytes / 1048576).toFixed(0)} MiB with a peak RSS of ${report.peakRssMB} MB (target < 250 MB): ${report.peakRssMB < 250 ? 'PASS' : 'FAIL'}\n`);
  process.exitCode = report.peakRssMB < 250 ? 0 : 1;
}
