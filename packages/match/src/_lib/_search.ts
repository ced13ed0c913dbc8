import { around } from 'geokdbush';
import type KDBush from 'kdbush';
import { _decay as _decay$, _evaluate as _evaluate$, _evaluateSchedule as _evaluateSchedule$, _out as _out$, NEUTRAL as NEUTRAL$, ONLINE_EITHER as ONLINE_EITHER$ } from './_criteria.js';
import { _popcount as _popcount$ } from './_vocab.js';
import { _distanceKm as _distanceKm$ } from './_geo.js';
import { _CAP_FULL as _CAP_FULL$, _CAP_FULL_UNKNOWN as _CAP_FULL_UNKNOWN$, _CAP_PLACES as _CAP_PLACES$, _CAP_WAITLIST as _CAP_WAITLIST$, _compile as _compile$, _groupSummary as _groupSummary$, _MIXED as _MIXED$, _ONLINE as _ONLINE$, type _GroupSummary, type _OnlineGroup, type _Prepared } from './_prepare.js';
import { C as C$, type _Query } from './_query.js';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.
const _decay = _decay$;
const _evaluate = _evaluate$;
const _evaluateSchedule = _evaluateSchedule$;
const _out = _out$;
const NEUTRAL = NEUTRAL$;
const ONLINE_EITHER = ONLINE_EITHER$;
const _popcount = _popcount$;
const _distanceKm = _distanceKm$;
const _CAP_FULL = _CAP_FULL$;
const _CAP_FULL_UNKNOWN = _CAP_FULL_UNKNOWN$;
const _CAP_PLACES = _CAP_PLACES$;
const _CAP_WAITLIST = _CAP_WAITLIST$;
const _compile = _compile$;
const _groupSummary = _groupSummary$;
const _MIXED = _MIXED$;
const _ONLINE = _ONLINE$;
const C = C$;

/** A scored candidate. */
export interface _Entry {
  i: number;
  score: number;
  d: number;
  /** Criterion position of the one failed hard constraint, or -1. */
  failed: number;
}

/** Rounding slack for bounds: pruning must never drop a candidate that could tie. */
const EPS = 1e-9;
/** Bounds are sorted as whole multiples of 1 / QUANT, packed with the candidate's position (below SLOTS) in one exact double. */
const QUANT = 2 ** 31;
const SLOTS = 2 ** 21;
/** Half the Earth's circumference in km (R = 6371 km, as geokdbush). */
const HALF_CIRCUMFERENCE = Math.PI * 6371;

/**
 * A longitude/latitude box holding every point within r km (great circle, R = 6371 km) of a
 * point, with some slack; undefined when the circle reaches a pole or the antimeridian.
 */
function _box(lng: number, lat: number, r: number): [number, number, number, number] | undefined {
  const delta = r / 6371; // angular radius
  const dLat = (delta * 180) / Math.PI;
  const cos = Math.cos((lat * Math.PI) / 180);
  if (!(lat + dLat < 89) || !(lat - dLat > -89) || !(Math.sin(delta) < cos)) return undefined;
  const dLng = (Math.asin(Math.sin(delta) / cos) * 180) / Math.PI;
  const padLat = dLat * (1 + 1e-6) + 1e-7;
  const padLng = dLng * (1 + 1e-6) + 1e-7;
  if (!(lng - padLng > -180) || !(lng + padLng < 180)) return undefined;
  return [lng - padLng, lat - padLat, lng + padLng, lat + padLat];
}

/** A best-k list ordered by score (high first), then activity id. */
class TopK {
  readonly items: _Entry[] = [];
  constructor(
    readonly k: number,
    private readonly ids: _Prepared['activities'],
  ) {}
  /** The score an entry must beat (or tie) to get in. */
  get floor(): number {
    if (this.k === 0) return Infinity;
    return this.items.length < this.k ? -Infinity : this.items[this.items.length - 1]!.score;
  }
  /** Does `a` rank before `b`? Higher score first, then lower id (then earlier record, for duplicate ids). */
  before(a: _Entry, b: _Entry): boolean {
    if (a.score !== b.score) return a.score > b.score;
    const x = this.ids[a.i]!.id;
    const y = this.ids[b.i]!.id;
    return x !== y ? x < y : a.i < b.i;
  }
  add(e: _Entry): void {
    const a = this.items;
    if (a.length >= this.k) {
      if (!this.before(e, a[a.length - 1]!)) return;
      a.pop();
    }
    let j = a.length;
    while (j > 0 && this.before(e, a[j - 1]!)) j--;
    a.splice(j, 0, e);
  }
}

/** Run one query: the best results and (with `explain`) the best single-constraint near-misses. */
export function _search(P: _Prepared, Q: _Query): { top: _Entry[]; near: _Entry[] } {
  const pool = Q.diversify ? Math.min(P.n, Math.max(Q.limit * 3, Q.limit + 10)) : Q.limit;
  const top = new TopK(pool, P.activities);
  const near = new TopK(Q.explain ? Q.limit : 0, P.activities);
  const W = Q.W;
  const wSchedule = Q.w[C.schedule]!;
  const prune = !Q.linear;

  // The score a candidate must reach, with no hard constraint failed yet (cut0) or one (cut1);
  // recomputed whenever a list changes.
  let cut0 = -Infinity;
  let cut1 = -Infinity;
  const recut = (): void => {
    cut1 = near.floor;
    cut0 = Q.explain ? Math.min(top.floor, cut1) : top.floor;
  };

  /**
   * Score activity i at distance d and file it. The linear scan (`index: false`) scores every
   * criterion of every activity, as a plain scan would; the indexed search stops as soon as a
   * hard constraint fails or the candidate provably cannot reach the list.
   */
  function evaluate(i: number, d: number): void {
    if (P.slot[i] === 0) _compile(P, i);
    let raw = 0;
    let fails = 0;
    let failed = -1;
    let far = false;
    const order = Q.order;
    for (let k = 0; k < order.length; k++) {
      const c = order[k]!;
      let s = _evaluate(c, P, Q, i, d);
      if (_out.excluded) {
        fails++;
        failed = c;
        far ||= _out.far;
        s = 0;
        if (prune && (!Q.explain || fails > 1 || far)) return;
      }
      raw += Q.w[c]! * s;
      if (prune && W > 0 && (raw + Q.rest[k]!) / W + EPS < (fails === 0 ? cut0 : cut1)) return;
    }
    const fit = _evaluateSchedule(P, Q, i);
    let s = fit.score;
    if (fit.excluded) {
      fails++;
      failed = C.schedule;
      s = 0;
    }
    raw += wSchedule * s;
    const score = W > 0 ? raw / W : 0.5;
    if (fails === 0) top.add({ i, score, d, failed: -1 });
    else if (Q.explain && fails === 1 && !far) near.add({ i, score, d, failed });
    else return;
    recut();
  }

  const wInterests = Q.applies[C.interests] ? Q.w[C.interests]! : 0;
  const wNeeds = Q.applies[C.needs] ? Q.w[C.needs]! : 0;
  const wDistance = Q.applies[C.distance] ? Q.w[C.distance]! : 0;
  const wCapacity = Q.applies[C.capacity] ? Q.w[C.capacity]! : 0;
  const wFreshness = Q.applies[C.freshness] ? Q.w[C.freshness]! : 0;
  const exclusive = !Q.explain; // a failed hard constraint then drops the candidate
  /**
   * The best score activity i could get, given its exact interests, needs, distance, places
   * left, freshness and schedule scores; -Infinity when its schedule rules it out.
   */
  function quickBound(i: number, distanceScore: number): number {
    const b = partialBound(i, distanceScore);
    if (b + EPS < cut0) return b;
    // Most activities meet when the person is busy: the schedule fit is cached per pattern, so check it now.
    const fit = _evaluateSchedule(P, Q, i);
    if (fit.excluded) return exclusive ? -Infinity : b - wSchedule / W;
    return b - (wSchedule * (1 - fit.score)) / W;
  }
  /** The best score activity i could get, given its exact interests, needs and distance scores. */
  function partialBound(i: number, distanceScore: number): number {
    if (P.slot[i] === 0) _compile(P, i);
    const x = P.slot[i]!;
    let lost = wDistance * (1 - distanceScore);
    if (wInterests > 0) {
      const s =
        (P.typesLo[x]! & Q.wantTypesLo) !== 0 || (P.typesHi[x]! & Q.wantTypesHi) !== 0 || (P.allArtForms[x]! & Q.wantArtForms) !== 0
          ? 1
          : (P.allArtForms[x]! & Q.parentArtForms) !== 0
            ? 0.6
            : 0;
      lost += wInterests * (1 - s);
    }
    if (wNeeds > 0) lost += wNeeds * (1 - (P.needsKnown[x] === 0 ? NEUTRAL : _popcount(P.needs[x]! & Q.needs) / Q.needsCount));
    // Places left and record freshness do not depend on the person: their exact scores are cheap.
    if (wCapacity > 0) {
      const k = P.capacity[x];
      lost += wCapacity * (1 - (k === _CAP_PLACES ? 1 : k === _CAP_WAITLIST ? 0.5 : k === _CAP_FULL_UNKNOWN ? 0.25 : k === _CAP_FULL ? 0 : NEUTRAL));
    }
    if (wFreshness > 0) {
      const t = P.checkedMs[x]!;
      const days = (Q.nowMs - t) / 86400000;
      lost += wFreshness * (1 - (Number.isNaN(t) ? NEUTRAL : days <= 183 ? 1 : days <= 548 ? 1 - (0.6 * (days - 183)) / 365 : 0.2));
    }
    return (W - lost) / W;
  }

  /** The best score any activity of an online group (or part of one) could get: never below its members' quickBound. */
  function groupBound(g: _OnlineGroup, sum: _GroupSummary, distanceScore: number): number {
    let lost = wDistance * (1 - distanceScore);
    if (wInterests > 0) {
      const s =
        (g.typesLo & Q.wantTypesLo) !== 0 || (g.typesHi & Q.wantTypesHi) !== 0 || (g.artForms & Q.wantArtForms) !== 0
          ? 1
          : (g.artForms & Q.parentArtForms) !== 0
            ? 0.6
            : 0;
      lost += wInterests * (1 - s);
    }
    if (wNeeds > 0) {
      const known = _popcount(sum.needs & Q.needs) / Q.needsCount;
      lost += wNeeds * (1 - (sum.needsUnknown && NEUTRAL > known ? NEUTRAL : known));
    }
    if (wCapacity > 0) lost += wCapacity * (1 - sum.capacity);
    if (wFreshness > 0) {
      const days = (Q.nowMs - sum.checkedMs) / 86400000;
      let f = sum.checkedMs === -Infinity ? 0 : days <= 183 ? 1 : days <= 548 ? 1 - (0.6 * (days - 183)) / 365 : 0.2;
      if (sum.checkedUnknown && NEUTRAL > f) f = NEUTRAL;
      lost += wFreshness * (1 - f);
    }
    return (W - lost) / W;
  }

  const loc = Q.loc;
  const dist = (i: number): number => (loc !== undefined && P.loc[P.site[i]!] !== 0 ? _distanceKm(loc.lng, loc.lat, P.lng[P.site[i]!]!, P.lat[P.site[i]!]!) : NaN);

  if (Q.linear || !P.indexed || loc === undefined) {
    for (let i = 0; i < P.n; i++) evaluate(i, P.mode[i] === _ONLINE ? NaN : dist(i));
    return { top: top.items, near: near.items };
  }

  // Indexed: visit each activity at most once, best prospects first.
  if (P.stamp.length !== P.n) P.stamp = new Uint32Array(P.n);
  const stamp = ++P.stampValue;
  if (stamp === 0xffffffff) {
    P.stamp.fill(0);
    P.stampValue = 1;
  }
  const seen = P.stampValue;
  // 1. Walk venues nearest first; stop once even a perfect activity that far away could not get in.
  const radius = Number.isFinite(Q.maxKm) ? (Q.explain ? 2 * Q.maxKm : Q.maxKm) * (1 + 1e-9) + 1e-9 : Infinity;
  const wDist = Q.w[C.distance]!;
  const skipMixed = Q.wantOnline; // mixed activities are then scored via their online option, in step 2
  const walk = (index: KDBush, ids: Uint32Array, bestOther: number, firstBatch: number): void => {
    let k = firstBatch;
    let done = 0;
    for (;;) {
      // Half the Earth's circumference covers everything; geokdbush's radius test breaks beyond it.
      const found = around(index, loc.lng, loc.lat, k, radius >= HALF_CIRCUMFERENCE ? Infinity : radius);
      for (let j = done; j < found.length; j++) {
        const i = ids[found[j]!]!;
        if (P.stamp[i] === seen || (skipMixed && P.mode[i] === _MIXED)) continue;
        const d = _distanceKm(loc.lng, loc.lat, P.lng[P.site[i]!]!, P.lat[P.site[i]!]!);
        const decay = _decay(Q, d);
        if (W > 0 && (bestOther + wDist * decay) / W + EPS < cut0) return;
        P.stamp[i] = seen;
        if (W > 0 && quickBound(i, decay) + EPS < cut0) continue;
        evaluate(i, d);
      }
      if (found.length < k || !Number.isFinite(k)) return;
      done = found.length;
      k *= 4;
    }
  };
  const relevant = Q.wantArtForms | Q.parentArtForms;
  const byInterest = Q.applies[C.interests] && relevant !== 0 && Q.w[C.interests]! > 0;
  // Venues of the art forms the person asked for first; every other activity scores 0 on
  // interests, so the walks through the other art forms stop much sooner.
  const rest = byInterest ? Q.maxOther - Q.w[C.interests]! : Q.maxOther;
  // Someone who only wants online activities excludes every venue (mixed ones come in step 2).
  const walkVenues = Q.attendance !== 'online' || Q.explain;

  // Candidates gathered with an optimistic bound on their score, then scored best bound first
  // until the bound cannot reach the list: the list fills with strong candidates at once, and the
  // rest are dropped without being scored. The cut only rises, so a dropped candidate stays out.
  const cIds: number[] = [];
  const cDist: number[] = [];
  const cBound: number[] = [];
  const consider = (i: number, d: number, bound: number): void => {
    if (W > 0 && bound + EPS < cut0) return;
    cIds.push(i);
    cDist.push(d);
    cBound.push(bound);
  };
  const drain = (): void => {
    const m = cIds.length;
    if (m === 0) return;
    // Sort keys: the bound rounded down to 2^-31, best first, then the candidate's position.
    if (P.keys.length < m) P.keys = new Float64Array(Math.max(m, 2 * P.keys.length, 1024));
    const keys = P.keys;
    let c = 0;
    for (let j = 0; j < m; j++) {
      const bound = cBound[j]!;
      if (W > 0 && bound + EPS < cut0) continue;
      const q = Math.floor(Math.min(1, Math.max(0, bound)) * QUANT);
      keys[c++] = (QUANT - q) * SLOTS + j;
    }
    const order = keys.subarray(0, c).sort();
    for (let j = 0; j < c; j++) {
      const key = order[j]!;
      const pos = key % SLOTS;
      const q = QUANT - (key - pos) / SLOTS;
      // Every candidate left has a bound below (q + 1) / QUANT.
      if (W > 0 && (q + 1) / QUANT + EPS < cut0) break;
      evaluate(cIds[pos]!, cDist[pos]!);
    }
    cIds.length = 0;
    cDist.length = 0;
    cBound.length = 0;
  };
  const pushVenue = (i: number, d: number): void => {
    if (P.stamp[i] === seen || (skipMixed && P.mode[i] === _MIXED)) return;
    P.stamp[i] = seen;
    consider(i, d, W > 0 ? quickBound(i, _decay(Q, d)) : 1);
  };
  /** Venues of one tree within r km, as candidates; false when the box test cannot be used (near a pole or the antimeridian). */
  const gather = (index: KDBush, ids: Uint32Array, r: number): boolean => {
    const box = P.oddCoords ? undefined : _box(loc.lng, loc.lat, r);
    if (box === undefined) return false;
    const found = index.range(box[0], box[1], box[2], box[3]);
    for (let j = 0; j < found.length; j++) {
      const i = ids[found[j]!]!;
      if (P.stamp[i] === seen) continue;
      const site = P.site[i]!;
      const d = _distanceKm(loc.lng, loc.lat, P.lng[site]!, P.lat[site]!);
      if (d <= r) pushVenue(i, d);
    }
    if (cIds.length >= SLOTS / 2) drain();
    return true;
  };
  for (let b = 0; b < 32 && walkVenues; b++) {
    const tree = P.formIndex[b];
    if (tree === undefined || !(byInterest && relevant & (1 << b))) continue;
    if (!(Number.isFinite(radius) && gather(tree.index, tree.ids, radius))) walk(tree.index, tree.ids, Q.maxOther, Number.isFinite(radius) ? Infinity : 256);
  }
  drain();
  // The other art forms: only as far as a perfect activity there could still get in.
  let reach = radius;
  if (W > 0 && cut0 > -Infinity) {
    const need = (cut0 - EPS) * W - rest; // what distance must still add
    if (need > 0) reach = wDist > 0 ? Math.min(radius, Math.log(Math.min(1, need / wDist)) / Q.decayRate) : -1;
    if (need > wDist) reach = -1;
    if (reach >= 0 && Number.isFinite(reach)) reach = reach * (1 + 1e-9) + 1e-9;
  }
  for (let b = 0; b < 32 && walkVenues && reach >= 0; b++) {
    const tree = P.formIndex[b];
    if (tree === undefined || (byInterest && relevant & (1 << b))) continue;
    if (!(Number.isFinite(reach) && gather(tree.index, tree.ids, reach))) walk(tree.index, tree.ids, rest, byInterest ? 8 : 64);
  }
  drain();
  // 2. Online and mixed activities (no distance bound applies to them); 3. venues with no location.
  const skipOnlineOnly = Q.attendance === 'in-person' && !Q.explain; // all excluded by the attendance gate
  const onlineScore = Q.attendance === 'online' ? 1 : ONLINE_EITHER;
  const visitOnline = (i: number): void => {
    if (P.stamp[i] === seen) return;
    const m = P.mode[i];
    if (m === _MIXED ? !Q.wantOnline : skipOnlineOnly) return;
    P.stamp[i] = seen;
    // Interests, needs and (for online-only) distance decide most candidates: check them inline
    // before scoring every criterion.
    // Mixed: the better of going there and joining online.
    const d = m === _ONLINE ? NaN : dist(i);
    let distanceScore = onlineScore;
    if (m !== _ONLINE) {
      const s = _decay(Q, d);
      if (s > distanceScore) distanceScore = s;
    }
    consider(i, d, W > 0 ? quickBound(i, distanceScore) : 1);
    if (cIds.length >= SLOTS / 2) drain();
  };
  if (!skipOnlineOnly) {
    // Groups of online activities sharing the facts that decide interests and distance, best
    // group bound first; a group whose bound cannot reach the list is skipped whole.
    const groups = P.onlineGroups;
    const bounds: number[] = [];
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (group.mixed && !Q.wantOnline) {
        bounds.push(-Infinity);
        continue;
      }
      bounds.push(W > 0 ? groupBound(group, _groupSummary(P, group), group.mixed ? 1 : onlineScore) : 1);
    }
    const order = [...groups.keys()].sort((x, y) => bounds[y]! - bounds[x]! || x - y);
    for (const g of order) {
      const bound = bounds[g]!;
      if (bound === -Infinity || (W > 0 && bound + EPS < cut0)) continue;
      const group = groups[g]!;
      // Then part by part: each part records the same needs, so its needs score is exact.
      for (const part of group.summary!.parts) {
        if (W > 0 && groupBound(group, part, group.mixed ? 1 : onlineScore) + EPS < cut0) continue;
        for (let k = part.start; k < part.end; k++) visitOnline(group.ids[k]!);
      }
      drain();
    }
  }
  for (const i of P.unplacedIds) {
    if (P.stamp[i] === seen) continue;
    P.stamp[i] = seen;
    evaluate(i, NaN);
  }
  return { top: top.items, near: near.items };
}
