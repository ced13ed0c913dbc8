/** What a text input looks like. */
export type _InputKind = 'json' | 'ndjson' | 'csv' | 'unknown';

/**
 * Sniffs whether text is one JSON document, NDJSON (one JSON value a line) or CSV, from its
 * first line. A pretty-printed JSON document's first line (`{`) does not parse on its own, so
 * it is JSON; a first line that parses with more lines after it is NDJSON.
 *
 * @param text - the start of the input (the first few KB are enough), BOM removed
 */
export function _detectKind(text: string): _InputKind {
  const start = text.search(/\S/);
  if (start === -1) return 'unknown';
  const first = text[start];
  if (first === '[') return 'json';
  if (first === '{') {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return 'json';
    const line = text.slice(start, nl).trim();
    if (!line.endsWith('}') || text.slice(nl).trim() === '') return 'json';
    try {
      JSON.parse(line);
      return 'ndjson';
    } catch {
      return 'json';
    }
  }
  if (first === '"' || first === '-' || (first !== undefined && /[0-9tfn]/.test(first))) {
    const firstLine = text.slice(start, (text.indexOf('\n', start) + 1 || text.length + 1) - 1);
    if (firstLine.includes(',') && !/^(?:true|false|null|-?\d[\d.eE+-]*)\s*$/.test(firstLine)) return 'csv';
    return 'json';
  }
  const firstLine = text.slice(start, (text.indexOf('\n', start) + 1 || text.length + 1) - 1);
  if (firstLine.includes(',') || firstLine.includes('\t')) return 'csv';
  return 'unknown';
}
