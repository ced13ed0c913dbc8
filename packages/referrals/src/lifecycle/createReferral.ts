import { ReferralSchema, type ReferralInput, type ReferrerRole } from '@artsrx/schema';
import type { ReferralResult } from '../_lib/_types.js';

/** What {@link createReferral} needs: a referral without its status and history, which it starts. */
export type CreateReferralInput = Pick<ReferralInput, 'id' | 'createdAt' | 'referrer' | 'subject' | 'reasons' | 'goals' | 'target'> & {
  /** Starting state: `draft` (being prepared) or `referred` (sent now). Default `draft`. */
  status?: 'draft' | 'referred';
  /** Role of whoever created it. Default: the referrer's role. */
  by?: ReferrerRole;
};

/**
 * Starts a referral: checks it against `ReferralSchema` and opens its history with one event at
 * `createdAt`. Problems come back as an `invalid_referral` error listing each field by JSON
 * Pointer, with messages that never repeat the value.
 *
 * @param input - The referral's fields (id, createdAt, referrer, subject with consent, reasons, …).
 * @returns `{ ok: true, referral }` or `{ ok: false, error }`.
 * @example
 * createReferral({ id: 'r1', createdAt: '2026-01-05T09:00:00Z', referrer: { role: 'gp' },
 *   subject: { pseudonym: 'p-7f3a', consent: { given: true, recordedAt: '2026-01-05T09:00:00Z', scopes: ['message-back'] } },
 *   reasons: ['loneliness'] })
 * //=> { ok: true, referral: { …, status: 'draft', history: [{ status: 'draft', at: '2026-01-05T09:00:00Z', by: 'gp' }] } }
 */
export function createReferral(input: CreateReferralInput): ReferralResult {
  if (input === null || typeof input !== 'object') throw new TypeError('createReferral: input must be an object');
  const { status = 'draft', by, ...rest } = input;
  if (status !== 'draft' && status !== 'referred') {
    return { ok: false, error: { code: 'illegal_transition', message: 'A new referral starts as draft or referred.', pointer: '/status' } };
  }
  const role = by ?? (input.referrer as { role?: ReferrerRole } | undefined)?.role;
  const candidate = { ...rest, status, history: [{ status, at: input.createdAt, ...(role !== undefined ? { by: role } : {}) }] };
  const parsed = ReferralSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ pointer: '/' + i.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'), message: i.message }));
    return { ok: false, error: { code: 'invalid_referral', message: `The referral has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues.map((i) => i.pointer).join(', ')}.`, issues } };
  }
  if (status === 'referred' && !parsed.data.subject.consent.given) {
    return { ok: false, error: { code: 'no_consent', message: 'The person has not consented to the referral, so it cannot be sent.', pointer: '/subject/consent/given' } };
  }
  return { ok: true, referral: parsed.data };
}
