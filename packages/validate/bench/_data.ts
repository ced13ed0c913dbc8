import { createWriteStream, existsSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRecords } from '@artsrx/synthetic';

/** The fixed "today" of every benchmark dataset, so runs compare like with like. */
export const BENCH_NOW = new Date('2026-05-01T12:00:00Z');

/**
 * Writes (once; later runs reuse the file) a synthetic NDJSON dataset with `activities`
 * activities to the temp folder and returns its path.
 */
export async function syntheticNdjson(activities: number, seed = 1): Promise<string> {
  const path = join(tmpdir(), `artsrx-synthetic-${activities}-${seed}-${BENCH_NOW.toISOString().slice(0, 10)}.ndjson`);
  if (existsSync(path)) return path;
  const partial = `${path}.${process.pid}.part`;
  const out = createWriteStream(partial);
  let buffer = '';
  for (const record of generateRecords({ activities, seed, now: BENCH_NOW })) {
    buffer += `${JSON.stringify(record)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  renameSync(partial, path);
  return path;
}
