import type { Measure, Referral } from '@artsrx/schema';
import { _instantOrDate } from '../_lib/_dates.js';
import type { ReferralResult } from '../_lib/_types.js';
import { scoreMeasure } from '../measures/scoreMeasure.js';

/**
 * Records one outcome measure (instrument, phase, date, and item answers or a total) after
 * checking it scores: every error of {@link scoreMeasure} is refused here too, so a referral
 * never holds a measure that cannot be scored. PAM stores only score and level. Refused without
 * the consent scope `outcome-measures` (`no_consent`). The input is never mutated.
 *
 * @param referral - The referral.
 * @param measure - The measure: `{ instrument, phase, at, items? , score?, level? }`.
 * @returns `{ ok: true, referral }` or `{ ok: false, error }`.
 * @example
 * recordMeasure(referral, { instrument: 'UCLA3', phase: 'baseline', at: '2026-01-12', items: [3, 2, 3] })
 * //=> { ok: true, referral: { …, measures: [{ instrument: 'UCLA3', phase: 'baseline', at: '2026-01-12', items: [3, 2, 3] }] } }
 */
export function recordMeasure(referral: Referral, measure: Measure): ReferralResult {
  if (measure === null || typeof measure !== 'object') throw new TypeError('recordMeasure: measure must be an object');
  if (!referral.subject.consent.scopes.includes('outcome-measures')) {
    return { ok: false, error: { code: 'no_consent', message: 'The person has not agreed to outcome measures being recorded (consent scope "outcome-measures").', pointer: '/subject/consent/scopes' } };
  }
  if (Number.isNaN(_instantOrDate(measure.at))) {
    return { ok: false, error: { code: 'invalid_date', message: 'A measure date is YYYY-MM-DD or a date and time with an offset.', pointer: '/at' } };
  }
  if (measure.phase !== 'baseline' && measure.phase !== 'follow-up' && measure.phase !== 'exit') {
    return { ok: false, error: { code: 'invalid_phase', message: 'A measure phase is baseline, follow-up or exit.', pointer: '/phase' } };
  }
  const scored = scoreMeasure(measure);
  if (!scored.ok) return scored;
  const copy: Measure = { instrument: measure.instrument, phase: measure.phase, at: measure.at };
  if (measure.items !== undefined) copy.items = [...measure.items];
  if (measure.score !== undefined) copy.score = measure.score;
  if (measure.level !== undefined) copy.level = measure.level;
  return { ok: true, referral: { ...referral, measures: [...(referral.measures ?? []), copy] } };
}
