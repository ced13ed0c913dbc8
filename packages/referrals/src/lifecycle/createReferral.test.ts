import { describe, expect, it } from 'vitest';
import { createReferral, type CreateReferralInput } from './createReferral.js';

const input: CreateReferralInput = {
  id: 'r1',
  createdAt: '2026-01-05T09:00:00Z',
  referrer: { role: 'gp', organisationCode: 'E86619' },
  subject: { pseudonym: 'p-7f3a', ageBand: '65-74', postcodeDistrict: 'CH44', consent: { given: true, recordedAt: '2026-01-05T09:00:00Z', scopes: ['message-back'] } },
  reasons: ['loneliness'],
};

describe('createReferral', () => {
  it('starts a draft with one history event by the referrer', () => {
    const r = createReferral(input);
    expect(r.ok && r.referral.status).toBe('draft');
    expect(r.ok && r.referral.history).toEqual([{ status: 'draft', at: '2026-01-05T09:00:00Z', by: 'gp' }]);
  });

  it('can start as referred, but not without consent', () => {
    expect(createReferral({ ...input, status: 'referred', by: 'link-worker' })).toMatchObject({ ok: true, referral: { status: 'referred', history: [{ by: 'link-worker' }] } });
    const noConsent = { ...input, status: 'referred' as const, subject: { ...input.subject, consent: { ...input.subject.consent, given: false } } };
    expect(createReferral(noConsent)).toMatchObject({ ok: false, error: { code: 'no_consent' } });
  });

  it('refuses any other starting state', () => {
    expect(createReferral({ ...input, status: 'completed' as 'draft' })).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
  });

  it('lists every problem by pointer without repeating the values', () => {
    const bad = { ...input, createdAt: 'yesterday', subject: { ...input.subject, postcodeDistrict: 'CH44 9AB' }, reasons: [] };
    const r = createReferral(bad as unknown as CreateReferralInput);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_referral');
    const pointers = r.error.issues!.map((i) => i.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/createdAt', '/subject/postcodeDistrict', '/reasons']));
    expect(JSON.stringify(r.error)).not.toMatch(/CH44 9AB|yesterday/);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(input);
    createReferral(input);
    expect(input).toEqual(copy);
  });
});
