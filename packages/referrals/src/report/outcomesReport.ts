import type { Referral } from '@artsrx/schema';
import { _datePart, _daysBetween, _isDate } from '../_lib/_dates.js';
import { _baselineAndFollowUp, _firstAt, _firstSession } from '../_lib/_pairs.js';
import { _round } from '../_lib/_round.js';
import { _mean, _quantile, _sampleSd, _tQuantile } from '../_lib/_stats.js';
import { MEANINGFUL_CHANGE, MEASURE_DIRECTION, MEASURE_KEYS, type Direction, type MeasureKey } from '../measures/meaningfulChange.js';
import { wellbyValue, type WellbyValue, type WellbyValueOptions } from './wellbyValue.js';

/** Options of {@link outcomesReport}. */
export interface OutcomesReportOptions {
  /** First referral date included, `YYYY-MM-DD`. Default: no lower bound. */
  from?: string;
  /** Last referral date included, `YYYY-MM-DD`. Default: no upper bound. */
  to?: string;
  /** Smallest group for which figures are shown; smaller groups are suppressed so no one can be identified. Default 10. */
  minCohort?: number;
  /** Meaningful-change thresholds by report key (`null`: none). Default {@link MEANINGFUL_CHANGE}. */
  thresholds?: Partial<Record<MeasureKey, number | null>>;
  /** Assumptions of the WELLBY valuation. Default: 1 year, no deadweight, full attribution (all shown in the output). */
  socialValue?: WellbyValueOptions;
}

/** Paired change of one report key. Figures are `null` when suppressed (n below `minCohort`); `n` is always shown. */
export interface MeasureOutcome {
  n: number;
  suppressed: boolean;
  direction: Direction;
  meanBaseline: number | null;
  meanFollowUp: number | null;
  /** Mean of follow-up minus baseline, 2 decimal places. */
  meanChange: number | null;
  /** 95% confidence interval of the mean change (Student's t, n − 1 degrees of freedom), 2 decimal places. */
  ci95: [number, number] | null;
  /** Share (0–1, 3 dp) whose change met the threshold in the better direction; `null` without a threshold. */
  improvedShare: number | null;
  /** The meaningful-change threshold used, or `null` when there is no published one. */
  threshold: number | null;
}

/** The cohort outcomes report. JSON-ready. */
export interface OutcomesReport {
  period: { from: string | null; to: string | null };
  minCohort: number;
  /** Referrals counted, and those left out (no consent to anonymised reporting, entered in error, never sent, outside the period). */
  cohort: { referrals: number; excluded: { noReportingConsent: number; enteredInError: number; notReferred: number; outsidePeriod: number } };
  funnel: {
    suppressed: boolean;
    referred: number | null;
    accepted: number | null;
    /** People who attended at least one session (an attended session recorded, or the referral reached `attending`). */
    attended: number | null;
    completed: number | null;
    declined: number | null;
    unableToContact: number | null;
    withdrawn: number | null;
    /** Conversion rates (0–1, 3 dp). */
    rates: { acceptedOfReferred: number | null; attendedOfAccepted: number | null; completedOfAttended: number | null; completedOfReferred: number | null };
  };
  /** Days from referral to first session attended (type-7 quartiles, 1 dp). */
  timeToFirstSession: { n: number; suppressed: boolean; medianDays: number | null; q1Days: number | null; q3Days: number | null };
  attendance: { people: number; suppressed: boolean; sessionsRecorded: number | null; sessionsAttended: number | null; rate: number | null };
  measures: Record<MeasureKey, MeasureOutcome>;
  /** WELLBY valuation of the change in ONS4 life satisfaction; `null` figures when suppressed. */
  socialValue: {
    suppressed: boolean;
    wellbys: number | null;
    gbp: WellbyValue['gbp'] | null;
    assumptions: Omit<WellbyValue['assumptions'], 'meanChangeLifeSatisfaction'> & { meanChangeLifeSatisfaction: number | null };
    note: string;
  };
}

function rate(num: number, den: number): number | null {
  return den === 0 ? null : _round(num / den, 3);
}

function checkDate(name: string, v: unknown): string | null {
  if (v === undefined) return null;
  if (!_isDate(v)) throw new RangeError(`outcomesReport: options.${name} must be a date YYYY-MM-DD`);
  return v;
}

/**
 * A cohort report for commissioners: the referral funnel (referred → accepted → attended a first
 * session → completed, with rates), days from referral to first session (median, IQR),
 * attendance, paired pre/post change per instrument (mean, 95% CI with Student's t, share with a
 * meaningful improvement — only over people with both a baseline and a follow-up), and a
 * WELLBY social value from ONS4 life satisfaction, as a rounded range with its assumptions.
 *
 * Pairs: per person and instrument, the earliest `baseline` and the latest `follow-up` or `exit`
 * measure taken on or after it; measures that do not score are left out. SWEMWBS is compared on
 * the metric scale; ONS4 item by item; UCLA3 and ONS4 anxiety improve downwards.
 *
 * Only referrals whose person agreed to anonymised reporting are counted; entered-in-error
 * referrals never are. A referral belongs to the period by the date it was first `referred`.
 * Any group smaller than `minCohort` is suppressed (figures `null`, `n` shown). The report holds
 * no free text and no identifiers.
 *
 * @param referrals - The referrals.
 * @param options - Period, minimum cohort, thresholds and social-value assumptions.
 * @returns The report.
 * @throws RangeError for a malformed date, `minCohort` below 1, or an impossible assumption.
 * @example
 * outcomesReport(referrals, { from: '2026-01-01', to: '2026-03-31' }).funnel
 * //=> { suppressed: false, referred: 24, accepted: 18, attended: 15, completed: 11, … }
 */
export function outcomesReport(referrals: readonly Referral[], options: OutcomesReportOptions = {}): OutcomesReport {
  if (!Array.isArray(referrals as unknown)) throw new TypeError('outcomesReport: referrals must be an array');
  const from = checkDate('from', options.from);
  const to = checkDate('to', options.to);
  const minCohort = options.minCohort ?? 10;
  if (!Number.isInteger(minCohort) || minCohort < 1) throw new RangeError('outcomesReport: options.minCohort must be a whole number, 1 or more');
  const thresholds: Record<MeasureKey, number | null> = Object.fromEntries(
    MEASURE_KEYS.map((k) => [k, options.thresholds && k in options.thresholds ? (options.thresholds[k] ?? null) : (MEANINGFUL_CHANGE[k]?.points ?? null)]),
  ) as Record<MeasureKey, number | null>;
  // Validate the assumptions up front, so a bad option throws even when the result is suppressed.
  wellbyValue(0, 0, options.socialValue);

  const excluded = { noReportingConsent: 0, enteredInError: 0, notReferred: 0, outsidePeriod: 0 };
  const cohort: { referral: Referral; referredDate: string }[] = [];
  for (const r of referrals) {
    if (r.status === 'entered-in-error' || r.history.some((e) => e.status === 'entered-in-error')) {
      excluded.enteredInError++;
      continue;
    }
    if (!(r.subject?.consent?.scopes ?? []).includes('anonymised-reporting')) {
      excluded.noReportingConsent++;
      continue;
    }
    const referredAt = _firstAt(r, 'referred');
    if (referredAt === undefined) {
      excluded.notReferred++;
      continue;
    }
    const d = _datePart(referredAt);
    if ((from !== null && d < from) || (to !== null && d > to)) {
      excluded.outsidePeriod++;
      continue;
    }
    cohort.push({ referral: r, referredDate: d });
  }

  const size = cohort.length;
  const funnelSuppressed = size < minCohort;
  const reached = (s: string) => cohort.filter(({ referral }) => referral.history.some((e) => e.status === s)).length;
  const attendedCount = cohort.filter(({ referral }) => _firstSession(referral) !== undefined || referral.history.some((e) => e.status === 'attending')).length;
  const counts = {
    referred: size,
    accepted: reached('accepted'),
    attended: attendedCount,
    completed: reached('completed'),
    declined: reached('declined'),
    unableToContact: reached('unable-to-contact'),
    withdrawn: reached('withdrawn'),
  };
  const hide = <T>(v: T): T | null => (funnelSuppressed ? null : v);
  const funnel: OutcomesReport['funnel'] = {
    suppressed: funnelSuppressed,
    referred: hide(counts.referred),
    accepted: hide(counts.accepted),
    attended: hide(counts.attended),
    completed: hide(counts.completed),
    declined: hide(counts.declined),
    unableToContact: hide(counts.unableToContact),
    withdrawn: hide(counts.withdrawn),
    rates: {
      acceptedOfReferred: hide(rate(counts.accepted, counts.referred)),
      attendedOfAccepted: hide(rate(counts.attended, counts.accepted)),
      completedOfAttended: hide(rate(counts.completed, counts.attended)),
      completedOfReferred: hide(rate(counts.completed, counts.referred)),
    },
  };

  const waits: number[] = [];
  for (const { referral, referredDate } of cohort) {
    const first = _firstSession(referral);
    if (first !== undefined && first >= referredDate) waits.push(_daysBetween(referredDate, first));
  }
  const waitSuppressed = waits.length < minCohort;
  const timeToFirstSession: OutcomesReport['timeToFirstSession'] = {
    n: waits.length,
    suppressed: waitSuppressed,
    medianDays: waitSuppressed ? null : _round(_quantile(waits, 0.5), 1),
    q1Days: waitSuppressed ? null : _round(_quantile(waits, 0.25), 1),
    q3Days: waitSuppressed ? null : _round(_quantile(waits, 0.75), 1),
  };

  let people = 0;
  let recorded = 0;
  let attendedSessions = 0;
  for (const { referral } of cohort) {
    const a = referral.attendance ?? [];
    if (a.length > 0) people++;
    recorded += a.length;
    attendedSessions += a.filter((s) => s.attended).length;
  }
  const attSuppressed = people < minCohort;
  const attendance: OutcomesReport['attendance'] = {
    people,
    suppressed: attSuppressed,
    sessionsRecorded: attSuppressed ? null : recorded,
    sessionsAttended: attSuppressed ? null : attendedSessions,
    rate: attSuppressed ? null : rate(attendedSessions, recorded),
  };

  const pairs = new Map<MeasureKey, { before: number; after: number }[]>(MEASURE_KEYS.map((k) => [k, []]));
  for (const { referral } of cohort) {
    for (const slot of _baselineAndFollowUp(referral).byInstrument.values()) {
      if (slot.baseline === undefined || slot.followUp === undefined) continue;
      for (const [k, before] of Object.entries(slot.baseline.values) as [MeasureKey, number][]) {
        const after = slot.followUp.values[k];
        if (after !== undefined) pairs.get(k)!.push({ before, after });
      }
    }
  }
  const measures = {} as Record<MeasureKey, MeasureOutcome>;
  for (const k of MEASURE_KEYS) {
    const list = pairs.get(k)!;
    const n = list.length;
    const direction = MEASURE_DIRECTION[k];
    const threshold = thresholds[k];
    if (n < minCohort || n === 0) {
      measures[k] = { n, suppressed: true, direction, meanBaseline: null, meanFollowUp: null, meanChange: null, ci95: null, improvedShare: null, threshold };
      continue;
    }
    const changes = list.map((p) => p.after - p.before);
    const mean = _mean(changes);
    let ci95: [number, number] | null = null;
    if (n >= 2) {
      const half = _tQuantile(0.975, n - 1) * (_sampleSd(changes) / Math.sqrt(n));
      ci95 = [_round(mean - half, 2), _round(mean + half, 2)];
    }
    const better = (c: number) => (direction === 'higher-is-better' ? c : -c);
    // A tiny tolerance so 2.87 computed as 19.25 - 16.38 (= 2.8699999…) still counts.
    const improvedShare = threshold === null ? null : _round(changes.filter((c) => better(c) >= threshold - 1e-9).length / n, 3);
    measures[k] = {
      n,
      suppressed: false,
      direction,
      meanBaseline: _round(_mean(list.map((p) => p.before)), 2),
      meanFollowUp: _round(_mean(list.map((p) => p.after)), 2),
      meanChange: _round(mean, 2),
      ci95,
      improvedShare,
      threshold,
    };
  }

  const ls = measures['ONS4.lifeSatisfaction'];
  const lsPairs = pairs.get('ONS4.lifeSatisfaction')!;
  const note =
    'An estimate, not an account: WELLBYs = mean change in life satisfaction × people with both measures × years × (1 − deadweight) × attribution, valued at HM Treasury £10,000–£16,000 per WELLBY (2019 prices), rounded to 2 significant figures.';
  let socialValue: OutcomesReport['socialValue'];
  if (ls.suppressed) {
    const base = wellbyValue(0, 0, options.socialValue).assumptions;
    socialValue = { suppressed: true, wellbys: null, gbp: null, assumptions: { ...base, meanChangeLifeSatisfaction: null, people: ls.n }, note };
  } else {
    const exactMean = _mean(lsPairs.map((p) => p.after - p.before));
    const v = wellbyValue(exactMean, ls.n, options.socialValue);
    socialValue = { suppressed: false, wellbys: v.wellbys, gbp: v.gbp, assumptions: { ...v.assumptions, meanChangeLifeSatisfaction: _round(exactMean, 2) }, note };
  }

  return {
    period: { from, to },
    minCohort,
    cohort: { referrals: size, excluded },
    funnel,
    timeToFirstSession,
    attendance,
    measures,
    socialValue,
  };
}
