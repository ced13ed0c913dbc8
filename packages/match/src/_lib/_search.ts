import { around } from 'geokdbush';
import { _decay, _evaluate, _evaluateSchedule, _out } from './_criteria.js';
import { _distanceKm } from './_geo.js';
import { _MIXED, _ONLINE, type _Prepared } from './_prepare.js';
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

/** A best-k list ordered by score (high first), then activity index (= id order). */
class TopK {
  readonly items: _Entry[] = [];
  constructor(readonly k: number) {}
  /** The score an entry must beat (or tie) to get in. */
  get floor(): number {
    return this.items.length < this.k ? -Infinity : this.items[this.items.length - 1]!.score;
  }
  add(e: _Entry): void {
    const a = this.items;
    if (a.length >= this.k) {
      const last = a[a.length - 1]!;
      if (e.score < last.score || (e.score === last.score && e.i > last.i)) return;
      a.pop();
    }
    let j = a.length;
    while (j > 0) {
      const p = a[j - 1]!;
      if (p.score > e.score || (p.score === e.score && p.i < e.i)) break;
      j--;
    }
    a.splice(j, 0, e);
  }
}

/** Run one query: the best results and (with `explain`) the best single-constraint near-misses. */
export function _search(P: _Prepared, Q: _Query): { top: _Entry[]; near: _Entry[] } {
  const pool = Q.diversify ? Math.min(P.n, Math.max(Q.limit * 3, Q.limit + 10)) : Q.limit;
  const top = new TopK(pool);
  const near = new TopK(Q.explain ? Q.limit : 0);
  const W = Q.W;
  const wSchedule = Q.w[C.schedule]!;
  const prune = !Q.linear;

  const threshold = (fails: number): number =>
    fails === 0 ? (Q.explain ? Math.min(top.floor, near.floor) : top.floor) : near.floor;

  function evaluate(i: number, d: number): void {
    let raw = 0;
    let fails = 0;
    let failed = -1;
    for (let c = 0; c < N_CRITERIA - 1; c++) {
      if (!Q.applies[c]) continue;
      let s = _evaluate(c, P, Q, i, d);
      if (_out.excluded) {
        fails++;
        failed = c;
        if (!Q.explain || fails > 1 || _out.far) return;
        s = 0;
      }
      raw += Q.w[c]! * s;
      if (prune && W > 0 && (raw + Q.rest[c]!) / W + EPS < threshold(fails)) return;
    }
    const fit = _evaluateSchedule(P, Q, i);
    let s = fit.score;
    if (fit.excluded) {
      fails++;
      failed = C.schedule;
      if (!Q.explain || fails > 1) return;
      s = 0;
    }
    raw += wSchedule * s;
    const score = W > 0 ? raw / W : 0.5;
    if (fails === 0) top.add({ i, score, d, failed: -1 });
    else near.add({ i, score, d, failed });
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
  let k = 64;
  let done = 0;
  walk: for (;;) {
    const ids = around(P.index, loc.lng, loc.lat, k, radius);
    for (let j = done; j < ids.length; j++) {
      const i = P.spatialIds[ids[j]!]!;
      if (skipMixed && P.mode[i] === _MIXED) continue;
      const d = _distanceKm(loc.lng, loc.lat, P.lng[i]!, P.lat[i]!);
      if (W > 0 && (Q.maxOther + wDist * _decay(Q, d)) / W + EPS < threshold(0)) break walk;
      P.stamp[i] = seen;
      evaluate(i, d);
    }
    if (ids.length < k) break;
    done = ids.length;
    k *= 4;
  }
  // 2. Online and mixed activities (no distance bound applies to them); 3. venues with no location.
  const skipOnlineOnly = Q.attendance === 'in-person' && !Q.explain; // all excluded by the attendance gate
  for (const i of P.onlineIds) {
    if (P.stamp[i] === seen) continue;
    const m = P.mode[i];
    if (m === _MIXED ? !Q.wantOnline : skipOnlineOnly) continue;
    P.stamp[i] = seen;
    evaluate(i, m === _ONLINE ? NaN : dist(i));
  }
  for (const i of P.unplacedIds) {
    if (P.stamp[i] === seen) continue;
    P.stamp[i] = seen;
    evaluate(i, NaN);
  }
  return { top: top.items, near: near.items };
}
