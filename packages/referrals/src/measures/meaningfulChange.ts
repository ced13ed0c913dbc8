/** Which way an instrument's scores improve. */
export type Direction = 'higher-is-better' | 'lower-is-better';

/** A minimal meaningful (individual-level) change for one report key, with where it comes from. */
export interface MeaningfulChange {
  /** Smallest change, in the better direction, counted as a meaningful improvement. */
  points: number;
  /** The published source of the threshold. */
  source: string;
}

/**
 * Keys of the outcomes report: one per instrument score that is compared before and after.
 * SWEMWBS is on the metric scale; ONS4 is split into its four items.
 */
export const MEASURE_KEYS = [
  'SWEMWBS',
  'WEMWBS',
  'UCLA3',
  'ONS4.lifeSatisfaction',
  'ONS4.worthwhile',
  'ONS4.happiness',
  'ONS4.anxiety',
  'PAM',
] as const;

/** One key of the outcomes report. */
export type MeasureKey = (typeof MEASURE_KEYS)[number];

/** The direction of improvement for each report key (UCLA3 loneliness and ONS4 anxiety improve downwards). */
export const MEASURE_DIRECTION: Readonly<Record<MeasureKey, Direction>> = {
  SWEMWBS: 'higher-is-better',
  WEMWBS: 'higher-is-better',
  UCLA3: 'lower-is-better',
  'ONS4.lifeSatisfaction': 'higher-is-better',
  'ONS4.worthwhile': 'higher-is-better',
  'ONS4.happiness': 'higher-is-better',
  'ONS4.anxiety': 'lower-is-better',
  PAM: 'higher-is-better',
};

/**
 * Default meaningful-change thresholds. Only instruments with a published individual-level
 * threshold have one; the rest are `null`, and the report then gives no "improved" share rather
 * than invent a cut-off (pass your own in `OutcomesReportOptions.thresholds`).
 *
 * - SWEMWBS: 2.87 metric points — the 2.77 × SEM standard (SEM 1.03) in Shah et al., "Is the short
 *   Warwick-Edinburgh Mental Well-being Scale (SWEMWBS) responsive to change?", Health Qual Life
 *   Outcomes 2018;16:239, which finds 1–3 points meaningful depending on the standard; 2.87 is the
 *   stricter of its two.
 * - WEMWBS: 3 points — the threshold Warwick quotes from Maheswaran et al., "Evaluating the
 *   responsiveness of WEMWBS", Health Qual Life Outcomes 2012;10:156.
 *
 * @example
 * MEANINGFUL_CHANGE.SWEMWBS?.points //=> 2.87
 */
export const MEANINGFUL_CHANGE: Readonly<Record<MeasureKey, MeaningfulChange | null>> = {
  SWEMWBS: { points: 2.87, source: 'Shah N et al. Health Qual Life Outcomes 2018;16:239 (2.77 × SEM of 1.03 metric points)' },
  WEMWBS: { points: 3, source: 'Maheswaran H et al. Health Qual Life Outcomes 2012;10:156 (3 points, as quoted by Warwick)' },
  UCLA3: null,
  'ONS4.lifeSatisfaction': null,
  'ONS4.worthwhile': null,
  'ONS4.happiness': null,
  'ONS4.anxiety': null,
  PAM: null,
};
