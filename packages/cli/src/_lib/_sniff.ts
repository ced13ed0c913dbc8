import { _CliError } from './_errors.js';
import { _detectKind, type _InputKind } from './_detect.js';
import { _binaryMessage, _fsError, _inputName, _statInput } from './_input.js';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** An opened input: its first bytes, sniffed, and a stream of all its bytes (head included). */
export interface _Sniffed {
  name: string;
  size: number | undefined;
  kind: _InputKind;
  /** All the bytes, from the start (the head is replayed). */
  bytes: AsyncIterable<Uint8Array>;
}

const HEAD = 64 * 1024;

/**
 * Opens a file or stdin, reads its first 64 KB to tell JSON from NDJSON from CSV, and rejects
 * empty, binary and non-UTF-8 input with a one-line message (exit 2). The rest is streamed, so
 * an NDJSON file of any size is never held in memory.
 */
export async function _sniff(path: string): Promise<_Sniffed> {
  const name = _inputName(path);
  const { size } = await _statInput(path);
  const stream: Readable = path === '-' ? process.stdin : createReadStream(path);
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  try {
    while (headBytes < HEAD) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
    }
  } catch (error) {
    throw _fsError(path, error);
  }
  const first = Buffer.concat(head);
  if (first.length === 0) throw new _CliError(`${name} is empty: there is nothing to validate`);
  if (first.subarray(0, 8192).includes(0)) throw new _CliError(_binaryMessage(first, name));
  let text: string;
  try {
    // A multi-byte character may be cut at the end of the head: decode in streaming mode.
    text = new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: !done });
  } catch {
    throw new _CliError(`${name} is not UTF-8 text: save it as UTF-8 (in a spreadsheet: "CSV UTF-8")`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (done && text.trim() === '') throw new _CliError(`${name} is empty: it holds only spaces and line breaks`);
  const kind = _detectKind(text);
  async function* bytes(): AsyncGenerator<Uint8Array> {
    for (const b of head) yield b;
    if (done) return;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } catch (error) {
      throw _fsError(path, error);
    }
  }
  return { name, size, kind, bytes: bytes() };
}

/** Collects a byte stream into UTF-8 text (for whole JSON documents), refusing non-UTF-8. */
export async function _collectText(bytes: AsyncIterable<Uint8Array>, name: string, maxBytes: number): Promise<string> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const b of bytes) {
    total += b.length;
    if (total > maxBytes) {
      throw new _CliError(`${name} is over ${Math.round(maxBytes / 1048576)} MB, too big to read as one JSON document: write it as NDJSON (one record a line) so it can be streamed`);
    }
    parts.push(b);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new _CliError(`${name} is not UTF-8 text: save it as UTF-8`);
  }
}
