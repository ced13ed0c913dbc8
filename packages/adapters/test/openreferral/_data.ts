// Test datasets: the North West example (examples/north-west) and a small hand-made dataset.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatasetSchema, type Dataset } from '@artsrx/schema';
import { repoRoot } from './_schemas.js';

export function northWest(): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'examples/north-west/dataset.json'), 'utf8')));
}

export function smallDataset(): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'packages/adapters/test/openreferral/fixtures/small-dataset.json'), 'utf8')));
}

/** Every (pointer, value) in a JSON tree. */
export function* walk(value: unknown, pointer = ''): Generator<[string, unknown]> {
  yield [pointer, value];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, `${pointer}/${i}`);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) yield* walk(v, `${pointer}/${k}`);
}
