import type { ValidationResult } from '../types.js';

/** Options for {@link formatJson}. */
export interface FormatJsonOptions {
  /** Indentation; default 2. Use 0 for one line. */
  indent?: number;
}

/**
 * Formats a validation result as the documented JSON shape (architecture.md):
 * `{ "valid", "counts": { "error", "warning", "info" }, "issues": [ { "code", "severity",
 * "pointer", "recordId"?, "line"?, "message", "hint"? } ], "stats" }`.
 *
 * @param result - from `validateDataset` and friends
 * @param options - {@link FormatJsonOptions}
 * @returns the JSON text, ending with a newline
 * @example
 * JSON.parse(formatJson(validateDataset(dataset))).valid //=> true
 */
export function formatJson(result: ValidationResult, options: FormatJsonOptions = {}): string {
  const { valid, counts, issues, stats } = result;
  // JSON.stringify escapes C0 controls but writes C1 controls, line/paragraph separators and
  // text-direction controls raw; escape them too, so the text is safe to print and parses to the same values.
  return `${JSON.stringify({ valid, counts, issues, stats }, null, options.indent ?? 2).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
