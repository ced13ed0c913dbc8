/**
 * `pnpm memory`: peak memory and time of the CLI on large inputs, generated into os.tmpdir()
 * (never committed): a 1 GiB NDJSON dataset through `artsrx validate --format json` (the
 * streaming path), and a 90 MiB and a 200 MiB CSV through `artsrx validate` and `artsrx convert
 * --from csv` (`validate` refuses CSV over 100 MB: the 200 MiB run checks it does so cleanly;
 * `convert --from csv` streams the file and converts it).
 * Peak RSS comes from /usr/bin/time -v when present, else from the child's own
 * process.resourceUsage().maxRSS (read through a --import hook). Prints a table and writes
 * os.tmpdir()/artsrx-memory-report.json. Flags: --ndjson-mb N, --csv-mb N, --csv-ok-mb N, --heap-mb N (child heap cap, default 8192), --keep.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'packages/cli/src/bin.ts');
const DIR = join(tmpdir(), 'artsrx-memory');
const MB = 1024 * 1024;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const NDJSON_MB = flag('--ndjson-mb', 1024);
const CSV_MB = flag('--csv-mb', 200);
const KEEP = process.argv.includes('--keep');
const HEAP_CAP_MIB = flag('--heap-mb', 8192);
const CSV_OK_MB = flag('--csv-ok-mb', 90);

const ID = /\b(org|place|asset|act)-(\d+)\b/g;

/** Runs the CLI from source; returns exit code, seconds, peak RSS in MiB and the first stderr line. */
function measure(args: string[]): { code: number | null; seconds: number; peakMiB: number | undefined; stderr: string } {
  const node = [process.execPath, '--import', 'tsx', '--conditions=@artsrx/source', BIN, ...args];
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  // A heap cap so a runaway input fails with an out-of-memory error instead of taking the machine.
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_CAP_MIB}`.trim() };
  const started = performance.now();
  const run = timeBin ? spawnSync(timeBin, ['-v', ...node], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MB }) : spawnSync(node[0]!, node.slice(1), { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MB });
  const seconds = (performance.now() - started) / 1000;
  const stderr = run.stderr ?? '';
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const status = timeBin ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? run.status) : run.status;
  const note = stderr.split('\n').find((l) => l.startsWith('artsrx') || /heap out of memory/.test(l)) ?? '';
  return { code: status, seconds, peakMiB: kb === undefined ? undefined : Math.round(Number(kb) / 1024), stderr: note };
}

function cli(args: string[]): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@artsrx/source', BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`artsrx ${args.join(' ')} exited ${r.status}`);
}

/** Writes `target` bytes: `head` once, then the body lines again and again with ids made unique per copy. */
async function replicate(head: string, body: string[], path: string, target: number): Promise<{ bytes: number; lines: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let lines = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(head);
  for (let copy = 0; bytes < target; copy++) {
    const block = body.map((l) => (copy === 0 ? l : l.replace(ID, (_, kind: string, n: string) => `${kind}-${n}-${copy}`))).join('\n');
    await write(`${block}\n`);
    lines += body.length;
  }
  out.end();
  await once(out, 'finish');
  return { bytes, lines };
}

async function readLines(path: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) if (line !== '') lines.push(line);
  return lines;
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const results: Record<string, unknown>[] = [];

  // 1 GiB NDJSON
  const baseNd = join(DIR, 'base.ndjson');
  cli(['generate', '-n', '20000', '-f', 'ndjson', '--now', '2026-05-01', '-o', baseNd]);
  const nd = await readLines(baseNd);
  const bigNd = join(DIR, 'big.ndjson');
  const ndInfo = await replicate(`${nd[0]}\n`, nd.slice(1), bigNd, NDJSON_MB * MB);
  const v1 = measure(['validate', bigNd, '--format', 'json', '--max-issues', '100', '--now', '2026-05-01']);
  results.push({ input: `NDJSON ${Math.round(ndInfo.bytes / MB)} MiB, ${ndInfo.lines} records`, command: 'artsrx validate --format json', exit: v1.code, seconds: Math.round(v1.seconds * 10) / 10, peakRssMiB: v1.peakMiB, mibPerSecond: Math.round(ndInfo.bytes / MB / v1.seconds), note: v1.stderr });

  // 200 MiB CSV
  const baseJson = join(DIR, 'base.json');
  cli(['generate', '-n', '20000', '-f', 'json', '--now', '2026-05-01', '-o', baseJson]);
  const baseCsv = join(DIR, 'base.csv');
  const conv = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@artsrx/source', BIN, 'convert', baseJson, '--to', 'csv'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * MB });
  if (conv.status !== 0) throw new Error(`convert --to csv exited ${conv.status}: ${conv.stderr.slice(0, 300)}`);
  writeFileSync(baseCsv, conv.stdout);
  const csvLines = readFileSync(baseCsv, 'utf8').split(/\r?\n/).filter((l) => l !== '');
  const bigCsv = join(DIR, 'big.csv');
  const outJson = join(DIR, 'from-csv.json');
  // `validate` reads CSV up to 100 MB, `convert --from csv` streams up to 500 MB (docs/limits.md): measure just under 100 MB, then 200 MiB (refused cleanly by validate, converted by convert).
  for (const mib of [CSV_OK_MB, CSV_MB]) {
    const csvInfo = await replicate(`${csvLines[0]}\n`, csvLines.slice(1), bigCsv, mib * MB);
    const label = `CSV ${Math.round(csvInfo.bytes / MB)} MiB, ${csvInfo.lines} rows`;
    const v2 = measure(['validate', bigCsv, '--format', 'json', '--max-issues', '100', '--now', '2026-05-01']);
    results.push({ input: label, command: 'artsrx validate --format json', exit: v2.code, seconds: Math.round(v2.seconds * 10) / 10, peakRssMiB: v2.peakMiB, mibPerSecond: Math.round(csvInfo.bytes / MB / v2.seconds), note: v2.stderr });
    const v3 = measure(['convert', bigCsv, '--from', 'csv', '-o', outJson]);
    results.push({ input: label, command: 'artsrx convert --from csv -o FILE', exit: v3.code, seconds: Math.round(v3.seconds * 10) / 10, peakRssMiB: v3.peakMiB, mibPerSecond: Math.round(csvInfo.bytes / MB / v3.seconds), note: v3.stderr });
  }

  // Baseline: the same runtime doing nothing (node + tsx + the CLI's imports).
  const v0 = measure(['--version']);
  results.push({ input: 'none (baseline)', command: 'artsrx --version', exit: v0.code, seconds: Math.round(v0.seconds * 10) / 10, peakRssMiB: v0.peakMiB });

  const report = { at: new Date().toISOString(), node: process.version, results };
  writeFileSync(join(tmpdir(), 'artsrx-memory-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${'input'.padEnd(34)}${'command'.padEnd(36)}exit  seconds  peak RSS MiB  MiB/s\n`);
  for (const r of results) process.stdout.write(`${String(r.input).padEnd(34)}${String(r.command).padEnd(36)}${String(r.exit).padEnd(6)}${String(r.seconds).padEnd(9)}${String(r.peakRssMiB ?? '?').padEnd(14)}${r.mibPerSecond ?? ''}\n`);
  for (const r of results) if (r.note) process.stdout.write(`note (${r.command}, ${r.input}): ${r.note}\n`);
  if (KEEP) process.stdout.write(`inputs kept in ${DIR}\n`);
  else for (const f of [bigNd, bigCsv, outJson, baseNd, baseJson, baseCsv]) if (existsSync(f)) rmSync(f);
}

main().catch((error: unknown) => {
  process.stderr.write(`memory: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
