import { CSV_COLUMNS, type CsvColumn } from '../csvColumns.js';

/**
 * How a spreadsheet's own layout maps onto the default ArtsRx CSV layout. Everything is optional:
 * headers that already use a default column name need no entry.
 */
export interface CsvMapping {
  /** Default column name → the header used in the file, e.g. `{ activity_name: 'Group name' }`. */
  columns?: Record<string, string>;
  /** Default column name → a value used on every row where the file has no such column or the cell is empty, e.g. `{ format: 'ongoing-group' }`. */
  defaults?: Record<string, string>;
  /** Separator between several values in one cell; default `|`. */
  listSeparator?: string;
  /** Order of day and month in slashed dates; default `dmy` (British `21/10/2026`). */
  dateOrder?: 'dmy' | 'mdy';
  /** Field delimiter; default detected from the header line (`,`, `;` or tab). */
  delimiter?: ',' | ';' | '\t';
}

const normalise = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Throws a TypeError when a mapping names a column the layout does not have. */
export function _checkMapping(mapping: CsvMapping | undefined, argument: string): void {
  if (mapping === undefined) return;
  if (typeof mapping !== 'object' || mapping === null) throw new TypeError(`${argument} must be an object`);
  const known = new Set(CSV_COLUMNS.map((col) => col.name));
  for (const key of [...Object.keys(mapping.columns ?? {}), ...Object.keys(mapping.defaults ?? {})]) {
    if (!known.has(key)) throw new TypeError(`${argument}: "${key}" is not an ArtsRx CSV column (see CSV_COLUMNS)`);
  }
  if (mapping.listSeparator !== undefined && (typeof mapping.listSeparator !== 'string' || mapping.listSeparator.length === 0)) {
    throw new TypeError(`${argument}.listSeparator must be a non-empty string`);
  }
}

/** The header a column has in a file laid out by `mapping`. */
export function _headerOf(column: CsvColumn, mapping: CsvMapping | undefined): string {
  return mapping?.columns?.[column.name] ?? column.name;
}

/** Matches file headers to layout columns: index in the row → column. */
export function _matchHeaders(headers: readonly string[], mapping: CsvMapping | undefined): { matched: Map<number, CsvColumn>; unknown: number[] } {
  const byHeader = new Map<string, CsvColumn>();
  for (const col of CSV_COLUMNS) byHeader.set(normalise(col.name), col);
  // Mapped headers win over default names.
  for (const col of CSV_COLUMNS) {
    const mapped = mapping?.columns?.[col.name];
    if (mapped !== undefined) byHeader.set(normalise(mapped), col);
  }
  const matched = new Map<number, CsvColumn>();
  const unknown: number[] = [];
  const taken = new Set<string>();
  headers.forEach((h, i) => {
    const col = byHeader.get(normalise(h));
    if (col && !taken.has(col.name)) {
      matched.set(i, col);
      taken.add(col.name);
    } else if (h.trim() !== '') unknown.push(i);
  });
  return { matched, unknown };
}
