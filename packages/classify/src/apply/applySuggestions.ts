import { classifyActivity } from '../classify/classifyActivity.js';
import { classifyAsset } from '../classify/classifyAsset.js';
import type { Suggestion, SuggestionField } from '../classify/types.js';
import { ACTIVITY_TYPES } from '@artsrx/schema';
import { _get, _checkUnitInterval } from '../_lib/_safe.js';

/** Options of `applySuggestions`. */
export interface ApplySuggestionsOptions {
  /**
   * Only suggestions at or above this confidence (0–1) are written.
   * @defaultValue 0.7
   */
  readonly minConfidence?: number;
  /**
   * When the inference happened, written to `provenance.inferred[].at` (a Date or an ISO date-time with offset).
   * @defaultValue the current time
   */
  readonly at?: Date | string;
}

/** One field filled in by `applySuggestions`. */
export interface AppliedSuggestion {
  /** `assets` or `activities`. */
  readonly collection: 'assets' | 'activities';
  /** The record's id, or its position (`assets[3]`) when it has none. */
  readonly recordId: string;
  /** The field filled in. */
  readonly field: SuggestionField;
  /** The value written: a term id, or term ids for list fields. */
  readonly value: string | readonly string[];
  /** The lowest confidence among the values written. */
  readonly confidence: number;
}

/** The result of `applySuggestions`. */
export interface ApplySuggestionsResult<T> {
  /** A copy of the dataset with silent fields filled in; the input is not changed. */
  readonly dataset: T;
  /** What was filled in, record by record. */
  readonly applied: readonly AppliedSuggestion[];
}

/** The package name written to `provenance.inferred[].by`. */
export const INFERRED_BY = '@artsrx/classify';

const ASSET_FIELDS: readonly SuggestionField[] = ['abcdCategory', 'assetKind', 'artForms', 'fiveWays'];
const ACTIVITY_FIELDS: readonly SuggestionField[] = ['artForms', 'activityTypes', 'fiveWays'];
const LIST_FIELDS = new Set<SuggestionField>(['artForms', 'activityTypes', 'fiveWays']);
const PARENT = new Map<string, string>(ACTIVITY_TYPES.terms.map((t) => [t.id, t.artForm]));

/** A field is silent when the publisher said nothing: missing, null, an empty string or an empty list. */
function _isSilent(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function _atString(at: Date | string | undefined): string {
  if (at === undefined) return new Date().toISOString();
  if (at instanceof Date) {
    if (Number.isNaN(at.getTime())) throw new RangeError('options.at is an invalid Date');
    return at.toISOString();
  }
  if (typeof at !== 'string' || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(at)) {
    throw new TypeError('options.at must be a Date or an ISO date or date-time with an offset, such as 2026-05-01T10:00:00Z');
  }
  return at;
}

/**
 * Fills the fields a publisher left silent (missing or empty) with confident suggestions from
 * `classifyAsset` and `classifyActivity`, and records each inference in the record's
 * `provenance.inferred` (`{ field, by: '@artsrx/classify', confidence, at }`).
 *
 * Never overwrites a stated value and never changes its input: it returns a copy. Single-valued
 * fields take the best suggestion; list fields take every suggestion at or above the bar.
 * Suggested activity types are kept only when their art form agrees with the record's art forms.
 * A record without `provenance` gets one holding only `inferred`.
 *
 * @param dataset - An ArtsRx dataset (parsed or as published; loose records are fine).
 * @param options - See {@link ApplySuggestionsOptions}.
 * @returns The new dataset and the list of fields filled in.
 * @throws RangeError when `options.minConfidence` is outside 0–1; TypeError when `options.at` is not a date.
 * @example
 * const { dataset, applied } = applySuggestions(
 *   { assets: [{ id: 'a1', name: 'Harbour Street Community Choir' }] },
 *   { at: '2026-05-01T10:00:00Z' },
 * );
 * dataset.assets[0].abcdCategory
 * //=> 'association'
 * dataset.assets[0].provenance.inferred[0]
 * //=> { field: 'abcdCategory', by: '@artsrx/classify', confidence: 0.85, at: '2026-05-01T10:00:00Z' }
 */
export function applySuggestions<T>(dataset: T, options: ApplySuggestionsOptions = {}): ApplySuggestionsResult<T> {
  const min = _checkUnitInterval(options.minConfidence, 'options.minConfidence', 0.7);
  const at = _atString(options.at);
  if (dataset === null || typeof dataset !== 'object' || Array.isArray(dataset)) return { dataset, applied: [] };
  const applied: AppliedSuggestion[] = [];
  const out: Record<string, unknown> = { ...(dataset as Record<string, unknown>) };

  for (const collection of ['assets', 'activities'] as const) {
    const list = _get(dataset, collection);
    if (!Array.isArray(list)) continue;
    const fields = collection === 'assets' ? ASSET_FIELDS : ACTIVITY_FIELDS;
    out[collection] = list.map((record: unknown, index) => {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
      const silent = fields.filter((f) => _isSilent(_get(record, f)));
      if (silent.length === 0) return record;
      const suggestions = (collection === 'assets' ? classifyAsset : classifyActivity)(record, { minConfidence: min, dataset });
      const id = _get(record, 'id');
      const recordId = typeof id === 'string' && id !== '' ? id : `${collection}[${index}]`;
      const changes: Record<string, unknown> = {};
      const inferred: { field: string; by: string; confidence: number; at: string }[] = [];
      for (const field of silent) {
        let chosen: Suggestion[] = suggestions.filter((s) => s.field === field);
        if (field === 'activityTypes') {
          const stated = _get(record, 'artForms');
          const forms = new Set<string>(Array.isArray(stated) && stated.length > 0 ? stated.filter((x): x is string => typeof x === 'string') : ((changes.artForms as string[] | undefined) ?? []));
          chosen = chosen.filter((s) => forms.has(PARENT.get(s.value) ?? ''));
        }
        if (chosen.length === 0) continue;
        if (!LIST_FIELDS.has(field)) chosen = chosen.slice(0, 1);
        const confidence = Math.min(...chosen.map((s) => s.confidence));
        const value = LIST_FIELDS.has(field) ? chosen.map((s) => s.value) : (chosen[0] as Suggestion).value;
        changes[field] = value;
        inferred.push({ field, by: INFERRED_BY, confidence, at });
        applied.push({ collection, recordId, field, value, confidence });
      }
      if (inferred.length === 0) return record;
      const provenance = _get(record, 'provenance');
      const before = _get(provenance, 'inferred');
      const base = provenance !== null && typeof provenance === 'object' && !Array.isArray(provenance) ? (provenance as Record<string, unknown>) : {};
      return { ...(record as Record<string, unknown>), ...changes, provenance: { ...base, inferred: [...(Array.isArray(before) ? before : []), ...inferred] } };
    });
  }
  return { dataset: out as T, applied };
}
