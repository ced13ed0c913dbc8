import type { ValidationResult } from '../types.js';
import { _visible } from '../_lib/_text.js';
import { _group, _summary } from './_group.js';

/** Options for {@link formatMarkdown}. */
export interface FormatMarkdownOptions {
  /** Heading text. Default "ArtsRx validation". */
  title?: string;
}

// Pipes would add columns; control and text-direction characters (line breaks too) are shown as [U+…].
const esc = (s: string) => _visible(s.replaceAll('|', '\\|').replaceAll('\n', ' '));

/**
 * Formats a validation result as Markdown for pasting into a ticket: a heading with the verdict,
 * then one table per record.
 *
 * @param result - from `validateDataset` and friends
 * @param options - {@link FormatMarkdownOptions}
 * @returns the Markdown text
 * @example
 * formatMarkdown(result, { title: 'north-west.json' })
 * //=> '## north-west.json: not valid\n\n1 error, 0 warnings, 0 notes\n\n### /activities/3 · act-4\n\n| severity | rule | field | message | how to fix |\n…'
 */
export function formatMarkdown(result: ValidationResult, options: FormatMarkdownOptions = {}): string {
  const lines = [`## ${esc(options.title ?? 'ArtsRx validation')}: ${result.valid ? 'valid' : 'not valid'}`, '', _summary(result.counts)];
  for (const g of _group(result.issues)) {
    lines.push('', `### ${esc(g.label)}`, '', '| severity | rule | field | message | how to fix |', '|---|---|---|---|---|');
    for (const i of g.issues) lines.push(`| ${i.severity} | \`${i.code}\` | \`${esc(i.pointer || '/')}\` | ${esc(i.message)} | ${esc(i.hint ?? '')} |`);
  }
  if (result.stats.omittedIssues) lines.push('', `\u2026 and ${result.stats.omittedIssues} more issue(s) not listed.`);
  return `${lines.join('\n')}\n`;
}
