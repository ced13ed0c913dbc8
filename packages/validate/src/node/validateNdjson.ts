import { DatasetHeaderSchema } from '@artsrx/schema';
import { _Collector } from '../_lib/_collector.js';
import { _Engine, type _Kind } from '../_lib/_engine.js';
import { _options } from '../_lib/_options.js';
import { _result } from '../_lib/_result.js';
import { _structure } from '../_lib/_structure.js';
import { _suggest } from '../_lib/_suggest.js';
import { _kind, _quote } from '../_lib/_text.js';
import { _walk } from '../_lib/_walk.js';
import { parseJson } from '../parse/parseJson.js';
import type { ValidateOptions, ValidationResult } from '../types.js';

/** Options for {@link validateNdjson}. */
export interface ValidateNdjsonOptions extends ValidateOptions {
  /** Called now and then with the number of bytes read so far (for a progress bar). Default none. */
  onProgress?: (bytesRead: number) => void;
  /** Longest line accepted, in bytes; a longer line is reported and skipped. Default 64 MiB. */
  maxLineBytes?: number;
}

const TYPES: readonly string[] = ['DatasetHeader', 'Organisation', 'Place', 'Asset', 'Activity'];

/**
 * Validates an NDJSON dataset (an optional `DatasetHeader` line, then one typed record a line)
 * from a stream, with memory that stays flat however long the stream is: records are checked
 * one line at a time and dropped; integrity across the stream keeps only 53-bit hashes of ids
 * and names (a few dozen bytes a record) and the forward references still waiting for a
 * target. A line that is not JSON is reported and validation carries on with the next.
 *
 * Issues carry `line` (1-based) and a `pointer` into that line's record, e.g.
 * `{ line: 1234, pointer: '/geo/coordinates' }`.
 *
 * @param input - a Node readable stream (e.g. `fs.createReadStream(path)`) or any async iterable of bytes or strings
 * @param options - {@link ValidateNdjsonOptions}
 * @returns a promise of `{ valid, counts, issues, stats }` with `stats.lines`
 * @example
 * const result = await validateNdjson(createReadStream('england.ndjson'));
 * result.stats.activities //=> 100000
 * result.issues[0] //=> { code: 'invalid_json', severity: 'error', pointer: '', line: 5031, message: 'This is not valid JSON: …' }
 */
export async function validateNdjson(input: AsyncIterable<Uint8Array | string>, options: ValidateNdjsonOptions = {}): Promise<ValidationResult> {
  if (input === null || typeof input !== 'object' || typeof (input as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') {
    throw new TypeError('validateNdjson: input must be a readable stream or an async iterable');
  }
  const { now, staleAfterMonths } = _options(options, 'validateNdjson');
  const maxLine = options.maxLineBytes ?? 64 * 1024 * 1024;
  const out = new _Collector(options);
  const engine = new _Engine(out, { now, staleAfterMonths, compact: true });
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let lineNo = 0;
  let bytes = 0;
  let lastProgress = 0;
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let tooLong = false;
  let sawRecord = false;

  const line = (text: string) => {
    lineNo++;
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      const parsed = parseJson(text);
      const issue = parsed.ok ? undefined : parsed.issue;
      out.add('invalid_json', '', (issue?.message ?? 'This line is not valid JSON').replace(/at line 1, column/, 'at column'), { line: lineNo }, 'Each line of an NDJSON file is one complete JSON object');
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      out.add('not_an_object', '', `This line is ${_kind(value)}, not a JSON object`, { line: lineNo }, 'Each line of an NDJSON file is one JSON object with a "type"');
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record.type;
    if (type === 'DatasetHeader') {
      const before = out.issues.length;
      const parsed = _structure(DatasetHeaderSchema, record, out, { prefix: [], where: { line: lineNo }, personal: false });
      _walk(DatasetHeaderSchema, record, out, [], { line: lineNo }, parsed === undefined ? new Set(out.issues.slice(before).map((i) => i.pointer)) : undefined);
      if (sawRecord) out.add('invalid_value', '/type', 'The DatasetHeader line comes after records: it must be the first line', { line: lineNo });
      return;
    }
    sawRecord = true;
    if (typeof type !== 'string' || !TYPES.includes(type)) {
      const suggestion = typeof type === 'string' ? _suggest(type, TYPES) : undefined;
      out.add(
        'unknown_record_type',
        '/type',
        type === undefined ? 'This line has no type' : `${_quote(type)} is not a record type.${suggestion ? ` Did you mean ${_quote(suggestion)}?` : ''}`,
        { line: lineNo, recordId: typeof record.id === 'string' ? record.id : undefined },
        'Give each line a "type": DatasetHeader, Organisation, Place, Asset or Activity',
      );
      return;
    }
    engine.record(type as _Kind, record, [], lineNo);
  };

  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    bytes += buf.length;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      const piece = buf.subarray(start, nl);
      start = nl + 1;
      if (tooLong) {
        lineNo++;
        tooLong = false;
        parts = [];
        partBytes = 0;
        continue;
      }
      if (parts.length === 0) {
        line(decoder.decode(piece));
      } else {
        parts.push(piece);
        line(decoder.decode(_concat(parts, partBytes + piece.length)));
        parts = [];
        partBytes = 0;
      }
    }
    if (start < buf.length && !tooLong) {
      const rest = buf.subarray(start);
      partBytes += rest.length;
      if (partBytes > maxLine) {
        // The skipped line is counted when its end is reached.
        out.add('out_of_range', '', `This line is longer than ${Math.round(maxLine / 1048576)} MB; it was skipped`, { line: lineNo + 1 }, 'Split the record, or raise maxLineBytes');
        tooLong = true;
        parts = [];
        partBytes = 0;
      } else {
        // Copy: the stream may reuse its buffer.
        parts.push(rest.slice());
      }
    }
    if (options.onProgress && bytes - lastProgress > 1 << 20) {
      lastProgress = bytes;
      options.onProgress(bytes);
    }
  }
  if (parts.length > 0) line(decoder.decode(_concat(parts, partBytes)));
  else if (tooLong) lineNo++;
  engine.finish();
  options.onProgress?.(bytes);
  return _result(out, { ...engine.counts, lines: lineNo });
}

function _concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
