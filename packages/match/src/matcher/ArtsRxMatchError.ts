/**
 * Stable codes of {@link ArtsRxMatchError}:
 * - `invalid_dataset` — `createMatcher` was given something that is not a dataset (or a record
 *   in it is not an object, or has a field of a type the matcher cannot read);
 * - `invalid_profile` — `match` was given something that is not a person profile, or a profile
 *   field has the wrong type (e.g. `availability` that is not a list);
 * - `invalid_option` — an option of `createMatcher` or `match` has the wrong type or is out of range.
 */
export type MatchErrorCode = 'invalid_dataset' | 'invalid_profile' | 'invalid_option';

const BRAND = Symbol.for('@artsrx/match.ArtsRxMatchError');

/** Names, codes and brands an error of either class, so `instanceof ArtsRxMatchError` holds for both. */
function _brand(error: Error & { code: MatchErrorCode; field: string }, code: MatchErrorCode, field: string): void {
  error.name = 'ArtsRxMatchError';
  error.code = code;
  error.field = field;
  Object.defineProperty(error, BRAND, { value: true });
}

/**
 * The error `createMatcher` and `matcher.match` throw for structurally invalid input: a
 * `TypeError` with a stable {@link MatchErrorCode} `code`, the `field` at fault (e.g.
 * `profile.availability`) and a plain-English message naming that field. Messages never contain
 * the values given (profiles are personal data).
 *
 * A value of the right type outside its range (e.g. `options.limit: 0`) throws the sibling
 * {@link ArtsRxMatchRangeError}, which is a `RangeError`; `instanceof ArtsRxMatchError` is true
 * for both, so one check catches every matcher input error.
 *
 * The matcher checks only the structure it reads, not the whole ArtsRx schema: validate data
 * first (`validateDataset`, `validateProfile` from `@artsrx/validate`).
 *
 * @example
 * ```ts
 * try {
 *   matcher.match({ availability: 'x' } as never);
 * } catch (e) {
 *   if (e instanceof ArtsRxMatchError) console.log(e.code, e.field); //=> 'invalid_profile' 'profile.availability'
 * }
 * ```
 */
export class ArtsRxMatchError extends TypeError {
  /** Stable code: `invalid_dataset`, `invalid_profile` or `invalid_option`. */
  declare readonly code: MatchErrorCode;
  /** The argument or field at fault, e.g. `dataset.places`, `profile.availability`, `options.limit`. */
  declare readonly field: string;

  constructor(code: MatchErrorCode, field: string, message: string) {
    super(message);
    _brand(this, code, field);
  }

  /** True for an {@link ArtsRxMatchError} and for an {@link ArtsRxMatchRangeError}. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/**
 * An {@link ArtsRxMatchError} for a value of the right type outside its allowed range (e.g.
 * `options.limit` of 0): a `RangeError`, with the same `code` and `field`, and
 * `instanceof ArtsRxMatchError` is true.
 */
export class ArtsRxMatchRangeError extends RangeError {
  /** Stable code (see {@link MatchErrorCode}). */
  declare readonly code: MatchErrorCode;
  /** The argument or field at fault. */
  declare readonly field: string;

  constructor(code: MatchErrorCode, field: string, message: string) {
    super(message);
    _brand(this, code, field);
  }
}
