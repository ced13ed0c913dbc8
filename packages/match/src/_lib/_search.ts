import { around } from 'geokdbush';
import { _decay, _evaluate, _evaluateSchedule, _out } from './_criteria.js';
import { _distanceKm } from './_geo.js';
import { _compile, _MIXED, _ONLINE, _onlineByArtForm, type _Prepared } from './_prepare.js';
import { C, N_CRITERIA, type _Query } from './_query.js';

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

/** A best-k list ordered by score (high first), then activity id. */
class TopK {
  readonly items: _Entry[] = [];
  constructor(
    readonly k: number,
    private readonly ids: _Prepared['activities'],
  ) {}
  /** The score an entry must beat (or tie) to get in. */
  get floor(): number {
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

  const threshold = (fails: number): number =>
    fails === 0 ? (Q.explain ? Math.min(top.floor, near.floor) : top.floor) : near.floor;

  /**
   * Score activity i at distance d and file it. The linear scan (`index: false`) scores every
   * criterion of every activity, as a plain scan would; the indexed search stops as soon as a
   * hard constraint fails or the candidate provably cannot reach the list.
   */
  function evaluate(i: number, d: number): void {
    if (P.compiled[i] === 0) _compile(P, i);
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
      if (prune && W > 0 && (raw + Q.rest[k]!) / W + EPS < threshold(fails)) return;
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
  }

  const loc = Q.loc;
  const dist = (i: number): number => (loc !== undefined && P.loc[i] !== 0 ? _distanceKm(loc.lng, loc.lat, P.lng[i]!, P.lat[i]!) : NaN);

  if (Q.linear || P.index === undefined || loc === undefined) {
    for (let i = 0; i < P.n; i++) evaluate(i, P.mode[i] === _ONLINE ? NaN : dist(i));
    return { top: top.items, near: near.items };
  }

  // Indexed: visit each activity at most once, best prospects first.
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
  const walk = (index: NonNullable<_Prepared['index']>, ids: Uint32Array, bestOther: number): void => {
    let k = 256;
    let done = 0;
    for (;;) {
      const found = around(index, loc.lng, loc.lat, k, radius);
      for (let j = done; j < found.length; j++) {
        const i = ids[found[j]!]!;
        if (P.stamp[i] === seen || (skipMixed && P.mode[i] === _MIXED)) continue;
        const d = _distanceKm(loc.lng, loc.lat, P.lng[i]!, P.lat[i]!);
        if (W > 0 && (bestOther + wDist * _decay(Q, d)) / W + EPS < threshold(0)) return;
        P.stamp[i] = seen;
        evaluate(i, d);
      }
      if (found.length < k) return;
      done = found.length;
      k *= 4;
    }
  };
  const relevant = Q.wantArtForms | Q.parentArtForms;
  const byInterest = Q.applies[C.interests] && relevant !== 0 && Q.w[C.interests]! > 0;
  if (byInterest) {
    // Venues of the art forms the person asked for first; every other activity scores 0 on
    // interests, so the remaining walk can stop much sooner.
    for (let b = 0; b < 32; b++) {
      const tree = P.formIndex[b];
      if (relevant & (1 << b) && tree !== undefined) walk(tree.index, tree.ids, Q.maxOther);
    }
    walk(P.index, P.spatialIds, Q.maxOther - Q.w[C.interests]!);
  } else {
    walk(P.index, P.spatialIds, Q.maxOther);
  }
  // 2. Online and mixed activities (no distance bound applies to them); 3. venues with no location.
  const skipOnlineOnly = Q.attendance === 'in-person' && !Q.explain; // all excluded by the attendance gate
  const visitOnline = (i: number): void => {
    if (P.stamp[i] === seen) return;
    const m = P.mode[i];
    if (m === _MIXED ? !Q.wantOnline : skipOnlineOnly) return;
    P.stamp[i] = seen;
    evaluate(i, m === _ONLINE ? NaN : dist(i));
  };
  if (byInterest) {
    // Art forms the person asked for first; the others score 0 on interests, so they are all
    // skipped at once when even a perfect one of them could not get in.
    const byForm = _onlineByArtForm(P);
    for (let b = 0; b < 32; b++) if (relevant & (1 << b)) for (const i of byForm[b]!) visitOnline(i);
    const best = (W - Q.w[C.interests]!) / W;
    if (!(W > 0 && best + EPS < threshold(0))) for (const i of P.onlineIds) visitOnline(i);
  } else {
    for (const i of P.onlineIds) visitOnline(i);
  }
  for (const i of P.unplacedIds) {
    if (P.stamp[i] === seen) continue;
    P.stamp[i] = seen;
    evaluate(i, NaN);
  }
  return { top: top.items, near: near.items };
}
