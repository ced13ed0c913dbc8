import type { ValidationResult, ValidationStats } from '../types.js';
import type { _Collector } from './_collector.js';

/** Builds the result object from a collector. */
export function _result(out: _Collector, stats: ValidationStats): ValidationResult {
  const s: ValidationStats = { ...stats };
  if (out.omitted > 0) s.omittedIssues = out.omitted;
  return { valid: out.counts.error === 0, counts: { ...out.counts }, issues: out.issues, stats: s };
}

/** Stats with nothing counted. */
export function _emptyStats(): ValidationStats {
  return { organisations: 0, places: 0, assets: 0, activities: 0 };
}
