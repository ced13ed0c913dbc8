import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../test/runCli.js';

// The hand-worked cohort of @artsrx/referrals (see its out/cohort.json for the arithmetic).
const COHORT = resolve(REPO_ROOT, 'packages/referrals/test/fixtures/outcomesReport/in/cohort.json');
const EXPECTED = JSON.parse(readFileSync(resolve(REPO_ROOT, 'packages/referrals/test/fixtures/outcomesReport/out/cohort.json'), 'utf8')) as Record<string, unknown>;
const referrals = JSON.parse(readFileSync(COHORT, 'utf8')) as Record<string, unknown>[];

const PLANTED = 'NHS 943 476 5919, ring 07700 900123 or jo.bloggs@example.org, lives at CH44 5XY';
const NEEDLES = [/943\s*476\s*5919/, /07700\s*900123/, /jo\.bloggs/i, /CH44\s*5XY/i];

describe('artsrx outcomes', () => {
  it('prints the JSON report in the documented shape', async () => {
    const run = await runCli(['outcomes', COHORT, '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, any>;
    expect(report.funnel).toMatchObject({ referred: 12, accepted: 10, attended: 10, completed: 8 });
    for (const key of ['SWEMWBS', 'WEMWBS', 'UCLA3', 'ONS4.lifeSatisfaction', 'ONS4.worthwhile', 'ONS4.happiness', 'ONS4.anxiety']) {
      expect(Object.keys(report.measures[key])).toEqual(expect.arrayContaining(['n', 'meanChange', 'ci95', 'improvedShare']));
    }
    expect(report.measures.SWEMWBS).toMatchObject({ n: 10, meanChange: 1.92, ci95: [1.02, 2.81], improvedShare: 0.5 });
    expect(Object.keys(report.socialValue)).toEqual(expect.arrayContaining(['wellbys', 'gbp', 'assumptions']));
    expect(report.socialValue.gbp).toEqual({ low: 100000, central: 130000, high: 160000 });
    const { _arithmetic, ...expected } = EXPECTED;
    expect(report).toEqual(expected);
  });

  it('reads NDJSON and prints text and Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-outcomes-'));
    const file = join(dir, 'referrals.ndjson');
    writeFileSync(file, referrals.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const text = await runCli(['outcomes', file, '--from', '2026-01-01']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('About 10 WELLBYs: £130,000 (range £100,000 to £160,000)');
    const md = await runCli(['outcomes', file, '--format', 'markdown', '--min-cohort', '20']);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# Social prescribing outcomes');
    expect(md.stdout).toContain('Suppressed: fewer than 20 referrals.');
  });

  it('passes social-value assumptions through and shows them', async () => {
    const run = await runCli(['outcomes', COHORT, '--format', 'json', '--deadweight', '0.25', '--attribution', '0.5', '--duration-years', '2']);
    const report = JSON.parse(run.stdout) as { socialValue: { wellbys: number; assumptions: Record<string, number> } };
    // 1.0 × 10 × 2 × 0.75 × 0.5 = 7.5
    expect(report.socialValue.wellbys).toBe(7.5);
    expect(report.socialValue.assumptions).toMatchObject({ durationYears: 2, deadweight: 0.25, attribution: 0.5 });
  });

  it('leaves out invalid records with a count, never their content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-outcomes-'));
    const file = join(dir, 'mixed.json');
    writeFileSync(file, JSON.stringify([...referrals, { id: 'x', goals: PLANTED }, { subject: { pseudonym: PLANTED } }]));
    const run = await runCli(['outcomes', file, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/2 records are not valid referrals and were left out/);
    for (const needle of NEEDLES) expect(run.stdout + run.stderr).not.toMatch(needle);
  });

  it('prints no planted identifier in any format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-outcomes-'));
    const file = join(dir, 'planted.json');
    const planted = referrals.map((r) => ({ ...r, goals: PLANTED, endReason: PLANTED, history: (r.history as object[]).map((e) => ({ ...e, note: PLANTED })) }));
    writeFileSync(file, JSON.stringify(planted));
    for (const format of ['text', 'json', 'markdown']) {
      const run = await runCli(['outcomes', file, '--format', format, '--min-cohort', '1']);
      expect(run.code).toBe(0);
      for (const needle of NEEDLES) expect(run.stdout + run.stderr, `${format} leaks ${needle}`).not.toMatch(needle);
    }
  });

  it('exits 2 on bad options or unreadable input', async () => {
    expect((await runCli(['outcomes', COHORT, '--from', '01/01/2026'])).code).toBe(2);
    expect((await runCli(['outcomes', COHORT, '--format', 'pdf'])).code).toBe(2);
    expect((await runCli(['outcomes', COHORT, '--deadweight', '2'])).code).toBe(2);
    expect((await runCli(['outcomes', COHORT, '--from', '2026-03-01', '--to', '2026-01-01'])).code).toBe(2);
    const missing = await runCli(['outcomes', 'no-such-file.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect((await runCli(['outcomes', '-'], { stdin: 'not json at all' })).code).toBe(2);
  });
});
