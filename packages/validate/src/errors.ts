import type { ValidationResult } from './types.js';

/**
 * Thrown by `assertDataset` when a dataset has errors; `result` holds every issue. Its message
 * names only the counts and the first error, never a personal value.
 */
export class ArtsRxValidationError extends Error {
  override name = 'ArtsRxValidationError';
  /** The full validation result. */
  readonly result: ValidationResult;
  constructor(result: ValidationResult) {
    const first = result.issues.find((i) => i.severity === 'error');
    super(`The dataset has ${result.counts.error} error(s)${first ? `; the first at ${first.pointer || 'the top'}: ${first.message}` : ''}`);
    this.result = result;
  }
}

/**
 * True when `error` is an {@link ArtsRxValidationError} (also across copies of the package).
 *
 * @param error - anything caught
 * @returns whether it is a validation error
 * @example
 * try { assertDataset({}) } catch (e) { isArtsRxValidationError(e) } //=> true
 */
export function isArtsRxValidationError(error: unknown): error is ArtsRxValidationError {
  return error instanceof ArtsRxValidationError || (error instanceof Error && error.name === 'ArtsRxValidationError' && 'result' in error);
}
