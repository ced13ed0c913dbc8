import type { Dataset, PersonProfile } from '@artsrx/schema';

/**
 * Every criterion the matcher scores or checks, in the order it reports them.
 *
 * @example
 * CRITERIA.includes('distance') //=> true
 */
export const CRITERIA = [
  'status',
  'attendance',
  'distance',
  'age',
  'area',
  'access',
  'cost',
  'capacity',
  'referral',
  'interests',
  'needs',
  'fiveWays',
  'language',
  'format',
  'freshness',
  'schedule',
] as const;

/** The name of a criterion. */
export type Criterion = (typeof CRITERIA)[number];

/**
 * Criteria that are hard constraints: an explicit violation (`fail`) excludes the activity.
 * Missing data never excludes: it is reported as `unknown`.
 *
 * @example
 * HARD_CRITERIA.has('interests') //=> false
 */
export const HARD_CRITERIA: ReadonlySet<Criterion> = new Set<Criterion>([
  'status',
  'attendance',
  'distance',
  'age',
  'area',
  'access',
  'cost',
  'capacity',
  'referral',
  'schedule',
]);

/** How an activity fares on one criterion. */
export type Outcome = 'match' | 'partial' | 'unknown' | 'fail';

/** One criterion's verdict on one activity, with a reason a person can read. */
export interface CriterionResult {
  /** Which criterion. */
  criterion: Criterion;
  /** `match`, `partial`, `unknown` (data missing: scored neutral) or `fail`. */
  outcome: Outcome;
  /** The weight the criterion had in this query (0 for a pure gate). */
  weight: number;
  /** What it added to the score: weight × criterion score ÷ total weight. */
  contribution: number;
  /** Plain English, e.g. "1.2 km away". Never repeats personal free text. */
  reason: string;
}

/** One ranked activity. */
export interface MatchResult {
  /** Id of the activity. */
  activityId: string;
  /** 0–1: the weighted mean of the criterion scores. */
  score: number;
  /** Great-circle distance in km from the person, when it happens in person and both locations are known. */
  distanceKm?: number;
  /** True when `distanceKm` is measured from an area centroid (the person or the venue gave only an area). */
  distanceApproximate?: true;
  /** The next sessions that fit the person's free times, ISO 8601 with UTC offsets. */
  nextSessions: string[];
  /** Every applicable criterion, in {@link CRITERIA} order. */
  criteria: CriterionResult[];
}

/** An activity that was excluded by exactly one hard constraint, returned with `explainExcluded`. */
export interface ExcludedResult extends MatchResult {
  /** The hard constraint it failed. */
  failed: Criterion;
}

/** What {@link Matcher.match} returns. */
export interface MatchResponse {
  /** Best first; ties broken by activity id. */
  results: MatchResult[];
  /** How many activities the matcher ranked the person against (every activity in the dataset). */
  considered: number;
  /** Best near-misses (each excluded by one hard constraint), when `explainExcluded` is true; otherwise empty. */
  excluded: ExcludedResult[];
}

/** Weights of the criteria; a weight of 0 makes a criterion a pure gate (or, for soft criteria, ignored). */
export type MatchWeights = Record<Criterion, number>;

/** Where a person is, as the matcher needs it. */
export interface ResolvedLocation {
  /** Longitude, WGS84. */
  lng: number;
  /** Latitude, WGS84. */
  lat: number;
  /** True when the point stands for an area (a postcode district or local authority centroid). */
  approximate: boolean;
  /** GSS codes of the areas the person is known to live in (local authority and its parents), if known. */
  areaCodes?: readonly string[];
}

/** Options of {@link createMatcher}. */
export interface CreateMatcherOptions {
  /**
   * Build the spatial index. Default `true`. `false` forces a plain linear scan over the same
   * logic: same answers, slower; used as the benchmark baseline and in equivalence tests.
   */
  index?: boolean;
  /**
   * Resolve a profile location given as a postcode district or GSS area code to a point, e.g.
   * from a full postcode lookup (ONS Postcode Directory, postcodes.io). Called before the built-in
   * centroid table; return `undefined` to fall back to it. Must be synchronous and must not log.
   * Default: only the built-in table (North West England).
   */
  resolveLocation?: (location: { postcodeDistrict: string } | { areaCode: string }) => ResolvedLocation | undefined;
}

/** Options of {@link Matcher.match}. */
export interface MatchOptions {
  /** How many results. Default 10. */
  limit?: number;
  /** The moment to search from (sessions, record freshness). Default: the current time. */
  now?: Date | string;
  /** How many days ahead to look for sessions. Default 28. */
  horizonDays?: number;
  /** Override some default weights ({@link DEFAULT_WEIGHTS}). */
  weights?: Partial<MatchWeights>;
  /**
   * Re-rank so the list is not all one organisation or one art form (maximal marginal relevance).
   * `true` uses `{ lambda: 0.7, by: ['organisation', 'artForm'] }`. Default `false`.
   */
  diversify?: boolean | { lambda?: number; by?: ReadonlyArray<'organisation' | 'artForm'> };
  /** Also return the best near-misses, each excluded by exactly one hard constraint. Default `false`. */
  explainExcluded?: boolean;
  /** How many fitting sessions to list per result. Default 3. */
  sessions?: number;
}

/** A matcher built once over a dataset. */
export interface Matcher {
  /** Rank the dataset's activities for one person. */
  match(profile: PersonProfile, options?: MatchOptions): MatchResponse;
  /** Number of activities indexed. */
  readonly size: number;
}

/** The dataset shape the matcher reads (a parsed {@link Dataset}; only places and activities are needed). */
export type MatchDataset = Pick<Dataset, 'activities' | 'places'> & Partial<Pick<Dataset, 'organisations'>>;
