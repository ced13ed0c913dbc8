import { _scheduleTemplate as _scheduleTemplate$, type _Prepared } from './_prepare.js';
import { _CAP_FULL as _CAP_FULL$, _CAP_FULL_UNKNOWN as _CAP_FULL_UNKNOWN$, _CAP_PLACES as _CAP_PLACES$, _CAP_WAITLIST as _CAP_WAITLIST$, _COST_FREE as _COST_FREE$, _COST_PRICED as _COST_PRICED$, _COST_UNKNOWN as _COST_UNKNOWN$, _IN_PERSON as _IN_PERSON$, _MIXED as _MIXED$, _ONLINE as _ONLINE$ } from './_prepare.js';
import { C as C$, type _Query } from './_query.js';
import { _fitsAvailability as _fitsAvailability$, _sessionsBetween as _sessionsBetween$, type _Session } from './_sessions.js';
import { _popcount as _popcount$ } from './_vocab.js';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.
const _scheduleTemplate = _scheduleTemplate$;
const _CAP_FULL = _CAP_FULL$;
const _CAP_FULL_UNKNOWN = _CAP_FULL_UNKNOWN$;
const _CAP_PLACES = _CAP_PLACES$;
const _CAP_WAITLIST = _CAP_WAITLIST$;
const _COST_FREE = _COST_FREE$;
const _COST_PRICED = _COST_PRICED$;
const _COST_UNKNOWN = _COST_UNKNOWN$;
const _IN_PERSON = _IN_PERSON$;
const _MIXED = _MIXED$;
const _ONLINE = _ONLINE$;
const C = C$;
const _fitsAvailability = _fitsAvailability$;
const _sessionsBetween = _sessionsBetween$;
const _popcount = _popcount$;

/** Outcome codes. */
export const MATCH = 0;
export const PARTIAL = 1;
export const UNKNOWN = 2;
export const FAIL = 3;
/** Score of a criterion whose data is missing. */
export const NEUTRAL = 0.5;
/** Score of "online" on the distance criterion when the person would go either way. */
export const ONLINE_EITHER = 0.5;

/** Result of one criterion (reused; read it before the next call). */
export const _out = { outcome: MATCH, score: 1, excluded: false, far: false };

function set(outcome: number, score: number, excluded = false): number {
  _out.outcome = outcome;
  _out.score = score;
  _out.excluded = excluded;
  _out.far = false;
  return score;
}

/** Distance decay: 1 at the door, 0.5 at half the person's limit (or 5 km), 0 beyond the limit. */
export function _decay(Q: _Query, d: number): number {
  return d > Q.maxKm ? 0 : Math.exp(d * Q.decayRate);
}

/** Score one criterion (not the schedule) for activity i at distance d (NaN when unknown). */
export function _evaluate(c: number, P: _Prepared, Q: _Query, i: number, d: number): number {
  switch (c) {
    case C.status:
      return P.status[P.slot[i]!] === 0 ? set(MATCH, 1) : set(FAIL, 0, true);
    case C.attendance: {
      const m = P.mode[i];
      if (Q.attendance === 'in-person') return m === _ONLINE ? set(FAIL, 0, true) : set(MATCH, 1);
      return m === _IN_PERSON ? set(FAIL, 0, true) : set(MATCH, 1);
    }
    case C.distance: {
      const m = P.mode[i];
      const onlineScore = Q.attendance === 'online' ? 1 : ONLINE_EITHER;
      if (m === _ONLINE) return set(Q.attendance === 'online' ? MATCH : PARTIAL, onlineScore);
      const online = m === _MIXED && Q.wantOnline;
      if (Number.isNaN(d)) return online ? set(PARTIAL, onlineScore) : set(UNKNOWN, NEUTRAL);
      if (d > Q.maxKm) {
        if (online) return set(PARTIAL, onlineScore);
        set(FAIL, 0, true);
        _out.far = d > 2 * Q.maxKm;
        return 0;
      }
      const s = _decay(Q, d);
      const best = online && onlineScore > s ? onlineScore : s;
      return set(best >= 0.5 ? MATCH : PARTIAL, best);
    }
    case C.age: {
      const lo = P.minAge[P.slot[i]!]!;
      const hi = P.maxAge[P.slot[i]!]!;
      if (lo < 0 && hi < 0) return set(UNKNOWN, NEUTRAL);
      if ((lo >= 0 && Q.age < lo) || (hi >= 0 && Q.age > hi)) return set(FAIL, 0, true);
      return set(MATCH, 1);
    }
    case C.area: {
      const served = P.activities[i]!.eligibility?.areaServed;
      if (served === undefined || served.length === 0) return set(UNKNOWN, NEUTRAL);
      let comparable = true;
      for (const code of served) {
        if (Q.areaCodes!.has(code)) return set(MATCH, 1);
        if (!/^(E0[6-9]|E1[0-2]|E47|[EWSN]92|W06|S12|N09)/.test(code)) comparable = false;
      }
      return comparable ? set(FAIL, 0, true) : set(UNKNOWN, NEUTRAL);
    }
    case C.access: {
      const online = P.mode[i] === _ONLINE;
      const viaOnline = P.mode[i] === _MIXED && Q.wantOnline;
      const vMet = online ? Q.venueNeeds : P.venueYes[P.slot[i]!]! & Q.venueNeeds;
      const vLack = online ? 0 : P.venueNo[P.slot[i]!]! & Q.venueNeeds;
      const sMet = P.supportYes[P.slot[i]!]! & Q.supportNeeds;
      const sLack = P.supportNo[P.slot[i]!]! & Q.supportNeeds;
      const met = _popcount(vMet) + _popcount(sMet);
      const lack = _popcount(vLack) + _popcount(sLack);
      const unknown = Q.accessCount - met - lack;
      const score = (met + NEUTRAL * unknown) / Q.accessCount;
      if (sLack !== 0 || (vLack !== 0 && !viaOnline)) return set(FAIL, 0, true);
      if (met === Q.accessCount) return set(MATCH, 1);
      if (unknown === Q.accessCount) return set(UNKNOWN, NEUTRAL);
      return set(PARTIAL, score);
    }
    case C.cost: {
      const k = P.cost[P.slot[i]!];
      if (k === _COST_FREE) return set(MATCH, 1);
      if (k === _COST_UNKNOWN) return set(UNKNOWN, NEUTRAL);
      if (Q.freeOnly) return set(FAIL, 0, true);
      if (k === _COST_PRICED) return P.price[P.slot[i]!]! <= Q.maxPrice ? set(MATCH, 1) : set(FAIL, 0, true);
      return set(UNKNOWN, NEUTRAL);
    }
    case C.capacity: {
      const k = P.capacity[P.slot[i]!];
      if (k === _CAP_PLACES) return set(MATCH, 1);
      if (k === _CAP_WAITLIST) return set(PARTIAL, 0.5);
      if (k === _CAP_FULL) return set(FAIL, 0, true);
      if (k === _CAP_FULL_UNKNOWN) return set(PARTIAL, 0.25);
      return set(UNKNOWN, NEUTRAL);
    }
    case C.referral: {
      const r = P.referral[P.slot[i]!];
      return r === 1 ? set(MATCH, 1) : r === 2 ? set(FAIL, 0, true) : set(UNKNOWN, NEUTRAL);
    }
    case C.interests: {
      if ((P.typesLo[P.slot[i]!]! & Q.wantTypesLo) !== 0 || (P.typesHi[P.slot[i]!]! & Q.wantTypesHi) !== 0) return set(MATCH, 1);
      if ((P.allArtForms[P.slot[i]!]! & Q.wantArtForms) !== 0) return set(MATCH, 1);
      if ((P.allArtForms[P.slot[i]!]! & Q.parentArtForms) !== 0) return set(PARTIAL, 0.6);
      return set(FAIL, 0);
    }
    case C.needs: {
      if (P.needsKnown[P.slot[i]!] === 0) return set(UNKNOWN, NEUTRAL);
      const k = _popcount(P.needs[P.slot[i]!]! & Q.needs);
      return k === Q.needsCount ? set(MATCH, 1) : k > 0 ? set(PARTIAL, k / Q.needsCount) : set(FAIL, 0);
    }
    case C.fiveWays: {
      if (P.fiveWaysKnown[P.slot[i]!] === 0) return set(UNKNOWN, NEUTRAL);
      const k = _popcount(P.fiveWays[P.slot[i]!]! & Q.fiveWays);
      return k === Q.fiveWaysCount ? set(MATCH, 1) : k > 0 ? set(PARTIAL, k / Q.fiveWaysCount) : set(FAIL, 0);
    }
    case C.language: {
      const langs = P.activities[i]!.languages;
      if (langs === undefined || langs.length === 0) return set(UNKNOWN, NEUTRAL);
      for (const l of langs) if (Q.languages.includes(l.toLowerCase().split('-')[0]!)) return set(MATCH, 1);
      return set(FAIL, 0);
    }
    case C.format:
      return (P.format[P.slot[i]!]! & Q.format) !== 0 ? set(MATCH, 1) : set(FAIL, 0);
    case C.freshness: {
      const t = P.checkedMs[P.slot[i]!]!;
      if (Number.isNaN(t)) return set(UNKNOWN, NEUTRAL);
      const days = (Q.nowMs - t) / 86400000;
      if (days <= 183) return set(MATCH, 1);
      if (days <= 548) return set(PARTIAL, 1 - (0.6 * (days - 183)) / 365);
      return set(PARTIAL, 0.2);
    }
    default:
      return set(UNKNOWN, NEUTRAL);
  }
}

/** What the schedule criterion found. */
export interface _ScheduleFit {
  outcome: number;
  score: number;
  excluded: boolean;
  /** Sessions in the horizon. */
  total: number;
  /** Those that fit the person's availability (all of them when none was given). */
  fitting: _Session[];
}

/** The schedule criterion: sessions in the horizon that fit the person's free times. */
export function _evaluateSchedule(P: _Prepared, Q: _Query, i: number): _ScheduleFit {
  const slot = P.slot[i]!;
  const known = P.template[slot]!;
  // Fast path: a shared pattern whose start and end dates cannot touch the window.
  const simple = known >= 0 && P.startDay[slot]! < Q.firstDay - 2 && !(P.endDay[slot]! <= Q.lastDay + 2);
  if (simple) {
    const hit = Q.templateFits[known];
    if (hit !== undefined) return hit;
  }
  const fit = scheduleFit(P, Q, i);
  if (simple) Q.templateFits[known] = fit;
  return fit;
}

function scheduleFit(P: _Prepared, Q: _Query, i: number): _ScheduleFit {
  const schedule = P.activities[i]!.schedule;
  if (schedule === undefined) return { outcome: UNKNOWN, score: NEUTRAL, excluded: false, total: 0, fitting: [] };
  const t = _scheduleTemplate(P, i);
  // Same pattern, and start and end dates that cannot touch the window: same sessions.
  const key = t < 0 ? `#${i}` : `${t}${P.startDay[P.slot[i]!]! < Q.firstDay - 2 ? '' : `|s${P.startDay[P.slot[i]!]}`}${Number.isNaN(P.endDay[P.slot[i]!]!) || P.endDay[P.slot[i]!]! > Q.lastDay + 2 ? '' : `|e${P.endDay[P.slot[i]!]}`}`;
  let fit = Q.scheduleCache.get(key) as _ScheduleFit | undefined;
  if (fit !== undefined) return fit;
  // Sessions of the whole days around the window are kept across queries made the same day.
  const day = `${Q.firstDay}:${Q.lastDay}`;
  if (P.sessionDay !== day) {
    P.sessionCache.clear();
    P.sessionDay = day;
  }
  let around = P.sessionCache.get(key);
  if (around === undefined) {
    around = _sessionsBetween(schedule, (Q.firstDay - 1) * 86400000, (Q.lastDay + 2) * 86400000);
    if (P.sessionCache.size > 200_000) P.sessionCache.clear();
    P.sessionCache.set(key, around);
  }
  const all = around.filter((x) => x.endMs > Q.nowMs && x.startMs < Q.untilMs);
  Q.scheduleCache.set(key, (fit = fitSessions(all, Q)));
  return fit;
}

function fitSessions(all: _Session[], Q: _Query): _ScheduleFit {
  const avail = Q.availability;
  const fitting = avail === undefined || avail.length === 0 ? all : all.filter((s) => _fitsAvailability(s, avail, Q.zone));
  if (fitting.length === 0) return { outcome: FAIL, score: 0, excluded: true, total: all.length, fitting };
  const soon = Math.min(1, 1 - (fitting[0]!.startMs - Q.nowMs) / (Q.untilMs - Q.nowMs));
  const often = Math.min(1, fitting.length / (Q.horizonDays / 7));
  const score = 0.5 * soon + 0.5 * often;
  return { outcome: fitting.length < all.length ? PARTIAL : MATCH, score, excluded: false, total: all.length, fitting };
}
