import type { Activity, Place } from '@artsrx/schema';
import KDBush from 'kdbush';
import type { CreateMatcherOptions, MatchDataset } from '../matcher/types.js';
import { lookupArea } from '../location/lookupArea.js';
import { _ART_FORM_BIT, _FIVE_WAYS_BIT, _FORMAT_BIT, _mask, _NEED_BIT, _SUPPORT_BIT, _TYPE_ART_FORM_MASK, _typeMask, _VENUE_BIT } from './_vocab.js';

/** Attendance modes. */
export const _IN_PERSON = 0;
export const _ONLINE = 1;
export const _MIXED = 2;

/** Cost kinds. */
export const _COST_UNKNOWN = 0;
export const _COST_FREE = 1;
export const _COST_PRICED = 2;
export const _COST_PAID_UNKNOWN = 3;

/** Capacity kinds. */
export const _CAP_UNKNOWN = 0;
export const _CAP_PLACES = 1;
export const _CAP_WAITLIST = 2;
export const _CAP_FULL = 3;
export const _CAP_FULL_UNKNOWN = 4;

/** Tri-state: 0 unknown, 1 yes, 2 no. */
function tri(v: boolean | undefined): number {
  return v === undefined ? 0 : v ? 1 : 2;
}

/**
 * A dataset compiled once for matching: one typed-array slot per activity for everything the
 * hot path reads, the activities themselves for explanations, and a kd-tree over venues.
 */
export interface _Prepared {
  n: number;
  activities: readonly Activity[];
  /** The dataset's places, and the position of each activity's place in it (−1: none). */
  placeList: readonly Place[];
  placeIndex: Int32Array;
  status: Uint8Array;
  mode: Uint8Array;
  lng: Float64Array;
  lat: Float64Array;
  /** 0 no location, 1 exact, 2 approximate (area centroid). */
  loc: Uint8Array;
  minAge: Int16Array;
  maxAge: Int16Array;
  cost: Uint8Array;
  price: Float64Array;
  artForms: Uint32Array;
  /** Art forms including the parents of the activity types. */
  allArtForms: Uint32Array;
  typesLo: Uint32Array;
  typesHi: Uint32Array;
  needs: Uint32Array;
  needsKnown: Uint8Array;
  fiveWays: Uint32Array;
  fiveWaysKnown: Uint8Array;
  supportYes: Uint32Array;
  supportNo: Uint32Array;
  venueYes: Uint32Array;
  venueNo: Uint32Array;
  capacity: Uint8Array;
  referral: Uint8Array;
  format: Uint32Array;
  /** Epoch ms of lastVerified, or of provenance.recordedAt when never verified; NaN when unreadable. */
  checkedMs: Float64Array;
  verified: Uint8Array;
  org: Int32Array;
  /**
   * Schedule template of each activity, worked out the first time its schedule is evaluated:
   * undefined = not yet, -1 = expand on its own. See `_scheduleTemplate`.
   */
  template: Int32Array;
  startDay: Float64Array;
  endDay: Float64Array;
  templates: Map<string, number>;
  /** Sessions around the current search window, by schedule key; reset when the window's days change. */
  sessionCache: Map<string, import('./_sessions.js')._Session[]>;
  sessionDay: string;
  /** True when the kd-trees were built (`index` option not false). */
  indexed: boolean;
  /** One kd-tree per art form (bit), over the located activities in that art form, with their activity indexes. */
  formIndex: Array<{ index: KDBush; ids: Uint32Array } | undefined>;
  /** Online or mixed activities. */
  onlineIds: Uint32Array;
  /** In-person or mixed activities without a usable location. */
  unplacedIds: Uint32Array;
  /** Online and mixed activities by art form (built on first use; an activity is in each of its art forms' lists). */
  onlineByArtForm: Uint32Array[] | undefined;
  /** 1 once `_compile` has filled the activity's slots. */
  compiled: Uint8Array;
  orgIndex: Map<string, number>;
  dates: Map<string, number>;
  /** Scratch stamps used to visit each activity once per query. */
  stamp: Uint32Array;
  stampValue: number;
}

/** Compile a dataset. Bad data never throws: an unreadable field is treated as unknown. */
export function _prepare(dataset: MatchDataset, options: CreateMatcherOptions): _Prepared {
  const activities = dataset.activities ?? [];
  const n = activities.length;
  const placeList = dataset.places ?? [];
  const placeById = new Map<string, number>();
  placeList.forEach((p, k) => placeById.set(p.id, k));

  const P: _Prepared = {
    n,
    activities,
    placeList,
    placeIndex: new Int32Array(n),
    status: new Uint8Array(n),
    mode: new Uint8Array(n),
    lng: new Float64Array(n),
    lat: new Float64Array(n),
    loc: new Uint8Array(n),
    minAge: new Int16Array(n),
    maxAge: new Int16Array(n),
    cost: new Uint8Array(n),
    price: new Float64Array(n),
    artForms: new Uint32Array(n),
    allArtForms: new Uint32Array(n),
    typesLo: new Uint32Array(n),
    typesHi: new Uint32Array(n),
    needs: new Uint32Array(n),
    needsKnown: new Uint8Array(n),
    fiveWays: new Uint32Array(n),
    fiveWaysKnown: new Uint8Array(n),
    supportYes: new Uint32Array(n),
    supportNo: new Uint32Array(n),
    venueYes: new Uint32Array(n),
    venueNo: new Uint32Array(n),
    capacity: new Uint8Array(n),
    referral: new Uint8Array(n),
    format: new Uint32Array(n),
    checkedMs: new Float64Array(n),
    verified: new Uint8Array(n),
    org: new Int32Array(n),
    template: new Int32Array(n),
    startDay: new Float64Array(n),
    endDay: new Float64Array(n),
    templates: new Map(),
    sessionCache: new Map(),
    sessionDay: '',
    indexed: false,
    formIndex: [],
    onlineIds: new Uint32Array(0),
    unplacedIds: new Uint32Array(0),
    onlineByArtForm: undefined,
    compiled: new Uint8Array(n),
    orgIndex: new Map(),
    dates: new Map(),
    stamp: new Uint32Array(n),
    stampValue: 0,
  };

  const byForm: number[][] | undefined = options.index === false ? undefined : Array.from({ length: 32 }, () => []);
  const online: number[] = [];
  const unplaced: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = activities[i]!;
    P.mode[i] = a.attendanceMode === 'online' ? _ONLINE : a.attendanceMode === 'mixed' ? _MIXED : _IN_PERSON;
    const k = a.placeId === undefined ? undefined : placeById.get(a.placeId);
    const place = k === undefined ? undefined : placeList[k];
    P.placeIndex[i] = k ?? -1;
    const coords = place?.geo?.coordinates;
    if (coords !== undefined && Number.isFinite(coords[0]) && Number.isFinite(coords[1])) {
      P.lng[i] = coords[0];
      P.lat[i] = coords[1];
      P.loc[i] = 1;
    } else if (place !== undefined) {
      // No point: fall back to the centroid of the venue's postcode district or local authority.
      const pc = place.address?.postcode?.trim().toUpperCase().split(/\s+/)[0];
      const la = place.areaCodes?.localAuthority;
      const hit =
        (pc ? (options.resolveLocation?.({ postcodeDistrict: pc }) ?? lookupArea({ postcodeDistrict: pc })) : undefined) ??
        (la ? (options.resolveLocation?.({ areaCode: la }) ?? lookupArea({ areaCode: la })) : undefined);
      if (hit !== undefined) {
        P.lng[i] = hit.lng;
        P.lat[i] = hit.lat;
        P.loc[i] = 2;
      }
    }
    if (P.mode[i] !== _ONLINE) {
      if (P.loc[i] === 0) unplaced.push(i);
      else if (byForm !== undefined) {
        // One kd-tree per art form: a person with interests walks the venues of those art forms
        // first, and the rest only as far as a perfect activity there could still get in.
        let m = _mask(a.artForms, _ART_FORM_BIT);
        if (a.activityTypes) for (const t of a.activityTypes) m |= _TYPE_ART_FORM_MASK.get(t) ?? 0;
        if (m === 0) m = 1 << 31; // no readable art form: a tree of its own
        for (let b = 0; b < 32; b++) if (m & (1 << b)) byForm[b]!.push(i);
      }
    }
    if (P.mode[i] !== _IN_PERSON) online.push(i);

  }

  P.onlineIds = Uint32Array.from(online);
  P.unplacedIds = Uint32Array.from(unplaced);
  if (byForm !== undefined) {
    P.formIndex = byForm.map((list) => {
      if (list.length === 0) return undefined;
      const tree = new KDBush(list.length);
      for (const i of list) tree.add(P.lng[i]!, P.lat[i]!);
      return { index: tree.finish(), ids: Uint32Array.from(list) };
    });
    P.indexed = true;
  }
  return P;
}

/**
 * The schedule template of activity i: activities whose sessions in any search window can only
 * differ through their start and end dates share one, so a query expands each pattern once.
 * Worked out lazily (most activities never reach the schedule criterion) and remembered.
 */
export function _scheduleTemplate(P: _Prepared, i: number): number {
  const known = P.template[i]!;
  if (known !== -2) return known;
  const sch = P.activities[i]!.schedule;
  let t = -1;
  const r = sch?.repeat;
  if (sch !== undefined && r !== undefined && sch.occurrences === undefined && r.count === undefined && (r.interval ?? 1) === 1 && r.frequency !== 'monthly') {
    // A weekly rule without byDay repeats on the start date's weekday, so that weekday is part of the pattern.
    const weekday = r.frequency === 'weekly' && r.byDay === undefined ? `@${new Date(Date.parse(sch.startDate ?? '')).getUTCDay()}` : '';
    const key = `${sch.timezone}|${sch.startTime}|${sch.endTime}|${r.frequency}:${r.byDay ?? ''}${weekday}|${sch.exceptDates ?? ''}|${sch.extraDates ?? ''}`;
    t = P.templates.get(key) ?? -1;
    if (t < 0) P.templates.set(key, (t = P.templates.size));
    P.startDay[i] = sch.startDate === undefined ? NaN : Math.floor(Date.parse(sch.startDate) / 86400000);
    P.endDay[i] = sch.endDate === undefined ? NaN : Math.floor(Date.parse(sch.endDate) / 86400000);
  }
  P.template[i] = t;
  return t;
}

/**
 * Fill activity i's slots of the typed arrays. Done lazily, the first time a query looks at the
 * activity: building the index then only reads where each activity happens.
 */
export function _compile(P: _Prepared, i: number): void {
  P.compiled[i] = 1;
  const a = P.activities[i]!;
  const k = P.placeIndex[i]!;
  const place = k < 0 ? undefined : P.placeList[k];
  P.status[i] = a.status === 'active' ? 0 : a.status === 'temporarily-closed' ? 1 : 2;
  // Arrays start zeroed (no fill at build time); unknowns are written here, one activity at a time.
  P.org[i] = -1;
  P.template[i] = -2;
  P.price[i] = NaN;
  const e = a.eligibility;
  P.minAge[i] = e?.minAge ?? -1;
  P.maxAge[i] = e?.maxAge ?? -1;
  const c = a.cost;
  if (c !== undefined) {
    if (c.isFree) P.cost[i] = _COST_FREE;
    else if (typeof c.price === 'number') {
      P.cost[i] = _COST_PRICED;
      P.price[i] = c.price;
    } else P.cost[i] = _COST_PAID_UNKNOWN;
  }
  P.artForms[i] = _mask(a.artForms, _ART_FORM_BIT);
  const [lo, hi] = _typeMask(a.activityTypes);
  P.typesLo[i] = lo;
  P.typesHi[i] = hi;
  let parents = 0;
  if (a.activityTypes) for (const t of a.activityTypes) parents |= _TYPE_ART_FORM_MASK.get(t) ?? 0;
  P.allArtForms[i] = (P.artForms[i]! | parents) >>> 0;
  if (a.suitableFor !== undefined) {
    P.needsKnown[i] = 1;
    P.needs[i] = _mask(a.suitableFor, _NEED_BIT);
  }
  if (a.fiveWays !== undefined) {
    P.fiveWaysKnown[i] = 1;
    P.fiveWays[i] = _mask(a.fiveWays, _FIVE_WAYS_BIT);
  }
  if (a.accessSupport !== undefined) {
    const support = a.accessSupport as Record<string, unknown>;
    for (const k in support) {
      const v = support[k];
      const b = _SUPPORT_BIT.get(k);
      if (b === undefined || typeof v !== 'boolean') continue;
      if (v) P.supportYes[i]! |= 1 << b;
      else P.supportNo[i]! |= 1 << b;
    }
  }
  if (place?.venueFeatures !== undefined) {
    const features = place.venueFeatures as Record<string, unknown>;
    for (const k in features) {
      const v = features[k];
      const b = _VENUE_BIT.get(k);
      if (b === undefined || typeof v !== 'boolean') continue;
      if (v) P.venueYes[i]! |= 1 << b;
      else P.venueNo[i]! |= 1 << b;
    }
  }
  const cap = a.capacity;
  if (cap?.remainingPlaces !== undefined) {
    if (cap.remainingPlaces > 0) P.capacity[i] = _CAP_PLACES;
    else P.capacity[i] = cap.waitingList === true ? _CAP_WAITLIST : cap.waitingList === false ? _CAP_FULL : _CAP_FULL_UNKNOWN;
  }
  P.referral[i] = tri(a.socialPrescribing?.acceptsReferrals);
  P.format[i] = 1 << (_FORMAT_BIT.get(a.format) ?? 31);
  const checked = a.lastVerified ?? a.provenance?.recordedAt;
  if (checked === undefined) P.checkedMs[i] = NaN;
  else {
    let ms = P.dates.get(checked);
    if (ms === undefined) P.dates.set(checked, (ms = Date.parse(checked)));
    P.checkedMs[i] = ms;
  }
  P.verified[i] = a.lastVerified !== undefined ? 1 : 0;
  const orgKey = a.organisationId ?? a.assetId;
  if (orgKey !== undefined) {
    let o = P.orgIndex.get(orgKey);
    if (o === undefined) P.orgIndex.set(orgKey, (o = P.orgIndex.size));
    P.org[i] = o;
  }
}

/** Online and mixed activities grouped by art form, so a query can skip the art forms nobody asked for. */
export function _onlineByArtForm(P: _Prepared): Uint32Array[] {
  if (P.onlineByArtForm !== undefined) return P.onlineByArtForm;
  const lists: number[][] = Array.from({ length: 32 }, () => []);
  for (const i of P.onlineIds) {
    if (P.compiled[i] === 0) _compile(P, i);
    const m = P.allArtForms[i]!;
    for (let b = 0; b < 32; b++) if (m & (1 << b)) lists[b]!.push(i);
  }
  return (P.onlineByArtForm = lists.map((l) => Uint32Array.from(l)));
}
