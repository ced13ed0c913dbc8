import { fromCsv, toCsv } from '@artsrx/adapters/csv';
import { _checkCsvSize } from '../_lib/_input.js';
import type { ConvertFormat } from './types.js';
import { _adapterReportLine } from './_adapterReport.js';

/** A spreadsheet in the ArtsRx CSV layout: one row per activity (`@artsrx/adapters/csv`). */
export const csvFormat: ConvertFormat = {
  description: 'CSV spreadsheet, one row per activity (ArtsRx layout; formula cells neutralised)',
  async to(dataset) {
    const { value, issues } = toCsv(dataset, { bom: true });
    return { output: value, report: issues.filter((i) => i.severity !== 'info' || i.code === 'csv_field_not_carried').map(_adapterReportLine) };
  },
  async from(input, options) {
    _checkCsvSize(input.text, input.path === '-' ? '<stdin>' : input.path);
    const { value, issues } = fromCsv(input.text, { ...(options.mapping !== undefined ? { mapping: options.mapping } : {}), header: { generatedAt: options.now.toISOString() } });
    return { dataset: value, report: issues.map(_adapterReportLine) };
  },
};
