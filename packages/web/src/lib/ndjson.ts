import type { ValidationIssue } from './types.js';

const LISTS = { Organisation: 'organisations', Place: 'places', Asset: 'assets', Activity: 'activities' } as const;
type ListName = (typeof LISTS)[keyof typeof LISTS];

/** An NDJSON file turned into one dataset object, remembering which line each record came from. */
export interface NdjsonDataset {
  dataset: Record<string, unknown> & Record<ListName, unknown[]>;
  /** `/activities/3` → line 12 (1-based). */
  lineOf: Map<string, number>;
  /** Lines that could not be read. */
  issues: ValidationIssue[];
}

/**
 * Reads NDJSON (one `DatasetHeader` line, then one record a line, each with a `type`) into a
 * dataset object so the whole-dataset checks (ids, references) run over it. Never throws.
 */
export function ndjsonToDataset(text: string): NdjsonDataset {
  const dataset: NdjsonDataset['dataset'] = { organisations: [], places: [], assets: [], activities: [] };
  const lineOf = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  let header = false;
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      issues.push({ code: 'invalid_json', severity: 'error', pointer: '', line, message: `Line ${line} is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`, hint: 'Each line must be one complete JSON object.' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push({ code: 'not_an_object', severity: 'error', pointer: '', line, message: `Line ${line} is not a JSON object.`, hint: 'Each line must be one record written as { … }.' });
      return;
    }
    const { type, ...record } = value as Record<string, unknown>;
    if (type === 'DatasetHeader') {
      if (header) issues.push({ code: 'invalid_value', severity: 'error', pointer: '', line, message: `Line ${line} is a second dataset header.`, hint: 'An NDJSON file has one DatasetHeader line, normally the first.' });
      header = true;
      // defineProperty, not assignment: a "__proto__" key stays a plain (reported) field and never becomes the prototype.
      for (const [key, v] of Object.entries(record)) {
        if (!Object.hasOwn(LISTS, key)) Object.defineProperty(dataset, key, { value: v, enumerable: true, writable: true, configurable: true });
      }
      lineOf.set('', line);
      return;
    }
    const list = typeof type === 'string' && Object.hasOwn(LISTS, type) ? LISTS[type as keyof typeof LISTS] : undefined;
    if (!list) {
      issues.push({ code: 'unknown_record_type', severity: 'error', pointer: '/type', line, message: `Line ${line} has no known record type.`, hint: 'Set "type" to DatasetHeader, Organisation, Place, Asset or Activity.' });
      return;
    }
    lineOf.set(`/${list}/${dataset[list].length}`, line);
    dataset[list].push(record);
  });
  return { dataset, lineOf, issues };
}

/** The NDJSON line an issue about `/activities/3/…` points into, if known. */
export function lineForPointer(pointer: string, lineOf: ReadonlyMap<string, number>): number | undefined {
  const m = /^\/(organisations|places|assets|activities)\/(\d+)/.exec(pointer);
  if (m) return lineOf.get(`/${m[1]}/${m[2]}`);
  return lineOf.get('');
}
