import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { _CliError } from './_errors.js';

/** Writes text to stdout, waiting for it to drain so large outputs are not lost on exit. */
export async function _stdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Writes a line to stderr. */
export function _stderr(line: string): void {
  process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** Writes text to a file (creating its folder), or to stdout when `out` is undefined or `-`. */
export async function _writeOutput(text: string, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') return _stdout(text);
  try {
    await fs.mkdir(dirname(out), { recursive: true });
    await fs.writeFile(out, text);
  } catch (error) {
    throw new _CliError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * Writes several files into the folder `out` (a format that is a set of files, such as Open
 * Referral CSV tables). File names must stay inside the folder.
 */
export async function _writeFolder(files: Record<string, string>, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') throw new _CliError('this format writes several files: give a folder with --out FOLDER');
  for (const [name, text] of Object.entries(files)) {
    const rel = normalize(name);
    if (isAbsolute(rel) || rel.startsWith('..')) throw new _CliError(`refusing to write "${name}" outside ${out}`);
    const path = join(out, rel);
    try {
      await fs.mkdir(dirname(path), { recursive: true });
      await fs.writeFile(path, text);
    } catch (error) {
      throw new _CliError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
}
