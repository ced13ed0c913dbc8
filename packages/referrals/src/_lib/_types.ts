import type { Referral } from '@artsrx/schema';

/**
 * Stable codes of everything that can go wrong with referral data. Messages never contain a
 * personal value from the referral (no free text, no answers, no pseudonym).
 */
export type ReferralErrorCode =
  | 'illegal_transition'
  | 'time_went_backwards'
  | 'invalid_date'
  | 'unknown_status'
  | 'no_consent'
  | 'not_attending'
  | 'duplicate_attendance'
  | 'invalid_referral'
  | 'invalid_phase'
  | 'unknown_instrument'
  | 'wrong_item_count'
  | 'item_out_of_range'
  | 'score_out_of_range'
  | 'score_mismatch'
  | 'items_required'
  | 'licensed_items'
  | 'no_answers';

/** One thing wrong with a piece of referral data. */
export interface ReferralError {
  /** Stable snake_case code. */
  code: ReferralErrorCode;
  /** A sentence a link worker understands; never echoes personal values. */
  message: string;
  /** JSON Pointer to the offending field, when there is one. */
  pointer?: string;
  /** Further problems (e.g. every schema issue of an invalid referral). */
  issues?: { pointer: string; message: string }[];
}

/** The result of a change to a referral: the new referral (the input is never mutated) or an error. */
export type ReferralResult = { ok: true; referral: Referral } | { ok: false; error: ReferralError };
