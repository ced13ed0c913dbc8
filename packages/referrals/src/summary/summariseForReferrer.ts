import { REFERRAL_STATUSES, SNOMED_CT, type Referral, type ReferralStatus } from '@artsrx/schema';
import { _baselineAndFollowUp, _firstAt, _firstSession } from '../_lib/_pairs.js';
import { _round } from '../_lib/_round.js';
import { MEANINGFUL_CHANGE, MEASURE_DIRECTION, type MeasureKey } from '../measures/meaningfulChange.js';
import type { MeasureScore } from '../measures/scoreMeasure.js';
import { FINAL_STATUSES } from '../lifecycle/legalTransitions.js';

/** Options of {@link summariseForReferrer}. */
export interface SummariseForReferrerOptions {
  /** Names of activities and assets by id, to show what the person was connected to. Default: ids only. */
  names?: Readonly<Record<string, string>>;
}

/** A coded SNOMED CT concept. */
export interface SnomedCoding {
  system: typeof SNOMED_CT;
  code: string;
  display: string;
}

/** One instrument at baseline and follow-up, as shared with the referrer. */
export interface SummaryMeasure {
  instrument: MeasureScore['instrument'];
  baseline?: { at: string; score: MeasureScore };
  followUp?: { at: string; score: MeasureScore };
  /** Follow-up minus baseline, per report key (SWEMWBS on the metric scale), when both exist. */
  change?: Partial<Record<MeasureKey, number>>;
  /** Per key with a published threshold: did the change meet it in the better direction? */
  meaningfulImprovement?: Partial<Record<MeasureKey, boolean>>;
}

/**
 * A "message back to the referrer", after the PRSB Social Prescribing Standard's message-back
 * model. Sections the person did not consent to share are absent and listed in `withheld`. It
 * never carries free text (goals, notes, the written end reason) or the person's pseudonym.
 */
export interface ReferrerSummary {
  referralId: string;
  /** False when the person did not agree to a message back: then only `referralId` and `withheld` are present. */
  shared: boolean;
  /** Consent scopes that were missing, so their sections were left out. */
  withheld: ('message-back' | 'attendance' | 'outcome-measures')[];
  /** Outcome of the referral: the current state, its FHIR Task status and any NHS England SNOMED CT code recorded on the way. */
  outcome?: { status: ReferralStatus; label: string; fhirTaskStatus: string; snomed: SnomedCoding[] };
  /** Key dates (date-times as recorded; `firstSession` is a date). */
  dates?: { referred?: string; firstContact?: string; accepted?: string; firstSession?: string; ended?: string };
  /** What the person was connected to. */
  connectedTo?: { activityId?: string; activityName?: string; assetId?: string; assetName?: string };
  /** Sessions recorded, attended and missed. */
  attendance?: { recorded: number; attended: number; missed: number };
  /** Outcome measures at baseline and follow-up. */
  measures?: SummaryMeasure[];
  /** Why the referral ended, as a coded state (the written reason stays in the case record). */
  ended?: { status: ReferralStatus; label: string };
}

const TERMS = new Map(REFERRAL_STATUSES.terms.map((t) => [t.id as string, t as (typeof REFERRAL_STATUSES.terms)[number] & { snomed?: { code: string; display: string } }]));

/**
 * Builds the message back to the referrer: outcome of the referral (with SNOMED CT codes for
 * accepted and declined), key dates including the first session, the activity connected to,
 * attendance, measures at baseline and follow-up with their change, and the coded reason for
 * ending. It honours consent: nothing without `message-back`; attendance and the first-session
 * date only with `attendance`; measures only with `outcome-measures`.
 *
 * @param referral - The referral.
 * @param options - Optional names for activity and asset ids.
 * @returns The summary (structured; render it as you need).
 * @example
 * summariseForReferrer(completedReferral).outcome
 * //=> { status: 'completed', label: 'Completed', fhirTaskStatus: 'completed', snomed: [{ system: 'http://snomed.info/sct', code: '871731000000106', … }] }
 */
export function summariseForReferrer(referral: Referral, options: SummariseForReferrerOptions = {}): ReferrerSummary {
  if (referral === null || typeof referral !== 'object') throw new TypeError('summariseForReferrer: referral must be an object');
  const scopes = referral.subject?.consent?.scopes ?? [];
  if (!scopes.includes('message-back')) return { referralId: referral.id, shared: false, withheld: ['message-back'] };
  const withheld: ReferrerSummary['withheld'] = [];
  const term = TERMS.get(referral.status)!;
  const snomed: SnomedCoding[] = [];
  for (const s of ['accepted', 'declined'] as const) {
    const code = TERMS.get(s)!.snomed;
    if (code !== undefined && referral.history.some((e) => e.status === s)) snomed.push({ system: SNOMED_CT, code: code.code, display: code.display });
  }
  const summary: ReferrerSummary = {
    referralId: referral.id,
    shared: true,
    withheld,
    outcome: { status: referral.status, label: term.label, fhirTaskStatus: (term as { fhirTaskStatus: string }).fhirTaskStatus, snomed },
  };
  const dates: NonNullable<ReferrerSummary['dates']> = {};
  const referred = _firstAt(referral, 'referred');
  const contacted = _firstAt(referral, 'contacted');
  const accepted = _firstAt(referral, 'accepted');
  if (referred !== undefined) dates.referred = referred;
  if (contacted !== undefined) dates.firstContact = contacted;
  if (accepted !== undefined) dates.accepted = accepted;
  const final = FINAL_STATUSES.includes(referral.status) ? referral.history.findLast((e) => e.status === referral.status) : undefined;
  if (final !== undefined) dates.ended = final.at;

  if (referral.target !== undefined) {
    const c: NonNullable<ReferrerSummary['connectedTo']> = {};
    const names = options.names ?? {};
    if (referral.target.activityId !== undefined) {
      c.activityId = referral.target.activityId;
      const n = names[referral.target.activityId];
      if (n !== undefined) c.activityName = n;
    }
    if (referral.target.assetId !== undefined) {
      c.assetId = referral.target.assetId;
      const n = names[referral.target.assetId];
      if (n !== undefined) c.assetName = n;
    }
    summary.connectedTo = c;
  }

  if (scopes.includes('attendance')) {
    const att = referral.attendance ?? [];
    const attended = att.filter((a) => a.attended).length;
    summary.attendance = { recorded: att.length, attended, missed: att.length - attended };
    const first = _firstSession(referral);
    if (first !== undefined) dates.firstSession = first;
  } else withheld.push('attendance');
  summary.dates = dates;

  if (scopes.includes('outcome-measures')) {
    const { byInstrument } = _baselineAndFollowUp(referral);
    const measures: SummaryMeasure[] = [];
    for (const [instrument, slot] of byInstrument) {
      const m: SummaryMeasure = { instrument: instrument as MeasureScore['instrument'] };
      if (slot.baseline !== undefined) m.baseline = { at: slot.baseline.at, score: slot.baseline.score };
      if (slot.followUp !== undefined) m.followUp = { at: slot.followUp.at, score: slot.followUp.score };
      if (slot.baseline !== undefined && slot.followUp !== undefined) {
        const change: Partial<Record<MeasureKey, number>> = {};
        const improvement: Partial<Record<MeasureKey, boolean>> = {};
        for (const [k, before] of Object.entries(slot.baseline.values) as [MeasureKey, number][]) {
          const after = slot.followUp.values[k];
          if (after === undefined) continue;
          const delta = _round(after - before, 2);
          change[k] = delta;
          const threshold = MEANINGFUL_CHANGE[k];
          if (threshold !== null) improvement[k] = (MEASURE_DIRECTION[k] === 'higher-is-better' ? delta : -delta) >= threshold.points;
        }
        m.change = change;
        if (Object.keys(improvement).length > 0) m.meaningfulImprovement = improvement;
      }
      measures.push(m);
    }
    summary.measures = measures;
  } else withheld.push('outcome-measures');

  if (final !== undefined) summary.ended = { status: referral.status, label: term.label };
  return summary;
}
