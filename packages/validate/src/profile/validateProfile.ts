import { PersonProfileSchema } from '@artsrx/schema';
import { _Collector } from '../_lib/_collector.js';
import { _options } from '../_lib/_options.js';
import { _readDocument } from '../_lib/_readDocument.js';
import { _emptyStats, _result } from '../_lib/_result.js';
import { _structure } from '../_lib/_structure.js';
import { _walk } from '../_lib/_walk.js';
import type { ValidateOptions, ValidationResult } from '../types.js';

/** Options for {@link validateProfile}. */
export type ValidateProfileOptions = ValidateOptions;

/**
 * Validates a person profile (what matching needs to know about a person: personal data).
 * Messages name fields, never their values.
 *
 * @param input - a parsed profile, or its JSON text
 * @param options - {@link ValidateProfileOptions}
 * @returns `{ valid, counts, issues, stats }`
 * @example
 * validateProfile({ maxDistanceKm: 5, interests: { artForms: ['music'] } }).valid //=> true
 * validateProfile({ attendance: 'sometimes' }).issues[0].code //=> 'unknown_value'
 */
export function validateProfile(input: unknown, options: ValidateProfileOptions = {}): ValidationResult {
  _options(options, 'validateProfile');
  const out = new _Collector(options);
  const value = _readDocument(input, out, 'A person profile');
  if (value === undefined) return _result(out, _emptyStats());
  const before = out.issues.length;
  const parsed = _structure(PersonProfileSchema, value, out, { prefix: [], where: {}, personal: true });
  _walk(PersonProfileSchema, value, out, [], {}, parsed === undefined ? new Set(out.issues.slice(before).map((i) => i.pointer)) : undefined);
  return _result(out, _emptyStats());
}
