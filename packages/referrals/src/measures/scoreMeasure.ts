import type { Measure } from '@artsrx/schema';
import type { ReferralError } from '../_lib/_types.js';
import type { MeasureKey } from './meaningfulChange.js';
import { SWEMWBS_METRIC } from './swemwbsMetric.js';

/** ONS band of life satisfaction, worthwhile and happiness: low 0–4, medium 5–6, high 7–8, very high 9–10. */
export type OnsBand = 'low' | 'medium' | 'high' | 'very-high';
/** ONS band of anxiety (higher is worse): very low 0–1, low 2–3, medium 4–5, high 6–10. */
export type OnsAnxietyBand = 'very-low' | 'low' | 'medium' | 'high';

/** A scored measure, per instrument. */
export type MeasureScore =
  | { instrument: 'SWEMWBS'; raw: number; metric: number }
  | { instrument: 'WEMWBS'; total: number }
  | { instrument: 'UCLA3'; total: number }
  | {
      instrument: 'ONS4';
      lifeSatisfaction: number;
      worthwhile: number;
      happiness: number;
      anxiety: number;
      bands: { lifeSatisfaction: OnsBand; worthwhile: OnsBand; happiness: OnsBand; anxiety: OnsAnxietyBand };
    }
  | { instrument: 'PAM'; score: number; level?: number };

/** The result of scoring: the score and its values by report key, or an error. Never a made-up score. */
export type ScoreMeasureResult = { ok: true; score: MeasureScore; values: Partial<Record<MeasureKey, number>> } | { ok: false; error: ReferralError };

const SUMMED = {
  SWEMWBS: { items: 7, min: 1, max: 5, name: 'SWEMWBS' },
  WEMWBS: { items: 14, min: 1, max: 5, name: 'WEMWBS' },
  UCLA3: { items: 3, min: 1, max: 3, name: 'The UCLA 3-item loneliness scale' },
} as const;

function fail(code: ReferralError['code'], message: string, pointer?: string): ScoreMeasureResult {
  return { ok: false, error: pointer === undefined ? { code, message } : { code, message, pointer } };
}

function onsBand(v: number): OnsBand {
  return v <= 4 ? 'low' : v <= 6 ? 'medium' : v <= 8 ? 'high' : 'very-high';
}

function anxietyBand(v: number): OnsAnxietyBand {
  return v <= 1 ? 'very-low' : v <= 3 ? 'low' : v <= 5 ? 'medium' : 'high';
}

function checkItems(items: unknown, count: number, min: number, max: number, name: string): ScoreMeasureResult | number[] {
  if (!Array.isArray(items) || items.length !== count) {
    const got = Array.isArray(items) ? items.length : 0;
    return fail('wrong_item_count', `${name} has ${count} items; ${got} ${got === 1 ? 'was' : 'were'} given. Record every item, or only a total.`, '/items');
  }
  for (let i = 0; i < items.length; i++) {
    const v: unknown = items[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      return fail('item_out_of_range', `Item ${i + 1} of ${name} must be a whole number from ${min} to ${max}.`, `/items/${i}`);
    }
  }
  return items as number[];
}

/**
 * Scores one outcome measure, checking every item. SWEMWBS: 7 items 1–5, raw 7–35, converted to
 * the metric score with {@link SWEMWBS_METRIC}; WEMWBS: 14 items 1–5, total 14–70; UCLA3: 3 items
 * 1–3, total 3–9 (higher is lonelier); ONS4: four items 0–10 (life satisfaction, worthwhile,
 * happiness, anxiety) with the ONS bands; PAM: a licensed measure, so only a 0–100 score and a
 * level 1–4, never items.
 *
 * A total alone (`score`) is accepted where it is meaningful (the SWEMWBS raw total, the WEMWBS and
 * UCLA3 totals, the PAM score); ONS4 needs its four items. Missing or out-of-range answers give an
 * error naming the item, never a guessed score, and never the answer itself.
 *
 * @param measure - An outcome measure as recorded.
 * @returns `{ ok: true, score, values }` (values keyed as in the outcomes report) or `{ ok: false, error }`.
 * @example
 * scoreMeasure({ instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-10', items: [3, 3, 3, 3, 3, 3, 3] })
 * //=> { ok: true, score: { instrument: 'SWEMWBS', raw: 21, metric: 19.25 }, values: { SWEMWBS: 19.25 } }
 */
export function scoreMeasure(measure: Measure): ScoreMeasureResult {
  if (measure === null || typeof measure !== 'object') throw new TypeError('scoreMeasure: measure must be an object');
  const { instrument, items, score } = measure;
  const hasItems = items !== undefined;
  const hasScore = score !== undefined;
  switch (instrument) {
    case 'SWEMWBS':
    case 'WEMWBS':
    case 'UCLA3': {
      const spec = SUMMED[instrument];
      const lo = spec.items * spec.min;
      const hi = spec.items * spec.max;
      let total: number | undefined;
      if (hasItems) {
        const checked = checkItems(items, spec.items, spec.min, spec.max, spec.name);
        if (!Array.isArray(checked)) return checked;
        total = checked.reduce((a, b) => a + b, 0);
      }
      if (hasScore) {
        if (typeof score !== 'number' || !Number.isInteger(score) || score < lo || score > hi) {
          const what = instrument === 'SWEMWBS' ? 'raw total (before conversion to the metric score)' : 'total';
          return fail('score_out_of_range', `The ${spec.name} ${what} must be a whole number from ${lo} to ${hi}.`, '/score');
        }
        if (total !== undefined && total !== score) return fail('score_mismatch', `The ${spec.name} total does not equal the sum of its items.`, '/score');
        total = score;
      }
      if (total === undefined) return fail('no_answers', `${spec.name} was recorded with neither item answers nor a total.`);
      if (instrument === 'SWEMWBS') {
        const metric = SWEMWBS_METRIC[total]!;
        return { ok: true, score: { instrument, raw: total, metric }, values: { SWEMWBS: metric } };
      }
      return { ok: true, score: { instrument, total }, values: { [instrument]: total } };
    }
    case 'ONS4': {
      if (!hasItems) {
        return fail(hasScore ? 'items_required' : 'no_answers', 'ONS4 has no total: record the four answers (life satisfaction, worthwhile, happiness, anxiety).', '/items');
      }
      const checked = checkItems(items, 4, 0, 10, 'ONS4');
      if (!Array.isArray(checked)) return checked;
      const [lifeSatisfaction, worthwhile, happiness, anxiety] = checked as [number, number, number, number];
      return {
        ok: true,
        score: {
          instrument,
          lifeSatisfaction,
          worthwhile,
          happiness,
          anxiety,
          bands: { lifeSatisfaction: onsBand(lifeSatisfaction), worthwhile: onsBand(worthwhile), happiness: onsBand(happiness), anxiety: anxietyBand(anxiety) },
        },
        values: { 'ONS4.lifeSatisfaction': lifeSatisfaction, 'ONS4.worthwhile': worthwhile, 'ONS4.happiness': happiness, 'ONS4.anxiety': anxiety },
      };
    }
    case 'PAM': {
      if (hasItems) return fail('licensed_items', 'PAM is a licensed measure: record only its 0–100 score and level 1–4, never the item answers.', '/items');
      if (!hasScore) return fail('no_answers', 'PAM was recorded without its score.', '/score');
      if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) return fail('score_out_of_range', 'The PAM score must be from 0 to 100.', '/score');
      const level = measure.level;
      if (level !== undefined && (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 4)) {
        return fail('score_out_of_range', 'The PAM level must be 1, 2, 3 or 4.', '/level');
      }
      return { ok: true, score: level === undefined ? { instrument, score } : { instrument, score, level }, values: { PAM: score } };
    }
    default:
      return fail('unknown_instrument', 'Unknown outcome instrument: use SWEMWBS, WEMWBS, ONS4, UCLA3 or PAM.', '/instrument');
  }
}
