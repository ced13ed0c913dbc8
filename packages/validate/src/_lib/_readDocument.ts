import { parseJson } from '../parse/parseJson.js';
import type { _Collector } from './_collector.js';
import { _kind } from './_text.js';

/**
 * The first step every document validator shares: parse JSON text when given a string, then
 * insist on a JSON object. Problems are added to `out`; the object comes back, or `undefined`.
 */
export function _readDocument(input: unknown, out: _Collector, what: string, hint?: string): Record<string, unknown> | undefined {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) {
      out.add(parsed.issue.code, '', parsed.issue.message, {}, parsed.issue.hint);
      return undefined;
    }
    value = parsed.value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.add('not_an_object', '', `${what} is a JSON object, but this is ${_kind(value)}`, {}, hint);
    return undefined;
  }
  return value as Record<string, unknown>;
}
