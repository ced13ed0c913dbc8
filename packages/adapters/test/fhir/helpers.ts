import { ReferralSchema, type Referral } from '@artsrx/schema';

/** A completed referral with every kind of data the mapping carries. */
export function completedReferral(overrides: Partial<Referral> = {}): Referral {
  return ReferralSchema.parse({
    id: 'ref-2026-0042',
    createdAt: '2026-01-05T09:00:00Z',
    referrer: { role: 'gp', organisationCode: 'E86619' },
    subject: {
      pseudonym: 'p-7f3a',
      ageBand: '65-74',
      postcodeDistrict: 'CH44',
      consent: { given: true, recordedAt: '2026-01-05T09:00:00Z', scopes: ['share-with-provider', 'message-back', 'attendance', 'outcome-measures', 'anonymised-reporting'] },
    },
    reasons: ['loneliness', 'low-mood'],
    target: { activityId: 'act-wallasey-choir', assetId: 'asset-st-hilary-hall' },
    status: 'completed',
    history: [
      { status: 'draft', at: '2026-01-05T09:00:00Z', by: 'gp' },
      { status: 'referred', at: '2026-01-05T09:30:00Z', by: 'gp' },
      { status: 'received', at: '2026-01-06T10:00:00Z', by: 'link-worker' },
      { status: 'contacted', at: '2026-01-07T11:00:00+00:00', by: 'link-worker' },
      { status: 'accepted', at: '2026-01-07T11:20:00Z', by: 'link-worker' },
      { status: 'matched', at: '2026-01-09T15:00:00Z', by: 'link-worker' },
      { status: 'attending', at: '2026-01-20T12:00:00Z' },
      { status: 'completed', at: '2026-03-10T12:00:00Z', by: 'link-worker' },
    ],
    attendance: [
      { date: '2026-01-20', attended: true },
      { date: '2026-01-27', attended: false },
      { date: '2026-02-03', attended: true },
    ],
    measures: [
      { instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-14', items: [3, 3, 2, 3, 3, 2, 3] },
      { instrument: 'SWEMWBS', phase: 'exit', at: '2026-03-10', score: 25 },
      { instrument: 'ONS4', phase: 'baseline', at: '2026-01-14T10:00:00Z', items: [4, 5, 5, 7] },
      { instrument: 'UCLA3', phase: 'follow-up', at: '2026-02-14', items: [2, 2, 3] },
      { instrument: 'PAM', phase: 'baseline', at: '2026-01-14', score: 52.1, level: 2 },
    ],
    ...overrides,
  });
}
