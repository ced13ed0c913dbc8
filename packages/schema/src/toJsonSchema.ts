import * as z from 'zod/mini';
import { DOCUMENT_SCHEMAS, SCHEMA_BASE, type DocumentType } from './documents.js';

/**
 * The published JSON Schema (draft 2020-12, input mode) of one document type — what a
 * publisher's file must satisfy, before defaults are applied.
 *
 * @param type - document type, e.g. `'dataset'` or `'referral'`
 * @returns a JSON Schema object with a stable versioned `$id`
 * @throws RangeError when `type` is not a document type
 * @example
 * toJsonSchema('place').$id //=> 'https://w3id.org/artsrx/schema/0.1/place.schema.json'
 */
export function toJsonSchema(type: DocumentType): Record<string, unknown> {
  const schema = DOCUMENT_SCHEMAS[type];
  if (schema === undefined) {
    throw new RangeError(`Unknown document type "${String(type)}": use one of ${Object.keys(DOCUMENT_SCHEMAS).join(', ')}`);
  }
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  return { $schema: json.$schema, $id: `${SCHEMA_BASE}${type}.schema.json`, ..._hoistRoot(json) };
}

/**
 * zod emits a root that only `$ref`s its own registered definition; publish that definition as
 * the root instead, so the file reads (and types) as the document itself.
 */
function _hoistRoot(json: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _, $ref, $defs, ...rest } = json as { $schema?: unknown; $ref?: string; $defs?: Record<string, unknown> };
  const name = $ref?.startsWith('#/$defs/') ? $ref.slice('#/$defs/'.length) : undefined;
  if (name === undefined || $defs?.[name] === undefined) return json;
  const { [name]: root, ...others } = $defs;
  const rewritten = JSON.parse(JSON.stringify({ root, others }).replaceAll(`"#/$defs/${name}"`, '"#"')) as {
    root: Record<string, unknown>;
    others: Record<string, unknown>;
  };
  return { ...rest, ...rewritten.root, ...(Object.keys(rewritten.others).length > 0 ? { $defs: rewritten.others } : {}) };
}
