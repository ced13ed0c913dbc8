import { ReferralSchema } from '@artsrx/schema';
import { bench, describe } from 'vitest';
import { outcomesReport } from '../src/report/outcomesReport.js';
import { syntheticReferrals } from './_data.js';

// 20 000 referrals, about 5 700 with sessions and three instruments at baseline and exit.
const referrals = syntheticReferrals(20_000);

// Baseline: checking the same referrals with ReferralSchema, which every caller (the CLI, an
// import) does before reporting. The report should cost the same order as that check.
describe('outcomesReport, 20 000 referrals', () => {
  bench('baseline: ReferralSchema.safeParse over every referral', () => {
    for (const r of referrals) ReferralSchema.safeParse(r);
  });
  bench('outcomesReport (funnel, waits, attendance, 8 paired measures, WELLBY)', () => {
    outcomesReport(referrals, { from: '2026-01-01', to: '2026-12-31' });
  });
});
