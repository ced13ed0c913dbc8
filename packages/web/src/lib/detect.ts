/** The kinds of file the validator reads. */
export type InputFormat = 'json' | 'ndjson' | 'csv';

/**
 * Guesses the format of a file from its name and its first characters: `.csv`/`.tsv` or text that
 * does not start with `{` or `[` is CSV; several lines that each start with `{` are NDJSON.
 */
export function detectFormat(text: string, fileName = ''): InputFormat {
  const name = fileName.toLowerCase();
  if (/\.(csv|tsv)$/.test(name)) return 'csv';
  if (/\.(ndjson|jsonl)$/.test(name)) return 'ndjson';
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('[')) return 'json';
  if (!body.startsWith('{')) return name.endsWith('.json') ? 'json' : 'csv';
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'))) {
    // A pretty-printed object has lines like `  "id": …`, so every line starting with `{` means one record a line.
    try {
      JSON.parse(body);
      return 'json';
    } catch {
      return 'ndjson';
    }
  }
  return 'json';
}
