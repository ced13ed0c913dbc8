import { _CliError, _isCliError, EXIT } from './_errors.js';
import { _stderr } from './_output.js';

/**
 * Wraps a command action: a `_CliError` becomes one line on stderr and its exit code; anything
 * unexpected becomes one line too (the stack only with ARTSRX_DEBUG=1), never a raw trace.
 * The action returns its exit code (default 0).
 */
export function _action<A extends unknown[]>(fn: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await fn(...args);
      process.exitCode = code ?? EXIT.ok;
    } catch (error) {
      process.exitCode = _report(error);
    }
  };
}

/** Prints an error for a person and returns the exit code. */
export function _report(error: unknown): number {
  if (_isCliError(error)) {
    _stderr(`artsrx: ${error.message}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  _stderr(`artsrx: unexpected error: ${message.split('\n')[0]!.slice(0, 300)}`);
  if (process.env.ARTSRX_DEBUG === '1' && error instanceof Error && error.stack) _stderr(error.stack);
  return EXIT.usage;
}

/** Parses a non-negative integer option, or throws a usage error naming it. */
export function _intOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new _CliError(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}
