import { fromCsv, type CsvMapping } from '@artsrx/adapters/csv';
import { validateDataset } from '@artsrx/validate';
import { detectFormat, type InputFormat } from './lib/detect.js';
import { lineForPointer, ndjsonToDataset } from './lib/ndjson.js';
import type { ValidationIssue } from './lib/types.js';

/** What checking one input produced: the dataset as read (possibly invalid) and every issue. */
export interface Checked {
  format: InputFormat;
  /** The dataset object as read, before any schema defaults; undefined when the text is not readable at all. */
  raw: unknown;
  issues: ValidationIssue[];
  counts: { error: number; warning: number; info: number };
  valid: boolean;
}

const count = (issues: readonly ValidationIssue[]) => {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
};

function finish(format: InputFormat, raw: unknown, issues: ValidationIssue[]): Checked {
  const counts = count(issues);
  return { format, raw, issues, counts, valid: counts.error === 0 };
}

/** Checks JSON or NDJSON text (CSV goes through {@link checkCsv} after the mapping step). */
export function checkText(text: string, format: Exclude<InputFormat, 'csv'>, now?: Date): Checked {
  const options = now ? { now } : {};
  if (format === 'ndjson') {
    const { dataset, lineOf, issues } = ndjsonToDataset(text);
    const result = validateDataset(dataset, options);
    const located = result.issues.map((issue) => {
      const line = lineForPointer(issue.pointer, lineOf);
      return line === undefined ? issue : { ...issue, line };
    });
    return finish(format, dataset, [...issues, ...located]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // validateDataset reports where the text breaks (line and column), without quoting it.
    return finish(format, undefined, validateDataset(text, options).issues);
  }
  return finish(format, raw, validateDataset(raw, options).issues);
}

/** Converts CSV with a column mapping, then checks the dataset; conversion notes come first. */
export function checkCsv(text: string, mapping: CsvMapping, now?: Date): Checked {
  const converted = fromCsv(text, { mapping, ...(now ? { header: { generatedAt: now.toISOString() } } : {}) });
  const result = validateDataset(converted.value, now ? { now } : {});
  const adapterIssues: ValidationIssue[] = converted.issues.map((i) => ({ ...i, pointer: i.pointer ?? '' }));
  return finish('csv', converted.value, [...adapterIssues, ...result.issues]);
}

export { detectFormat };
