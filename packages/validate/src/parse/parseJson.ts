import type { ValidationIssue } from '../types.js';
import { _jsonError } from '../_lib/_jsonError.js';
import { _scanDepth } from '../_lib/_scanDepth.js';

/** Options for {@link parseJson}. */
export interface ParseJsonOptions {
  /** Deepest nesting of objects and arrays accepted. Default 256 (ArtsRx documents are under 10 deep). */
  maxDepth?: number;
}

/** The outcome of {@link parseJson}: the value, or one issue saying where the text broke. */
export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; issue: ValidationIssue };

/**
 * Parses JSON text without ever throwing: a byte-order mark is accepted, nesting deeper than
 * `maxDepth` is refused before parsing, and a syntax error becomes an `invalid_json` issue that
 * says at which line and column the text broke and why, without quoting the text itself (it may
 * hold personal data).
 *
 * @param text - the JSON text
 * @param options - {@link ParseJsonOptions}
 * @returns `{ ok: true, value }` or `{ ok: false, issue }`
 * @example
 * parseJson('{"a": [1, 2}').ok //=> false
 * parseJson('{"a": [1, 2}') //=> { ok: false, issue: { code: 'invalid_json', message: 'This is not valid JSON: it breaks at line 1, column 12: a ] or a comma was expected here …', … } }
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): ParseJsonResult {
  if (typeof text !== 'string') throw new TypeError('parseJson: text must be a string');
  const maxDepth = options.maxDepth ?? 256;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const deep = _scanDepth(body, maxDepth);
  if (deep !== undefined) {
    const { line, column } = _lineColumn(body, deep);
    return {
      ok: false,
      issue: {
        code: 'too_deep',
        severity: 'error',
        pointer: '',
        message: `The data is nested more than ${maxDepth} levels deep (at line ${line}, column ${column}), so it is not an ArtsRx document`,
        hint: 'ArtsRx documents are at most about ten levels deep; check the file is the one you meant',
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const { offset, reason } = _jsonError(body);
    const { line, column } = _lineColumn(body, offset);
    return {
      ok: false,
      issue: {
        code: 'invalid_json',
        severity: 'error',
        pointer: '',
        message: `This is not valid JSON: it breaks at line ${line}, column ${column}: ${reason}`,
        hint: 'Open the file in a text editor at that line and column and correct it',
      },
    };
  }
}

/** 1-based line and column of a UTF-16 offset. */
function _lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
