export { CSV_COLUMNS, type CsvColumn, type CsvColumnKind } from './csvColumns.js';
export { fromCsv, fromCsvStream, type FromCsvOptions, type FromCsvResult } from './fromCsv.js';
export { toCsv, type ToCsvOptions } from './toCsv.js';
export type { CsvMapping } from './_lib/_layout.js';
export type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
