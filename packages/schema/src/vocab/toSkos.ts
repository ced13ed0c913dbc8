import { VOCAB_BASE, type Vocabulary } from './_defineVocabulary.js';

/** Crosswalk properties a term may carry, and how each is published in SKOS. */
const CROSSWALKS: Record<string, (value: unknown) => Record<string, unknown>> = {
  artForm: (v) => ({ broader: [`${VOCAB_BASE}art-form#${String(v)}`] }),
  unescoDomain: (v) => ({ 'artsrx:unescoDomain': v }),
  openActive: (v) => ({ exactMatch: [v] }),
  schemaOrg: (v) => ({ exactMatch: [v] }),
  fhirTaskStatus: (v) => ({ closeMatch: [`http://hl7.org/fhir/task-status#${String(v)}`] }),
  snomed: (v) => {
    const s = v as { code: string; display: string };
    return { 'artsrx:snomedCode': s.code, 'artsrx:snomedDisplay': s.display };
  },
  items: (v) => ({ 'artsrx:items': v }),
  itemMin: (v) => ({ 'artsrx:itemMin': v }),
  itemMax: (v) => ({ 'artsrx:itemMax': v }),
};

/**
 * Publishes a vocabulary as a SKOS concept scheme in JSON-LD, in the shape OpenActive uses for
 * its own vocabularies (`ConceptScheme` with a `concept` array).
 *
 * @param vocab - a vocabulary from {@link VOCABULARIES}
 * @returns a JSON-LD document
 * @example
 * toSkos(FIVE_WAYS).concept[0].prefLabel //=> 'Connect'
 */
export function toSkos(vocab: Vocabulary) {
  const scheme = `${VOCAB_BASE}${vocab.id}`;
  return {
    '@context': {
      skos: 'http://www.w3.org/2004/02/skos/core#',
      dcterms: 'http://purl.org/dc/terms/',
      artsrx: 'https://w3id.org/artsrx/ns#',
      id: '@id',
      type: '@type',
      ConceptScheme: 'skos:ConceptScheme',
      Concept: 'skos:Concept',
      title: 'dcterms:title',
      description: 'dcterms:description',
      license: { '@id': 'dcterms:license', '@type': '@id' },
      concept: { '@reverse': 'skos:inScheme' },
      prefLabel: 'skos:prefLabel',
      definition: 'skos:definition',
      notation: 'skos:notation',
      broader: { '@id': 'skos:broader', '@type': '@id' },
      exactMatch: { '@id': 'skos:exactMatch', '@type': '@id' },
      closeMatch: { '@id': 'skos:closeMatch', '@type': '@id' },
    },
    id: scheme,
    type: 'ConceptScheme',
    title: vocab.title,
    description: vocab.description,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    concept: vocab.terms.map((term) => {
      const concept: Record<string, unknown> = {
        id: `${scheme}#${term.id}`,
        type: 'Concept',
        notation: term.id,
        prefLabel: term.label,
        definition: term.definition,
      };
      for (const [key, value] of Object.entries(term)) {
        const map = CROSSWALKS[key];
        if (map !== undefined) Object.assign(concept, map(value));
      }
      return concept;
    }),
  };
}
