// Validators for the official Open Referral JSON Schemas, read from ../shared/reference (never copied).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const referenceDir = path.resolve(repoRoot, '../shared/reference/openreferral');

export function readReference(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(referenceDir, relative), 'utf8'));
}

const ORUK_BASE = 'https://openreferraluk.org/specifications/3.0/schema/';
let oruk: Ajv2020 | undefined;
let hsds: Ajv2020 | undefined;

function make(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  return ajv;
}

/** Validator for one ORUK 3.0 schema file, e.g. `service.json`, `service_list.json`, `api_details.json`. */
export function orukSchema(file: string): ValidateFunction {
  if (oruk === undefined) {
    oruk = make();
    const dir = path.join(referenceDir, 'oruk-3.0/schema');
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.json') || f.includes('package') || f === 'open_api.json' || f === 'service_with_definitions.json') continue;
      oruk.addSchema(JSON.parse(readFileSync(path.join(dir, f), 'utf8')), `${ORUK_BASE}${f}`);
    }
  }
  const v = oruk.getSchema(`${ORUK_BASE}${file}`);
  if (v === undefined) throw new Error(`No ORUK schema ${file}`);
  return v;
}

/** Validator for one HSDS 3.0 schema file (`service.json`, …) or compiled list item (`compiled/service_list.json`). */
export function hsdsSchema(file: string): ValidateFunction {
  if (hsds === undefined) {
    hsds = make();
    const dir = path.join(referenceDir, 'hsds-3.0/schema');
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.json') || f === 'openapi.json') continue;
      hsds.addSchema(JSON.parse(readFileSync(path.join(dir, f), 'utf8')), f);
    }
    for (const f of ['service_list.json', 'organization_list.json', 'service_at_location_list.json']) {
      hsds.addSchema(JSON.parse(readFileSync(path.join(dir, 'compiled', f), 'utf8')), `compiled/${f}`);
    }
  }
  const v = hsds.getSchema(file);
  if (v === undefined) throw new Error(`No HSDS schema ${file}`);
  return v;
}

/** The errors of a validation as short strings (empty when valid). */
export function errorsOf(validate: ValidateFunction, doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
