import type { ReferralStatus } from '@artsrx/schema';

/**
 * The referral lifecycle as data: for each state, the states it may move to next.
 *
 * The main path is `draft → referred → received → contacted → accepted → matched → attending →
 * completed`. Exits:
 * - `declined` — the person says no: from `received` (e.g. by letter) or `contacted`.
 * - `unable-to-contact` — from `received` or `contacted` (e.g. stopped answering before agreeing).
 * - `withdrawn` — the person or referrer stops it, from any sent, open state (`referred` … `attending`).
 * - `entered-in-error` — from every state except itself.
 *
 * `completed`, `declined`, `unable-to-contact`, `withdrawn` and `entered-in-error` are final: a
 * person who comes back is a new referral, so each episode keeps its own history and SNOMED CT
 * code. No state moves to itself, and nothing skips ahead (a referral is `contacted` before it is
 * `accepted`, `matched` before `attending`).
 *
 * @example
 * LEGAL_TRANSITIONS.attending
 * //=> ['completed', 'withdrawn', 'entered-in-error']
 */
export const LEGAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  draft: ['referred', 'entered-in-error'],
  referred: ['received', 'withdrawn', 'entered-in-error'],
  received: ['contacted', 'declined', 'unable-to-contact', 'withdrawn', 'entered-in-error'],
  contacted: ['accepted', 'declined', 'unable-to-contact', 'withdrawn', 'entered-in-error'],
  accepted: ['matched', 'withdrawn', 'entered-in-error'],
  matched: ['attending', 'withdrawn', 'entered-in-error'],
  attending: ['completed', 'withdrawn', 'entered-in-error'],
  completed: ['entered-in-error'],
  declined: ['entered-in-error'],
  'unable-to-contact': ['entered-in-error'],
  withdrawn: ['entered-in-error'],
  'entered-in-error': [],
};

/** States a referral can end in (no further change except `entered-in-error`). */
export const FINAL_STATUSES: readonly ReferralStatus[] = ['completed', 'declined', 'unable-to-contact', 'withdrawn', 'entered-in-error'];
