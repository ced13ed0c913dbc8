import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from './activityTypes.js';
import { ART_FORMS } from './artForms.js';
import { REFERRAL_STATUSES } from './referralStatuses.js';
import { toSkos } from './toSkos.js';
import { VOCABULARIES } from './vocabularies.js';

describe('vocabularies', () => {
  it.each(Object.values(VOCABULARIES))('$id has unique, stable-looking ids and every term defined', (vocab) => {
    const ids = vocab.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of vocab.terms) {
      expect(term.id).toMatch(vocab.id === 'outcome-instrument' ? /^[A-Z0-9]+$/ : /^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(term.label.trim()).not.toBe('');
      expect(term.definition.trim()).not.toBe('');
    }
  });

  it('gives every activity type a parent art form that exists', () => {
    const forms = new Set<string>(ART_FORMS.ids);
    for (const t of ACTIVITY_TYPES.terms) expect(forms.has(t.artForm)).toBe(true);
  });

  it('maps accepted and declined to the NHS England SNOMED CT codes', () => {
    const byId = Object.fromEntries(REFERRAL_STATUSES.terms.map((t) => [t.id, t]));
    expect(byId.accepted).toMatchObject({ fhirTaskStatus: 'accepted', snomed: { code: '871731000000106' } });
    expect(byId.declined).toMatchObject({ fhirTaskStatus: 'rejected', snomed: { code: '871711000000103' } });
  });
});

describe('toSkos', () => {
  it('publishes a concept scheme whose concepts carry their crosswalks', () => {
    const skos = toSkos(ACTIVITY_TYPES);
    expect(skos.type).toBe('ConceptScheme');
    expect(skos.id).toBe('https://w3id.org/artsrx/vocab/activity-type');
    expect(skos.concept).toHaveLength(ACTIVITY_TYPES.terms.length);
    expect(skos.concept[0]).toEqual({
      id: 'https://w3id.org/artsrx/vocab/activity-type#singing',
      type: 'Concept',
      notation: 'singing',
      prefLabel: 'Singing and choirs',
      definition: ACTIVITY_TYPES.terms[0].definition,
      broader: ['https://w3id.org/artsrx/vocab/art-form#music'],
    });
  });
});
