/** Exit codes of every `artsrx` command (architecture.md): 0 fine, 1 issues found, 2 usage error or unreadable input. */
export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

/**
 * An error a command reports to the person running it: printed to stderr as one line (never a
 * stack trace) and turned into the exit code. Throw it from a command action; `_action` catches it.
 */
export class _CliError extends Error {
  override name = '_CliError';
  /** Exit code to finish with: 1 for data problems, 2 for usage errors and unreadable input. */
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** True for a `_CliError` (also across module copies). */
export function _isCliError(error: unknown): error is _CliError {
  return error instanceof Error && error.name === '_CliError' && typeof (error as _CliError).exitCode === 'number';
}
