import type { PersonProfile } from '@artsrx/schema';
import { _evaluate as _evaluate$, _evaluateSchedule as _evaluateSchedule$, _out as _out$, type _ScheduleFit } from '../_lib/_criteria.js';
import { _callerErrors, _checkDataset, _checkMatcherOptions, _unreadable } from '../_lib/_check.js';
import { _diversify as _diversify$ } from '../_lib/_diversify.js';
import { _prepare as _prepare$, type _Prepared } from '../_lib/_prepare.js';
import { _compileQuery as _compileQuery$, C as C$, type _Query } from '../_lib/_query.js';
import { _reason as _reason$ } from '../_lib/_reasons.js';
import { _search as _search$, type _Entry } from '../_lib/_search.js';
import {
  CRITERIA,
  type CreateMatcherOptions,
  type CriterionResult,
  type ExcludedResult,
  type MatchDataset,
  type Matcher,
  type MatchOptions,
  type MatchResponse,
  type MatchResult,
  type Outcome,
} from './types.js';

// Imported bindings copied to module constants: module runners (vitest, tsx) read imports through
// getters, which on the hot path cost more than the work itself.
const _evaluate = _evaluate$;
const _evaluateSchedule = _evaluateSchedule$;
const _out = _out$;
const _diversify = _diversify$;
const _prepare = _prepare$;
const _compileQuery = _compileQuery$;
const C = C$;
const _reason = _reason$;
const _search = _search$;

const OUTCOMES: Outcome[] = ['match', 'partial', 'unknown', 'fail'];

/** Round for output only (ranking uses full precision). */
function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

function explain(P: _Prepared, Q: _Query, e: _Entry): MatchResult {
  const criteria: CriterionResult[] = [];
  let fit: _ScheduleFit | undefined;
  for (let c = 0; c < CRITERIA.length; c++) {
    if (!Q.applies[c]) continue;
    let outcome: number;
    let score: number;
    if (c === C.schedule) {
      fit = _evaluateSchedule(P, Q, e.i);
      outcome = fit.outcome;
      score = fit.excluded ? 0 : fit.score;
    } else {
      score = _evaluate(c, P, Q, e.i, e.d);
      outcome = _out.outcome;
    }
    const weight = Q.w[c]!;
    criteria.push({
      criterion: CRITERIA[c]!,
      outcome: OUTCOMES[outcome]!,
      weight,
      contribution: round(Q.W > 0 ? (weight * score) / Q.W : 0, 4),
      reason: _reason(CRITERIA[c]!, outcome, P, Q, e.i, e.d, fit),
    });
  }
  const result: MatchResult = { activityId: P.activities[e.i]!.id, score: round(e.score, 4) } as MatchResult;
  if (!Number.isNaN(e.d)) {
    result.distanceKm = round(e.d, 2);
    if (P.loc[P.site[e.i]!] === 2 || Q.loc?.approximate) result.distanceApproximate = true;
  }
  fit ??= _evaluateSchedule(P, Q, e.i);
  result.nextSessions = fit.fitting.slice(0, Q.sessions).map((s) => s.start);
  result.criteria = criteria;
  return result;
}

/**
 * Build a matcher over a dataset, once: a static spatial index of venues (kdbush + geokdbush,
 * great-circle distances), online activities kept apart, vocabulary terms resolved to bit sets.
 * Then `matcher.match(profile)` ranks activities for a person, each with per-criterion outcomes
 * and plain-English reasons, deterministically (ties by activity id).
 *
 * Hard constraints exclude only on an explicit violation (beyond the person's distance, outside
 * the age range, an access need recorded as missing, over budget, no session in their free times,
 * area not served, closed or ended, full with no waiting list, not taking referrals); missing data
 * is kept, scored neutral and reported as `unknown`.
 *
 * @param dataset - A parsed ArtsRx dataset (`activities` and `places` are read).
 * @param options - `index` (default true; false = plain linear scan, same answers) and `resolveLocation`.
 * @returns A {@link Matcher}.
 * @throws {@link ArtsRxMatchError} (code `invalid_dataset` or `invalid_option`) when `dataset` is
 *   not a dataset (not an object, no `activities` list, a record that is not an object, a list
 *   field that is not a list) or an option has the wrong type; `matcher.match` throws it with code
 *   `invalid_profile` or `invalid_option` for a profile or option it cannot read. Messages name
 *   the field and never echo a value.
 * @example
 * const matcher = createMatcher(dataset);
 * matcher.match({ location: { postcodeDistrict: 'L1' }, interests: { activityTypes: ['singing'] } }, { limit: 3 })
 * //=> { results: [{ activityId: 'choir-1', score: 0.87, distanceKm: 1.2, nextSessions: ['2026-12-02T18:30:00+00:00'], criteria: [...] }, ...], considered: 120, excluded: [] }
 */
export function createMatcher(dataset: MatchDataset, options: CreateMatcherOptions = {}): Matcher {
  _checkDataset(dataset);
  _checkMatcherOptions(options);
  // Errors thrown by the caller's own resolveLocation pass through unchanged.
  const own = options.resolveLocation;
  if (own !== undefined) {
    options = {
      ...options,
      resolveLocation: (q) => {
        try {
          return own(q);
        } catch (e) {
          if (typeof e === 'object' && e !== null) _callerErrors.add(e);
          throw e;
        }
      },
    };
  }
  const matcherOptions = options;
  let P: _Prepared;
  try {
    P = _prepare(dataset, matcherOptions);
  } catch (e) {
    throw _unreadable(e);
  }
  const linear = matcherOptions.index === false;
  return {
    size: P.n,
    match(profile: PersonProfile, matchOptions: MatchOptions = {}): MatchResponse {
      const Q = _compileQuery(profile, matchOptions, matcherOptions, linear);
      try {
        const { top, near } = _search(P, Q);
        const chosen = Q.diversify ? _diversify(P, top, Q.limit, Q.diversify) : top.slice(0, Q.limit);
        const excluded: ExcludedResult[] = near.map((e) => ({ ...explain(P, Q, e), failed: CRITERIA[e.failed]! }));
        return { results: chosen.map((e) => explain(P, Q, e)), considered: P.n, excluded };
      } catch (e) {
        throw _unreadable(e);
      }
    },
  };
}
