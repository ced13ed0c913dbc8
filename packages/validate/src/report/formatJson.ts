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
  return `${JSON.stringify({ valid, counts, issues, stats }, null, options.indent ?? 2)}\n`;
}
