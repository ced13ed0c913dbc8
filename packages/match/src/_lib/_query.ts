import { isTimeZone as isTimeZone$ } from '@artsrx/schedule';
import type { PersonProfile } from '@artsrx/schema';
import { CRITERIA, type Criterion, type CreateMatcherOptions, type MatchOptions, type ResolvedLocation } from '../matcher/types.js';
import { DEFAULT_WEIGHTS } from '../matcher/DEFAULT_WEIGHTS.js';
import { lookupArea } from '../location/lookupArea.js';
import { ArtsRxMatchRangeError } from '../matcher/ArtsRxMatchError.js';
import { _checkMatchOptions, _checkNumber, _checkProfile } from './_check.js';
import { _ART_FORM_BIT as _ART_FORM_BIT$, _FIVE_WAYS_BIT as _FIVE_WAYS_BIT$, _FORMAT_BIT as _FORMAT_BIT$, _mask as _mask$, _NEED_BIT as _NEED_BIT$, _popcount as _popcount$, _SUPPORT_BIT as _SUPPORT_BIT$, _TYPE_ART_FORM as _TYPE_ART_FORM$, _typeMask as _typeMask$, _VENUE_BIT as _VENUE_BIT$ } from './_vocab.js';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.
const isTimeZone = isTimeZone$;
const _ART_FORM_BIT = _ART_FORM_BIT$;
const _FIVE_WAYS_BIT = _FIVE_WAYS_BIT$;
const _FORMAT_BIT = _FORMAT_BIT$;
const _mask = _mask$;
const _NEED_BIT = _NEED_BIT$;
const _popcount = _popcount$;
const _SUPPORT_BIT = _SUPPORT_BIT$;
const _TYPE_ART_FORM = _TYPE_ART_FORM$;
const _typeMask = _typeMask$;
const _VENUE_BIT = _VENUE_BIT$;

/** Criterion positions. */
export const C: { readonly [K in Criterion]: number } = Object.fromEntries(CRITERIA.map((c, i) => [c, i])) as never;
export const N_CRITERIA = CRITERIA.length;

/** A profile and options compiled for one query. */
export interface _Query {
  loc: ResolvedLocation | undefined;
  maxKm: number;
  halfKm: number;
  /** −ln 2 / halfKm: the distance score is exp(d × decayRate) = 0.5^(d / halfKm). */
  decayRate: number;
  attendance: 'in-person' | 'online' | 'either';
  wantInPerson: boolean;
  wantOnline: boolean;
  wantTypesLo: number;
  wantTypesHi: number;
  wantArtForms: number;
  parentArtForms: number;
  needs: number;
  needsCount: number;
  fiveWays: number;
  fiveWaysCount: number;
  venueNeeds: number;
  supportNeeds: number;
  accessCount: number;
  freeOnly: boolean;
  maxPrice: number;
  age: number;
  languages: string[];
  format: number;
  areaCodes: Set<string> | undefined;
  zone: string;
  availability: PersonProfile['availability'];
  nowMs: number;
  untilMs: number;
  horizonDays: number;
  applies: boolean[];
  w: number[];
  W: number;
  /** Applicable criteria except the schedule, in evaluation order: heaviest first, so hopeless candidates are dropped early. */
  order: number[];
  /** For each position in `order`, the most the criteria after it (schedule included) can still add. */
  rest: number[];
  /** First and last day (days since 1970) of the search window. */
  firstDay: number;
  lastDay: number;
  /** Schedule fits already worked out in this query, by schedule template. */
  scheduleCache: Map<string, unknown>;
  /** The same, by schedule template, for patterns whose start and end dates cannot touch the window. */
  templateFits: Array<import('./_criteria.js')._ScheduleFit | undefined>;
  /** Sum of applicable weights except distance. */
  maxOther: number;
  limit: number;
  sessions: number;
  explain: boolean;
  diversify: { lambda: number; byOrg: boolean; byArtForm: boolean } | undefined;
  linear: boolean;
}

const COUNTRY: Record<string, string> = { E: 'E92000001', W: 'W92000004', S: 'S92000003', N: 'N92000002' };

function resolve(profile: PersonProfile, options: CreateMatcherOptions): ResolvedLocation | undefined {
  const l = profile.location as Record<string, unknown> | undefined;
  if (l === undefined || l === null) return undefined;
  if (l.type === 'Point' && Array.isArray(l.coordinates)) {
    const [lng, lat] = l.coordinates as number[];
    if (Number.isFinite(lng) && Number.isFinite(lat)) return { lng: lng!, lat: lat!, approximate: false };
    return undefined;
  }
  const q =
    typeof l.postcodeDistrict === 'string'
      ? { postcodeDistrict: l.postcodeDistrict.trim().toUpperCase() }
      : typeof l.areaCode === 'string'
        ? { areaCode: l.areaCode.trim().toUpperCase() }
        : undefined;
  if (q === undefined) return undefined;
  const hit = options.resolveLocation?.(q) ?? lookupArea(q);
  if (hit === undefined) return undefined;
  if ('areaCode' in q && q.areaCode !== undefined && hit.areaCodes === undefined) return { ...hit, areaCodes: [q.areaCode] };
  return hit;
}

const checkNumber = _checkNumber;

/** Compile a query. Bad arguments throw ArtsRxMatchError naming the argument (never echoing its value). */
export function _compileQuery(profile: PersonProfile, options: MatchOptions, matcherOptions: CreateMatcherOptions, linear: boolean): _Query {
  _checkProfile(profile);
  _checkMatchOptions(options);
  const limit = options.limit ?? 10;
  checkNumber('options.limit', limit, 1, 10000, true);
  const horizonDays = options.horizonDays ?? 28;
  checkNumber('options.horizonDays', horizonDays, 1, 366, true);
  const sessions = options.sessions ?? 3;
  checkNumber('options.sessions', sessions, 0, 100, true);
  const nowMs = options.now === undefined ? Date.now() : options.now instanceof Date ? options.now.getTime() : Date.parse(options.now);
  if (!Number.isFinite(nowMs)) throw new ArtsRxMatchRangeError('invalid_option', 'options.now', 'options.now must be a valid date or ISO 8601 date-time');

  const zone = profile.timezone ?? 'Europe/London';
  if (!isTimeZone(zone)) throw new ArtsRxMatchRangeError('invalid_profile', 'profile.timezone', 'profile.timezone must be an IANA time zone name such as Europe/London');
  const loc = resolve(profile, matcherOptions);
  const maxKm = typeof profile.maxDistanceKm === 'number' ? profile.maxDistanceKm : Infinity;
  const halfKm = Number.isFinite(maxKm) ? Math.max(0.5, maxKm / 2) : 5;
  const attendance = profile.attendance ?? 'either';
  const [wantTypesLo, wantTypesHi] = _typeMask(profile.interests?.activityTypes);
  const wantArtForms = _mask(profile.interests?.artForms, _ART_FORM_BIT);
  const parentArtForms = _mask((profile.interests?.activityTypes ?? []).map((t) => _TYPE_ART_FORM.get(t) ?? ''), _ART_FORM_BIT);
  const needs = _mask(profile.needs, _NEED_BIT);
  const fiveWays = _mask(profile.fiveWays, _FIVE_WAYS_BIT);
  const venueNeeds = _mask(profile.accessNeeds?.venueFeatures, _VENUE_BIT);
  const supportNeeds = _mask(profile.accessNeeds?.accessSupport, _SUPPORT_BIT);
  const languages = (profile.languages ?? []).map((l) => l.toLowerCase().split('-')[0]!);
  let areaCodes: Set<string> | undefined;
  if (loc?.areaCodes !== undefined && loc.areaCodes.length > 0) {
    areaCodes = new Set(loc.areaCodes);
    for (const c of loc.areaCodes) {
      const country = COUNTRY[c[0] ?? ''];
      if (country) areaCodes.add(country);
    }
  }

  const applies = new Array<boolean>(N_CRITERIA).fill(false);
  applies[C.status] = true;
  applies[C.attendance] = attendance !== 'either';
  // A location that could not be placed still counts: distances then read `unknown`, never a silent pass.
  applies[C.distance] = loc !== undefined || profile.location !== undefined;
  applies[C.age] = typeof profile.age === 'number';
  applies[C.area] = areaCodes !== undefined;
  applies[C.access] = venueNeeds !== 0 || supportNeeds !== 0;
  applies[C.cost] = profile.freeOnly === true || typeof profile.maxPrice === 'number';
  applies[C.capacity] = true;
  applies[C.referral] = profile.viaReferral === true;
  applies[C.interests] = (wantTypesLo | wantTypesHi | wantArtForms) !== 0;
  applies[C.needs] = needs !== 0;
  applies[C.fiveWays] = fiveWays !== 0;
  applies[C.language] = languages.length > 0;
  applies[C.format] = (profile.format ?? []).length > 0;
  applies[C.freshness] = true;
  applies[C.schedule] = true;

  const weights = { ...DEFAULT_WEIGHTS, ...(options.weights ?? {}) };
  // Plain arrays: small typed arrays live outside the heap, and allocating them per query adds GC pressure.
  const w = new Array<number>(N_CRITERIA).fill(0);
  let W = 0;
  CRITERIA.forEach((c, i) => {
    const v = weights[c];
    checkNumber(`options.weights.${c}`, v, 0, 1000);
    w[i] = applies[i] ? v : 0;
    W += w[i]!;
  });
  const order = [...Array(N_CRITERIA).keys()].filter((c) => applies[c] && c !== C.schedule).sort((a, b) => w[b]! - w[a]! || a - b);
  const rest = new Array<number>(order.length).fill(0);
  let after = w[C.schedule]!;
  for (let k = order.length - 1; k >= 0; k--) {
    rest[k] = after;
    after += w[order[k]!]!;
  }

  let diversify: _Query['diversify'];
  if (options.diversify) {
    const d = options.diversify === true ? {} : options.diversify;
    const lambda = d.lambda ?? 0.7;
    checkNumber('options.diversify.lambda', lambda, 0, 1);
    const by = d.by ?? ['organisation', 'artForm'];
    diversify = { lambda, byOrg: by.includes('organisation'), byArtForm: by.includes('artForm') };
  }

  return {
    loc,
    maxKm,
    halfKm,
    decayRate: -Math.LN2 / halfKm,
    attendance,
    wantInPerson: attendance !== 'online',
    wantOnline: attendance !== 'in-person',
    wantTypesLo,
    wantTypesHi,
    wantArtForms,
    parentArtForms,
    needs,
    needsCount: _popcount(needs),
    fiveWays,
    fiveWaysCount: _popcount(fiveWays),
    venueNeeds,
    supportNeeds,
    accessCount: _popcount(venueNeeds) + _popcount(supportNeeds),
    freeOnly: profile.freeOnly === true,
    maxPrice: typeof profile.maxPrice === 'number' ? profile.maxPrice : NaN,
    age: typeof profile.age === 'number' ? profile.age : -1,
    languages,
    format: _mask(profile.format, _FORMAT_BIT),
    areaCodes,
    zone,
    // A fresh array per query: free times are parsed once per query, keyed by this array.
    availability: Array.isArray(profile.availability) ? [...profile.availability] : profile.availability,
    nowMs,
    untilMs: nowMs + horizonDays * 86400000,
    horizonDays,
    applies,
    w,
    W,
    order,
    rest,
    firstDay: Math.floor(nowMs / 86400000),
    lastDay: Math.floor((nowMs + horizonDays * 86400000) / 86400000),
    scheduleCache: new Map(),
    templateFits: [],
    maxOther: W - w[C.distance]!,
    limit,
    sessions,
    explain: options.explainExcluded === true,
    diversify,
    linear,
  };
}
