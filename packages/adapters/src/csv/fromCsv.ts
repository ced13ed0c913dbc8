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
import { _slug } from '../_lib/_labels.js';
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
  /**
   * Most issues kept; default all. Past it issues are only counted, and one last issue
   * (`csv_issues_truncated`, info) says how many more were found — for large files that may be
   * wrong on every row.
   */
  maxIssues?: number;
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
  const reader = _csvReader(options);
  reader.write(text);
  return reader.end();
}

/**
 * {@link fromCsv} for a spreadsheet that arrives in pieces: a Node stream (`fs.createReadStream`),
 * a web `ReadableStream`, or any (async) iterable of text or UTF-8 bytes. Rows are read and
 * turned into records as the pieces arrive, so memory follows the dataset being built rather
 * than the size of the file; the result (dataset, issues, rows) is the same as `fromCsv` on the
 * whole text.
 *
 * @param source - The CSV, as pieces of text or UTF-8 bytes (a byte-order mark is dropped).
 * @param options - Mapping, dataset header and default provenance; see {@link FromCsvOptions}.
 * @returns The dataset, the issues found, and the row of each record.
 * @throws TypeError when `source` is not iterable or the mapping names an unknown column.
 * @example
 * ```ts
 * const { value } = await fromCsvStream(['activity_name,art_forms,format,attendance_mode,status,organisation_name\n', 'Sing for Joy,music,drop-in,in-person,active,Joyful Voices\n'], {
 *   header: { publisher: { name: 'Example' }, license: 'OGL-UK-3.0', generatedAt: '2026-01-01T00:00:00Z' },
 * });
 * value.activities.length;
 * //=> 1
 * ```
 */
export async function fromCsvStream(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options: FromCsvOptions = {}): Promise<FromCsvResult> {
  const iterable = source as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null | undefined;
  if (typeof source === 'string' || iterable === null || typeof iterable !== 'object' || (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function')) {
    throw new TypeError('source must be an iterable or async iterable of CSV text or UTF-8 bytes (use fromCsv for one string)');
  }
  const reader = _csvReader(options);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    if (typeof chunk === 'string') reader.write(chunk);
    else if (chunk instanceof Uint8Array) reader.write(decoder.decode(chunk, { stream: true }));
    else throw new TypeError('source must yield strings or Uint8Array (bytes)');
  }
  reader.write(decoder.decode());
  return reader.end();
}

/** Characters parsed at a time: rows are read in batches of about this size and not kept. */
const BATCH_CHARS = 1 << 16;

/**
 * The line break ending the first row ('\r\n', '\n' or '\r'), found as csv-parse finds it (the
 * first line break outside a quoted cell), or undefined when `text` does not hold it yet.
 */
function _recordDelimiter(text: string, delimiter: string): string | undefined {
  let quoting = false;
  let fieldStart = true;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoting) {
      if (ch !== '"') continue;
      const next = text[i + 1];
      if (next === undefined) return undefined;
      if (next === '"') i++;
      else quoting = false;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoting = true;
      fieldStart = false;
    } else if (ch === '\r') {
      const next = text[i + 1];
      return next === undefined ? undefined : next === '\n' ? '\r\n' : '\r';
    } else if (ch === '\n') return '\n';
    else if (text.startsWith(delimiter, i)) {
      fieldStart = true;
      i += delimiter.length - 1;
    } else fieldStart = false;
  }
  return undefined;
}

/** Index of the line break ending the first line (as `_detectDelimiter` reads it), or -1. */
function _firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) return i;
  }
  return -1;
}

/**
 * The CSV reader behind {@link fromCsv} and {@link fromCsvStream}: text goes in by `write`, is
 * parsed in batches of whole lines (a batch cut inside a quoted cell is parsed again with more
 * text), and each row becomes records at once; `end` finishes the related records and returns
 * the result. Only the text of the current batch and the records built are held.
 */
export function _csvReader(options: FromCsvOptions, batchChars = BATCH_CHARS): { write(text: string): void; end(): FromCsvResult } {
  _checkMapping(options.mapping, 'options.mapping');
  if (options.maxIssues !== undefined && !(Number.isInteger(options.maxIssues) && options.maxIssues >= 0)) throw new TypeError('options.maxIssues must be a whole number, 0 or more');
  const mapping = options.mapping;
  const startIssues: AdapterIssue[] = [];
  const generatedAt = options.header?.generatedAt ?? new Date().toISOString();
  const defaulted: string[] = [];
  if (!options.header?.publisher) defaulted.push('publisher "Unknown publisher"');
  if (!options.header?.license) defaulted.push('licence OGL-UK-3.0');
  if (!options.header?.generatedAt) defaulted.push('generatedAt now');
  if (defaulted.length > 0) {
    startIssues.push({ code: 'csv_header_defaulted', severity: 'info', message: `A CSV file has no dataset header, so these were assumed: ${defaulted.join(', ')}.`, hint: 'Pass header options to say who publishes the data and under which licence.' });
  }
  const issues: AdapterIssue[] = [...startIssues];
  const dataset: Dataset = _emptyDataset({ ...options.header, generatedAt });
  const rowsOf: FromCsvResult['rows'] = { activities: {}, organisations: {}, places: {}, assets: {} };
  const defaultProvenance = options.provenance ?? { source: 'directory' as const, recordedAt: generatedAt.slice(0, 10) };
  const sep = mapping?.listSeparator ?? '|';
  const dateOrder = mapping?.dateOrder ?? 'dmy';

  const records = { organisation: new Map<string, { record: Obj; row: number }>(), place: new Map<string, { record: Obj; row: number }>(), asset: new Map<string, { record: Obj; row: number }>() };
  const activityIds = new Set<string>();
  const invalid = { organisation: new Set<string>(), place: new Set<string>(), asset: new Set<string>() };

  // Issues past `maxIssues` are counted, not kept, so a large file that is wrong on every row stays small in memory.
  const maxIssues = options.maxIssues ?? Infinity;
  let droppedIssues = 0;
  const keepIssuesUnderCap = () => {
    if (issues.length > maxIssues) {
      droppedIssues += issues.length - maxIssues;
      issues.length = maxIssues;
    }
  };

  // Set by the header row.
  let headers: string[] = [];
  let matched = new Map<number, CsvColumn>();
  let present = new Set<string>();
  const defaults = new Map<CsvColumn, string>();
  let headerOf = (col: CsvColumn): string => _headerOf(col, mapping);
  /** 'none' before the header row, 'empty' when it is blank (rows are then ignored), 'rows' after it. */
  let stage: 'none' | 'empty' | 'rows' = 'none';

  function readHeader(headerRow: string[]): void {
    if (headerRow.every((h) => h.trim() === '')) {
      issues.push({ code: 'csv_empty', severity: 'error', message: 'The file has no header row.', row: 1 });
      stage = 'empty';
      return;
    }
    stage = 'rows';
    headers = headerRow.map((h) => h.trim());
    const layout = _matchHeaders(headers, mapping);
    matched = layout.matched;
    for (const i of layout.unknown) {
      issues.push({ code: 'csv_unknown_column', severity: 'info', message: `Column ${_columnLetter(i)} "${headers[i]}" is not an ArtsRx column and was ignored.`, hint: 'Map it with the mapping option if it holds ArtsRx data.', row: 1, column: headers[i]! });
    }
    present = new Set([...matched.values()].map((col) => col.name));
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
    const byColumn = new Map<CsvColumn, string>();
    for (const [i, c] of matched) if (!byColumn.has(c)) byColumn.set(c, headers[i]!);
    headerOf = (col: CsvColumn) => byColumn.get(col) ?? _headerOf(col, mapping);
  }

  // Short values repeat from row to row (ids of shared records, terms, dates, times, towns): one
  // copy of each is kept instead of one per row. The cache stops growing at 65 536 values.
  const interned = new Map<string, string>();
  const intern = (value: string): string => {
    if (value.length > 48) return value;
    const hit = interned.get(value);
    if (hit !== undefined) return hit;
    if (interned.size < 65536) interned.set(value, value);
    return value;
  };

  function readRow(cells: string[], row: number): void {
    if (cells.every((cell) => cell.trim() === '')) return;
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
      const list = () => raw.split(sep).map((s) => intern(s.trim())).filter((s) => s !== '');
      switch (col.kind) {
        case 'id':
        case 'text':
          setPath(target, col.path, intern(raw));
          break;
        case 'list':
          setPath(target, col.path, list());
          break;
        case 'enum': {
          const v = raw.toLowerCase();
          const known = col.values!.indexOf(v);
          if (known !== -1) setPath(target, col.path, col.values![known]);
          else report(col, 'csv_unknown_term', `"${raw}" is not one of the allowed values.`, `Use one of: ${col.values!.join(', ')}.`);
          break;
        }
        case 'enumList':
        case 'trueFlags':
        case 'falseFlags': {
          const good: string[] = [];
          for (const item of list()) {
            const v = item.toLowerCase();
            const known = col.values!.indexOf(v);
            if (known !== -1) good.push(col.values![known]!);
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
            else out.push(intern(d));
          }
          if (col.kind === 'date' && out[0] !== undefined) setPath(target, col.path, out[0]);
          if (col.kind === 'dateList') setPath(target, col.path, out);
          break;
        }
        case 'time': {
          const t = _parseTime(raw);
          if (t === undefined) report(col, 'csv_bad_time', `"${raw}" is not a time of day.`, 'Write times as 18:30.');
          else setPath(target, col.path, intern(t));
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
        id = _slug(rec['name']);
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
      const base = _slug(activity['name']);
      let id = base;
      for (let n = 2; activityIds.has(id); n++) id = `${base}-${n}`;
      activity['id'] = id;
    }
    if (typeof activity['id'] === 'string') {
      if (activityIds.has(activity['id'])) {
        issues.push({ code: 'csv_duplicate_id', severity: 'error', message: `Row ${row}: activity id "${activity['id']}" was already used on an earlier row, so this row was left out.`, hint: 'Give every activity its own id.', row, column: headerOf(CSV_COLUMNS[0]!) });
        return;
      }
      activityIds.add(activity['id']);
    }
    const parsed = ActivitySchema.safeParse(activity);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push(locate(issue.path, issue.message, 'activity', row, columnOf.activity, headerOf));
      return;
    }
    dataset.activities.push(parsed.data as Activity);
    rowsOf.activities[parsed.data.id] = row;
  }

  // Parsing state.
  let pending = '';
  let delimiter: string | undefined = mapping?.delimiter;
  let recordDelimiter: string | undefined;
  let firstBatch = true;
  let lineOffset = 0;
  let batchLines = 0;
  let failedLength = 0;
  let recordIndex = 0;
  let failure: AdapterIssue | undefined;
  let ended = false;

  /** Parses one batch; false when it ended inside a quoted cell and more text may close it. */
  function parseBatch(batch: string, last: boolean): boolean {
    let rows: string[][];
    try {
      // csv-parse counts lines its own way (each line break inside a quoted cell is a line): keep its count for messages.
      const onRecord = (record: string[], context: { lines: number }) => {
        batchLines = context.lines;
        return record;
      };
      rows = parse(batch, {
        bom: firstBatch,
        delimiter: delimiter!,
        ...(recordDelimiter !== undefined ? { record_delimiter: recordDelimiter } : {}),
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        on_record: onRecord,
      }) as string[][];
    } catch (error) {
      if (!last && (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') return false;
      const lines = (error as { lines?: number }).lines;
      const message = (error as Error).message.replace(/\bline (\d+)/g, (_, n: string) => `line ${Number(n) + lineOffset}`);
      failure = { code: 'csv_unreadable', severity: 'error', message: `The file could not be read as CSV${lines ? ` (near line ${lines + lineOffset})` : ''}: ${message}`, hint: 'Check for a quote mark that is opened and never closed.' };
      return true;
    }
    for (const cells of rows) {
      const r = recordIndex++;
      if (r === 0) readHeader(cells);
      else if (stage === 'rows') readRow(cells, r + 1);
      keepIssuesUnderCap();
    }
    return true;
  }

  function pump(): void {
    while (pending.length > 0) {
      if (failure !== undefined) {
        pending = '';
        return;
      }
      if (delimiter === undefined) {
        const end = _firstLineEnd(pending);
        if (end === -1 && !ended) return;
        delimiter = _detectDelimiter(end === -1 ? pending : pending.slice(0, end + 1));
      }
      const want = Math.max(batchChars, failedLength * 2);
      if (!ended && pending.length < want) return;
      // Batches end at a row break of the file's own kind (a lone \n inside a cell of a \r\n file is text).
      recordDelimiter ??= _recordDelimiter(pending, delimiter);
      if (recordDelimiter === undefined && !ended) return;
      let size = pending.length;
      if (recordDelimiter !== undefined && !(ended && pending.length <= want)) {
        const rd = recordDelimiter;
        let at = pending.lastIndexOf(rd, want - rd.length);
        if (at !== -1 && at + rd.length <= failedLength) at = -1;
        if (at === -1) at = pending.indexOf(rd, Math.max(0, failedLength - rd.length + 1));
        if (at !== -1) size = at + rd.length;
        else if (!ended) return;
      }
      const batch = size === pending.length ? pending : pending.slice(0, size);
      if (!parseBatch(batch, ended && size === pending.length)) {
        // Cut inside a quoted cell: parse again from the same row with at least twice the text.
        failedLength = size;
        continue;
      }
      failedLength = 0;
      firstBatch = false;
      lineOffset += batchLines;
      pending = size === pending.length ? '' : pending.slice(size);
    }
  }

  function end(): FromCsvResult {
    ended = true;
    pump();
    if (failure !== undefined) return { value: _emptyDataset({ ...options.header, generatedAt }), issues: [...startIssues, failure], rows: { activities: {}, organisations: {}, places: {}, assets: {} } };
    if (recordIndex === 0) {
      issues.push({ code: 'csv_empty', severity: 'error', message: 'The file has no header row.', row: 1 });
      return { value: dataset, issues, rows: rowsOf };
    }
    if (stage === 'empty') return { value: dataset, issues, rows: rowsOf };
    for (const entity of ['organisation', 'place', 'asset'] as const) {
      for (const [id, { record, row }] of records[entity]) {
        const parsed = SCHEMAS[entity].safeParse(record);
        if (!parsed.success) {
          invalid[entity].add(id);
          for (const issue of parsed.error.issues) issues.push(locate(issue.path, issue.message, entity, row, new Map(), headerOf));
          keepIssuesUnderCap();
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
          keepIssuesUnderCap();
          issues.push({ code: 'csv_dangling_reference', severity: 'warning', message: `Activity "${activity.id}" refers to ${LABEL[entity]} "${id}", which was left out because of the errors above.`, recordId: activity.id });
        }
      }
    }
    keepIssuesUnderCap();
    if (droppedIssues > 0) {
      issues.push({ code: 'csv_issues_truncated', severity: 'info', message: `${droppedIssues} more problem(s) were found and not listed: only the first ${maxIssues} are kept.`, hint: 'Fix the problems listed and read the file again to see the rest.' });
    }
    return { value: dataset, issues, rows: rowsOf };
  }

  return {
    write(text: string) {
      if (ended) throw new Error('write after end');
      if (text === '' || failure !== undefined) return;
      pending = pending === '' ? text : pending + text;
      pump();
    },
    end,
  };
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
