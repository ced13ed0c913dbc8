import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the committed hostile files (each small; large inputs are generated at run time). */
export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

/** What `artsrx validate FILE` must do with a corpus file, checked by hand. */
export interface CorpusCase {
  /** File name in {@link CORPUS_DIR}. */
  file: string;
  /** What the file tries. */
  what: string;
  /** Exit code: 0 no error, 1 issues found, 2 unreadable input. */
  exit: 0 | 1 | 2;
  /** Issue codes that must be reported (exit 1). */
  codes?: readonly string[];
  /** Issue codes that must not be reported (exit 1): how the file must not be misread. */
  absent?: readonly string[];
  /** What stderr must say (exit 2). */
  stderr?: RegExp;
}

const JSON_BROKEN = ['invalid_json'];

/** Every committed corpus file and its expected outcome. */
export const CORPUS: readonly CorpusCase[] = [
  // Malformed and truncated JSON
  { file: 'truncated.json', what: 'a dataset cut off half way, inside a string', exit: 1, codes: JSON_BROKEN },
  { file: 'single-quotes.json', what: "JavaScript-style 'single quotes'", exit: 1, codes: JSON_BROKEN },
  { file: 'trailing-comma.json', what: 'a comma before }', exit: 1, codes: JSON_BROKEN },
  { file: 'two-documents.json', what: 'two datasets pasted one after the other', exit: 1, codes: JSON_BROKEN },
  { file: 'unclosed-string.json', what: 'a string whose closing quote is missing', exit: 1, codes: JSON_BROKEN },
  { file: 'nan-infinity.json', what: 'NaN and Infinity written as bare words', exit: 1, codes: JSON_BROKEN },
  { file: 'not-json.json', what: 'an HTML error page saved as .json', exit: 1, codes: JSON_BROKEN },
  { file: 'top-level-string.json', what: 'a JSON string holding </script> (the CLI reads the string as JSON text again: invalid_json; the library says not_an_object)', exit: 1 },
  { file: 'top-level-array.json', what: 'an array instead of a dataset, with __proto__ inside', exit: 1, codes: ['not_an_object'] },
  { file: 'top-level-null.json', what: 'null', exit: 1, codes: ['not_an_object'] },
  { file: 'wrong-types.json', what: 'every top-level field of the wrong type', exit: 1, codes: ['wrong_type', 'not_an_object'] },
  { file: 'empty.json', what: 'zero bytes', exit: 2, stderr: /empty/ },
  { file: 'whitespace-only.json', what: 'only spaces, tabs and line breaks', exit: 2, stderr: /empty/ },
  // Numbers
  { file: 'out-of-range-numbers.json', what: '1e400 coordinates (Infinity once parsed), negative capacity and cost, ages 200 and -3', exit: 1, codes: ['wrong_type'] },
  { file: 'huge-integer.json', what: 'a 30-digit UPRN number', exit: 1, codes: ['wrong_type'] },
  // Dates and times
  { file: 'impossible-dates.json', what: '2026-02-30, 2026-13-01, 2026-00-10, 2026-02-29, 25:00, 24:61, year 0000', exit: 1, codes: ['invalid_format', 'stale_record'] },
  { file: 'dates-as-numbers.json', what: 'dates and times written as numbers', exit: 1, codes: ['wrong_type'] },
  // Encodings
  { file: 'utf16le-bom.json', what: 'UTF-16 little-endian with a BOM', exit: 2, stderr: /is UTF-16 text: save it as UTF-8/ },
  { file: 'utf16be-bom.json', what: 'UTF-16 big-endian with a BOM', exit: 2, stderr: /is UTF-16 text: save it as UTF-8/ },
  { file: 'utf16le-no-bom.json', what: 'UTF-16 little-endian without a BOM', exit: 2, stderr: /is UTF-16 text: save it as UTF-8/ },
  { file: 'latin1.json', what: 'Latin-1 (café as one byte E9)', exit: 2, stderr: /not UTF-8/ },
  { file: 'windows-1252.json', what: 'Windows-1252 (an em dash as byte 97)', exit: 2, stderr: /not UTF-8/ },
  { file: 'utf8-bom.json', what: 'UTF-8 with a BOM (Excel writes one)', exit: 0 },
  { file: 'utf8-double-bom.json', what: 'UTF-8 with two BOMs', exit: 0 },
  { file: 'null-byte-raw.json', what: 'a raw NUL byte inside a string', exit: 2, stderr: /binary/ },
  { file: 'surrogate-halves.json', what: 'lone UTF-16 surrogates (\\ud800, \\udfff) in a name', exit: 0 },
  // NDJSON line endings and lines
  { file: 'crlf.ndjson', what: 'Windows line endings', exit: 0 },
  { file: 'lone-cr.ndjson', what: 'classic Mac line endings (CR only): read as one line', exit: 1, codes: JSON_BROKEN },
  { file: 'blank-lines.ndjson', what: 'blank and whitespace-only lines between records', exit: 0 },
  { file: 'no-final-newline.ndjson', what: 'no newline after the last record', exit: 0 },
  { file: 'mixed-endings.ndjson', what: 'CRLF and LF mixed', exit: 0 },
  { file: 'bom.ndjson', what: 'a BOM before the header line', exit: 0 },
  { file: 'truncated-line.ndjson', what: 'the last line cut in half', exit: 1, codes: JSON_BROKEN },
  // The separators are in an activity name, which refuses line breaks (NameSchema): one invalid_format
  // at that name, and still no invalid_json (the reader must not split the line at U+2028).
  { file: 'u2028-in-string.ndjson', what: 'U+2028 and U+2029 inside a string (JSON allows them, JavaScript once did not; a name refuses them)', exit: 1, codes: ['invalid_format'], absent: ['invalid_json'] },
  { file: 'no-header.ndjson', what: 'records with no header line', exit: 0 },
  { file: 'header-twice.ndjson', what: 'the header line twice', exit: 0 },
  { file: 'garbage-lines.ndjson', what: 'lines that are not JSON, not objects, unknown types, __proto__ types', exit: 1, codes: ['invalid_json', 'not_an_object', 'unknown_record_type'] },
  { file: 'utf16le.ndjson', what: 'NDJSON in UTF-16', exit: 2, stderr: /is UTF-16 text: save it as UTF-8/ },
  { file: 'latin1.ndjson', what: 'NDJSON in Latin-1', exit: 2, stderr: /not UTF-8/ },
  { file: 'nul-in-line.ndjson', what: 'a raw NUL byte in a line', exit: 2, stderr: /binary/ },
  // Prototype keys
  { file: 'proto-keys.json', what: '__proto__, constructor.prototype and prototype keys in every object', exit: 1, codes: ['unknown_property'] },
  { file: 'proto-keys.ndjson', what: 'the same in every NDJSON line', exit: 1, codes: ['unknown_property'] },
  { file: 'proto-only.json', what: 'a document that is only {"__proto__": …}', exit: 1, codes: ['missing_field'] },
  { file: 'constructor-prototype.json', what: 'constructor.prototype at the top', exit: 1, codes: ['unknown_property'] },
  // Text that attacks what it is written into
  // Names refuse control characters, line breaks and text-direction overrides (NameSchema, see
  // docs/design-notes.md): one invalid_format per name (org-1 U+2066/U+2069, place-1 U+202E/U+202C,
  // act-1 NUL ESC BEL BS CR LF), shown as [U+…] in reports. The ESC title sequence in a description stays allowed.
  { file: 'control-chars.json', what: 'NUL, ESC colour and title sequences, BEL, BS, CR, bidi overrides and zero-width characters in names (refused, one issue each)', exit: 1, codes: ['invalid_format'] },
  { file: 'html-description.json', what: '<script>, <img onerror>, javascript: URL in a record', exit: 1, codes: ['invalid_format'] },
  { file: 'csv-formula.json', what: '=HYPERLINK, +cmd, @SUM, -2+3 in names (CSV formula injection)', exit: 0 },
  // CSV (a spreadsheet export): the library reads it with fromCsv, the CLI with artsrx validate
  { file: 'csv-formula.csv', what: '=HYPERLINK, +cmd, -2+3, @SUM as activity names (data; neutralised when CSV is written)', exit: 0 },
  { file: 'csv-unbalanced-quote.csv', what: 'a quote opened and never closed', exit: 1, codes: ['csv_unreadable'] },
  { file: 'csv-ragged-rows.csv', what: 'rows with extra cells, a two-cell row, blank and empty rows', exit: 1, codes: ['csv_invalid_record'] },
  { file: 'csv-proto-headers.csv', what: '__proto__, constructor and prototype as column names', exit: 0 },
  { file: 'csv-utf16.csv', what: 'Excel "Unicode text" (UTF-16 with a BOM)', exit: 2, stderr: /is UTF-16 text: save it as UTF-8/ },
  { file: 'csv-latin1.csv', what: 'Latin-1 CSV', exit: 2, stderr: /not UTF-8/ },
  { file: 'csv-semicolon-crlf-bom.csv', what: 'European Excel: semicolons, decimal commas, CRLF, BOM (auto-detection takes it for JSON: a known gap; --type csv reads it)', exit: 1 },
  // Identity
  { file: 'duplicate-keys.json', what: 'the same key several times in one object', exit: 1, codes: ['duplicate_id'] },
  { file: 'duplicate-ids.json', what: 'two activities with one id', exit: 1, codes: ['duplicate_id'] },
  { file: 'long-id.json', what: 'a 200 000-character id and a 300 000-character name', exit: 1, codes: ['out_of_range'] },
];

/** Corpus files on disk (the test checks each has an expectation). */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json') || f.endsWith('.ndjson') || f.endsWith('.csv'));
}
