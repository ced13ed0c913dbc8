import type { MatchWeights } from './types.js';

/**
 * Default criterion weights. Soft criteria rank; gates (weight 0) only exclude on an explicit
 * violation and are reported. A criterion only counts when the profile says something about it
 * (no `needs` in the profile, no needs criterion), so the score is the weighted mean over the
 * criteria that apply.
 *
 * - interests 3: what the person cares about matters most (exact activity type 1, same art form 0.6).
 * - needs 2, distance 2, schedule 2: designed for what they are going through, near, at a good time.
 * - fiveWays 1, access 1, cost 1, language 1: recorded support beats unknown (unknown scores 0.5).
 * - format 0.5, capacity 0.5, freshness 0.5: tie-breakers.
 * - status, attendance, age, area, referral 0: gates only.
 *
 * @example
 * DEFAULT_WEIGHTS.interests //=> 3
 */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  status: 0,
  attendance: 0,
  distance: 2,
  age: 0,
  area: 0,
  access: 1,
  cost: 1,
  capacity: 0.5,
  referral: 0,
  interests: 3,
  needs: 2,
  fiveWays: 1,
  language: 1,
  format: 0.5,
  freshness: 0.5,
  schedule: 2,
});
