import { _roundSignificant } from '../_lib/_round.js';

/** HM Treasury value of one WELLBY, 2019 prices (Wellbeing Guidance for Appraisal, July 2021). */
export const WELLBY_VALUE_GBP_2019 = { low: 10_000, central: 13_000, high: 16_000 } as const;

/** Options of {@link wellbyValue}: the assumptions, always shown with the result. */
export interface WellbyValueOptions {
  /** Years the change in life satisfaction is assumed to last. Default 1. */
  durationYears?: number;
  /** Share of the change that would have happened anyway, 0–1. Default 0 (none assumed: set it from your evaluation). */
  deadweight?: number;
  /** Share of the remaining change due to this programme rather than other help, 0–1. Default 1 (all: set it from your evaluation). */
  attribution?: number;
}

/** A WELLBY valuation: a rounded range with every assumption that produced it. */
export interface WellbyValue {
  /** WELLBYs, to 2 significant figures. */
  wellbys: number;
  /** Value in pounds (2019 prices) at the HM Treasury low, central and high WELLBY values, each to 2 significant figures. */
  gbp: { low: number; central: number; high: number };
  assumptions: {
    meanChangeLifeSatisfaction: number;
    people: number;
    durationYears: number;
    deadweight: number;
    attribution: number;
    valuePerWellbyGbp: { low: number; central: number; high: number };
    priceYear: 2019;
    source: string;
  };
}

function share(name: string, v: number): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new RangeError(`wellbyValue: ${name} must be a share from 0 to 1`);
  return v;
}

/**
 * Values a change in life satisfaction (ONS4 item 1, 0–10) in WELLBYs and pounds:
 * `WELLBYs = Δ life satisfaction × people × years × (1 − deadweight) × attribution`, valued at
 * £13,000 per WELLBY (range £10,000–£16,000, 2019 prices; HM Treasury Green Book wellbeing
 * guidance, July 2021). Results are rounded to 2 significant figures: it is an estimate, not an
 * account, and is never shown more precisely than that.
 *
 * @param meanChange - Mean change in life satisfaction per person (points on the 0–10 scale).
 * @param people - Number of people the change applies to.
 * @param options - Duration, deadweight and attribution.
 * @returns The valuation with its assumptions.
 * @throws RangeError for a negative people count or duration, or a share outside 0–1.
 * @example
 * wellbyValue(0.5, 12).gbp
 * //=> { low: 60000, central: 78000, high: 96000 }
 */
export function wellbyValue(meanChange: number, people: number, options: WellbyValueOptions = {}): WellbyValue {
  if (typeof meanChange !== 'number' || !Number.isFinite(meanChange)) throw new RangeError('wellbyValue: meanChange must be a finite number');
  if (typeof people !== 'number' || !(people >= 0)) throw new RangeError('wellbyValue: people must be 0 or more');
  const durationYears = options.durationYears ?? 1;
  if (typeof durationYears !== 'number' || !(durationYears > 0) || !Number.isFinite(durationYears)) throw new RangeError('wellbyValue: durationYears must be more than 0');
  const deadweight = share('deadweight', options.deadweight ?? 0);
  const attribution = share('attribution', options.attribution ?? 1);
  const exact = meanChange * people * durationYears * (1 - deadweight) * attribution;
  const v = WELLBY_VALUE_GBP_2019;
  // For a loss (negative change) the £10,000 value gives the smaller loss, so order the ends.
  const [low, high] = [exact * v.low, exact * v.high].sort((a, b) => a - b) as [number, number];
  return {
    wellbys: _roundSignificant(exact, 2),
    gbp: { low: _roundSignificant(low, 2), central: _roundSignificant(exact * v.central, 2), high: _roundSignificant(high, 2) },
    assumptions: {
      meanChangeLifeSatisfaction: meanChange,
      people,
      durationYears,
      deadweight,
      attribution,
      valuePerWellbyGbp: { ...v },
      priceYear: 2019,
      source: 'HM Treasury, Wellbeing Guidance for Appraisal: Supplementary Green Book Guidance (July 2021)',
    },
  };
}
