import { AGE_BANDS, NEEDS, REFERRAL_STATUSES, ReferralSchema, type Referral, type ReferralStatus } from '@artsrx/schema';
import fc from 'fast-check';

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

/** Arbitrary valid referrals: any states and history, consent scopes, referrer, attendance, UCLA3 and PAM measures. */
export function referralArbitrary(): fc.Arbitrary<Referral> {
  const statusArb = fc.constantFrom(...(REFERRAL_STATUSES.ids as readonly ReferralStatus[]));
  return fc
    .record({
      status: statusArb,
      history: fc.array(fc.record({ status: statusArb, by: fc.option(fc.constantFrom('gp', 'link-worker', 'self' as const), { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
      scopes: fc.subarray(['share-with-provider', 'message-back', 'attendance', 'outcome-measures', 'anonymised-reporting'] as const),
      given: fc.boolean(),
      org: fc.option(fc.constantFrom('E86619', 'U12345'), { nil: undefined }),
      role: fc.constantFrom('gp', 'link-worker', 'nurse', 'other-professional', 'self', 'community' as const),
      attended: fc.array(fc.boolean(), { maxLength: 5 }),
      ucla: fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), { maxLength: 3 }),
      pam: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      ageBand: fc.option(fc.constantFrom(...AGE_BANDS), { nil: undefined }),
      district: fc.option(fc.constantFrom('L8', 'CH44', 'WA10', 'SW1A'), { nil: undefined }),
      reasons: fc.subarray([...NEEDS.ids], { minLength: 1 }),
      target: fc.option(fc.record({ activityId: fc.constantFrom('act-1', 'https://example.org/activities/42') }), { nil: undefined }),
    })
    .map(
      (x) =>
        ReferralSchema.parse({
          id: 'ref-prop',
          createdAt: '2026-01-05T09:00:00Z',
          referrer: x.org === undefined ? { role: x.role } : { role: x.role, organisationCode: x.org },
          subject: {
            pseudonym: 'p-prop',
            ...(x.ageBand ? { ageBand: x.ageBand } : {}),
            ...(x.district ? { postcodeDistrict: x.district } : {}),
            consent: { given: x.given, recordedAt: '2026-01-05T09:00:00Z', scopes: [...x.scopes] },
          },
          reasons: x.reasons,
          ...(x.target ? { target: x.target } : {}),
          status: x.status,
          history: x.history.map((h, i) => ({ status: h.status, at: `2026-01-${String(5 + i).padStart(2, '0')}T09:00:00Z`, ...(h.by ? { by: h.by } : {}) })),
          ...(x.attended.length ? { attendance: x.attended.map((a, i) => ({ date: `2026-02-${String(1 + i).padStart(2, '0')}`, attended: a })) } : {}),
          ...(x.ucla.length || x.pam !== undefined
            ? {
                measures: [
                  ...x.ucla.map((items, i) => ({ instrument: 'UCLA3', phase: i === 0 ? 'baseline' : 'follow-up', at: `2026-03-0${i + 1}`, items })),
                  ...(x.pam !== undefined ? [{ instrument: 'PAM', phase: 'exit', at: '2026-04-01', score: x.pam }] : []),
                ],
              }
            : {}),
        }) as Referral,
    );
}
