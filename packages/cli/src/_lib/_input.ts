import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { _CliError, _isCliError, EXIT } from './_errors.js';

/** What a command was given to read: a path, or `-` for stdin. */
export interface _InputText {
  /** The path as given (`-` for stdin). */
  path: string;
  /** A name for messages: the path, or `<stdin>`. */
  name: string;
  /** The decoded text, without a UTF-8 byte-order mark. */
  text: string;
  /** Size in bytes. */
  bytes: number;
}

/** Name of an input in messages. */
export function _inputName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/** Turns a file-system error into a one-line message for a person (exit 2). */
export function _fsError(path: string, error: unknown): _CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = _inputName(path);
  switch (code) {
    case 'ENOENT':
      return new _CliError(`${name}: no such file`);
    case 'EISDIR':
      return new _CliError(`${name} is a folder, not a file: give the path of a file inside it`);
    case 'EACCES':
    case 'EPERM':
      return new _CliError(`${name}: permission denied`);
    case 'ENOTDIR':
      return new _CliError(`${name}: a part of this path is a file, not a folder`);
    default:
      return new _CliError(`${name}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
}

/** Checks that `path` is a readable regular file (or `-`), returning its size when known. */
export async function _statInput(path: string): Promise<{ size: number | undefined }> {
  if (path === '-') return { size: undefined };
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    throw _fsError(path, error);
  }
  if (stat.isDirectory()) throw _fsError(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  return { size: stat.isFile() ? stat.size : undefined };
}

/**
 * What to say about input whose first bytes hold a NUL: UTF-16 text (a byte-order mark, or a NUL
 * in every other byte, as Excel's "Unicode text" writes) gets its own advice; anything else is binary.
 */
export function _binaryMessage(head: Uint8Array, name: string): string {
  const bom = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  let even = 0;
  let odd = 0;
  const n = Math.min(head.length, 512);
  for (let i = 0; i < n; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  const alternating = n >= 8 && Math.max(even, odd) >= n * 0.4 && Math.min(even, odd) <= n * 0.05;
  if (bom || alternating) return `${name} is UTF-16 text: save it as UTF-8 (in a spreadsheet: "CSV UTF-8"; in a text editor: encoding UTF-8)`;
  return `${name} looks like a binary file, not text (JSON, NDJSON or CSV)`;
}

/**
 * Reads all of a stream of unknown length (stdin, a pipe, a device such as /dev/zero), stopping
 * with a clear error past `MAX_WHOLE_INPUT_BYTES`, or as soon as the first 8 KiB hold a NUL byte
 * (binary), instead of growing without bound.
 */
async function _readCapped(stream: AsyncIterable<unknown>, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (total < 8192 && bytes.subarray(0, 8192 - total).includes(0)) throw new _CliError(_binaryMessage(bytes, name), EXIT.usage);
    total += bytes.length;
    if (total > MAX_WHOLE_INPUT_BYTES) {
      throw new _CliError(`${name} is more than ${Math.round(MAX_WHOLE_INPUT_BYTES / 1048576)} MB, too big to read whole: write it as NDJSON (one record a line) so it can be streamed`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Largest input read whole into memory; bigger inputs must be streamed (NDJSON). 512 MB is V8's string limit. */
export const MAX_WHOLE_INPUT_BYTES = 500 * 1024 * 1024;

/**
 * Largest CSV read (in UTF-16 code units, about bytes for a spreadsheet export): reading a CSV
 * takes about 45 times its size in memory, and a 208 MB file crashed Node with a fatal "invalid
 * size" error (issue 11), so CSV stops well before that with advice instead.
 */
export const MAX_CSV_CHARS = 100 * 1024 * 1024;

/** Throws a usage error when CSV text is over {@link MAX_CSV_CHARS}. */
export function _checkCsvSize(text: string, name: string): void {
  if (text.length > MAX_CSV_CHARS) {
    throw new _CliError(`${name} is a CSV file over ${MAX_CSV_CHARS / 1048576} MB, too big to read at once: split it into several files (by area or by organisation) and convert each`);
  }
}

/**
 * Reads a file or stdin (`-`) whole and decodes it as UTF-8 text. Accepts a byte-order mark;
 * rejects (exit 2) a missing file, a folder, an empty input, binary data and invalid UTF-8, each
 * with a one-line message.
 */
export async function _readText(path: string): Promise<_InputText> {
  const name = _inputName(path);
  const { size } = await _statInput(path);
  if (size !== undefined && size > MAX_WHOLE_INPUT_BYTES) {
    throw new _CliError(`${name} is ${Math.round(size / 1048576)} MB, too big to read whole: write it as NDJSON (one record a line) so it can be streamed`);
  }
  let buffer: Buffer;
  try {
    buffer = path === '-' ? await _readCapped(process.stdin, name) : size !== undefined ? await fs.readFile(path) : await _readCapped(createReadStream(path), name);
  } catch (error) {
    if (_isCliError(error)) throw error;
    throw _fsError(path, error);
  }
  return { path, name, text: _decode(buffer, name), bytes: buffer.length };
}

/** Decodes UTF-8, dropping a BOM; throws `_CliError` for empty, binary or non-UTF-8 input. */
export function _decode(buffer: Uint8Array, name: string): string {
  if (buffer.length === 0) throw new _CliError(`${name} is empty: there is nothing to read`, EXIT.usage);
  const head = buffer.subarray(0, 8192);
  if (head.includes(0)) throw new _CliError(_binaryMessage(head, name), EXIT.usage);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw new _CliError(`${name} is not UTF-8 text: save it as UTF-8 (in a spreadsheet: "CSV UTF-8")`, EXIT.usage);
  }
  if (text.trim() === '') throw new _CliError(`${name} is empty: it holds only spaces and line breaks`, EXIT.usage);
  return text;
}

/** Opens a file or stdin (`-`) as a byte stream for line-by-line reading, with its size when known. */
export async function _openStream(path: string): Promise<{ stream: Readable; size: number | undefined; name: string }> {
  const { size } = await _statInput(path);
  const stream = path === '-' ? process.stdin : createReadStream(path);
  return { stream, size, name: _inputName(path) };
}

/** Reads the first bytes of a file (or nothing for stdin) to sniff its format without reading it all. */
export async function _peek(path: string, bytes = 65536): Promise<Buffer | undefined> {
  if (path === '-') return undefined;
  let handle;
  try {
    handle = await fs.open(path, 'r');
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw _fsError(path, error);
  } finally {
    await handle?.close();
  }
}
