import type { ABCD_CATEGORIES, ACTIVITY_TYPES, ART_FORMS, ASSET_KINDS, FIVE_WAYS } from '@artsrx/schema';

/** An ABCD category id from `ABCD_CATEGORIES`. */
export type AbcdCategoryId = (typeof ABCD_CATEGORIES.ids)[number];
/** An asset kind id from `ASSET_KINDS`. */
export type AssetKindId = (typeof ASSET_KINDS.ids)[number];
/** An art form id from `ART_FORMS`. */
export type ArtFormId = (typeof ART_FORMS.ids)[number];
/** An activity type id from `ACTIVITY_TYPES`. */
export type ActivityTypeId = (typeof ACTIVITY_TYPES.ids)[number];
/** A Five Ways to Wellbeing id from `FIVE_WAYS`. */
export type FiveWaysId = (typeof FIVE_WAYS.ids)[number];

/**
 * One rule of a keyword lexicon: if any of `terms` appears in a record, suggest `value`.
 *
 * Terms are lower-case words separated by single spaces and match whole words only
 * ("art" never matches "party"). A word ending in `*` matches any word that starts with it
 * ("paint*" matches paint, painting, painters). Apostrophes are dropped ("don't" is "dont",
 * a possessive "'s" disappears), `&` reads as "and", hyphens separate words, accents are ignored.
 * Where two terms of one lexicon overlap, the longer wins ("church hall" beats "church").
 */
export interface LexiconRule<V extends string = string> {
  /** The vocabulary term id suggested. */
  readonly value: V;
  /** Phrases that suggest it. */
  readonly terms: readonly string[];
  /**
   * How strongly one of these terms in the record's name suggests the value (0–1). In the
   * description it counts for 75 % of that. Several pieces of evidence combine as
   * independent chances: 1 − (1 − a)(1 − b)….
   */
  readonly weight: number;
  /**
   * A catch-all rule ("community arts" → combined arts): it counts only when no other value of
   * the field reaches 0.5 without catch-alls, so a generic word never adds to a specific one.
   * @defaultValue false
   */
  readonly fallback?: boolean;
  /**
   * A supporting rule ("Victorian", "historic", "wool"): it adds to a value that other,
   * non-supporting evidence already suggests, but never suggests the value on its own, so words
   * that often appear in passing ("meets in the historic Town Hall") cannot add up to a suggestion.
   * @defaultValue false
   */
  readonly support?: boolean;
}

/** A keyword lexicon for one vocabulary: data, meant to be read, reviewed and extended. */
export interface Lexicon<V extends string = string> {
  /** The vocabulary it suggests values from. */
  readonly vocabulary: 'abcd-category' | 'asset-kind' | 'art-form' | 'activity-type' | 'five-ways';
  /**
   * Whether a term still counts inside a "no … needed" requirement ("no singing experience
   * needed" still says the group sings; it does not say anyone offers "experience").
   * Plain negation ("not suitable for dancing") always removes the term.
   */
  readonly keepInRequirements: boolean;
  /**
   * How much a term in the description counts compared with the same term in the name.
   * @defaultValue 0.75
   */
  readonly descriptionWeight?: number;
  /**
   * Whether the name's head word decides: in "Canal towpath mural" the mural is the asset, in
   * "Friends of Queens Park" the friends are. Other terms in the name then count for 50 %.
   * @defaultValue false
   */
  readonly headOfName?: boolean;
  /**
   * Phrases inside which this lexicon's terms do not count: "out of the house" says nothing
   * about a building.
   * @defaultValue []
   */
  readonly ignore?: readonly string[];
  /** The rules, reviewed by people: keep them grouped by value. */
  readonly rules: readonly LexiconRule<V>[];
}
