import type { _Prepared } from './_prepare.js';
import type { _Entry } from './_search.js';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.

/**
 * Maximal marginal relevance: repeatedly take the candidate with the best
 * λ·score − (1−λ)·(similarity to what is already chosen). Same organisation counts 1, a shared
 * art form 0.5. Ties go to the higher score, then the lower id, so the order is deterministic.
 */
export function _diversify(P: _Prepared, pool: readonly _Entry[], limit: number, opts: { lambda: number; byOrg: boolean; byArtForm: boolean }): _Entry[] {
  const chosen: _Entry[] = [];
  const left = [...pool];
  while (chosen.length < limit && left.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (let j = 0; j < left.length; j++) {
      const e = left[j]!;
      let sim = 0;
      for (const s of chosen) {
        if (opts.byOrg && P.org[P.slot[e.i]!]! >= 0 && P.org[P.slot[e.i]!] === P.org[P.slot[s.i]!]) sim = 1;
        else if (opts.byArtForm && (P.artForms[P.slot[e.i]!]! & P.artForms[P.slot[s.i]!]!) !== 0) sim = Math.max(sim, 0.5);
        if (sim === 1) break;
      }
      const value = opts.lambda * e.score - (1 - opts.lambda) * sim;
      // left is in rank order, so a strict > keeps the higher-ranked candidate on a tie
      if (value > bestValue) {
        bestValue = value;
        best = j;
      }
    }
    chosen.push(left.splice(best, 1)[0]!);
  }
  return chosen;
}
