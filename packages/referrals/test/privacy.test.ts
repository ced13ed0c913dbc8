import type { Referral } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import {
  createReferral,
  formatOutcomesReport,
  formatReferrerSummary,
  outcomesReport,
  recordAttendance,
  recordMeasure,
  summariseForReferrer,
  transition,
  type CreateReferralInput,
} from '../src/index.js';
import { referralAt } from './helpers/referrals.js';

// Planted identifiers: the NHS test number 943 476 5919, an Ofcom drama phone number, an email and a full postcode.
const PLANTED = 'NHS 943 476 5919, ring 07700 900123 or jo.bloggs@example.org, lives at CH44 5XY';
const NEEDLES = [/943\s*476\s*5919/, /9434765919/, /07700\s*900123/, /jo\.bloggs/i, /example\.org/i, /CH44\s*5XY/i, /5XY/];

function assertClean(label: string, output: unknown): void {
  const text = typeof output === 'string' ? output : JSON.stringify(output);
  for (const needle of NEEDLES) expect(text, `${label} leaks ${needle}`).not.toMatch(needle);
}

/** A referral at `status` with the planted text in every free-text field: goals, each history note, end reason. */
function planted(status: Parameters<typeof referralAt>[0], i: number): Referral {
  const r = referralAt(status, {
    id: `ref-${i}`,
    goals: PLANTED,
    endReason: PLANTED,
    target: { activityId: 'act-choir' },
    attendance: [
      { date: '2026-02-02', attended: true },
      { date: '2026-02-09', attended: false },
    ],
    measures: [
      { instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-20', items: [3, 3, 3, 3, 3, 3, 3] },
      { instrument: 'SWEMWBS', phase: 'follow-up', at: '2026-03-20', items: [4, 4, 3, 4, 3, 3, 4] },
      { instrument: 'ONS4', phase: 'baseline', at: '2026-01-20', items: [4, 5, 5, 6] },
      { instrument: 'ONS4', phase: 'exit', at: '2026-03-20', items: [6, 6, 6, 4] },
    ],
  });
  return { ...r, history: r.history.map((e) => ({ ...e, note: PLANTED })) };
}

describe('privacy: no output of @artsrx/referrals repeats planted identifiers', () => {
  const statuses = ['completed', 'withdrawn', 'declined', 'attending', 'matched'] as const;
  const referrals = Array.from({ length: 15 }, (_, i) => planted(statuses[i % statuses.length]!, i));

  it('the planted text really is in the input', () => {
    expect(JSON.stringify(referrals)).toMatch(NEEDLES[0]!);
  });

  it('summaries', () => {
    for (const r of referrals) {
      const summary = summariseForReferrer(r, { names: { 'act-choir': 'Choir' } });
      assertClean('summariseForReferrer', summary);
      assertClean('formatReferrerSummary text', formatReferrerSummary(summary));
      assertClean('formatReferrerSummary markdown', formatReferrerSummary(summary, { format: 'markdown' }));
    }
  });

  it('reports in every format, suppressed or not', () => {
    for (const minCohort of [1, 10, 100]) {
      const report = outcomesReport(referrals, { minCohort });
      assertClean('outcomesReport json', report);
      assertClean('outcomesReport text', formatOutcomesReport(report, { format: 'text' }));
      assertClean('outcomesReport markdown', formatOutcomesReport(report, { format: 'markdown' }));
    }
  });

  it('errors from every function', () => {
    const r = referrals[0]!;
    assertClean('illegal transition', transition(r, 'contacted', { at: '2026-04-01T00:00:00Z', note: PLANTED }));
    assertClean('time went backwards', transition(planted('attending', 99), 'completed', { at: '2020-01-01T00:00:00Z', note: PLANTED, endReason: PLANTED }));
    assertClean('bad date', transition(planted('attending', 99), 'completed', { at: PLANTED }));
    assertClean('attendance', recordAttendance(r, { date: PLANTED, attended: true }));
    assertClean('attendance duplicate', recordAttendance(planted('attending', 98), { date: '2026-02-02', attended: true }));
    assertClean('measure', recordMeasure(r, { instrument: 'ONS4', phase: 'baseline', at: PLANTED, items: [1, 2, 3, 4] }));
    assertClean('measure items', recordMeasure(r, { instrument: 'ONS4', phase: 'baseline', at: '2026-01-01', items: [1, 2, 33, 4] }));
    const bad = {
      id: 'r-bad',
      createdAt: PLANTED,
      referrer: { role: 'gp', organisationCode: PLANTED },
      subject: { pseudonym: 'p-1', postcodeDistrict: 'CH44 5XY', consent: { given: true, recordedAt: PLANTED, scopes: [PLANTED] } },
      reasons: [PLANTED],
      goals: PLANTED.repeat(40),
    };
    const created = createReferral(bad as unknown as CreateReferralInput);
    expect(created.ok).toBe(false);
    assertClean('createReferral', created);
  });
});
