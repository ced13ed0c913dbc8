/** One column of a Markdown table. */
export interface MarkdownColumn {
  /** The property of each row to show. */
  readonly key: string;
  /** The heading. @defaultValue the key */
  readonly header?: string;
  /** Right-align (numbers). @defaultValue true when every value in the column is a number */
  readonly alignRight?: boolean;
}

/** Options of `toMarkdownTable`. */
export interface ToMarkdownTableOptions {
  /**
   * The columns, in order.
   * @defaultValue every key of the first row
   */
  readonly columns?: readonly MarkdownColumn[];
}

function _cell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  else if (Array.isArray(value)) text = value.map((v) => _cell(v)).join(', ');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  // A pipe would end the cell and a newline the row.
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

/**
 * Renders rows (such as `summariseAssets(…).rows` or `findGaps(…).gaps`) as a GitHub-flavoured
 * Markdown table. Pipes and newlines in values are escaped; numbers keep at most two decimals;
 * lists are joined with commas.
 *
 * @param rows - Objects, one per row.
 * @param options - See {@link ToMarkdownTableOptions}.
 * @returns The table, ending with a newline (an empty string for no rows and no columns).
 * @example
 * toMarkdownTable([{ area: 'Salford', assets: 12 }])
 * //=> '| area | assets |\n| --- | ---: |\n| Salford | 12 |\n'
 */
export function toMarkdownTable(rows: readonly object[], options: ToMarkdownTableOptions = {}): string {
  if (!Array.isArray(rows)) throw new TypeError('rows must be an array of objects');
  const first = rows[0] as Record<string, unknown> | undefined;
  const columns: readonly MarkdownColumn[] = options.columns ?? (first ? Object.keys(first).map((key) => ({ key })) : []);
  if (columns.length === 0) return '';
  const get = (r: object, k: string) => (r !== null && typeof r === 'object' ? (r as Record<string, unknown>)[k] : undefined);
  const right = columns.map((c) => c.alignRight ?? (rows.length > 0 && rows.every((r) => typeof get(r, c.key) === 'number')));
  const lines = [
    `| ${columns.map((c) => _cell(c.header ?? c.key)).join(' | ')} |`,
    `| ${right.map((r) => (r ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((c) => _cell(get(r, c.key))).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
