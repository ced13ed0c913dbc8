export { createMatcher } from './matcher/createMatcher.js';
export { DEFAULT_WEIGHTS } from './matcher/DEFAULT_WEIGHTS.js';
export {
  CRITERIA,
  HARD_CRITERIA,
  type CreateMatcherOptions,
  type Criterion,
  type CriterionResult,
  type ExcludedResult,
  type MatchDataset,
  type Matcher,
  type MatchOptions,
  type MatchResponse,
  type MatchResult,
  type MatchWeights,
  type Outcome,
  type ResolvedLocation,
} from './matcher/types.js';
export { lookupArea } from './location/lookupArea.js';
export { AREA_CENTROIDS, POSTCODE_DISTRICT_AREAS, type AreaCentroid } from './data/centroids.js';
export { ArtsRxMatchError, ArtsRxMatchRangeError, type MatchErrorCode } from './matcher/ArtsRxMatchError.js';
