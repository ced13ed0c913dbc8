import { once } from 'node:events';
import { createWriteStream, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { _CliError } from './_errors.js';

/** A buffered writer to a file or stdout that respects back-pressure, for outputs of any size. */
export interface _Writer {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens `out` (a file path; `undefined` or `-` for stdout) for large streamed output. */
export async function _openWriter(out: string | undefined): Promise<_Writer> {
  let stream: Writable;
  if (out === undefined || out === '-') {
    stream = process.stdout;
  } else {
    try {
      await fs.mkdir(dirname(out), { recursive: true });
    } catch (error) {
      throw new _CliError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    stream = createWriteStream(out);
  }
  let failure: Error | undefined;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    failure = e;
  });
  let buffer = '';
  const flush = async () => {
    if (failure) throw new _CliError(failure.message.includes('EPIPE') ? 'output closed early' : `cannot write ${out ?? 'stdout'}: ${failure.message}`);
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
  };
  return {
    async write(text) {
      buffer += text;
      if (buffer.length >= 1 << 20) await flush();
    },
    async close() {
      await flush();
      if (stream !== process.stdout) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}
