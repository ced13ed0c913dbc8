import { readFileSync } from 'node:fs';
import type { Referral } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { outcomesReport } from './outcomesReport.js';

const load = (p: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/outcomesReport/${p}`, import.meta.url), 'utf8'));
const withoutNotes = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('_')));
const cohort = load('in/cohort.json') as Referral[];

describe('outcomesReport', () => {
  it('matches the hand-worked cohort fixture', () => {
    expect(outcomesReport(cohort, { from: '2026-01-01', to: '2026-03-31' })).toEqual(withoutNotes(load('out/cohort.json')));
  });

  it('does not mutate its input', () => {
    const before = structuredClone(cohort);
    outcomesReport(cohort, { from: '2026-01-01' });
    expect(cohort).toEqual(before);
  });

  it('suppresses every group below minCohort but always shows n', () => {
    const r = outcomesReport(cohort, { from: '2026-01-01', to: '2026-03-31', minCohort: 13 });
    expect(r.funnel).toMatchObject({ suppressed: true, referred: null, accepted: null, rates: { acceptedOfReferred: null } });
    expect(r.measures.SWEMWBS).toMatchObject({ n: 10, suppressed: true, meanChange: null, ci95: null, improvedShare: null });
    expect(r.timeToFirstSession).toMatchObject({ n: 10, suppressed: true, medianDays: null });
    expect(r.socialValue).toMatchObject({ suppressed: true, wellbys: null, gbp: null, assumptions: { people: 10, meanChangeLifeSatisfaction: null } });
  });

  it('shows UCLA3 once the cohort threshold allows: 4 people each 8 → 6', () => {
    const r = outcomesReport(cohort, { minCohort: 4 });
    // changes −2, −2, −2, −2: mean −2, s = 0 so the CI is [−2, −2]; lower is better.
    expect(r.measures.UCLA3).toMatchObject({ n: 4, suppressed: false, meanChange: -2, ci95: [-2, -2], improvedShare: null, direction: 'lower-is-better' });
  });

  it('uses a caller threshold in the better direction', () => {
    const r = outcomesReport(cohort, { minCohort: 4, thresholds: { UCLA3: 2, 'ONS4.anxiety': 3, 'ONS4.lifeSatisfaction': 1 } });
    expect(r.measures.UCLA3.improvedShare).toBe(1); // −2 each, 2 points better
    expect(r.measures['ONS4.anxiety'].improvedShare).toBe(0); // −2 each, short of 3
    expect(r.measures['ONS4.lifeSatisfaction'].improvedShare).toBe(0.7); // changes ≥ 1: seven of ten
  });

  it('applies deadweight, attribution and duration to the social value and shows them', () => {
    const r = outcomesReport(cohort, { socialValue: { durationYears: 2, deadweight: 0.25, attribution: 0.5 } });
    // 1.0 × 10 people × 2 years × 0.75 × 0.5 = 7.5 WELLBYs → 7.5; £75,000 / £97,500 → 98,000 / £120,000
    expect(r.socialValue).toMatchObject({ wellbys: 7.5, gbp: { low: 75000, central: 98000, high: 120000 }, assumptions: { durationYears: 2, deadweight: 0.25, attribution: 0.5 } });
  });

  it('counts the period by the date the referral was sent', () => {
    expect(outcomesReport(cohort, { to: '2026-01-04', minCohort: 1 }).cohort).toEqual({
      referrals: 1,
      excluded: { noReportingConsent: 1, enteredInError: 1, notReferred: 1, outsidePeriod: 12 },
    });
  });

  it('rejects bad options', () => {
    expect(() => outcomesReport(cohort, { from: '1/1/2026' })).toThrow(RangeError);
    expect(() => outcomesReport(cohort, { minCohort: 0 })).toThrow(RangeError);
    expect(() => outcomesReport(cohort, { socialValue: { deadweight: 1.5 } })).toThrow(RangeError);
  });
});
