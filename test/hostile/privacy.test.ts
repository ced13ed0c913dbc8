import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referralAt } from '../../packages/referrals/test/helpers/referrals.js';
import { expectClean, runCli, SMALL_PATH, smallDataset, tempDir } from './_lib/cli.js';
import { fhir, match, referrals as R, validate as V } from './_lib/imports.js';
import { leaks, PLANTED } from './_lib/planted.js';

// Personal data is never echoed (conventions.md). Identifiers are planted in every free-text field
// of referrals and person profiles, and in every structured field as a wrong value, then every
// output the toolkit makes from them is searched: validator messages in all three formats,
// outcomes reports, referrer summaries, FHIR, match results and reasons, thrown errors, and the
// CLI's stdout and stderr. (Ids and property names are structure, not content: see SECURITY.md.)

const P = PLANTED;

function clean(label: string, output: unknown): void {
  expect(leaks(output), `${label} repeats a planted identifier`).toEqual([]);
}

function errorText(f: () => unknown): string {
  try {
    return JSON.stringify(f()) ?? '';
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

/** A valid referral with the planted text in every free-text field (goals, notes, end reason, extra fields). */
function plantedReferral(status: Parameters<typeof referralAt>[0], i: number) {
  const r = referralAt(status, {
    id: `ref-${i}`,
    goals: P,
    endReason: P,
    target: { activityId: 'act-1' },
    attendance: [
      { date: '2026-02-02', attended: true },
      { date: '2026-02-09', attended: false },
    ],
    measures: [
      { instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-20', items: [3, 3, 3, 3, 3, 3, 3] },
      { instrument: 'SWEMWBS', phase: 'follow-up', at: '2026-03-20', items: [4, 4, 3, 4, 3, 3, 4] },
    ],
  });
  return {
    ...r,
    notes: P,
    subject: { ...r.subject, notes: P },
    attendance: r.attendance?.map((a) => ({ ...a, note: P })),
    history: r.history.map((e) => ({ ...e, note: P })),
  } as typeof r;
}

/** A referral with the planted text in every field, valid or not (ids excepted). */
const WRONG_REFERRAL = {
  id: 'ref-wrong',
  createdAt: P,
  referrer: { role: P, organisationCode: P },
  subject: { pseudonym: 'p-1', ageBand: P, postcodeDistrict: 'CH44 5XY', consent: { given: P, recordedAt: P, scopes: [P] } },
  reasons: [P],
  goals: `${P} `.repeat(200),
  target: { activityId: P },
  status: P,
  history: [{ status: P, at: P, note: P, by: P }],
  attendance: [{ date: P, attended: P, note: P }],
  measures: [{ instrument: P, phase: P, at: P, items: [P], score: P }],
  endReason: P,
  notes: P,
};

/** A person profile with the planted text in every field, plus extra free-text fields. */
const WRONG_PROFILE = {
  location: { postcodeDistrict: 'CH44 5XY', note: P },
  maxDistanceKm: P,
  attendance: P,
  interests: { artForms: [P], activityTypes: [P] },
  needs: [P],
  fiveWays: [P],
  accessNeeds: { venueFeatures: [P], accessSupport: [P] },
  availability: [{ day: P, from: P, to: P }],
  timezone: P,
  maxPrice: P,
  freeOnly: P,
  age: P,
  languages: [P],
  format: [P],
  viaReferral: P,
  notes: P,
  name: P,
};

/** Valid profiles carrying the planted text in extra (unknown) free-text fields. */
const PROFILES: Record<string, unknown>[] = [
  { location: { postcodeDistrict: 'L1' }, notes: P },
  { location: { type: 'Point', coordinates: [-2.99, 53.41] }, maxDistanceKm: 5, interests: { artForms: ['music'] }, notes: P, name: P },
  { location: { areaCode: 'E08000012' }, availability: [{ day: 'TU', from: '09:00', to: '13:00' }], description: P },
  { location: { postcodeDistrict: 'CH44 5XY' }, notes: P },
  { location: { areaCode: P } },
  { languages: [P] },
  { availability: [{ day: 'MO', from: P, to: P }] },
  WRONG_PROFILE,
];

describe('privacy: planted identifiers never come back out', () => {
  const statuses = ['completed', 'withdrawn', 'declined', 'attending', 'matched', 'referred'] as const;
  const referrals = Array.from({ length: 12 }, (_, i) => plantedReferral(statuses[i % statuses.length]!, i));

  it('the planted text really is in the inputs', () => {
    expect(leaks(referrals).length).toBeGreaterThan(5);
    expect(leaks(PROFILES).length).toBeGreaterThan(5);
  });

  it('validator messages about referrals, in text, JSON and Markdown', () => {
    for (const input of [...referrals, WRONG_REFERRAL, { ...WRONG_REFERRAL, history: P, measures: P, attendance: P }, P, [P]]) {
      const result = V.validateReferral(input);
      clean('validateReferral', result);
      clean('formatText', V.formatText(result));
      clean('formatJson', V.formatJson(result));
      clean('formatMarkdown', V.formatMarkdown(result));
    }
    expect(V.validateReferral(WRONG_REFERRAL).valid).toBe(false);
  });

  it('validator messages about profiles, in text, JSON and Markdown', () => {
    for (const input of PROFILES) {
      const result = V.validateProfile(input);
      clean('validateProfile', result);
      clean('formatText', V.formatText(result));
      clean('formatJson', V.formatJson(result));
      clean('formatMarkdown', V.formatMarkdown(result));
    }
  });

  it('outcomes reports and referrer summaries', () => {
    for (const minCohort of [1, 10]) {
      const report = R.outcomesReport(referrals, { minCohort });
      clean('outcomesReport', report);
      for (const format of ['text', 'markdown'] as const) clean(`formatOutcomesReport ${format}`, R.formatOutcomesReport(report, { format }));
    }
    for (const r of referrals) {
      const summary = R.summariseForReferrer(r, { names: { 'act-1': 'Choir' } });
      clean('summariseForReferrer', summary);
      clean('formatReferrerSummary', R.formatReferrerSummary(summary));
      clean('formatReferrerSummary markdown', R.formatReferrerSummary(summary, { format: 'markdown' }));
    }
  });

  it('errors from the referral lifecycle', () => {
    const r = referrals[0]!;
    clean('transition', errorText(() => R.transition(r, 'contacted', { at: P, note: P })));
    clean('recordAttendance', errorText(() => R.recordAttendance(r, { date: P, attended: true })));
    clean('recordMeasure', errorText(() => R.recordMeasure(r, { instrument: 'ONS4', phase: 'baseline', at: P, items: [1, 2, 3, 4] })));
    clean('createReferral', errorText(() => R.createReferral(WRONG_REFERRAL as never)));
    clean('scoreMeasure', errorText(() => R.scoreMeasure({ instrument: 'ONS4', phase: 'baseline', at: P, items: [1, 2, 3, 4] } as never)));
  });

  it('FHIR: written bundles and what reading one back reports', () => {
    for (const r of referrals) {
      const bundle = fhir.toFhir(r);
      clean('toFhir', bundle);
      const back = fhir.fromFhir(bundle);
      clean('fromFhir', back);
    }
    // A bundle with the planted text in its own free-text fields (notes, display, extensions).
    const bundle = JSON.parse(JSON.stringify(fhir.toFhir(referrals[0]!))) as { entry: { resource: Record<string, unknown> }[] };
    for (const e of bundle.entry) {
      e.resource.note = [{ text: P }];
      e.resource.text = { status: 'generated', div: `<div>${P}</div>` };
      e.resource.id = P;
    }
    clean('fromFhir planted', fhir.fromFhir(bundle));
    clean('fromFhir garbage', errorText(() => fhir.fromFhir({ resourceType: P, entry: [{ resource: { resourceType: P, status: P } }] })));
  });

  it('match results, reasons, near misses and errors', () => {
    const matcher = match.createMatcher(smallDataset() as never);
    for (const profile of PROFILES) {
      clean('match', errorText(() => matcher.match(profile as never)));
      clean('match options', errorText(() => matcher.match(profile as never, { now: P } as never)));
    }
  });

  it('the CLI: validate, outcomes, match and convert, every format, stdout and stderr', async () => {
    const dir = tempDir('privacy');
    const files = {
      referral: join(dir, 'referral.json'),
      wrongReferral: join(dir, 'wrong-referral.json'),
      profile: join(dir, 'profile.json'),
      wrongProfile: join(dir, 'wrong-profile.json'),
      referrals: join(dir, 'referrals.ndjson'),
      bundle: join(dir, 'bundle.json'),
    };
    writeFileSync(files.referral, JSON.stringify(referrals[0]));
    writeFileSync(files.wrongReferral, JSON.stringify(WRONG_REFERRAL));
    writeFileSync(files.profile, JSON.stringify(PROFILES[1]));
    writeFileSync(files.wrongProfile, JSON.stringify(WRONG_PROFILE));
    writeFileSync(files.referrals, `${[...referrals, WRONG_REFERRAL].map((r) => JSON.stringify(r)).join('\n')}\n{"id": "${P}"\n`);
    const bundle = JSON.parse(JSON.stringify(fhir.toFhir(referrals[0]!))) as { entry: { resource: Record<string, unknown> }[] };
    for (const e of bundle.entry) e.resource.note = [{ text: P }];
    writeFileSync(files.bundle, JSON.stringify(bundle));

    const runs: [string, string[]][] = [];
    for (const format of ['text', 'json', 'markdown']) {
      runs.push([`validate referral ${format}`, ['validate', files.referral, files.wrongReferral, '--format', format]]);
      runs.push([`validate profile ${format}`, ['validate', files.profile, files.wrongProfile, '--format', format, '--type', 'profile']]);
      runs.push([`outcomes ${format}`, ['outcomes', files.referrals, '--format', format, '--min-cohort', '1']]);
    }
    for (const format of ['text', 'json']) {
      for (const profile of [files.profile, files.wrongProfile]) {
        runs.push([`match ${format} ${profile}`, ['match', SMALL_PATH, '--profile', profile, '--format', format, '--explain-excluded', '--now', '2026-05-01T09:00:00Z']]);
      }
    }
    runs.push(['convert --to fhir', ['convert', files.referral, '--to', 'fhir']]);
    runs.push(['convert wrong --to fhir', ['convert', files.wrongReferral, '--to', 'fhir']]);
    runs.push(['convert --from fhir', ['convert', files.bundle, '--from', 'fhir']]);
    for (let i = 0; i < runs.length; i += 3) {
      const batch = runs.slice(i, i + 3);
      const results = await Promise.all(batch.map(([, args]) => runCli(args)));
      results.forEach((run, j) => {
        const [label] = batch[j]!;
        expectClean(run, [0, 1, 2], label);
        clean(`${label} stdout`, run.stdout);
        clean(`${label} stderr`, run.stderr);
      });
    }
  }, 120_000);
});
