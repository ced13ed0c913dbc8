import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTSRX_OPENACTIVE_CONTEXT, ARTSRX_OPENACTIVE_CONTEXT_URL } from '../../src/openactive/index.js';

/**
 * Runs OpenActive's own validator (@openactive/data-model-validator) offline: its remote
 * lookups (activity list, beta namespace, extension contexts) are answered from the copies in
 * ../shared/reference, and anything else fails as a 404 instead of reaching the network.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const reference = path.resolve(repoRoot, '../shared/reference/openactive/vocabularies');
const require = createRequire(import.meta.url);
const validatorPath = require.resolve('@openactive/data-model-validator');
const validator = require(validatorPath) as { validate: (value: unknown, options: Record<string, unknown>) => Promise<ValidationResult[]> };
const axios = createRequire(validatorPath)('axios') as { get: (url: string) => Promise<unknown> };

/** One message from the validator. */
export interface ValidationResult {
  severity: 'failure' | 'warning' | 'notice' | 'suggestion';
  type: string;
  message: string;
  path: string;
  rule: string;
}

const readJson = (file: string) => JSON.parse(readFileSync(path.join(reference, file), 'utf8'));

/**
 * The beta vocabulary points at OpenActive's "ns-extension" context, which only says how a
 * vocabulary file is written (Property, label, domainIncludes…). It is not in the reference
 * copies, so this minimal stand-in declares the same terms.
 */
const NS_EXTENSION_STAND_IN = {
  '@context': {
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    schema: 'https://schema.org/',
    oa: 'https://openactive.io/',
    Property: 'rdf:Property',
    Class: 'rdfs:Class',
    label: 'rdfs:label',
    comment: 'rdfs:comment',
    subClassOf: { '@id': 'rdfs:subClassOf', '@type': '@id' },
    domainIncludes: { '@id': 'schema:domainIncludes', '@type': '@id' },
    rangeIncludes: { '@id': 'schema:rangeIncludes', '@type': '@id' },
    supersededBy: { '@id': 'schema:supersededBy', '@type': '@id' },
    discussionUrl: { '@id': 'oa:discussionUrl', '@type': '@id' },
  },
};

const SERVED: Record<string, () => unknown> = {
  'https://openactive.io/activity-list': () => readJson('activity-list.jsonld'),
  'https://openactive.io/activity-list/activity-list.jsonld': () => readJson('activity-list.jsonld'),
  'https://openactive.io/accessibility-support': () => readJson('accessibility-support.jsonld'),
  'https://openactive.io/ns-beta': () => readJson('ns-beta.jsonld'),
  'https://openactive.io/ns-extension': () => NS_EXTENSION_STAND_IN,
  [ARTSRX_OPENACTIVE_CONTEXT_URL]: () => JSON.parse(JSON.stringify(ARTSRX_OPENACTIVE_CONTEXT)),
};

/** URLs the validator asked for, to show nothing went to the network. */
export const requested: string[] = [];

axios.get = async (url: string) => {
  requested.push(url);
  const serve = SERVED[url];
  if (serve) return { status: 200, data: serve(), headers: { 'content-type': 'application/ld+json' } };
  const error = new Error(`offline: ${url}`) as Error & { response: unknown };
  error.response = { status: 404, data: null, headers: {} };
  throw error;
};

/** Validates a document or an RPDE page in RPDE feed mode, with remote vocabularies served locally. */
export async function validateOpenActive(value: unknown): Promise<ValidationResult[]> {
  return validator.validate(JSON.parse(JSON.stringify(value)), { loadRemoteJson: true, validationMode: 'RPDEFeed' });
}
