import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { _CliError, EXIT } from './_errors.js';

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

/** Reads all of stdin. */
async function _readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Largest input read whole into memory; bigger inputs must be streamed (NDJSON). 512 MB is V8's string limit. */
export const MAX_WHOLE_INPUT_BYTES = 500 * 1024 * 1024;

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
    buffer = path === '-' ? await _readStdin() : await fs.readFile(path);
  } catch (error) {
    throw _fsError(path, error);
  }
  return { path, name, text: _decode(buffer, name), bytes: buffer.length };
}

/** Decodes UTF-8, dropping a BOM; throws `_CliError` for empty, binary or non-UTF-8 input. */
export function _decode(buffer: Uint8Array, name: string): string {
  if (buffer.length === 0) throw new _CliError(`${name} is empty: there is nothing to read`, EXIT.usage);
  const head = buffer.subarray(0, 8192);
  if (head.includes(0)) throw new _CliError(`${name} looks like a binary file, not text (JSON, NDJSON or CSV)`, EXIT.usage);
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
