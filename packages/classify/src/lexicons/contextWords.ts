/**
 * Words around a term that change what it means. Data, like the lexicons: extend with care.
 */

/**
 * A term followed by one of these is part of an address and is ignored: "Moor Lane", "Market Street".
 * Words that also end activity names ("art walk", "lantern parade", "Mill Way") are left out on purpose.
 */
export const ADDRESS_WORDS: readonly string[] = [
  'street', 'st', 'road', 'rd', 'lane', 'ln', 'avenue', 'ave', 'terrace', 'crescent',
];

/**
 * A term up to four words after one of these says where or by whom something happens, not what
 * it is: "meets at the library", "in the church hall", "organised by the council". It counts
 * for 40 % of its weight. Except for "at", the word must be followed by a determiner (the, a,
 * our…), so "classes in art history" still says what the classes are.
 */
export const LOCATION_WORDS: readonly string[] = ['at', 'in', 'inside', 'outside', 'near', 'upstairs', 'downstairs', 'behind', 'opposite', 'on', 'under', 'along', 'beside', 'by', 'from', 'around', 'round'];

/** Terms that say how, not where, even after a location word: "in a group", "in small groups". */
export const NEVER_LOCATED: readonly string[] = ['group', 'groups', 'team', 'teams', 'circle', 'pairs'];

/** How much a term after a location word counts. */
export const LOCATION_FACTOR = 0.4;

/**
 * After one of these in the same sentence, art forms are what is funded or offered to others,
 * not what the record does: "grants for arts, heritage and sport projects", "funding for arts,
 * libraries and museums". Art-form and activity-type terms there count for `MENTION_FACTOR`.
 * Only terms AFTER the word are affected, so "free singing sessions, thanks to funding from the
 * Lottery" still sings.
 */
export const MENTION_WORDS: readonly string[] = [
  'grant', 'grants', 'funding', 'funds for', 'fund for', 'bursary', 'bursaries', 'apply for', 'sponsorship', 'commissions for',
];

/** How much an art-form or activity-type term after a `MENTION_WORDS` word counts. */
export const MENTION_FACTOR = 0.4;
