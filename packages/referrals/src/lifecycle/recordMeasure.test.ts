import { ReferralSchema } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { referralAt } from '../../test/helpers/referrals.js';
import { recordMeasure } from './recordMeasure.js';

describe('recordMeasure', () => {
  it('appends a copy of a valid measure without mutating either input', () => {
    const r = referralAt('attending');
    const m = { instrument: 'UCLA3' as const, phase: 'baseline' as const, at: '2026-01-12', items: [3, 2, 3] };
    const before = structuredClone(r);
    const result = recordMeasure(r, m);
    expect(result.ok && result.referral.measures).toEqual([m]);
    expect(result.ok && result.referral.measures![0]!.items).not.toBe(m.items);
    expect(r).toEqual(before);
    expect(result.ok && ReferralSchema.safeParse(result.referral).success).toBe(true);
  });

  it('refuses a measure that does not score, a bad date or phase, and PAM items', () => {
    const r = referralAt('attending');
    expect(recordMeasure(r, { instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-12', items: [3, 3] })).toMatchObject({ ok: false, error: { code: 'wrong_item_count' } });
    expect(recordMeasure(r, { instrument: 'UCLA3', phase: 'baseline', at: 'soon', items: [1, 1, 1] })).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    expect(recordMeasure(r, { instrument: 'UCLA3', phase: 'midway' as 'baseline', at: '2026-01-12', items: [1, 1, 1] })).toMatchObject({ ok: false, error: { code: 'invalid_phase' } });
    expect(recordMeasure(r, { instrument: 'PAM', phase: 'baseline', at: '2026-01-12', items: [1, 2] })).toMatchObject({ ok: false, error: { code: 'licensed_items' } });
  });

  it('stores PAM as score and level only', () => {
    const result = recordMeasure(referralAt('attending'), { instrument: 'PAM', phase: 'baseline', at: '2026-01-12', score: 52.1, level: 2 });
    expect(result.ok && result.referral.measures).toEqual([{ instrument: 'PAM', phase: 'baseline', at: '2026-01-12', score: 52.1, level: 2 }]);
  });

  it('needs the outcome-measures consent scope', () => {
    const r = referralAt('attending');
    const noScope = { ...r, subject: { ...r.subject, consent: { ...r.subject.consent, scopes: ['attendance' as const] } } };
    expect(recordMeasure(noScope, { instrument: 'UCLA3', phase: 'baseline', at: '2026-01-12', items: [1, 1, 1] })).toMatchObject({ ok: false, error: { code: 'no_consent' } });
  });
});
