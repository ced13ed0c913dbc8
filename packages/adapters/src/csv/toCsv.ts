import type { Dataset } from '@artsrx/schema';
import type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
import { CSV_COLUMNS, type CsvColumn } from './csvColumns.js';
import { _neutralise, _quoteCell } from './_lib/_cells.js';
import { _checkMapping, _headerOf, type CsvMapping } from './_lib/_layout.js';

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** Headers, list separator and delimiter of the layout to write; default the ArtsRx layout with `,` and `|`. */
  mapping?: CsvMapping;
  /** Start with a UTF-8 byte-order mark so Excel reads accents correctly; default false. */
  bom?: boolean;
}

type Obj = Record<string, unknown>;

function getPath(target: unknown, path: readonly string[]): unknown {
  let node = target;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Obj)[key] : undefined;
  return node;
}

/** Every leaf path of a JSON value, arrays counted as leaves. */
function leaves(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== undefined) leaves(v, [...prefix, k], out);
  } else out.push(prefix);
  return out;
}

/** Fields that the layout carries without a column of their own. */
const IMPLIED: Record<CsvColumn['entity'], string[]> = {
  activity: ['type', 'organisationId', 'placeId', 'assetId', 'cost.currency'],
  organisation: ['type'],
  place: ['type', 'address.country'],
  asset: ['type'],
};

function cellOf(record: Obj, col: CsvColumn, sep: string): string {
  const value = getPath(record, col.path);
  if (value === undefined || value === null) return '';
  switch (col.kind) {
    case 'trueFlags':
    case 'falseFlags': {
      const want = col.kind === 'trueFlags';
      return Object.entries(value as Obj)
        .filter(([, v]) => v === want)
        .map(([k]) => k)
        .join(sep);
    }
    case 'latitude':
    case 'longitude': {
      const coords = (value as { coordinates?: number[] }).coordinates;
      return String(coords?.[col.kind === 'latitude' ? 1 : 0] ?? '');
    }
    case 'bool':
      return value ? 'yes' : 'no';
    case 'occurrences':
      return (value as { start: string; end: string }[]).map((o) => `${o.start}/${o.end}`).join(sep);
    default:
      return Array.isArray(value) ? value.join(sep) : String(value);
  }
}

/**
 * Writes a dataset as a spreadsheet in the default ArtsRx CSV layout (or a mapped one): one row
 * per activity, with its organisation, place and asset repeated on the row. Cells a spreadsheet
 * would run as a formula (starting `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`;
 * plain numbers such as `-2.99` are left alone. {@link fromCsv} reads the result back.
 *
 * @param dataset - A parsed ArtsRx dataset.
 * @param options - Layout and byte-order mark; see {@link ToCsvOptions}.
 * @returns The CSV text (CRLF line endings, RFC 4180) and what it could not carry.
 * @throws TypeError when `dataset` has no activities array or the mapping names an unknown column.
 * @example
 * ```ts
 * toCsv(dataset).value.split('\r\n')[0]?.startsWith('activity_id,activity_name');
 * //=> true
 * ```
 */
export function toCsv(dataset: Dataset, options: ToCsvOptions = {}): AdapterResult<string> {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.activities)) throw new TypeError('dataset must be an ArtsRx dataset with an activities array');
  _checkMapping(options.mapping, 'options.mapping');
  const delimiter = options.mapping?.delimiter ?? ',';
  const sep = options.mapping?.listSeparator ?? '|';
  const issues: AdapterIssue[] = [];
  const byId = {
    organisation: new Map((dataset.organisations ?? []).map((r) => [r.id, r as Obj])),
    place: new Map((dataset.places ?? []).map((r) => [r.id, r as Obj])),
    asset: new Map((dataset.assets ?? []).map((r) => [r.id, r as Obj])),
  };
  const used = { organisation: new Set<string>(), place: new Set<string>(), asset: new Set<string>() };
  const lines: string[] = [CSV_COLUMNS.map((col) => _quoteCell(_neutralise(_headerOf(col, options.mapping)), delimiter)).join(delimiter)];
  const lost = new Map<string, number>();

  for (const activity of dataset.activities) {
    const rowRecords: Record<CsvColumn['entity'], Obj | undefined> = { activity: activity as Obj, organisation: undefined, place: undefined, asset: undefined };
    for (const entity of ['organisation', 'place', 'asset'] as const) {
      const id = (activity as Obj)[`${entity}Id`] as string | undefined;
      if (id === undefined) continue;
      const record = byId[entity].get(id);
      if (record === undefined) {
        issues.push({ code: 'csv_missing_record', severity: 'warning', message: `Activity "${activity.id}" refers to ${entity} "${id}", which is not in the dataset; only its id was written.`, recordId: activity.id });
        rowRecords[entity] = { id };
      } else {
        rowRecords[entity] = record;
        used[entity].add(id);
      }
    }
    lines.push(
      CSV_COLUMNS.map((col) => {
        const record = rowRecords[col.entity];
        return record ? _quoteCell(_neutralise(cellOf(record, col, sep)), delimiter) : '';
      }).join(delimiter),
    );
  }

  // What the layout cannot hold, counted per field so the report stays short.
  const carried = (entity: CsvColumn['entity'], path: string[]) =>
    IMPLIED[entity].some((p) => path.join('.') === p) || CSV_COLUMNS.some((col) => col.entity === entity && col.path.every((k, i) => path[i] === k));
  const count = (entity: CsvColumn['entity'], record: Obj) => {
    for (const path of leaves(record)) {
      if (path[0] === 'provenance' && entity !== 'activity') continue;
      if (!carried(entity, path)) {
        const key = `${entity}.${path.join('.')}`;
        lost.set(key, (lost.get(key) ?? 0) + 1);
      }
    }
  };
  for (const activity of dataset.activities) count('activity', activity as Obj);
  for (const entity of ['organisation', 'place', 'asset'] as const) {
    for (const [id, record] of byId[entity]) {
      if (used[entity].has(id)) count(entity, record);
      else issues.push({ code: 'csv_record_not_carried', severity: 'warning', message: `The ${entity} "${id}" has no activity, so a one-row-per-activity sheet cannot hold it.`, recordId: id });
    }
  }
  for (const [key, n] of lost) {
    issues.push({ code: 'csv_field_not_carried', severity: 'info', message: `${key} is not a CSV column; it was left out of ${n} record${n === 1 ? '' : 's'}.` });
  }
  if (used.organisation.size + used.place.size + used.asset.size > 0) {
    issues.push({ code: 'csv_provenance_shared', severity: 'info', message: 'Organisations, places and assets take the provenance of the activity row they appear on when read back.' });
  }
  issues.push({ code: 'csv_header_not_carried', severity: 'info', message: 'The dataset header (publisher, licence, generatedAt) is not part of the CSV; keep it alongside the file.' });
  const text = lines.join('\r\n') + '\r\n';
  return { value: options.bom ? `\uFEFF${text}` : text, issues };
}
