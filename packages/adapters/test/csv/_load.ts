import { readFileSync } from 'node:fs';
import { DatasetSchema, type Dataset } from '@artsrx/schema';

/** The hand-made fixture dataset shared by the CSV tests, parsed. */
export function loadCsvFixture(): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(new URL('./dataset.json', import.meta.url), 'utf8')));
}
