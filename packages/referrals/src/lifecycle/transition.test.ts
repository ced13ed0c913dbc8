import { REFERRAL_STATUSES, ReferralSchema, type ReferralStatus } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralAt } from '../../test/helpers/referrals.js';
import { canTransition } from './canTransition.js';
import { LEGAL_TRANSITIONS } from './legalTransitions.js';
import { transition } from './transition.js';

// Written out independently of LEGAL_TRANSITIONS, so a change to the table has to change this too.
const EXPECTED_LEGAL = new Set([
  'draft>referred',
  'referred>received',
  'received>contacted',
  'contacted>accepted',
  'accepted>matched',
  'matched>attending',
  'attending>completed',
  'received>declined',
  'contacted>declined',
  'received>unable-to-contact',
  'contacted>unable-to-contact',
  'referred>withdrawn',
  'received>withdrawn',
  'contacted>withdrawn',
  'accepted>withdrawn',
  'matched>withdrawn',
  'attending>withdrawn',
  ...REFERRAL_STATUSES.ids.filter((s) => s !== 'entered-in-error').map((s) => `${s}>entered-in-error`),
]);

const AT = '2026-02-01T10:00:00Z';
const pairs = REFERRAL_STATUSES.ids.flatMap((from) => REFERRAL_STATUSES.ids.map((to) => [from, to] as [ReferralStatus, ReferralStatus]));

describe('transition', () => {
  it.each(pairs.filter(([f, t]) => EXPECTED_LEGAL.has(`${f}>${t}`)))('allows %s → %s', (from, to) => {
    const r = referralAt(from);
    const result = transition(r, to, { at: AT, by: 'link-worker' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.referral.status).toBe(to);
    expect(result.referral.history.at(-1)).toEqual({ status: to, at: AT, by: 'link-worker' });
    expect(result.referral.history.length).toBe(r.history.length + 1);
    expect(ReferralSchema.safeParse(result.referral).success).toBe(true);
    expect(canTransition(from, to)).toBe(true);
  });

  it.each(pairs.filter(([f, t]) => !EXPECTED_LEGAL.has(`${f}>${t}`)))('refuses %s → %s, naming both states', (from, to) => {
    const result = transition(referralAt(from), to, { at: AT });
    expect(result).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(new RegExp(`^A referral cannot go from ${from} to ${to}\\.`));
    expect(canTransition(from, to)).toBe(false);
  });

  it('has exactly the documented table', () => {
    const table = new Set(Object.entries(LEGAL_TRANSITIONS).flatMap(([f, tos]) => tos.map((t) => `${f}>${t}`)));
    expect(table).toEqual(EXPECTED_LEGAL);
  });

  it('says "A referral cannot go from completed to contacted"', () => {
    const result = transition(referralAt('completed'), 'contacted', { at: AT });
    expect(result.ok === false && result.error.message).toBe('A referral cannot go from completed to contacted. From completed it can go to: entered-in-error.');
  });

  it('refuses a change dated before the last one', () => {
    const r = referralAt('contacted'); // last event 2026-01-08T09:00:00Z
    expect(transition(r, 'accepted', { at: '2026-01-08T08:59:59Z' })).toMatchObject({ ok: false, error: { code: 'time_went_backwards' } });
    // The same instant written with an offset is not earlier.
    expect(transition(r, 'accepted', { at: '2026-01-08T10:00:00+01:00' }).ok).toBe(true);
  });

  it('refuses a malformed date and an unknown status, and throws without a date', () => {
    const r = referralAt('contacted');
    expect(transition(r, 'accepted', { at: '8 Jan 2026' })).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    expect(transition(r, 'closed' as ReferralStatus, { at: AT })).toMatchObject({ ok: false, error: { code: 'unknown_status' } });
    expect(() => transition(r, 'accepted', {} as { at: string })).toThrow(TypeError);
  });

  it('will not send a referral without consent', () => {
    const r = referralAt('draft');
    const noConsent = { ...r, subject: { ...r.subject, consent: { ...r.subject.consent, given: false } } };
    expect(transition(noConsent, 'referred', { at: AT })).toMatchObject({ ok: false, error: { code: 'no_consent' } });
  });

  it('records a target when matched and an end reason when ending, without mutating the input', () => {
    const r = referralAt('accepted');
    const before = structuredClone(r);
    const m = transition(r, 'matched', { at: AT, target: { activityId: 'act-1' }, note: 'prefers mornings' });
    expect(m.ok && m.referral.target).toEqual({ activityId: 'act-1' });
    expect(m.ok && m.referral.history.at(-1)?.note).toBe('prefers mornings');
    const w = transition(r, 'withdrawn', { at: AT, endReason: 'moved away' });
    expect(w.ok && w.referral.endReason).toBe('moved away');
    expect(r).toEqual(before);
  });

  it('any sequence of legal transitions yields a referral ReferralSchema accepts, with time-ordered history', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 12 }), (choices, gaps) => {
        let r = referralAt('draft');
        let t = Date.parse('2026-01-05T09:00:00Z');
        for (let i = 0; i < choices.length; i++) {
          const options = LEGAL_TRANSITIONS[r.status];
          if (options.length === 0) break;
          const to = options[choices[i]! % options.length]!;
          t += (gaps[i] ?? 0) * 1000;
          const result = transition(r, to, { at: new Date(t).toISOString() });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          r = result.referral;
        }
        expect(ReferralSchema.safeParse(r).success).toBe(true);
        const times = r.history.map((e) => Date.parse(e.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(r.status).toBe(r.history.at(-1)!.status);
      }),
    );
  });
});
