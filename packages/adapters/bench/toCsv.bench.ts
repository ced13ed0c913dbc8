import { bench, describe } from 'vitest';
import { toCsv } from '../src/csv/toCsv.js';
import { bigNorthWest } from './_bigDataset.js';

// 730 activities (the North West example ×10). Baseline, measured in the same run: a JSON deep
// copy of the dataset, the floor any record-by-record transform pays.
const dataset = bigNorthWest(10);

describe(`toCsv, ${dataset.activities.length} activities`, () => {
  bench('baseline: JSON deep copy of the dataset', () => {
    JSON.parse(JSON.stringify(dataset));
  });
  bench('toCsv (cells, quoting, formula neutralising, loss report)', () => {
    toCsv(dataset);
  });
});
