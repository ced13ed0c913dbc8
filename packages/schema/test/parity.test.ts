import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMAS, type DocumentType } from '../src/index.js';

// Every example under schemas/examples must get the same verdict from zod and from an
// independent JSON Schema validator (ajv, draft 2020-12) reading the published schema files.
const root = resolve(import.meta.dirname, '../../..');
const examples = join(root, 'schemas/examples');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const types = ['dataset', 'organisation', 'place', 'asset', 'activity', 'schedule', 'referral', 'person-profile'] as const;

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const cases = (dir: string, type: string) => {
  const folder = join(examples, dir, type);
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
  } catch {
    return [];
  }
  return names.sort().map((f) => ({ name: f.replace(/\.json$/, ''), doc: read(join(folder, f)), expected: dir === 'valid' ? undefined : (read(join(folder, f.replace(/\.json$/, '.expected.json'))) as { pointer: string }) }));
};
const validatorFor = (type: DocumentType) => ajv.compile(read(join(root, `schemas/${type}.schema.json`)) as object);
const zodPointers = (type: DocumentType, doc: unknown) => {
  const result = DOCUMENT_SCHEMAS[type].safeParse(doc);
  return result.success ? [] : result.error.issues.map((i) => (i.path.length === 0 ? '' : `/${i.path.join('/')}`));
};
const ajvPointers = (validate: ReturnType<typeof validatorFor>, doc: unknown) =>
  validate(doc) ? [] : (validate.errors ?? []).map((e) => (e.keyword === 'required' ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath));

describe.each(types)('%s examples', (type) => {
  const validate = validatorFor(type);

  it('has at least 3 valid and 5 invalid examples', () => {
    expect(cases('valid', type).length).toBeGreaterThanOrEqual(3);
    expect(cases('invalid', type).length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases('valid', type))('valid/$name passes zod and the JSON Schema', ({ doc }) => {
    expect(zodPointers(type, doc)).toEqual([]);
    expect(ajvPointers(validate, doc)).toEqual([]);
  });

  it.each(cases('invalid', type))('invalid/$name fails zod and the JSON Schema at its expected pointer', ({ doc, expected }) => {
    expect(zodPointers(type, doc)).toContain(expected!.pointer);
    expect(ajvPointers(validate, doc)).toContain(expected!.pointer);
  });

  it.each(cases('refinement-only', type))('refinement-only/$name is caught by zod only (listed in the README support table)', ({ doc, expected }) => {
    expect(zodPointers(type, doc)).toContain(expected!.pointer);
    expect(ajvPointers(validate, doc)).toEqual([]);
  });
});
