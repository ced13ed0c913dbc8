import type { ValidationResult } from '../types.js';
import { _visible } from '../_lib/_text.js';
import { _group, _summary } from './_group.js';

/** Options for {@link formatText}. */
export interface FormatTextOptions {
  /** Use ANSI colours (the CLI turns this on only for a terminal). Default false. */
  colour?: boolean;
  /** Name of the file, shown in the heading. Default none. */
  source?: string;
}

/**
 * Formats a validation result as text for people, grouped by record, each issue with its
 * severity, message, field pointer and hint, then a one-line summary.
 *
 * @param result - from `validateDataset` and friends
 * @param options - {@link FormatTextOptions}
 * @returns the text, ending with a newline
 * @example
 * formatText(validateDataset(dataset), { source: 'north-west.json' })
 * //=> 'north-west.json\n  /activities/3 · act-4\n    warning  stale_record  This record was last checked on 2024-01-01, …\n…\n✔ valid: 0 errors, 1 warning, 0 notes\n'
 */
export function formatText(result: ValidationResult, options: FormatTextOptions = {}): string {
  const c = options.colour === true;
  const paint = (code: number, s: string) => (c ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = { error: (s: string) => paint(31, s), warning: (s: string) => paint(33, s), info: (s: string) => paint(36, s) };
  const lines: string[] = [];
  // Text from the data (ids, unknown keys in pointers, quoted values) never reaches the terminal
  // with its control or text-direction characters: each is shown as [U+…].
  if (options.source !== undefined) lines.push(paint(1, _visible(options.source)));
  for (const g of _group(result.issues)) {
    lines.push(`  ${paint(1, g.label)}`);
    for (const i of g.issues) {
      lines.push(`    ${sev[i.severity](i.severity.padEnd(7))}  ${_visible(i.message)}  ${paint(2, `${i.code}${i.pointer ? ` ${_visible(i.pointer)}` : ''}`)}`);
      if (i.hint !== undefined) lines.push(`             ${paint(2, `\u2192 ${_visible(i.hint)}`)}`);
    }
  }
  if (result.stats.omittedIssues) lines.push(`  \u2026 and ${result.stats.omittedIssues} more issue(s) not listed`);
  const verdict = result.valid ? paint(32, '\u2714 valid') : paint(31, '\u2716 not valid');
  lines.push(`${verdict}: ${_summary(result.counts)}`);
  return `${lines.join('\n')}\n`;
}
