import { promises as fs } from 'node:fs';
import { CSV_COLUMNS, fromCsv, type CsvMapping } from '@artsrx/adapters/csv';
import { validateDataset, type ValidateOptions, type ValidationIssue, type ValidationResult } from '@artsrx/validate';
import { _CliError, EXIT } from './_errors.js';

const ENTITY = { activities: 'activity', organisations: 'organisation', places: 'place', assets: 'asset' } as const;

/** Reads a `--mapping FILE` (JSON: `{ "columns": { "activity_name": "Group name" }, "defaults": {…}, "dateOrder": "dmy" }`). */
export async function _readCsvMapping(path: string | undefined): Promise<CsvMapping | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch {
    throw new _CliError(`--mapping ${path}: the file cannot be read`, EXIT.usage);
  }
  try {
    return JSON.parse(text) as CsvMapping;
  } catch {
    throw new _CliError(`--mapping ${path}: not JSON; it should look like {"columns": {"activity_name": "Group name"}}`, EXIT.usage);
  }
}

/**
 * The CSV hook of `artsrx validate`: reads the sheet with `@artsrx/adapters/csv` (default layout
 * or `--mapping`), then validates the dataset it makes. Every issue names its spreadsheet row
 * (`line`, header = 1) and, where known, its column; the dataset header, which a sheet does not
 * have, is not judged.
 */
export function _validateCsv(text: string, name: string, mapping: CsvMapping | undefined, options: ValidateOptions): ValidationResult {
  let read: ReturnType<typeof fromCsv>;
  try {
    read = fromCsv(text, { ...(mapping ? { mapping } : {}), header: { publisher: { name }, license: 'OGL-UK-3.0', generatedAt: (options.now ?? new Date()).toISOString() } });
  } catch (error) {
    throw new _CliError(`--mapping: ${(error as Error).message}`, EXIT.usage);
  }
  const issues: ValidationIssue[] = read.issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    pointer: '',
    ...(i.row !== undefined ? { line: i.row } : {}),
    ...(i.recordId !== undefined ? { recordId: i.recordId } : {}),
    message: i.message,
    ...(i.hint !== undefined ? { hint: i.hint } : {}),
  }));
  const result = validateDataset(read.value, options);
  const headerOf = (name: string) => mapping?.columns?.[name] ?? name;
  for (const issue of result.issues) {
    const m = /^\/(activities|organisations|places|assets)\/(\d+)(\/.*)?$/.exec(issue.pointer);
    if (!m) {
      if (/^\/(publisher|license|generatedAt|version|standard)(\/|$)/.test(issue.pointer)) continue;
      issues.push(issue);
      continue;
    }
    const collection = m[1] as keyof typeof ENTITY;
    const record = read.value[collection][Number(m[2])] as { id: string } | undefined;
    const row = record ? read.rows[collection][record.id] : undefined;
    const path = (m[3] ?? '').split('/').filter(Boolean);
    let best: (typeof CSV_COLUMNS)[number] | undefined;
    for (const col of CSV_COLUMNS) {
      if (col.entity === ENTITY[collection] && col.path.every((k, i) => path[i] === k) && (!best || col.path.length > best.path.length)) best = col;
    }
    const where = [row !== undefined ? `Row ${row}` : undefined, best ? `column "${headerOf(best.name)}"` : undefined].filter(Boolean).join(', ');
    issues.push({ ...issue, ...(row !== undefined ? { line: row } : {}), message: where ? `${where}: ${issue.message}` : issue.message });
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return { valid: counts.error === 0, counts, issues, stats: result.stats };
}
