import type { Activity, Place } from '@artsrx/schema';
import KDBush from 'kdbush';
import type { CreateMatcherOptions, MatchDataset } from '../matcher/types.js';
import { lookupArea } from '../location/lookupArea.js';
import { _ART_FORM_BIT as _ART_FORM_BIT$, _FIVE_WAYS_BIT as _FIVE_WAYS_BIT$, _FORMAT_BIT as _FORMAT_BIT$, _mask as _mask$, _NEED_BIT as _NEED_BIT$, _SUPPORT_BIT as _SUPPORT_BIT$, _TYPE_ART_FORM_MASK as _TYPE_ART_FORM_MASK$, _typeMask as _typeMask$, _VENUE_BIT as _VENUE_BIT$ } from './_vocab.js';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.
const _ART_FORM_BIT = _ART_FORM_BIT$;
const _FIVE_WAYS_BIT = _FIVE_WAYS_BIT$;
const _FORMAT_BIT = _FORMAT_BIT$;
const _mask = _mask$;
const _NEED_BIT = _NEED_BIT$;
const _SUPPORT_BIT = _SUPPORT_BIT$;
const _TYPE_ART_FORM_MASK = _TYPE_ART_FORM_MASK$;
const _typeMask = _typeMask$;
const _VENUE_BIT = _VENUE_BIT$;

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
 * A dataset compiled for matching. Building reads only where each activity happens (attendance
 * mode, venue position, art forms) into typed arrays indexed by activity; everything else the hot
 * path reads is compiled the first time a query looks at an activity, into growable typed arrays
 * indexed by the activity's compile slot (`slot[i]`, 0 = not compiled yet), so memory follows
 * the activities queries actually touch.
 */
export interface _Prepared {
  n: number;
  activities: readonly Activity[];
  /** The dataset's places, and each activity's site: 1 + the position of its place in the list (0: none). */
  placeList: readonly Place[];
  site: Int32Array;
  status: Uint8Array;
  mode: Uint8Array;
  /** Position of each site (index 0: no place, no location), read once per place. */
  lng: Float64Array;
  lat: Float64Array;
  /** By site: 0 no location, 1 exact, 2 approximate (area centroid). */
  loc: Uint8Array;
  /** True when some site lies outside −180…180 longitude or −90…90 latitude (box searches then give way to tree walks). */
  oddCoords: boolean;
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
  /**
   * Online and mixed activities in groups that share attendance mode, activity types and art
   * forms (so their interests and distance scores are the same for any person), each with a
   * summary of its best person-independent scores, worked out by the first query that needs it.
   */
  onlineGroups: _OnlineGroup[];
  /** Compile slot of each activity (index into the per-slot arrays above); 0 until `_compile` runs. */
  slot: Int32Array;
  /** Slots used so far (slot 0 is a dummy) and allocated. */
  slots: number;
  capacitySlots: number;
  orgIndex: Map<string, number>;
  dates: Map<string, number>;
  /** Scratch stamps used to visit each activity once per query (allocated by the first indexed query). */
  stamp: Uint32Array;
  /** Scratch sort keys for candidates, reused across queries (grown as needed). */
  keys: Float64Array;
  stampValue: number;
}

/** Online activities sharing attendance mode, activity types and art forms. */
export interface _OnlineGroup {
  ids: Uint32Array;
  mixed: boolean;
  typesLo: number;
  typesHi: number;
  artForms: number;
  summary: _GroupSummary | undefined;
}

/** Best person-independent facts of a group's activities: upper bounds for all of them. */
export interface _GroupSummary {
  /** Union of the needs recorded, and whether any activity records none. */
  needs: number;
  needsUnknown: boolean;
  /** Best places-left score. */
  capacity: number;
  /** Latest check date (epoch ms; -Infinity when none readable) and whether any is unreadable. */
  checkedMs: number;
  checkedUnknown: boolean;
  /** For a part of a group: its range in the group's `ids`. */
  start: number;
  end: number;
  /** The group split by the needs its activities record (each part's needs are exact). */
  parts: _GroupSummary[];
}

function summary(start: number): _GroupSummary {
  return { needs: 0, needsUnknown: false, capacity: 0, checkedMs: -Infinity, checkedUnknown: false, start, end: start, parts: [] };
}

/** Fold part `p` into summary `s`. */
function fold(s: _GroupSummary, p: _GroupSummary): void {
  s.needs = (s.needs | p.needs) >>> 0;
  s.needsUnknown ||= p.needsUnknown;
  if (p.capacity > s.capacity) s.capacity = p.capacity;
  if (p.checkedMs > s.checkedMs) s.checkedMs = p.checkedMs;
  s.checkedUnknown ||= p.checkedUnknown;
}

/**
 * The summary of an online group, worked out the first time from the records themselves (the
 * same readings as `_compile`, without compiling every activity of the group). The group's
 * activities are then reordered so that those recording the same needs sit together.
 */
export function _groupSummary(P: _Prepared, g: _OnlineGroup): _GroupSummary {
  if (g.summary !== undefined) return g.summary;
  const parts = new Map<number, { part: _GroupSummary; ids: number[] }>();
  for (const i of g.ids) {
    const a = P.activities[i]!;
    // Needs as a key: -1 when none are recorded.
    const needs = a.suitableFor === undefined ? -1 : _mask(a.suitableFor, _NEED_BIT);
    let entry = parts.get(needs);
    if (entry === undefined) {
      const part = summary(0);
      if (needs < 0) part.needsUnknown = true;
      else part.needs = needs;
      parts.set(needs, (entry = { part, ids: [] }));
    }
    entry.ids.push(i);
    const sum = entry.part;
    const cap = a.capacity;
    let c = 0.5;
    if (cap?.remainingPlaces !== undefined) {
      c = cap.remainingPlaces > 0 ? 1 : cap.waitingList === true ? 0.5 : cap.waitingList === false ? 0 : 0.25;
    }
    if (c > sum.capacity) sum.capacity = c;
    const checked = a.lastVerified ?? a.provenance?.recordedAt;
    let t = NaN;
    if (checked !== undefined) {
      const ms = P.dates.get(checked);
      if (ms === undefined) P.dates.set(checked, (t = Date.parse(checked)));
      else t = ms;
    }
    if (Number.isNaN(t)) sum.checkedUnknown = true;
    else if (t > sum.checkedMs) sum.checkedMs = t;
  }
  const whole = summary(0);
  let at = 0;
  for (const { part, ids } of parts.values()) {
    part.start = at;
    for (const i of ids) g.ids[at++] = i;
    part.end = at;
    whole.parts.push(part);
    fold(whole, part);
  }
  whole.end = at;
  return (g.summary = whole);
}

/** The per-slot arrays (compiled lazily), each grown together by `grow`. */
const SLOT_FIELDS = [
  ['status', Uint8Array],
  ['minAge', Int16Array],
  ['maxAge', Int16Array],
  ['cost', Uint8Array],
  ['price', Float64Array],
  ['artForms', Uint32Array],
  ['allArtForms', Uint32Array],
  ['typesLo', Uint32Array],
  ['typesHi', Uint32Array],
  ['needs', Uint32Array],
  ['needsKnown', Uint8Array],
  ['fiveWays', Uint32Array],
  ['fiveWaysKnown', Uint8Array],
  ['supportYes', Uint32Array],
  ['supportNo', Uint32Array],
  ['venueYes', Uint32Array],
  ['venueNo', Uint32Array],
  ['capacity', Uint8Array],
  ['referral', Uint8Array],
  ['format', Uint32Array],
  ['checkedMs', Float64Array],
  ['verified', Uint8Array],
  ['org', Int32Array],
  ['template', Int32Array],
  ['startDay', Float64Array],
  ['endDay', Float64Array],
] as const;

type SlotArray = Uint8Array | Int16Array | Uint32Array | Int32Array | Float64Array;

/** Make room for at least `need` slots (doubling), copying what is there. */
function grow(P: _Prepared, need: number): void {
  let size = Math.max(1024, P.capacitySlots);
  while (size < need) size *= 2;
  if (size === P.capacitySlots) return;
  const slots = P as unknown as Record<string, SlotArray>;
  for (const [name, Type] of SLOT_FIELDS) {
    const bigger = new Type(size);
    bigger.set(slots[name]!.subarray(0, P.slots) as never);
    slots[name] = bigger;
  }
  P.capacitySlots = size;
}

/** Art forms bit 31: activities with no readable art form, filed apart. */
const NO_ART_FORM = 1 << 31;

/**
 * Compile a dataset: one pass reads each activity's attendance mode, venue position and art
 * forms; a second files them per art form (kd-trees over venues, lists of online activities).
 * Bad data never throws: an unreadable field is treated as unknown.
 */
export function _prepare(dataset: MatchDataset, options: CreateMatcherOptions): _Prepared {
  const activities = dataset.activities ?? [];
  const n = activities.length;
  const placeList = dataset.places ?? [];
  const placeById = new Map<string, number>();
  for (let k = 0; k < placeList.length; k++) placeById.set(placeList[k]!.id, k);
  const empty = (Type: new (n: number) => SlotArray) => new Type(0) as never;

  const P: _Prepared = {
    n,
    activities,
    placeList,
    site: new Int32Array(n),
    status: empty(Uint8Array),
    mode: new Uint8Array(n),
    lng: new Float64Array(placeList.length + 1),
    lat: new Float64Array(placeList.length + 1),
    loc: new Uint8Array(placeList.length + 1),
    oddCoords: false,
    minAge: empty(Int16Array),
    maxAge: empty(Int16Array),
    cost: empty(Uint8Array),
    price: empty(Float64Array),
    artForms: empty(Uint32Array),
    allArtForms: empty(Uint32Array),
    typesLo: empty(Uint32Array),
    typesHi: empty(Uint32Array),
    needs: empty(Uint32Array),
    needsKnown: empty(Uint8Array),
    fiveWays: empty(Uint32Array),
    fiveWaysKnown: empty(Uint8Array),
    supportYes: empty(Uint32Array),
    supportNo: empty(Uint32Array),
    venueYes: empty(Uint32Array),
    venueNo: empty(Uint32Array),
    capacity: empty(Uint8Array),
    referral: empty(Uint8Array),
    format: empty(Uint32Array),
    checkedMs: empty(Float64Array),
    verified: empty(Uint8Array),
    org: empty(Int32Array),
    template: empty(Int32Array),
    startDay: empty(Float64Array),
    endDay: empty(Float64Array),
    templates: new Map(),
    sessionCache: new Map(),
    sessionDay: '',
    indexed: false,
    formIndex: [],
    onlineIds: new Uint32Array(0),
    unplacedIds: new Uint32Array(0),
    onlineGroups: [],
    slot: new Int32Array(n),
    slots: 1,
    capacitySlots: 0,
    orgIndex: new Map(),
    dates: new Map(),
    stamp: new Uint32Array(0),
    keys: new Float64Array(0),
    stampValue: 0,
  };
  grow(P, 1);

  // Where each place is, once per place.
  for (let k = 0; k < placeList.length; k++) {
    const place = placeList[k]!;
    const coords = place.geo?.coordinates;
    const x = coords?.[0];
    const y = coords?.[1];
    if (coords !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      P.lng[k + 1] = x!;
      P.lat[k + 1] = y!;
      P.loc[k + 1] = 1;
      continue;
    }
    // No point: fall back to the centroid of the venue's postcode district or local authority.
    const pc = place.address?.postcode?.trim().toUpperCase().split(/\s+/)[0];
    const la = place.areaCodes?.localAuthority;
    const hit =
      (pc ? (options.resolveLocation?.({ postcodeDistrict: pc }) ?? lookupArea({ postcodeDistrict: pc })) : undefined) ??
      (la ? (options.resolveLocation?.({ areaCode: la }) ?? lookupArea({ areaCode: la })) : undefined);
    if (hit !== undefined) {
      P.lng[k + 1] = hit.lng;
      P.lat[k + 1] = hit.lat;
      P.loc[k + 1] = 2;
    }
  }

  for (let k = 1; k <= placeList.length; k++) {
    if (P.loc[k] !== 0 && !(Math.abs(P.lng[k]!) <= 180 && Math.abs(P.lat[k]!) <= 90)) P.oddCoords = true;
  }

  const indexed = options.index !== false;
  // Pass 1: where each activity happens and which art forms it files under; count the lists.
  const treeCount = new Int32Array(32);
  const groups = new Map<string, { group: _OnlineGroup; list: number[] }>();
  let online = 0;
  let unplaced = 0;
  // Art forms each activity is filed under: its own and its types' parents (bit 31: none readable).
  const formMask = new Uint32Array(indexed ? n : 0);
  const typeForms = _TYPE_ART_FORM_MASK;
  const formBit = _ART_FORM_BIT;
  for (let i = 0; i < n; i++) {
    const a = activities[i]!;
    const am = a.attendanceMode;
    const mode = am === 'online' ? _ONLINE : am === 'mixed' ? _MIXED : _IN_PERSON;
    P.mode[i] = mode;
    const placeId = a.placeId;
    const k = placeId === undefined ? undefined : placeById.get(placeId);
    const site = k === undefined ? 0 : k + 1;
    P.site[i] = site;
    if (!indexed) continue;
    // One list per art form: a person with interests looks at those art forms first, and at
    // the rest only as far as a perfect activity there could still get in.
    let m = 0;
    const forms = a.artForms;
    if (forms) for (let j = 0; j < forms.length; j++) {
      const b = formBit.get(forms[j]!);
      if (b !== undefined) m |= 1 << b;
    }
    const types = a.activityTypes;
    if (types) for (let j = 0; j < types.length; j++) m |= typeForms.get(types[j]!) ?? 0;
    if (m === 0) m = NO_ART_FORM;
    formMask[i] = m;
    if (mode !== _IN_PERSON) {
      online++;
      const [lo, hi] = _typeMask(types);
      const key = `${mode}:${lo}:${hi}:${m}`;
      let g = groups.get(key);
      if (g === undefined) {
        const group: _OnlineGroup = { ids: new Uint32Array(0), mixed: mode === _MIXED, typesLo: lo, typesHi: hi, artForms: (m & ~NO_ART_FORM) >>> 0, summary: undefined };
        groups.set(key, (g = { group, list: [] }));
      }
      g.list.push(i);
    }
    if (mode !== _ONLINE) {
      if (P.loc[site] === 0) unplaced++;
      else for (let b = 0; b < 32; b++) if (m & (1 << b)) treeCount[b]!++;
    }
  }

  if (!indexed) {
    // The plain scan needs only the activities in order.
    return P;
  }

  // Pass 2: file each activity in its lists and kd-trees.
  P.onlineIds = new Uint32Array(online);
  P.unplacedIds = new Uint32Array(unplaced);
  const trees: Array<KDBush | undefined> = [];
  const treeIds: Array<Uint32Array | undefined> = [];
  for (let b = 0; b < 32; b++) {
    trees.push(treeCount[b]! > 0 ? new KDBush(treeCount[b]!) : undefined);
    treeIds.push(treeCount[b]! > 0 ? new Uint32Array(treeCount[b]!) : undefined);
  }
  const treeAt = new Int32Array(32);
  let o = 0;
  let u = 0;
  for (let i = 0; i < n; i++) {
    const mode = P.mode[i];
    const m = formMask[i]!;
    if (mode !== _IN_PERSON) {
      P.onlineIds[o++] = i;
    }
    if (mode !== _ONLINE) {
      const site = P.site[i]!;
      if (P.loc[site] === 0) P.unplacedIds[u++] = i;
      else
        for (let b = 0; b < 32; b++)
          if (m & (1 << b)) {
            trees[b]!.add(P.lng[site]!, P.lat[site]!);
            treeIds[b]![treeAt[b]!++] = i;
          }
    }
  }
  P.formIndex = trees.map((tree, b) => (tree === undefined ? undefined : { index: tree.finish(), ids: treeIds[b]! }));
  for (const { group, list } of groups.values()) {
    group.ids = Uint32Array.from(list);
    P.onlineGroups.push(group);
  }
  P.indexed = true;
  return P;
}

/**
 * The schedule template of activity i: activities whose sessions in any search window can only
 * differ through their start and end dates share one, so a query expands each pattern once.
 * Worked out lazily (most activities never reach the schedule criterion) and remembered.
 */
export function _scheduleTemplate(P: _Prepared, i: number): number {
  const slot = P.slot[i]!;
  const known = P.template[slot]!;
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
    P.startDay[slot] = sch.startDate === undefined ? NaN : Math.floor(Date.parse(sch.startDate) / 86400000);
    P.endDay[slot] = sch.endDate === undefined ? NaN : Math.floor(Date.parse(sch.endDate) / 86400000);
  }
  P.template[slot] = t;
  return t;
}

/**
 * Give activity i a compile slot and fill it. Done lazily, the first time a query looks at the
 * activity: building the index then only reads where each activity happens.
 */
export function _compile(P: _Prepared, i: number): void {
  if (P.slots >= P.capacitySlots) grow(P, P.slots + 1);
  const s = P.slots++;
  P.slot[i] = s;
  const a = P.activities[i]!;
  const site = P.site[i]!;
  const place = site === 0 ? undefined : P.placeList[site - 1];
  P.status[s] = a.status === 'active' ? 0 : a.status === 'temporarily-closed' ? 1 : 2;
  // Arrays start zeroed (no fill at build time); unknowns are written here, one activity at a time.
  P.org[s] = -1;
  P.template[s] = -2;
  P.price[s] = NaN;
  const e = a.eligibility;
  P.minAge[s] = e?.minAge ?? -1;
  P.maxAge[s] = e?.maxAge ?? -1;
  const c = a.cost;
  if (c !== undefined) {
    if (c.isFree) P.cost[s] = _COST_FREE;
    else if (typeof c.price === 'number') {
      P.cost[s] = _COST_PRICED;
      P.price[s] = c.price;
    } else P.cost[s] = _COST_PAID_UNKNOWN;
  }
  P.artForms[s] = _mask(a.artForms, _ART_FORM_BIT);
  const [lo, hi] = _typeMask(a.activityTypes);
  P.typesLo[s] = lo;
  P.typesHi[s] = hi;
  let parents = 0;
  if (a.activityTypes) for (const t of a.activityTypes) parents |= _TYPE_ART_FORM_MASK.get(t) ?? 0;
  P.allArtForms[s] = (P.artForms[s]! | parents) >>> 0;
  if (a.suitableFor !== undefined) {
    P.needsKnown[s] = 1;
    P.needs[s] = _mask(a.suitableFor, _NEED_BIT);
  }
  if (a.fiveWays !== undefined) {
    P.fiveWaysKnown[s] = 1;
    P.fiveWays[s] = _mask(a.fiveWays, _FIVE_WAYS_BIT);
  }
  if (a.accessSupport !== undefined) {
    const support = a.accessSupport as Record<string, unknown>;
    for (const k in support) {
      const v = support[k];
      const b = _SUPPORT_BIT.get(k);
      if (b === undefined || typeof v !== 'boolean') continue;
      if (v) P.supportYes[s]! |= 1 << b;
      else P.supportNo[s]! |= 1 << b;
    }
  }
  if (place?.venueFeatures !== undefined) {
    const features = place.venueFeatures as Record<string, unknown>;
    for (const k in features) {
      const v = features[k];
      const b = _VENUE_BIT.get(k);
      if (b === undefined || typeof v !== 'boolean') continue;
      if (v) P.venueYes[s]! |= 1 << b;
      else P.venueNo[s]! |= 1 << b;
    }
  }
  const cap = a.capacity;
  if (cap?.remainingPlaces !== undefined) {
    if (cap.remainingPlaces > 0) P.capacity[s] = _CAP_PLACES;
    else P.capacity[s] = cap.waitingList === true ? _CAP_WAITLIST : cap.waitingList === false ? _CAP_FULL : _CAP_FULL_UNKNOWN;
  }
  P.referral[s] = tri(a.socialPrescribing?.acceptsReferrals);
  P.format[s] = 1 << (_FORMAT_BIT.get(a.format) ?? 31);
  const checked = a.lastVerified ?? a.provenance?.recordedAt;
  if (checked === undefined) P.checkedMs[s] = NaN;
  else {
    let ms = P.dates.get(checked);
    if (ms === undefined) P.dates.set(checked, (ms = Date.parse(checked)));
    P.checkedMs[s] = ms;
  }
  P.verified[s] = a.lastVerified !== undefined ? 1 : 0;
  const orgKey = a.organisationId ?? a.assetId;
  if (orgKey !== undefined) {
    let o = P.orgIndex.get(orgKey);
    if (o === undefined) P.orgIndex.set(orgKey, (o = P.orgIndex.size));
    P.org[s] = o;
  }
}

