import { describe, expect, it } from 'vitest';
import { referralAt } from '../../test/helpers/referrals.js';
import { formatReferrerSummary } from './formatReferrerSummary.js';
import { summariseForReferrer } from './summariseForReferrer.js';

const referral = referralAt('completed', {
  target: { activityId: 'act-choir' },
  attendance: [
    { date: '2026-01-20', attended: true },
    { date: '2026-01-27', attended: false },
  ],
  measures: [
    { instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-14', items: [3, 3, 3, 3, 3, 3, 3] },
    { instrument: 'SWEMWBS', phase: 'exit', at: '2026-03-01', items: [4, 4, 4, 4, 3, 3, 3] },
  ],
});

describe('formatReferrerSummary', () => {
  it('renders a short letter with the outcome code, dates, activity, attendance and change', () => {
    const text = formatReferrerSummary(summariseForReferrer(referral, { names: { 'act-choir': 'Community choir' } }));
    expect(text).toBe(
      [
        'Social prescribing referral ref-test: summary for the referrer',
        '',
        'Outcome:',
        '  Completed (FHIR Task status completed)',
        '  SNOMED CT 871731000000106 Referral to social prescribing service',
        '',
        'Dates:',
        '  Referred: 2026-01-06',
        '  First contact: 2026-01-08',
        '  Accepted: 2026-01-09',
        '  First session attended: 2026-01-20',
        '  Ended: 2026-01-12',
        '',
        'Connected to:',
        '  Activity: Community choir',
        '',
        'Attendance:',
        '  1 of 2 sessions attended.',
        '',
        'Outcome measures:',
        // raw 21 → 19.25, raw 25 → 22.35: +3.1, at least the 2.87 threshold
        '  SWEMWBS: baseline 2026-01-14: 19.25 (metric; raw 21); follow-up 2026-03-01: 22.35 (metric; raw 25); change: SWEMWBS +3.1 (meaningful improvement)',
        '',
        'Reason for ending:',
        '  Completed',
        '',
      ].join('\n'),
    );
  });

  it('says what was withheld, in Markdown too', () => {
    const r = { ...referral, subject: { ...referral.subject, consent: { ...referral.subject.consent, scopes: ['message-back' as const] } } };
    const md = formatReferrerSummary(summariseForReferrer(r), { format: 'markdown' });
    expect(md).toContain('# Social prescribing referral ref-test');
    expect(md).toContain('## Outcome');
    expect(md).toContain('Attendance is not shared: the person did not agree to share it.');
    expect(md).not.toContain('SWEMWBS');
    const none = { ...referral, subject: { ...referral.subject, consent: { ...referral.subject.consent, scopes: [] } } };
    expect(formatReferrerSummary(summariseForReferrer(none))).toBe(
      'Social prescribing referral ref-test: summary for the referrer\n\nThe person did not agree to a summary being sent back, so nothing more is shared.\n',
    );
  });

  it('rejects an unknown format', () => {
    expect(() => formatReferrerSummary(summariseForReferrer(referral), { format: 'pdf' as 'text' })).toThrow(RangeError);
  });
});
