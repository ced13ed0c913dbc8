import type { DatasetInput } from '@artsrx/schema';
import { _parseDatasetText } from '../_lib/_dataset.js';
import type { ConvertFormat } from './types.js';

const RECORD_TYPES = [
  ['organisations', 'Organisation'],
  ['places', 'Place'],
  ['assets', 'Asset'],
  ['activities', 'Activity'],
] as const;

/** ArtsRx JSON: one dataset document. */
export const artsrxJsonFormat: ConvertFormat = {
  description: 'ArtsRx JSON dataset (one document)',
  async to(dataset) {
    return { output: `${JSON.stringify(dataset, null, 2)}\n`, report: [] };
  },
  async from(input) {
    return { dataset: _parseDatasetText(input.text, input.path), report: [] };
  },
};

/** ArtsRx NDJSON: a DatasetHeader line, then one typed record a line. */
export const artsrxNdjsonFormat: ConvertFormat = {
  description: 'ArtsRx NDJSON dataset (a header line, then one record a line)',
  async to(dataset) {
    const { organisations, places, assets, activities, ...header } = dataset;
    const lines = [JSON.stringify({ type: 'DatasetHeader', ...header })];
    const lists = { organisations, places, assets, activities };
    for (const [key, type] of RECORD_TYPES) for (const record of lists[key]) lines.push(JSON.stringify({ type, ...record }));
    return { output: `${lines.join('\n')}\n`, report: [] };
  },
  async from(input) {
    const dataset: DatasetInput = _parseDatasetText(input.text, input.path);
    return { dataset, report: [] };
  },
};
