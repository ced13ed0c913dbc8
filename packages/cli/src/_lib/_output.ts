import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { _CliError } from './_errors.js';

/**
 * Control characters a terminal would act on (C0 except tab, line feed and CR before LF; DEL;
 * C1), and ESC unless it starts a plain colour code (`ESC[…m`, which the reports use). Data can
 * carry them in names (sequences that retitle the window, move the cursor or rewrite the
 * screen), so anything printed is passed through `_terminalSafe`. JSON output never holds them
 * raw (JSON.stringify escapes them), so only text reports are changed.
 */
const TERMINAL_CONTROLS = /\u001b(?!\[[0-9;]{0,32}m)|\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f-\u009f]/g;

/** `text` with every terminal control character replaced by U+FFFD. */
export function _terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '\ufffd');
}

/** Writes text to stdout (control characters neutralised), waiting for it to drain so large outputs are not lost on exit. */
export async function _stdout(text: string): Promise<void> {
  if (!process.stdout.write(_terminalSafe(text))) await once(process.stdout, 'drain');
}

/** Writes a line to stderr (control characters neutralised). */
export function _stderr(line: string): void {
  const safe = _terminalSafe(line);
  process.stderr.write(safe.endsWith('\n') ? safe : `${safe}\n`);
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
