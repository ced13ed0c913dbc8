import type { Measure, Referral } from '@artsrx/schema';
import { _instantOrDate } from './_dates.js';
import type { MeasureKey } from '../measures/meaningfulChange.js';
import { scoreMeasure, type MeasureScore } from '../measures/scoreMeasure.js';

/** A scored measure with its date. */
export interface _Scored {
  at: string;
  phase: Measure['phase'];
  score: MeasureScore;
  values: Partial<Record<MeasureKey, number>>;
}

/** Per instrument, the earliest baseline and the latest follow-up or exit measure after it; unscorable measures are counted, not used. */
export function _baselineAndFollowUp(referral: Referral): { byInstrument: Map<string, { baseline?: _Scored; followUp?: _Scored }>; unscorable: number } {
  const byInstrument = new Map<string, { baseline?: _Scored; followUp?: _Scored }>();
  let unscorable = 0;
  const scored: (_Scored & { t: number })[] = [];
  for (const m of referral.measures ?? []) {
    const r = scoreMeasure(m);
    const t = _instantOrDate(m.at);
    if (!r.ok || Number.isNaN(t)) {
      unscorable++;
      continue;
    }
    scored.push({ at: m.at, phase: m.phase, score: r.score, values: r.values, t });
  }
  // Stable sort by instant: measures taken at the same moment keep their recorded order.
  scored.sort((a, b) => a.t - b.t);
  const baselineAt = new Map<string, number>();
  for (const { t, ...s } of scored) {
    const slot = byInstrument.get(s.score.instrument) ?? {};
    if (s.phase === 'baseline') {
      if (slot.baseline === undefined) {
        slot.baseline = s;
        baselineAt.set(s.score.instrument, t);
      }
    } else if (slot.baseline !== undefined && t >= baselineAt.get(s.score.instrument)!) {
      slot.followUp = s;
    }
    byInstrument.set(s.score.instrument, slot);
  }
  return { byInstrument, unscorable };
}

/** The first time the referral entered a state, or undefined. */
export function _firstAt(referral: Referral, status: string): string | undefined {
  return referral.history.find((e) => e.status === status)?.at;
}

/** Date (YYYY-MM-DD) of the first session attended, or undefined. */
export function _firstSession(referral: Referral): string | undefined {
  let first: string | undefined;
  for (const a of referral.attendance ?? []) if (a.attended && (first === undefined || a.date < first)) first = a.date;
  return first;
}
