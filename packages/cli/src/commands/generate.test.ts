import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

describe('artsrx generate', () => {
  it('streams seeded NDJSON to stdout: the same seed gives the same bytes', async () => {
    const a = await runCli(['generate', '--activities', '30', '--seed', 'x', '--now', '2026-05-01']);
    const b = await runCli(['generate', '--activities', '30', '--seed', 'x', '--now', '2026-05-01']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const lines = a.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; publisher?: { name: string } });
    expect(lines[0]!.publisher!.name).toBe('ArtsRx synthetic data (not real)');
    expect(lines.filter((l) => l.type === 'Activity')).toHaveLength(30);
  });

  it('writes one JSON document with --out FILE.json, which validates clean', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'artsrx-generate-')), 'd.json');
    expect((await runCli(['generate', '-n', '40', '-s', '2', '--now', '2026-05-01', '--out', out])).code).toBe(0);
    const d = JSON.parse(readFileSync(out, 'utf8')) as { standard: string; activities: unknown[]; places: unknown[] };
    expect(d.standard).toBe('artsrx');
    expect(d.activities).toHaveLength(40);
    const run = await runCli(['validate', out, '--now', '2026-05-01', '--fail-on', 'warning']);
    expect(run.code).toBe(0);
  });

  it('exits 2 for a count that is not a whole number', async () => {
    const run = await runCli(['generate', '--activities', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('artsrx: --activities must be a whole number, got "lots"');
  });
});
