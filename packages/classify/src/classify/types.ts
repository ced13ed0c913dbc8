/** The record fields `@artsrx/classify` can suggest values for. */
export type SuggestionField = 'abcdCategory' | 'assetKind' | 'artForms' | 'activityTypes' | 'fiveWays';

/** The order fields are listed in, in every result. */
export const SUGGESTION_FIELDS: readonly SuggestionField[] = ['abcdCategory', 'assetKind', 'artForms', 'activityTypes', 'fiveWays'];

/** One suggested value for one field of a record, with how sure the rules are and why. */
export interface Suggestion {
  /** The field the value is for. */
  readonly field: SuggestionField;
  /** A term id of the field's vocabulary, e.g. `association` or `music`. */
  readonly value: string;
  /** 0–1, rounded to two decimals: how strongly the evidence points to the value. */
  readonly confidence: number;
  /** Readable reasons, strongest first: `'choir' in the name → music / singing`. */
  readonly evidence: readonly string[];
}

/** Options of `classifyAsset` and `classifyActivity`. */
export interface ClassifyOptions {
  /**
   * Leave out suggestions below this confidence (0–1).
   * @defaultValue 0.3
   */
  readonly minConfidence?: number;
  /**
   * The dataset the record belongs to, for facts beyond its own words: its organisation's
   * charity number, its places. Optional; loose or partial datasets are fine.
   * @defaultValue undefined
   */
  readonly dataset?: unknown;
}
