/**
 * Peak memory and time of `fromCsv` on large spreadsheets, today's code against a baseline, in
 * the same run:
 *
 *   node --import tsx --conditions=@artsrx/source packages/adapters/bench/fromCsvMemory.ts [--mb 50,200] [--baseline-ref REF]
 *
 * The input is ILLUSTRATIVE: a seeded synthetic dataset (`@artsrx/synthetic`, seed 1, 2 000
 * activities) written as CSV in the default layout, its rows then repeated with every id made
 * unique per copy until the file reaches each size; it describes nothing real. Files go to
 * os.tmpdir() and are deleted afterwards (--keep keeps them).
 *
 * Each measurement is a fresh Node process (heap capped at 8 GiB) that reads the file and runs
 * one importer: `baseline` is `fromCsv` as it was at REF (default 76ed9f3, before the batched
 * reader; its source is taken with `git show` into a temporary file beside today's), `fromCsv`
 * is today's `fromCsv` on the whole text, `fromCsvStream` is today's `fromCsvStream` on a file
 * stream (the file is never held whole). Reported: peak RSS (process.resourceUsage().maxRSS)
 * and that peak as a multiple of the file size, the heap still in use with the result alive,
 * and the seconds the import took (reading the file excluded, except for the stream).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const BASELINE_FILE = resolve(HERE, '../src/csv/_fromCsvBaseline.tmp.ts');
const MB = 1024 * 1024;
const header = { publisher: { name: 'bench (illustrative)' }, license: 'OGL-UK-3.0', generatedAt: '2026-11-01T00:00:00Z' };

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1]!;
}

async function child(mode: string, file: string): Promise<void> {
  const rssStart = process.memoryUsage().rss;
  let result: { value: { activities: unknown[] }; issues: unknown[] };
  let seconds: number;
  if (mode === 'fromCsvStream') {
    const { fromCsvStream } = await import('../src/csv/fromCsv.js');
    const t0 = performance.now();
    result = await fromCsvStream(createReadStream(file), { header });
    seconds = (performance.now() - t0) / 1000;
  } else {
    const { fromCsv } = mode === 'baseline' ? ((await import(BASELINE_FILE)) as typeof import('../src/csv/fromCsv.js')) : await import('../src/csv/fromCsv.js');
    const text = readFileSync(file, 'utf8');
    const t0 = performance.now();
    result = fromCsv(text, { header });
    seconds = (performance.now() - t0) / 1000;
  }
  const heapUsed = process.memoryUsage().heapUsed;
  process.stdout.write(`${JSON.stringify({ seconds, rssStartMiB: rssStart / MB, peakRssMiB: process.resourceUsage().maxRSS / 1024, heapWithResultMiB: heapUsed / MB, activities: result.value.activities.length, issues: result.issues.length })}\n`);
}

/** Writes about `target` bytes: the header once, then the rows again and again with ids unique per copy. */
async function writeCsv(path: string, head: string, rows: string[], target: number): Promise<{ bytes: number; rows: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let count = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(head);
  for (let copy = 0; bytes < target; copy++) {
    const block = rows.map((l) => (copy === 0 ? l : l.replace(/\b(org|place|asset|act)-(\d+)\b/g, (_, kind: string, n: string) => `${kind}-${n}-${copy}`))).join('\r\n');
    await write(`${block}\r\n`);
    count += rows.length;
  }
  out.end();
  await once(out, 'finish');
  return { bytes, rows: count };
}

async function main(): Promise<void> {
  const sizes = arg('--mb', '50,200').split(',').map(Number);
  const ref = arg('--baseline-ref', '76ed9f3');
  const dir = join(tmpdir(), 'artsrx-csv-memory');
  mkdirSync(dir, { recursive: true });
  const { generateDataset } = await import('@artsrx/synthetic');
  const { toCsv } = await import('../src/csv/toCsv.js');
  const { DatasetSchema } = await import('@artsrx/schema');
  const dataset = DatasetSchema.parse(generateDataset({ activities: 2000, seed: 1, now: new Date('2026-05-01T00:00:00Z') }));
  const lines = toCsv(dataset).value.split('\r\n').filter((l) => l !== '');
  writeFileSync(BASELINE_FILE, spawnSync('git', ['show', `${ref}:packages/adapters/src/csv/fromCsv.ts`], { cwd: ROOT, encoding: 'utf8' }).stdout);
  const results: Record<string, unknown>[] = [];
  try {
    for (const mib of sizes) {
      const file = join(dir, `synthetic-${mib}.csv`);
      const info = await writeCsv(file, `${lines[0]}\r\n`, lines.slice(1), mib * MB);
      for (const mode of ['baseline', 'fromCsv', 'fromCsvStream']) {
        const run = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', '--conditions=@artsrx/source', fileURLToPath(import.meta.url), '--child', mode, file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * MB });
        const line = run.stdout.trim().split('\n').pop() ?? '';
        const m = line.startsWith('{') ? (JSON.parse(line) as Record<string, number>) : undefined;
        const fileMiB = info.bytes / MB;
        results.push({
          file: `${fileMiB.toFixed(0)} MiB, ${info.rows} rows`,
          importer: mode === 'baseline' ? `baseline fromCsv (${ref})` : mode,
          exit: run.status,
          seconds: m ? Number(m.seconds!.toFixed(1)) : undefined,
          peakRssMiB: m ? Math.round(m.peakRssMiB!) : undefined,
          peakXFile: m ? Number((m.peakRssMiB! / fileMiB).toFixed(1)) : undefined,
          heapWithResultMiB: m ? Math.round(m.heapWithResultMiB!) : undefined,
          activities: m?.activities,
          note: m ? '' : (run.stderr.split('\n').find((l) => /error|memory|invalid/i.test(l)) ?? `exit ${run.status} ${run.signal ?? ''}`).slice(0, 160),
        });
        process.stderr.write(`${JSON.stringify(results.at(-1))}\n`);
      }
      if (!process.argv.includes('--keep')) rmSync(file);
    }
  } finally {
    if (existsSync(BASELINE_FILE)) rmSync(BASELINE_FILE);
  }
  const report = { at: new Date().toISOString(), node: process.version, input: 'illustrative synthetic CSV (seed 1)', results };
  writeFileSync(join(tmpdir(), 'artsrx-csv-memory-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${'file'.padEnd(26)}${'importer'.padEnd(28)}exit  seconds  peak RSS MiB  × file  heap w/ result MiB  activities\n`);
  for (const r of results) {
    process.stdout.write(`${String(r.file).padEnd(26)}${String(r.importer).padEnd(28)}${String(r.exit).padEnd(6)}${String(r.seconds ?? '-').padEnd(9)}${String(r.peakRssMiB ?? '-').padEnd(14)}${String(r.peakXFile ?? '-').padEnd(8)}${String(r.heapWithResultMiB ?? '-').padEnd(20)}${r.activities ?? ''}${r.note ? `  ${String(r.note)}` : ''}\n`);
  }
}

if (process.argv.includes('--child')) {
  const i = process.argv.indexOf('--child');
  await child(process.argv[i + 1]!, process.argv[i + 2]!);
} else {
  await main();
}
