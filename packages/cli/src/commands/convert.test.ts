import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

const SMALL = 'packages/cli/test/fixtures/small.json';

describe('artsrx convert', () => {
  it('writes an ArtsRx dataset as NDJSON: a header line, then one typed record a line', async () => {
    const run = await runCli(['convert', SMALL, '--to', 'ndjson']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; id?: string });
    expect(lines.map((l) => l.type)).toEqual(['DatasetHeader', 'Organisation', 'Place', 'Activity']);
    expect(lines[3]!.id).toBe('act-1');
  });

  it('reads NDJSON back into the same dataset (round trip through --from ndjson)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-convert-'));
    const nd = join(dir, 'small.ndjson');
    expect((await runCli(['convert', SMALL, '--to', 'ndjson', '--out', nd])).code).toBe(0);
    const back = await runCli(['convert', nd, '--from', 'ndjson']);
    expect(back.code).toBe(0);
    const original = JSON.parse(readFileSync(SMALL, 'utf8')) as { activities: unknown[]; places: unknown[] };
    const roundTripped = JSON.parse(back.stdout) as { activities: unknown[]; places: unknown[] };
    expect(roundTripped.places).toEqual(original.places);
    // Parsing applies defaults (currency GBP), so compare the parts the publisher wrote.
    expect(roundTripped.activities).toMatchObject(original.activities);
  });

  it('exits 2 naming the known formats for an unknown format', async () => {
    const run = await runCli(['convert', SMALL, '--to', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown format for --to: "nope"\. Use one of: .*json/);
  });

  it('exits 2 when neither --to nor --from is given', async () => {
    const run = await runCli(['convert', SMALL]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--to FORMAT or --from FORMAT');
  });

  it('exits 2 for a missing input file, with a one-line message', async () => {
    const run = await runCli(['convert', 'no/such/file.json', '--to', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('artsrx: no/such/file.json: no such file');
  });
});
