import { _checkUnitInterval } from '../_lib/_safe.js';
import { _readRecord, _suggest } from '../_lib/_suggest.js';
import type { ClassifyOptions, Suggestion } from './types.js';

/**
 * Suggests art forms, activity types and Five Ways to Wellbeing for an activity, each with a
 * confidence and the evidence behind it. Never throws on bad data.
 *
 * @param record - An activity (or any object with `name` and `description`), or a bare name.
 * @param options - See {@link ClassifyOptions}.
 * @returns Suggestions in field order (artForms, activityTypes, fiveWays), best first within a field.
 * @throws RangeError when `options.minConfidence` is not a number from 0 to 1.
 * @example
 * classifyActivity({ name: 'Tuesday print club' }).filter((s) => s.field === 'activityTypes')
 * //=> [{ field: 'activityTypes', value: 'printmaking', confidence: 0.9,
 * //      evidence: ["'print club' in the name → visual-arts / printmaking"] }]
 */
export function classifyActivity(record: unknown, options: ClassifyOptions = {}): Suggestion[] {
  const min = _checkUnitInterval(options.minConfidence, 'options.minConfidence', 0.3);
  return _suggest(_readRecord(record, options.dataset), 'activity', min);
}
