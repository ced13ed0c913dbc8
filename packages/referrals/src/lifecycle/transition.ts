import { REFERRAL_STATUSES, type Referral, type ReferralEvent, type ReferralStatus, type ReferrerRole } from '@artsrx/schema';
import { _instant } from '../_lib/_dates.js';
import type { ReferralResult } from '../_lib/_types.js';
import { LEGAL_TRANSITIONS } from './legalTransitions.js';

/** Options of {@link transition}. */
export interface TransitionOptions {
  /** When the change happened: an RFC 3339 date-time with offset. Required; never earlier than the last history event. */
  at: string;
  /** Role of whoever made the change. Default: none recorded. */
  by?: ReferrerRole;
  /** Free-text note (personal data: kept in the history, never copied into summaries or reports). Default: none. */
  note?: string;
  /** For `matched`: the activity and/or asset the person was connected to. Default: keep the current target. */
  target?: { activityId?: string; assetId?: string };
  /** For a final state: free-text reason for ending (personal data, like `note`). Default: none. */
  endReason?: string;
}

const LABELS = new Map<string, string>(REFERRAL_STATUSES.terms.map((t) => [t.id, t.label.toLowerCase()]));

/**
 * Moves a referral to a new lifecycle state, appending to its history. The input is never mutated.
 *
 * Refused (with a typed error naming the problem, never a personal value): a move the lifecycle
 * does not allow (`illegal_transition`, see {@link LEGAL_TRANSITIONS}), a date before the last
 * history event (`time_went_backwards`), a malformed date (`invalid_date`), an unknown state
 * (`unknown_status`), and sending a referral the person has not consented to (`no_consent`).
 *
 * @param referral - The referral as it stands.
 * @param to - The state to move to.
 * @param options - When, by whom, and an optional note, target or end reason.
 * @returns `{ ok: true, referral }` with the new referral, or `{ ok: false, error }`.
 * @throws TypeError when `options.at` is missing.
 * @example
 * transition(referral, 'completed', { at: '2026-03-02T10:00:00Z' })
 * //=> { ok: false, error: { code: 'illegal_transition', message: 'A referral cannot go from contacted to completed …' } }
 */
export function transition(referral: Referral, to: ReferralStatus, options: TransitionOptions): ReferralResult {
  if (options === undefined || options === null || options.at === undefined) throw new TypeError('transition: options.at (when the change happened) is required');
  const from = referral.status;
  if (!LABELS.has(to)) {
    return { ok: false, error: { code: 'unknown_status', message: 'That is not a referral status. Use one of: ' + REFERRAL_STATUSES.ids.join(', ') + '.' } };
  }
  const allowed = LEGAL_TRANSITIONS[from] ?? [];
  if (!allowed.includes(to)) {
    const next = allowed.length > 0 ? ` From ${from} it can go to: ${allowed.join(', ')}.` : ` ${from[0]!.toUpperCase()}${from.slice(1)} is final.`;
    return { ok: false, error: { code: 'illegal_transition', message: `A referral cannot go from ${from} to ${to}.${next}`, pointer: '/status' } };
  }
  const at = _instant(options.at);
  if (Number.isNaN(at)) {
    return { ok: false, error: { code: 'invalid_date', message: 'The date of the change must be a date and time with an offset, e.g. 2026-03-02T10:00:00Z.' } };
  }
  const last = referral.history[referral.history.length - 1];
  if (last !== undefined && at < _instant(last.at)) {
    return {
      ok: false,
      error: { code: 'time_went_backwards', message: `The change to ${to} is dated before the last change (to ${last.status}); history must stay in time order.`, pointer: '/history' },
    };
  }
  if (to === 'referred' && !referral.subject.consent.given) {
    return { ok: false, error: { code: 'no_consent', message: 'The person has not consented to the referral, so it cannot be sent.', pointer: '/subject/consent/given' } };
  }
  const event: ReferralEvent = { status: to, at: options.at };
  if (options.by !== undefined) event.by = options.by;
  if (options.note !== undefined) event.note = options.note;
  const next: Referral = { ...referral, status: to, history: [...referral.history, event] };
  if (options.target !== undefined) next.target = { ...options.target };
  if (options.endReason !== undefined) next.endReason = options.endReason;
  return { ok: true, referral: next };
}
