import {
  ABCD_CATEGORIES,
  ACCESS_SUPPORT,
  ACTIVITY_FORMATS,
  ACTIVITY_TYPES,
  ART_FORMS,
  FIVE_WAYS,
  NEEDS,
  OUTCOME_INSTRUMENTS,
  STANDARD_VERSION,
  VENUE_FEATURES,
  VOCAB_BASE,
  type Vocabulary,
} from '@artsrx/schema';
import { _orId } from './_ids.js';
import { _compact, type _Json } from './_json.js';

/**
 * The ArtsRx vocabularies published as Open Referral taxonomies, in order. Every term gets a
 * stable UUID (v5 of `vocab#term`) and its ArtsRx concept URI as `term_uri`.
 */
export const _PUBLISHED_VOCABULARIES: readonly Vocabulary[] = [
  ABCD_CATEGORIES,
  ART_FORMS,
  ACTIVITY_TYPES,
  FIVE_WAYS,
  NEEDS,
  ACCESS_SUPPORT,
  VENUE_FEATURES,
  ACTIVITY_FORMATS,
  OUTCOME_INSTRUMENTS,
];

/** URI of an ArtsRx vocabulary term. */
export function _termUri(vocabId: string, termId: string): string {
  return `${VOCAB_BASE}${vocabId}#${termId}`;
}

/** Open Referral id of an ArtsRx vocabulary term. */
export function _termId(vocabId: string, termId: string): string {
  return _orId('taxonomy_term', _termUri(vocabId, termId));
}

/** Open Referral id of an ArtsRx vocabulary. */
export function _taxonomyId(vocabId: string): string {
  return _orId('taxonomy', `${VOCAB_BASE}${vocabId}`);
}

/** One published taxonomy term, in the shape of the chosen profile. */
export function _taxonomyTerm(vocab: Vocabulary, termId: string, oruk: boolean): _Json | undefined {
  const term = vocab.terms.find((t) => t.id === termId);
  if (term === undefined) return undefined;
  const parent = vocab.id === ACTIVITY_TYPES.id ? (term as { artForm?: string }).artForm : undefined;
  return _compact({
    id: _termId(vocab.id, term.id),
    code: oruk ? undefined : term.id,
    name: term.label,
    description: term.definition,
    parent_id: parent === undefined ? undefined : _termId(ART_FORMS.id, parent),
    taxonomy: vocab.title,
    taxonomy_id: _taxonomyId(vocab.id),
    term_uri: _termUri(vocab.id, term.id),
    term: oruk ? term.label : undefined,
  });
}

/** Every published taxonomy (without its terms). */
export function _taxonomies(): _Json[] {
  return _PUBLISHED_VOCABULARIES.map((v) =>
    _compact({ id: _taxonomyId(v.id), name: v.title, description: v.description, uri: `${VOCAB_BASE}${v.id}`, version: STANDARD_VERSION }),
  );
}

/** Every published taxonomy term. */
export function _taxonomyTerms(oruk: boolean): _Json[] {
  const out: _Json[] = [];
  for (const v of _PUBLISHED_VOCABULARIES) for (const t of v.terms) out.push(_taxonomyTerm(v, t.id, oruk) as _Json);
  return out;
}

/** Looks up an ArtsRx term from an Open Referral term URI, id or (vocabulary, code). */
export function _resolveTerm(term: _Json): { vocab: string; term: string } | undefined {
  const uri = typeof term.term_uri === 'string' ? term.term_uri : undefined;
  if (uri !== undefined && uri.startsWith(VOCAB_BASE)) {
    const [vocab, id] = uri.slice(VOCAB_BASE.length).split('#');
    const v = _PUBLISHED_VOCABULARIES.find((x) => x.id === vocab);
    if (v !== undefined && id !== undefined && v.terms.some((t) => t.id === id)) return { vocab: v.id, term: id };
  }
  const id = typeof term.id === 'string' ? term.id : undefined;
  if (id !== undefined) {
    const hit = _termsById().get(id);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

let byId: Map<string, { vocab: string; term: string }> | undefined;
function _termsById(): Map<string, { vocab: string; term: string }> {
  if (byId === undefined) {
    byId = new Map();
    for (const v of _PUBLISHED_VOCABULARIES) for (const t of v.terms) byId.set(_termId(v.id, t.id), { vocab: v.id, term: t.id });
  }
  return byId;
}
