/** One term of an ArtsRx vocabulary: a stable kebab-case id, a label and a definition. */
export interface VocabularyTerm<Id extends string = string> {
  /** Stable kebab-case identifier; never renamed once released. */
  readonly id: Id;
  /** Short human label (British English). */
  readonly label: string;
  /** What the term means, in a sentence a volunteer directory editor understands. */
  readonly definition: string;
}

/** A versioned list of terms, published as TypeScript constants, JSON Schema enums and SKOS. */
export interface Vocabulary<T extends VocabularyTerm = VocabularyTerm> {
  /** Kebab-case id of the vocabulary, used in its URI and file name. */
  readonly id: string;
  /** Human title of the concept scheme. */
  readonly title: string;
  /** What the vocabulary is for and where it comes from. */
  readonly description: string;
  /** The terms, in display order. */
  readonly terms: readonly T[];
}

/** Base URI of every ArtsRx vocabulary; a term's URI is `${VOCAB_BASE}${vocab.id}#${term.id}`. */
export const VOCAB_BASE = 'https://w3id.org/artsrx/vocab/';

/**
 * Declares a vocabulary, keeping the literal types of its term ids.
 * @internal
 */
export function _defineVocabulary<const T extends readonly VocabularyTerm[]>(vocab: {
  id: string;
  title: string;
  description: string;
  terms: T;
}): Vocabulary<T[number]> & { readonly terms: T; readonly ids: { [K in keyof T]: T[K]['id'] } } {
  return { ...vocab, ids: vocab.terms.map((t) => t.id) as { [K in keyof T]: T[K]['id'] } };
}
