import { parse } from 'csv-parse/browser/esm/sync';
import { bench, describe } from 'vitest';
import { fromCsv } from '../src/csv/fromCsv.js';
import { toCsv } from '../src/csv/toCsv.js';
import { bigNorthWest } from './_bigDataset.js';

// 730 activities (the North West example ×10) as a sheet in the default layout. Baseline,
// measured in the same run: csv-parse reading the same text into rows, the floor of any import.
const text = toCsv(bigNorthWest(10)).value;
const header = { publisher: { name: 'bench' }, license: 'OGL-UK-3.0', generatedAt: '2026-11-01T00:00:00Z' };

describe(`fromCsv, ${text.length} characters`, () => {
  bench('baseline: csv-parse rows only', () => {
    parse(text, { bom: true, relax_column_count: true, relax_quotes: true });
  });
  bench('fromCsv (parse, convert, de-duplicate, validate every record)', () => {
    fromCsv(text, { header });
  });
});
