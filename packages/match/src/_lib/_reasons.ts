import { ACCESS_SUPPORT, VENUE_FEATURES } from '@artsrx/schema/vocab';
import type { Criterion } from '../matcher/types.js';
import { FAIL as FAIL$, MATCH as MATCH$, PARTIAL as PARTIAL$, UNKNOWN as UNKNOWN$, type _ScheduleFit } from './_criteria.js';
import { _CAP_FULL as _CAP_FULL$, _CAP_FULL_UNKNOWN as _CAP_FULL_UNKNOWN$, _CAP_PLACES as _CAP_PLACES$, _CAP_WAITLIST as _CAP_WAITLIST$, _COST_FREE as _COST_FREE$, _COST_PRICED as _COST_PRICED$, _MIXED as _MIXED$, _ONLINE as _ONLINE$, type _Prepared } from './_prepare.js';
import type { _Query } from './_query.js';
import { _ART_FORM_BIT as _ART_FORM_BIT$, _FIVE_WAYS_BIT as _FIVE_WAYS_BIT$, _idsOf as _idsOf$, _label as _label$, _NEED_BIT as _NEED_BIT$, _SUPPORT_BIT as _SUPPORT_BIT$, _TYPE_BIT_HI as _TYPE_BIT_HI$, _TYPE_BIT_LO as _TYPE_BIT_LO$, _VENUE_BIT as _VENUE_BIT$ } from './_vocab.js';
import { timeZoneOffset as timeZoneOffset$, wallClock as wallClock$ } from '@artsrx/schedule';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.
const FAIL = FAIL$;
const MATCH = MATCH$;
const PARTIAL = PARTIAL$;
const UNKNOWN = UNKNOWN$;
const _CAP_FULL = _CAP_FULL$;
const _CAP_FULL_UNKNOWN = _CAP_FULL_UNKNOWN$;
const _CAP_PLACES = _CAP_PLACES$;
const _CAP_WAITLIST = _CAP_WAITLIST$;
const _COST_FREE = _COST_FREE$;
const _COST_PRICED = _COST_PRICED$;
const _MIXED = _MIXED$;
const _ONLINE = _ONLINE$;
const _ART_FORM_BIT = _ART_FORM_BIT$;
const _FIVE_WAYS_BIT = _FIVE_WAYS_BIT$;
const _idsOf = _idsOf$;
const _label = _label$;
const _NEED_BIT = _NEED_BIT$;
const _SUPPORT_BIT = _SUPPORT_BIT$;
const _TYPE_BIT_HI = _TYPE_BIT_HI$;
const _TYPE_BIT_LO = _TYPE_BIT_LO$;
const _VENUE_BIT = _VENUE_BIT$;
const timeZoneOffset = timeZoneOffset$;
const wallClock = wallClock$;

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1.2 km (0.7 miles)". */
export function _km(d: number): string {
  const km = d < 10 ? d.toFixed(1) : String(Math.round(d));
  const mi = d / 1.609344;
  return `${km} km (${mi < 10 ? mi.toFixed(1) : Math.round(mi)} miles)`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function clock(hh: number, mm: number): string {
  const h = hh % 12 === 0 ? 12 : hh % 12;
  return `${h}${mm === 0 ? '' : `:${String(mm).padStart(2, '0')}`}${hh < 12 ? 'am' : 'pm'}`;
}

function partOfDay(minutes: number): string {
  return minutes < 12 * 60 ? 'morning' : minutes < 17 * 60 ? 'afternoon' : 'evening';
}

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function horizonWords(days: number): string {
  return days % 7 === 0 ? `${days / 7} week${days === 7 ? '' : 's'}` : `${days} days`;
}

/** A plain-English reason for one criterion's outcome. Never repeats personal free text. */
export function _reason(c: Criterion, outcome: number, P: _Prepared, Q: _Query, i: number, d: number, fit?: _ScheduleFit): string {
  const a = P.activities[i]!;
  switch (c) {
    case 'status':
      return outcome === MATCH ? 'Running' : a.status === 'ended' ? 'Has ended' : 'Temporarily closed';
    case 'attendance':
      if (outcome === FAIL) return P.mode[i] === _ONLINE ? 'Online only: you asked for activities in person' : 'In person only: you asked for online activities';
      return P.mode[i] === _MIXED ? 'Join in person or online' : P.mode[i] === _ONLINE ? 'Online, as you asked' : 'In person, as you asked';
    case 'distance': {
      const approx = P.loc[P.site[i]!] === 2 || Q.loc?.approximate ? ' (approximate)' : '';
      if (P.mode[i] === _ONLINE) return 'Online: no travel needed';
      if (Number.isNaN(d)) {
        const why = Q.loc === undefined ? 'your area could not be placed on a map, so the distance is not known' : 'the venue has no location recorded';
        return P.mode[i] === _MIXED && Q.wantOnline ? `Can join online; ${why}` : why.charAt(0).toUpperCase() + why.slice(1);
      }
      if (d > Q.maxKm) {
        if (outcome !== FAIL) return `Can join online; the venue is ${_km(d)} away${approx}`;
        return `${_km(d)} away${approx}: further than the ${_km(Q.maxKm)} you said you would travel`;
      }
      return `${_km(d)} away${approx}`;
    }
    case 'age': {
      const lo = P.minAge[P.slot[i]!]!;
      const hi = P.maxAge[P.slot[i]!]!;
      if (outcome === UNKNOWN) return 'No age limits recorded';
      const range = lo >= 0 && hi >= 0 ? `ages ${lo} to ${hi}` : lo >= 0 ? `ages ${lo} and over` : `ages up to ${hi}`;
      return outcome === FAIL ? `For ${range}: outside your age` : `For ${range}: fits your age`;
    }
    case 'area':
      if (outcome === MATCH) return 'Open to people living in your area';
      if (outcome === FAIL) return 'Only for people living in other areas';
      return a.eligibility?.areaServed?.length ? 'Could not tell whether your area is covered' : 'No area restrictions recorded';
    case 'access': {
      const online = P.mode[i] === _ONLINE;
      const venueNeeds = _idsOf(Q.venueNeeds, _VENUE_BIT);
      const supportNeeds = _idsOf(Q.supportNeeds, _SUPPORT_BIT);
      const met: string[] = [];
      const lack: string[] = [];
      const unknown: string[] = [];
      for (const id of venueNeeds) {
        const b = 1 << _VENUE_BIT.get(id)!;
        const label = lower(_label(VENUE_FEATURES.id, id));
        if (online || P.venueYes[P.slot[i]!]! & b) met.push(label);
        else if (P.venueNo[P.slot[i]!]! & b) lack.push(label);
        else unknown.push(label);
      }
      for (const id of supportNeeds) {
        const b = 1 << _SUPPORT_BIT.get(id)!;
        const label = lower(_label(ACCESS_SUPPORT.id, id));
        if (P.supportYes[P.slot[i]!]! & b) met.push(label);
        else if (P.supportNo[P.slot[i]!]! & b) lack.push(label);
        else unknown.push(label);
      }
      const parts: string[] = [];
      if (met.length) parts.push(online && supportNeeds.length === 0 ? 'Online: no venue to get to' : `Has ${list(met)}`);
      if (lack.length) parts.push(`recorded as having no ${list(lack)}${outcome === FAIL ? '' : ' at the venue (you can join online)'}`);
      if (unknown.length) parts.push(`no ${list(unknown)} information recorded`);
      const s = parts.join('; ');
      return s.charAt(0).toUpperCase() + s.slice(1);
    }
    case 'cost': {
      const k = P.cost[P.slot[i]!];
      if (k === _COST_FREE) return 'Free';
      if (outcome === UNKNOWN) return P.cost[P.slot[i]!] === 0 ? 'No cost information recorded' : 'Not free; no price recorded';
      if (k === _COST_PRICED) {
        const price = `£${P.price[P.slot[i]!]!.toFixed(P.price[P.slot[i]!]! % 1 === 0 ? 0 : 2)} a session`;
        if (outcome === FAIL) return Q.freeOnly ? `${price}: you asked for free activities` : `${price}: over your budget`;
        return `${price}: within your budget`;
      }
      return 'Not free: you asked for free activities';
    }
    case 'capacity': {
      const k = P.capacity[P.slot[i]!];
      if (k === _CAP_PLACES) return 'Places available';
      if (k === _CAP_WAITLIST) return 'Full, with a waiting list';
      if (k === _CAP_FULL) return 'Full, no waiting list';
      if (k === _CAP_FULL_UNKNOWN) return 'Full; no waiting list information recorded';
      return 'No information on places left';
    }
    case 'referral':
      return outcome === MATCH ? 'Takes social prescribing referrals' : outcome === FAIL ? 'Does not take social prescribing referrals' : 'Not recorded whether it takes social prescribing referrals';
    case 'interests': {
      const types = _idsOf(P.typesLo[P.slot[i]!]! & Q.wantTypesLo, _TYPE_BIT_LO);
      const typesHi = _idsOf(P.typesHi[P.slot[i]!]! & Q.wantTypesHi, _TYPE_BIT_HI);
      const exact = [...types, ...typesHi].map((t) => _label('activity-type', t));
      if (exact.length) return `${list(exact)}: one of your interests`;
      const forms = _idsOf(P.allArtForms[P.slot[i]!]! & Q.wantArtForms, _ART_FORM_BIT).map((f) => _label('art-form', f));
      if (forms.length) return `${list(forms)}: one of your interests`;
      const parents = _idsOf(P.allArtForms[P.slot[i]!]! & Q.parentArtForms, _ART_FORM_BIT).map((f) => _label('art-form', f));
      if (parents.length) return `${list(parents)}: the same art form as something you are interested in`;
      const own = _idsOf(P.allArtForms[P.slot[i]!]!, _ART_FORM_BIT).map((f) => _label('art-form', f));
      return `${list(own)}: not among your interests`;
    }
    case 'needs': {
      if (outcome === UNKNOWN) return 'Not recorded who it is designed for';
      const hit = _idsOf(P.needs[P.slot[i]!]! & Q.needs, _NEED_BIT).map((n) => lower(_label('need', n)));
      if (hit.length === 0) return 'Not described as designed for what you are going through';
      return `Designed for people with ${list(hit)}`;
    }
    case 'fiveWays': {
      if (outcome === UNKNOWN) return 'No Five Ways to Wellbeing recorded';
      const hit = _idsOf(P.fiveWays[P.slot[i]!]! & Q.fiveWays, _FIVE_WAYS_BIT).map((n) => `"${_label('five-ways', n)}"`);
      if (hit.length === 0) return 'Not described as supporting your Five Ways goals';
      return `Supports ${list(hit)}`;
    }
    case 'language': {
      const langs = a.languages ?? [];
      if (outcome === UNKNOWN) return 'No languages recorded';
      const names = langs.map(languageName);
      return outcome === MATCH ? `Runs in ${list(names)}` : `Runs in ${list(names)}: not a language you listed`;
    }
    case 'format': {
      const f = lower(_label('activity-format', a.format));
      return outcome === MATCH ? `A ${f}, as you prefer` : `A ${f}: not the format you prefer`;
    }
    case 'freshness': {
      const t = P.checkedMs[P.slot[i]!]!;
      if (Number.isNaN(t)) return 'No record of when it was last checked';
      const months = Math.max(0, Math.round((Q.nowMs - t) / (30.44 * 86400000)));
      const ago = months === 0 ? 'this month' : months === 1 ? '1 month ago' : months < 24 ? `${months} months ago` : `${Math.round(months / 12)} years ago`;
      const verb = P.verified[P.slot[i]!] ? 'Details checked' : 'Recorded';
      return outcome === MATCH ? `${verb} ${ago}` : `${verb} ${ago}: details may have changed`;
    }
    case 'schedule':
      return scheduleReason(outcome, Q, fit!);
  }
}

function scheduleReason(outcome: number, Q: _Query, fit: _ScheduleFit): string {
  const horizon = horizonWords(Q.horizonDays);
  if (outcome === UNKNOWN) return 'No timetable recorded: ask the organiser when it meets';
  if (outcome === FAIL) {
    return fit.total === 0 ? `No sessions in the next ${horizon}` : `None of its sessions in the next ${horizon} falls in the times you said you are free`;
  }
  // The first session's wall clock in full; the others only as weekday and minute of the week
  // (one cached offset read each: this runs for every session of every result).
  const c = wallClock(Q.zone, fit.fitting[0]!.startMs);
  const first = { wd: DAY_CODES.indexOf(c.weekday), hh: c.hour, mm: c.minute, d: c.day, m: c.month };
  const firstWeekMinute = first.wd * 1440 + first.hh * 60 + first.mm;
  const walls = fit.fitting;
  let same = true;
  for (let k = 1; k < walls.length && same; k++) {
    const ms = walls[k]!.startMs;
    const local = ms + timeZoneOffset(Q.zone, ms) * 60000;
    const day = Math.floor(local / 86400000);
    same = ((((day + 3) % 7) + 7) % 7) * 1440 + Math.floor((local - day * 86400000) / 60000) === firstWeekMinute;
  }
  const when =
    same && walls.length > 1
      ? `${DAY_NAMES[first.wd]}s ${clock(first.hh, first.mm)}`
      : `Next on ${DAY_NAMES[first.wd]!.slice(0, 3)} ${first.d} ${MONTHS[first.m - 1]}, ${clock(first.hh, first.mm)}`;
  let why = '';
  const avail = Q.availability;
  if (avail !== undefined && avail.length > 0) {
    const slot = avail.find((s) => s.day === DAY_CODES[first.wd]);
    if (slot !== undefined) why = ` — you said ${DAY_NAMES[first.wd]} ${partOfDay(first.hh * 60 + first.mm)}s are free`;
  }
  const share = outcome === PARTIAL ? `; ${fit.fitting.length} of its ${fit.total} sessions in the next ${horizon} fit your free times` : '';
  return `${when}${why}${share}`;
}
