import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

// A nominated asset with only a name and a description: not a valid Asset, still classified.
const dataset = JSON.stringify({
  standard: 'artsrx',
  version: '0.1.0',
  assets: [
    { id: 'as-choir', name: 'Harbour Street Community Choir', description: 'A volunteer-run choir.' },
    { id: 'as-hall', name: "St Mary's Church Hall", abcdCategory: 'physical', status: 'active', provenance: { source: 'directory', recordedAt: '2026-01-01' } },
  ],
  activities: [{ id: 'act-print', name: 'Tuesday print club', description: 'Lino printing.' }],
});

describe('artsrx classify', () => {
  it('prints suggestions as JSON, one entry per value, best first within a record and field', async () => {
    const run = await runCli(['classify', '-', '--format', 'json'], { stdin: dataset });
    expect(run.code).toBe(0);
    const { suggestions } = JSON.parse(run.stdout) as { suggestions: { recordId: string; field: string; value: string; confidence: number; evidence: string[] }[] };
    expect(suggestions).toContainEqual({ recordId: 'as-choir', field: 'abcdCategory', value: 'association', confidence: expect.any(Number), evidence: expect.arrayContaining(["'Choir' in the name → association"]) });
    expect(suggestions).toContainEqual(expect.objectContaining({ recordId: 'act-print', field: 'activityTypes', value: 'printmaking' }));
    expect(Object.keys(suggestions[0]!)).toEqual(['recordId', 'field', 'value', 'confidence', 'evidence']);
    expect(suggestions.every((s) => s.confidence >= 0.7)).toBe(true);
  });

  it('prints readable text by default', async () => {
    const run = await runCli(['classify', '-'], { stdin: dataset });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('as-choir  Harbour Street Community Choir');
    expect(run.stdout).toMatch(/abcdCategory\s+association\s+0\.\d\d\s+'Choir' in the name → association/);
    expect(run.stdout).toMatch(/suggestion\(s\) for \d+ record\(s\) at confidence ≥ 0\.7/);
  });

  it('--apply writes the dataset with silent fields filled and provenance, never overwriting', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'artsrx-classify-')), 'applied.json');
    const run = await runCli(['classify', '-', '--apply', '--out', out, '--now', '2026-05-01T10:00:00Z'], { stdin: dataset });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/filled \d+ field\(s\) in \d+ record\(s\)/);
    const d = JSON.parse(readFileSync(out, 'utf8')) as { assets: Record<string, unknown>[]; activities: Record<string, unknown>[] };
    expect(d.assets[0]).toMatchObject({ abcdCategory: 'association', provenance: { inferred: expect.arrayContaining([{ field: 'abcdCategory', by: '@artsrx/classify', confidence: expect.any(Number), at: '2026-05-01T10:00:00Z' }]) } });
    expect(d.assets[1]!.abcdCategory).toBe('physical');
    expect(d.activities[0]).toMatchObject({ artForms: ['visual-arts'], activityTypes: ['printmaking'] });
  });

  it('exits 2 with a one-line message for a bad --min-confidence', async () => {
    const run = await runCli(['classify', '-', '--min-confidence', '7'], { stdin: dataset });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--min-confidence must be a number from 0 to 1');
  });
});
