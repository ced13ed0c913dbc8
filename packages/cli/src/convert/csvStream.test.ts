import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromCsv } from '@artsrx/adapters/csv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';
import { DatasetSchema } from '@artsrx/schema';
import { _jsonChunks, _structureProblemCount } from './_jsonOutput.js';

const NOW = ['--now', '2026-11-01T00:00:00Z'];

describe('artsrx convert --from csv (read as a stream)', () => {
  it('writes exactly what fromCsv on the whole text gives, to stdout and to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-csv-stream-'));
    const csv = join(dir, 'in.csv');
    expect((await runCli(['convert', 'examples/north-west/dataset.json', '--to', 'csv', '--out', csv, ...NOW])).code).toBe(0);
    // A second copy of every row with the ids changed, and a bad row, so there is something to report.
    const text = readFileSync(csv, 'utf8');
    const [head, ...rows] = text.split('\r\n');
    const big = [head, ...rows.filter((r) => r !== ''), ...rows.filter((r) => r !== '').map((r) => r.replace(/^([^,]+),/, '$1-copy,')), 'x,Bad row,musick', ''].join('\r\n');
    writeFileSync(csv, big);
    const out = join(dir, 'out.json');
    const [stdout, file] = await Promise.all([runCli(['convert', csv, '--from', 'csv', ...NOW]), runCli(['convert', csv, '--from', 'csv', '--out', out, ...NOW])]);
    const want = fromCsv(big.replace(/^\uFEFF/, ''), { header: { generatedAt: '2026-11-01T00:00:00.000Z' }, maxIssues: 1000 });
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toBe(`${JSON.stringify(want.value, null, 2)}\n`);
    expect(readFileSync(out, 'utf8')).toBe(stdout.stdout);
    expect(stdout.stderr).toContain('note: error: Row ');
    expect(stdout.stderr).toBe(file.stderr);
  });

  it('keeps the checks on the input: empty, spaces only, binary, UTF-16, not UTF-8, a folder, a missing file (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-csv-bad-'));
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.csv', '', /empty\.csv is empty: there is nothing to read$/],
      ['spaces.csv', ' \r\n\n  ', /spaces\.csv is empty: it holds only spaces and line breaks$/],
      ['binary.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), /binary\.csv looks like a binary file/],
      ['utf16.csv', Buffer.from('\ufeffactivity_name\n', 'utf16le'), /utf16\.csv is UTF-16 text: save it as UTF-8/],
      ['latin1.csv', Buffer.from('activity_name\nCaf\xe9\n', 'latin1'), /latin1\.csv is not UTF-8 text/],
    ];
    for (const [name, content, message] of cases) writeFileSync(join(dir, name), content);
    const runs = await Promise.all([...cases.map(([name]) => runCli(['convert', join(dir, name), '--from', 'csv', ...NOW])), runCli(['convert', dir, '--from', 'csv']), runCli(['convert', join(dir, 'none.csv'), '--from', 'csv'])]);
    const messages = [...cases.map((c) => c[2]), /is a folder, not a file/, /none\.csv: no such file$/];
    runs.forEach((run, i) => {
      expect(run.code, String(messages[i])).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(messages[i]!);
    });
  });

  it('refuses a CSV over 500 MB before reading it, with advice to split it (exit 2)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'artsrx-csv-huge-')), 'huge.csv');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 501 * 1024 * 1024); // sparse: nothing is written
    closeSync(fd);
    const run = await runCli(['convert', file, '--from', 'csv', ...NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`artsrx: ${file} is a CSV file over 500 MB, too big to convert at once: split it into several files (by area or by organisation) and convert each\n`);
  });

  it('reads stdin, and lists at most 1000 problems for a sheet wrong on every row', async () => {
    const text = `activity_id,activity_name,art_forms\n${'act-1,Choir,music\n'.repeat(3000)}`;
    const run = await runCli(['convert', '-', '--from', 'csv', ...NOW], { stdin: text });
    expect(run.code).toBe(0);
    const notes = run.stderr.trim().split('\n');
    expect(notes).toHaveLength(1001);
    expect(notes.at(-1)).toMatch(/^note: info: \d+ more problem\(s\) were found and not listed: only the first 1000 are kept\.$/);
  });
});

describe('_jsonChunks', () => {
  it('joins to JSON.stringify(value, null, 2) plus a line break', () => {
    const values: unknown[] = [
      {},
      { a: [] },
      { a: [1, undefined, () => 1, { b: [{}, []], c: 'x\ny' }], d: undefined, e: null, f: { g: [1, 2] }, h: 'é' },
      [1, 2],
      'text',
      null,
      { toJSON: () => ({ z: 1 }) },
      { list: [{ toJSON: () => 'j' }] },
    ];
    for (const value of values) expect([..._jsonChunks(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});

describe('_structureProblemCount', () => {
  it('counts what DatasetSchema.safeParse finds, checking one record at a time', () => {
    const good = JSON.parse(readFileSync('examples/north-west/dataset.json', 'utf8')) as Record<string, unknown[]>;
    const cases: unknown[] = [
      good,
      { ...good, license: 42, activities: [{ ...(good.activities![0] as object), name: '' }, { id: 'x' }] },
      { ...good, places: [{ id: 'p' }], organisations: undefined },
      { ...good, assets: 'not a list' },
      {},
    ];
    for (const dataset of cases) {
      const whole = DatasetSchema.safeParse(dataset);
      expect(_structureProblemCount(dataset as never)).toBe(whole.success ? 0 : whole.error.issues.length);
    }
  });
});
