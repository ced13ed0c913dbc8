import { _checkUnitInterval } from '../_lib/_safe.js';
import { _readRecord, _suggest } from '../_lib/_suggest.js';
import type { ClassifyOptions, Suggestion } from './types.js';

/**
 * Suggests an ABCD category, asset kind, art forms and Five Ways to Wellbeing for an asset,
 * each with a confidence and the evidence behind it.
 *
 * Works on loose records: a bare `{ name, description }` nominated at a workshop, a sticky-note
 * sentence, or just a name as a string. It never throws on bad data; it suggests nothing
 * when there is nothing to go on. It does not read or change what the publisher already stated.
 *
 * @param record - An asset (or any object with `name` and `description`), or a bare name.
 * @param options - See {@link ClassifyOptions}.
 * @returns Suggestions in field order (abcdCategory, assetKind, artForms, fiveWays), best first within a field.
 * @throws RangeError when `options.minConfidence` is not a number from 0 to 1.
 * @example
 * classifyAsset({ name: 'Harbour Street Community Choir' })[0]
 * //=> { field: 'abcdCategory', value: 'association', confidence: 0.85,
 * //     evidence: ["'Choir' in the name → association"] }
 */
export function classifyAsset(record: unknown, options: ClassifyOptions = {}): Suggestion[] {
  const min = _checkUnitInterval(options.minConfidence, 'options.minConfidence', 0.3);
  return _suggest(_readRecord(record, options.dataset), 'asset', min);
}
