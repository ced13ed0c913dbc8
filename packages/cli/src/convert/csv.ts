import type { Readable } from 'node:stream';
import { fromCsv, fromCsvStream, toCsv } from '@artsrx/adapters/csv';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _binaryMessage, _checkCsvSize, _openStream } from '../_lib/_input.js';
import type { ConvertFormat } from './types.js';
import { _adapterReportLine } from './_adapterReport.js';

/**
 * Largest CSV `convert --from csv` reads. The file is read as a stream and never held whole, but
 * the dataset it becomes is: peak memory is about 7.5 times the CSV's size for a large sheet (a
 * 200 MiB CSV: 1.5 GiB; docs/limits.md), so 500 MB stays inside Node's default heap of about
 * 4 GB, and bigger sheets are refused with advice.
 */
export const MAX_CSV_CONVERT_BYTES = 500 * 1024 * 1024;

/** Most problems listed for one CSV: a big sheet wrong on every row would otherwise fill memory with its report. */
export const MAX_CSV_REPORT_LINES = 1000;

const tooBig = (name: string) =>
  new _CliError(`${name} is a CSV file over ${MAX_CSV_CONVERT_BYTES / 1048576} MB, too big to convert at once: split it into several files (by area or by organisation) and convert each`);

/**
 * The text of a CSV file or stdin, decoded as it is read, with the checks `_readText` makes on a
 * whole file (exit 2): binary data or UTF-16 in the first 8 KiB, bytes that are not UTF-8, an
 * empty input or one of only spaces, and the size limit.
 */
export async function* _csvText(stream: Readable, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let total = 0;
  let seen = false;
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw new _CliError(`${name} is not UTF-8 text: save it as UTF-8 (in a spreadsheet: "CSV UTF-8")`, EXIT.usage);
    }
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (total < 8192 && bytes.subarray(0, 8192 - total).includes(0)) throw new _CliError(_binaryMessage(bytes, name), EXIT.usage);
    total += bytes.length;
    if (total > MAX_CSV_CONVERT_BYTES) throw tooBig(name);
    const text = decode(bytes);
    if (!seen && text.trim() !== '') seen = true;
    if (text !== '') yield text;
  }
  const rest = decode();
  if (total === 0) throw new _CliError(`${name} is empty: there is nothing to read`, EXIT.usage);
  if (!seen && rest.trim() === '') throw new _CliError(`${name} is empty: it holds only spaces and line breaks`, EXIT.usage);
  if (rest !== '') yield rest;
}

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
  // `convert --from csv` streams the file: rows become records as they are read.
  async fromPath(path, options) {
    const { stream, size, name } = await _openStream(path);
    if (size !== undefined && size > MAX_CSV_CONVERT_BYTES) {
      stream.destroy();
      throw tooBig(name);
    }
    const { value, issues } = await fromCsvStream(_csvText(stream, name), {
      ...(options.mapping !== undefined ? { mapping: options.mapping } : {}),
      header: { generatedAt: options.now.toISOString() },
      maxIssues: MAX_CSV_REPORT_LINES,
    });
    return { dataset: value, report: issues.map(_adapterReportLine) };
  },
};
