import { describe, expect, it } from 'vitest';
import { referralAt } from '../../test/helpers/referrals.js';
import { recordAttendance } from './recordAttendance.js';

describe('recordAttendance', () => {
  it('keeps sessions in date order and does not mutate the input', () => {
    const r = referralAt('attending');
    const before = structuredClone(r);
    const a = recordAttendance(r, { date: '2026-02-10', attended: true });
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    const b = recordAttendance(a.referral, { date: '2026-02-03', attended: false });
    expect(b.ok && b.referral.attendance).toEqual([
      { date: '2026-02-03', attended: false },
      { date: '2026-02-10', attended: true },
    ]);
    expect(r).toEqual(before);
  });

  it('refuses a second record for the same date, a bad date, and before matching', () => {
    const r = referralAt('matched', { attendance: [{ date: '2026-02-03', attended: true }] });
    expect(recordAttendance(r, { date: '2026-02-03', attended: false })).toMatchObject({ ok: false, error: { code: 'duplicate_attendance' } });
    expect(recordAttendance(r, { date: '2026-02-30', attended: true })).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    expect(recordAttendance(referralAt('accepted'), { date: '2026-02-03', attended: true })).toMatchObject({ ok: false, error: { code: 'not_attending' } });
  });

  it('needs the attendance consent scope', () => {
    const r = referralAt('attending');
    const noScope = { ...r, subject: { ...r.subject, consent: { ...r.subject.consent, scopes: ['message-back' as const] } } };
    expect(recordAttendance(noScope, { date: '2026-02-03', attended: true })).toMatchObject({ ok: false, error: { code: 'no_consent' } });
  });
});
