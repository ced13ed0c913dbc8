import { _emptyDataset, type DatasetHeaderOptions } from '../_lib/_emptyDataset.js';
import {
  ActivitySchema,
  AssetSchema,
  OrganisationSchema,
  PlaceSchema,
  STANDARD_VERSION,
  type Activity,
  type Asset,
  type Dataset,
  type Organisation,
  type Place,
  type Provenance,
} from '@artsrx/schema';
import { parse } from 'csv-parse/browser/esm/sync';
import type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
import { CSV_COLUMNS, type CsvColumn } from './csvColumns.js';
import { _columnLetter, _detectDelimiter, _parseBool, _parseDate, _parseTime, _unneutralise } from './_lib/_cells.js';
import { _checkMapping, _headerOf, _matchHeaders, type CsvMapping } from './_lib/_layout.js';

/** Options of {@link fromCsv}. */
export interface FromCsvOptions {
  /** How the file's columns map onto the default layout; default none (the file uses the default headers). */
  mapping?: CsvMapping;
  /** Dataset-level fields; default publisher "Unknown publisher", licence `OGL-UK-3.0`, generatedAt now (each default reported as info). */
  header?: DatasetHeaderOptions;
  /** Provenance for rows without `provenance_source` / `recorded_at`; default `{ source: 'directory', recordedAt: <date of generatedAt> }`. */
  provenance?: Pick<Provenance, 'source' | 'recordedAt'>;
}

/** What {@link fromCsv} returns: the dataset, the issues, and the spreadsheet row of each record. */
export interface FromCsvResult extends AdapterResult<Dataset> {
  /** Spreadsheet row (header = 1) each record was read from (its first row for shared records), by record id. */
  rows: { activities: Record<string, number>; organisations: Record<string, number>; places: Record<string, number>; assets: Record<string, number> };
}

type Obj = Record<string, unknown>;
type Entity = CsvColumn['entity'];
const SCHEMAS = { activity: ActivitySchema, organisation: OrganisationSchema, place: PlaceSchema, asset: AssetSchema } as const;
const LABEL: Record<Entity, string> = { activity: 'activity', organisation: 'organisation', place: 'place', asset: 'asset' };

function setPath(target: Obj, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Obj;
  }
  node[path[path.length - 1]!] = value;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'unnamed'
  );
}

function getPath(target: Obj, path: readonly string[]): unknown {
  let node: unknown = target;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Obj)[key] : undefined;
  return node;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads a spreadsheet (CSV text) into an ArtsRx dataset: one row per activity, organisation,
 * place and asset columns de-duplicated by id into records. Every problem is reported with its
 * spreadsheet row (the header is row 1) and column; rows whose activity is not valid are left out.
 * Handles quoted line breaks, a UTF-8 byte-order mark, `;` or tab delimiters (detected), British
 * and Excel serial dates, and cells a CSV export protected with a leading `'`.
 *
 * @param text - The CSV text.
 * @param options - Mapping, dataset header and default provenance; see {@link FromCsvOptions}.
 * @returns The dataset, the issues found, and the row of each record.
 * @throws TypeError when `text` is not a string or the mapping names an unknown column.
 * @example
 * ```ts
 * const { value, issues } = fromCsv('activity_name,art_forms,format,attendance_mode,status,organisation_name\nSing for Joy,music,drop-in,in-person,active,Joyful Voices\n', {
 *   header: { publisher: { name: 'Example' }, license: 'OGL-UK-3.0', generatedAt: '2026-01-01T00:00:00Z' },
 * });
 * value.activities[0]?.organisationId;
 * //=> 'joyful-voices'
 * ```
 */
export function fromCsv(text: string, options: FromCsvOptions = {}): FromCsvResult {
  if (typeof text !== 'string') throw new TypeError('text must be a string of CSV');
  _checkMapping(options.mapping, 'options.mapping');
  const mapping = options.mapping;
  const issues: AdapterIssue[] = [];
  const generatedAt = options.header?.generatedAt ?? new Date().toISOString();
  const defaulted: string[] = [];
  if (!options.header?.publisher) defaulted.push('publisher "Unknown publisher"');
  if (!options.header?.license) defaulted.push('licence OGL-UK-3.0');
  if (!options.header?.generatedAt) defaulted.push('generatedAt now');
  if (defaulted.length > 0) {
    issues.push({ code: 'csv_header_defaulted', severity: 'info', message: `A CSV file has no dataset header, so these were assumed: ${defaulted.join(', ')}.`, hint: 'Pass header options to say who publishes the data and under which licence.' });
  }
  const dataset: Dataset = _emptyDataset({ ...options.header, generatedAt });
  const rowsOf: FromCsvResult['rows'] = { activities: {}, organisations: {}, places: {}, assets: {} };
  const defaultProvenance = options.provenance ?? { source: 'directory' as const, recordedAt: generatedAt.slice(0, 10) };

  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      delimiter: mapping?.delimiter ?? _detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    issues.push({ code: 'csv_unreadable', severity: 'error', message: `The file could not be read as CSV${lines ? ` (near line ${lines})` : ''}: ${(error as Error).message}`, hint: 'Check for a quote mark that is opened and never closed.' });
    return { value: dataset, issues, rows: rowsOf };
  }
  const headerRow = rows[0];
  if (headerRow === undefined || headerRow.every((h) => h.trim() === '')) {
    issues.push({ code: 'csv_empty', severity: 'error', message: 'The file has no header row.', row: 1 });
    return { value: dataset, issues, rows: rowsOf };
  }
  const headers = headerRow.map((h) => h.trim());
  const { matched, unknown } = _matchHeaders(headers, mapping);
  for (const i of unknown) {
    issues.push({ code: 'csv_unknown_column', severity: 'info', message: `Column ${_columnLetter(i)} "${headers[i]}" is not an ArtsRx column and was ignored.`, hint: 'Map it with the mapping option if it holds ArtsRx data.', row: 1, column: headers[i]! });
  }
  const present = new Set([...matched.values()].map((col) => col.name));
  const defaults = new Map<CsvColumn, string>();
  for (const col of CSV_COLUMNS) {
    const value = mapping?.defaults?.[col.name];
    if (value !== undefined) defaults.set(col, value);
  }
  for (const required of ['activity_name', 'art_forms']) {
    if (!present.has(required) && mapping?.defaults?.[required] === undefined) {
      const col = CSV_COLUMNS.find((c) => c.name === required)!;
      issues.push({ code: 'csv_missing_column', severity: 'error', message: `There is no "${_headerOf(col, mapping)}" column, so no row can make a valid activity.`, hint: 'Add the column, or map your own header onto it.', row: 1, column: _headerOf(col, mapping) });
    }
  }
  const headerOf = (col: CsvColumn) => {
    for (const [i, c] of matched) if (c === col) return headers[i]!;
    return _headerOf(col, mapping);
  };
  const sep = mapping?.listSeparator ?? '|';
  const dateOrder = mapping?.dateOrder ?? 'dmy';

  const records = { organisation: new Map<string, { record: Obj; row: number }>(), place: new Map<string, { record: Obj; row: number }>(), asset: new Map<string, { record: Obj; row: number }>() };
  const activityIds = new Set<string>();
  const invalid = { organisation: new Set<string>(), place: new Set<string>(), asset: new Set<string>() };

  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const row = r + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length > headers.length && cells.slice(headers.length).some((cell) => cell.trim() !== '')) {
      issues.push({ code: 'csv_extra_cells', severity: 'warning', message: `Row ${row} has ${cells.length} cells but the header has ${headers.length}; the extra cells were ignored.`, hint: 'A delimiter inside a cell needs the cell to be in double quotes.', row });
    }
    const built: Record<Entity, Obj> = { activity: {}, organisation: {}, place: {}, asset: {} };
    const columnOf: Record<Entity, Map<string, string>> = { activity: new Map(), organisation: new Map(), place: new Map(), asset: new Map() };
    let lat: number | undefined;
    let lon: number | undefined;
    const report = (col: CsvColumn, code: string, message: string, hint?: string) =>
      issues.push({ code, severity: 'error', message: `Row ${row}, column "${headerOf(col)}": ${message}`, ...(hint ? { hint } : {}), row, column: headerOf(col) });

    const cellsByColumn: [CsvColumn, string][] = [];
    for (const [i, col] of matched) {
      const raw = _unneutralise((cells[i] ?? '').trim()).trim();
      cellsByColumn.push([col, raw === '' ? (defaults.get(col) ?? '') : raw]);
    }
    for (const [col, value] of defaults) if (!present.has(col.name)) cellsByColumn.push([col, value]);

    for (const [col, raw] of cellsByColumn) {
      if (raw === '') continue;
      const target = built[col.entity];
      columnOf[col.entity].set(col.path.join('.'), headerOf(col));
      const list = () => raw.split(sep).map((s) => s.trim()).filter((s) => s !== '');
      switch (col.kind) {
        case 'id':
        case 'text':
          setPath(target, col.path, raw);
          break;
        case 'list':
          setPath(target, col.path, list());
          break;
        case 'enum': {
          const v = raw.toLowerCase();
          if (col.values!.includes(v)) setPath(target, col.path, v);
          else report(col, 'csv_unknown_term', `"${raw}" is not one of the allowed values.`, `Use one of: ${col.values!.join(', ')}.`);
          break;
        }
        case 'enumList':
        case 'trueFlags':
        case 'falseFlags': {
          const good: string[] = [];
          for (const item of list()) {
            const v = item.toLowerCase();
            if (col.values!.includes(v)) good.push(v);
            else report(col, 'csv_unknown_term', `"${item}" is not one of the allowed values.`, `Use ${col.values!.slice(0, 6).join(', ')}… separated by ${sep}.`);
          }
          if (col.kind === 'enumList') setPath(target, col.path, good);
          else {
            const flags = ((target[col.path[0]!] as Obj | undefined) ?? {}) as Obj;
            for (const v of good) flags[v] = col.kind === 'trueFlags';
            setPath(target, col.path, flags);
          }
          break;
        }
        case 'int':
        case 'number': {
          const n = Number(raw.replace(/^£/, '').replace(/,/g, ''));
          if (!Number.isFinite(n) || (col.kind === 'int' && !Number.isInteger(n))) report(col, 'csv_bad_number', `"${raw}" is not ${col.kind === 'int' ? 'a whole number' : 'a number'}.`);
          else setPath(target, col.path, n);
          break;
        }
        case 'bool': {
          const b = _parseBool(raw);
          if (b === undefined) report(col, 'csv_bad_boolean', `"${raw}" is not yes or no.`, 'Write yes or no, or leave the cell empty when not known.');
          else setPath(target, col.path, b);
          break;
        }
        case 'date':
        case 'dateList': {
          const out: string[] = [];
          for (const item of col.kind === 'date' ? [raw] : list()) {
            const d = _parseDate(item, dateOrder);
            if (d === undefined) report(col, 'csv_bad_date', `"${item}" is not a date.`, dateOrder === 'dmy' ? 'Write dates as 2026-10-21 or 21/10/2026.' : 'Write dates as 2026-10-21 or 10/21/2026.');
            else out.push(d);
          }
          if (col.kind === 'date' && out[0] !== undefined) setPath(target, col.path, out[0]);
          if (col.kind === 'dateList') setPath(target, col.path, out);
          break;
        }
        case 'time': {
          const t = _parseTime(raw);
          if (t === undefined) report(col, 'csv_bad_time', `"${raw}" is not a time of day.`, 'Write times as 18:30.');
          else setPath(target, col.path, t);
          break;
        }
        case 'latitude':
        case 'longitude': {
          const n = Number(raw);
          const max = col.kind === 'latitude' ? 90 : 180;
          if (!Number.isFinite(n) || Math.abs(n) > max) {
            report(col, 'csv_bad_coordinate', `"${raw}" is not a ${col.kind} (−${max} to ${max}).`, col.kind === 'latitude' && Math.abs(n) <= 180 ? 'Are latitude and longitude swapped?' : undefined);
          } else if (col.kind === 'latitude') lat = n;
          else lon = n;
          break;
        }
        case 'occurrences': {
          const out = list().map((pair) => {
            const [start, end] = pair.split('/').map((s) => s.trim());
            return { start, end };
          });
          setPath(target, col.path, out);
          break;
        }
      }
    }
    if ((lat === undefined) !== (lon === undefined)) {
      const col = CSV_COLUMNS.find((c) => c.kind === (lat === undefined ? 'latitude' : 'longitude'))!;
      report(col, 'csv_half_coordinate', 'a place needs both latitude and longitude; the one given was ignored.');
    } else if (lat !== undefined && lon !== undefined) {
      built.place['geo'] = { type: 'Point', coordinates: [lon, lat] };
      columnOf.place.set('geo', headerOf(CSV_COLUMNS.find((c) => c.kind === 'latitude')!));
    }

    const activity = built.activity;
    const provenance = (activity['provenance'] ?? {}) as Obj;
    provenance['source'] ??= defaultProvenance.source;
    provenance['recordedAt'] ??= defaultProvenance.recordedAt;
    activity['provenance'] = provenance;
    // Cost needs isFree: a price says it.
    const cost = activity['cost'] as Obj | undefined;
    if (cost && cost['isFree'] === undefined) {
      if (typeof cost['price'] === 'number') cost['isFree'] = cost['price'] === 0;
      else {
        delete activity['cost'];
        issues.push({ code: 'csv_cost_incomplete', severity: 'warning', message: `Row ${row}: cost details were given without saying whether it is free, so they were left out.`, hint: 'Fill in is_free or price.', row, column: headerOf(CSV_COLUMNS.find((c) => c.name === 'is_free')!) });
      }
    }
    const sp = activity['socialPrescribing'] as Obj | undefined;
    if (sp) {
      sp['routes'] ??= [];
      sp['acceptsReferrals'] ??= (sp['routes'] as unknown[]).length > 0;
    }
    const place = built.place;
    const address = place['address'] as Obj | undefined;
    if (address !== undefined) {
      address['country'] = 'GB';
      // A sheet often has a venue name and postcode but no street: the name is the address's first line.
      if (address['lines'] === undefined && typeof place['name'] === 'string') {
        address['lines'] = [place['name']];
        columnOf.place.set('address.lines', headerOf(CSV_COLUMNS.find((c) => c.name === 'place_name')!));
      }
    }

    // Related records: id from the id column, else from the name; first row wins, later rows must agree.
    for (const entity of ['organisation', 'place', 'asset'] as const) {
      const rec = built[entity];
      if (Object.keys(rec).length === 0) continue;
      let id = rec['id'] as string | undefined;
      if (id === undefined) {
        if (typeof rec['name'] !== 'string') {
          issues.push({ code: 'csv_unnamed_record', severity: 'error', message: `Row ${row}: there are ${LABEL[entity]} details but no ${LABEL[entity]} name or id, so they were left out.`, row, column: headerOf(CSV_COLUMNS.find((c) => c.entity === entity && c.kind === 'text')!) });
          continue;
        }
        id = slug(rec['name']);
        rec['id'] = id;
      }
      activity[`${entity}Id`] = id;
      // An id alone refers to a record kept elsewhere.
      if (Object.keys(rec).length === 1) continue;
      const seen = records[entity].get(id);
      if (seen) {
        const done = new Set<string>();
        for (const col of CSV_COLUMNS.filter((c) => c.entity === entity && c.kind !== 'id')) {
          const key = col.path.join('.');
          if (done.has(key)) continue;
          done.add(key);
          const mine = getPath(rec, col.path);
          const theirs = getPath(seen.record, col.path);
          if (mine !== undefined && theirs !== undefined && !same(mine, theirs)) {
            issues.push({ code: 'csv_conflicting_value', severity: 'warning', message: `Row ${row}, column "${headerOf(col)}": ${LABEL[entity]} "${id}" was given a different value on row ${seen.row}; the first was kept.`, hint: 'Make the repeated organisation, place and asset columns agree, or give them different ids.', row, column: headerOf(col) });
          } else if (mine !== undefined && theirs === undefined) {
            setPath(seen.record, col.path, mine);
          }
        }
        continue;
      }
      rec['provenance'] = { ...provenance };
      if (entity === 'asset') {
        rec['status'] ??= 'nominated';
      }
      records[entity].set(id, { record: rec, row });
    }

    // The activity itself.
    if (activity['id'] === undefined && typeof activity['name'] === 'string') {
      let id = slug(activity['name']);
      for (let n = 2; activityIds.has(id); n++) id = `${slug(activity['name'])}-${n}`;
      activity['id'] = id;
    }
    if (typeof activity['id'] === 'string') {
      if (activityIds.has(activity['id'])) {
        issues.push({ code: 'csv_duplicate_id', severity: 'error', message: `Row ${row}: activity id "${activity['id']}" was already used on an earlier row, so this row was left out.`, hint: 'Give every activity its own id.', row, column: headerOf(CSV_COLUMNS[0]!) });
        continue;
      }
      activityIds.add(activity['id']);
    }
    const parsed = ActivitySchema.safeParse(activity);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push(locate(issue.path, issue.message, 'activity', row, columnOf.activity, headerOf));
      continue;
    }
    dataset.activities.push(parsed.data as Activity);
    rowsOf.activities[parsed.data.id] = row;
  }

  for (const entity of ['organisation', 'place', 'asset'] as const) {
    for (const [id, { record, row }] of records[entity]) {
      const parsed = SCHEMAS[entity].safeParse(record);
      if (!parsed.success) {
        invalid[entity].add(id);
        for (const issue of parsed.error.issues) issues.push(locate(issue.path, issue.message, entity, row, new Map(), headerOf));
        continue;
      }
      rowsOf[`${entity}s`][id] = row;
      if (entity === 'organisation') dataset.organisations.push(parsed.data as Organisation);
      else if (entity === 'place') dataset.places.push(parsed.data as Place);
      else dataset.assets.push(parsed.data as Asset);
    }
  }
  // An activity pointing at a record that could not be made loses the reference, with a warning.
  for (const activity of dataset.activities) {
    for (const entity of ['organisation', 'place', 'asset'] as const) {
      const key = `${entity}Id` as 'organisationId' | 'placeId' | 'assetId';
      const id = activity[key];
      if (id !== undefined && invalid[entity].has(id)) {
        issues.push({ code: 'csv_dangling_reference', severity: 'warning', message: `Activity "${activity.id}" refers to ${LABEL[entity]} "${id}", which was left out because of the errors above.`, recordId: activity.id });
      }
    }
  }
  return { value: dataset, issues, rows: rowsOf };
}

function locate(
  path: readonly PropertyKey[],
  message: string,
  entity: Entity,
  row: number,
  seen: Map<string, string>,
  headerOf: (col: CsvColumn) => string,
): AdapterIssue {
  const keys = path.filter((k): k is string => typeof k === 'string');
  // The column whose path is the longest prefix of the issue path.
  let best: CsvColumn | undefined;
  for (const col of CSV_COLUMNS) {
    if (col.entity !== entity) continue;
    if (col.path.every((k, i) => keys[i] === k) && (!best || col.path.length > best.path.length)) best = col;
  }
  if (!best && keys.length > 0) {
    const candidates = CSV_COLUMNS.filter((col) => col.entity === entity && col.path.length > keys.length && keys.every((k, i) => col.path[i] === k));
    best = candidates.find((col) => seen.has(col.path.join('.'))) ?? candidates[0];
  }
  const column = best ? (seen.get(best.path.join('.')) ?? headerOf(best)) : undefined;
  const what = entity === 'activity' ? 'the activity' : `the ${LABEL[entity]}`;
  return {
    code: 'csv_invalid_record',
    severity: 'error',
    message: `Row ${row}${column ? `, column "${column}"` : ''}: ${what} is not valid — ${message}.`,
    hint: entity === 'activity' ? 'The row was left out; fix the cell and import again.' : `The ${LABEL[entity]} was left out; fix the cell and import again.`,
    row,
    ...(column ? { column } : {}),
  };
}
