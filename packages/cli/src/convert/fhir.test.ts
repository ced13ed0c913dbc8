import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ReferralSchema, type Referral } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/runCli.js';
import { FORMATS } from './formats.js';
import { fhirFormat, isReferralFormat } from './fhir.js';

const referral = ReferralSchema.parse(
  (JSON.parse(readFileSync(resolve(REPO_ROOT, 'packages/referrals/test/fixtures/outcomesReport/in/cohort.json'), 'utf8')) as Referral[])[0],
);
const now = new Date('2026-04-01T00:00:00Z');

describe('fhir convert format', () => {
  it('is registered and converts referrals', () => {
    expect(FORMATS.fhir).toBe(fhirFormat);
    expect(isReferralFormat(FORMATS.fhir!)).toBe(true);
    expect(isReferralFormat(FORMATS.json!)).toBe(false);
  });

  it('writes a transaction Bundle and reads the same referral back', async () => {
    const { output, report } = await fhirFormat.toReferral(referral, { now });
    expect(report).toEqual([]);
    const bundle = JSON.parse(output as string) as { resourceType: string; type: string };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    const back = await fhirFormat.fromReferral({ path: 'b.json', text: output as string }, { now });
    expect(back).toEqual({ referral, report: [] });
  });

  it('says, without quoting it, that free text is not written', async () => {
    const { output, report } = await fhirFormat.toReferral({ ...referral, goals: 'sing with others' }, { now });
    expect(report).toEqual(['free text (goals) is not written to FHIR: it stays in the case record']);
    expect(output).not.toContain('sing with others');
  });

  it('refuses a dataset', async () => {
    await expect(fhirFormat.to!({} as never, { now })).rejects.toThrow(/one referral, not a dataset/);
  });
});

describe('artsrx convert REFERRAL --to fhir', () => {
  it('writes a Bundle from a referral file and reads it back with --from fhir', async () => {
    const { runCli } = await import('../../test/runCli.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(resolve(tmpdir(), 'artsrx-fhir-'));
    const input = resolve(dir, 'referral.json');
    writeFileSync(input, JSON.stringify(referral));
    const to = await runCli(['convert', input, '--to', 'fhir']);
    expect(to.stderr).toBe('');
    expect(to.code).toBe(0);
    expect(JSON.parse(to.stdout)).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    const bundle = resolve(dir, 'bundle.json');
    writeFileSync(bundle, to.stdout);
    const from = await runCli(['convert', bundle, '--from', 'fhir']);
    expect(from.code).toBe(0);
    expect(JSON.parse(from.stdout)).toEqual(JSON.parse(JSON.stringify(referral)));
  });

  it('refuses an invalid referral without echoing its content (exit 1)', async () => {
    const { runCli } = await import('../../test/runCli.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const input = resolve(mkdtempSync(resolve(tmpdir(), 'artsrx-fhir-')), 'bad.json');
    writeFileSync(input, JSON.stringify({ ...referral, status: 'open', goals: 'call me on 07700 900123' }));
    const run = await runCli(['convert', input, '--to', 'fhir']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a valid ArtsRx referral/);
    expect(run.stderr + run.stdout).not.toContain('07700 900123');
  });
});
