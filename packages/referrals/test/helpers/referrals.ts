import { ReferralSchema, type Referral, type ReferralStatus } from '@artsrx/schema';

export const ALL_SCOPES = ['share-with-provider', 'message-back', 'attendance', 'outcome-measures', 'anonymised-reporting'] as const;

/** The main path, in order, used to build a referral that has reached a given state. */
const PATH: Record<ReferralStatus, ReferralStatus[]> = {
  draft: ['draft'],
  referred: ['draft', 'referred'],
  received: ['draft', 'referred', 'received'],
  contacted: ['draft', 'referred', 'received', 'contacted'],
  accepted: ['draft', 'referred', 'received', 'contacted', 'accepted'],
  matched: ['draft', 'referred', 'received', 'contacted', 'accepted', 'matched'],
  attending: ['draft', 'referred', 'received', 'contacted', 'accepted', 'matched', 'attending'],
  completed: ['draft', 'referred', 'received', 'contacted', 'accepted', 'matched', 'attending', 'completed'],
  declined: ['draft', 'referred', 'received', 'contacted', 'declined'],
  'unable-to-contact': ['draft', 'referred', 'received', 'unable-to-contact'],
  withdrawn: ['draft', 'referred', 'withdrawn'],
  'entered-in-error': ['draft', 'entered-in-error'],
};

/** A valid referral that has reached `status` by the main path, one day per step from 2026-01-05. */
export function referralAt(status: ReferralStatus, overrides: Partial<Referral> = {}): Referral {
  const history = PATH[status].map((s, i) => ({ status: s, at: `2026-01-${String(5 + i).padStart(2, '0')}T09:00:00Z` }));
  return ReferralSchema.parse({
    id: 'ref-test',
    createdAt: '2026-01-05T09:00:00Z',
    referrer: { role: 'gp', organisationCode: 'E86619' },
    subject: { pseudonym: 'p-test', ageBand: '45-54', postcodeDistrict: 'L8', consent: { given: true, recordedAt: '2026-01-05T09:00:00Z', scopes: [...ALL_SCOPES] } },
    reasons: ['low-mood'],
    status,
    history,
    ...overrides,
  });
}
