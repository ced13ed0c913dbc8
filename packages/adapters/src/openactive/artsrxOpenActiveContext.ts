import { VOCAB_BASE } from '@artsrx/schema';

/** Where the ArtsRx OpenActive extension context is published; put it in `@context` after `https://openactive.io/`. */
export const ARTSRX_OPENACTIVE_CONTEXT_URL = 'https://w3id.org/artsrx/openactive/context.jsonld';

/** Namespace of the ArtsRx extension properties (prefix `artsrx:`). */
export const ARTSRX_NAMESPACE = 'https://w3id.org/artsrx/ns#';

const property = (name: string, comment: string, range: string) => ({
  '@id': `artsrx:${name}`,
  '@type': 'rdf:Property',
  'rdfs:label': name,
  'rdfs:comment': comment,
  'schema:rangeIncludes': { '@id': range },
});

/**
 * The OpenActive extension context ArtsRx publishes (MOD 2.0 §5.13.3.1): it declares the
 * `artsrx:` prefix and the properties that carry ArtsRx terms OpenActive has no concept for —
 * art forms, activity types, Five Ways to Wellbeing, needs, arts-specific access support and
 * referral routes. Values are ArtsRx vocabulary term URIs. Serve this JSON at
 * {@link ARTSRX_OPENACTIVE_CONTEXT_URL}.
 *
 * @example
 * ```ts
 * ARTSRX_OPENACTIVE_CONTEXT['@context'].artsrx;
 * //=> 'https://w3id.org/artsrx/ns#'
 * ```
 */
export const ARTSRX_OPENACTIVE_CONTEXT = {
  '@id': ARTSRX_OPENACTIVE_CONTEXT_URL,
  '@context': {
    artsrx: ARTSRX_NAMESPACE,
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    schema: 'https://schema.org/',
    vocab: VOCAB_BASE,
    'artsrx:artForm': { '@type': '@id', '@container': '@set' },
    'artsrx:activityType': { '@type': '@id', '@container': '@set' },
    'artsrx:fiveWays': { '@type': '@id', '@container': '@set' },
    'artsrx:suitableFor': { '@type': '@id', '@container': '@set' },
    'artsrx:accessSupport': { '@type': '@id', '@container': '@set' },
    'artsrx:acceptsReferrals': { '@type': 'schema:Boolean' },
    'artsrx:referralRoute': { '@container': '@set' },
  },
  '@graph': [
    property('artForm', 'Art forms of the activity: terms of the ArtsRx art-form vocabulary.', 'schema:URL'),
    property('activityType', 'Activity types (the finer level link workers choose from): terms of the ArtsRx activity-type vocabulary.', 'schema:URL'),
    property('fiveWays', 'Five Ways to Wellbeing the activity supports: terms of the ArtsRx five-ways vocabulary.', 'schema:URL'),
    property('suitableFor', 'Needs the activity is designed for: terms of the ArtsRx need vocabulary.', 'schema:URL'),
    property('accessSupport', 'Arts-specific support offered (dementia friendly, relaxed, BSL, captions…): terms of the ArtsRx access-support vocabulary that have no OpenActive accessibility-support concept.', 'schema:URL'),
    property('acceptsReferrals', 'True when the activity takes social prescribing referrals.', 'schema:Boolean'),
    property('referralRoute', 'Who can refer: link-worker, gp, self or other-professional.', 'schema:Text'),
  ],
} as const;
