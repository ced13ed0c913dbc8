import { _Collector } from '../_lib/_collector.js';
import { _Engine, type _Kind } from '../_lib/_engine.js';
import { _options } from '../_lib/_options.js';
import { _result } from '../_lib/_result.js';
import type { ValidateOptions, ValidationResult } from '../types.js';

/** Options for {@link validateRecord}. */
export interface ValidateRecordOptions extends ValidateOptions {
  /** The kind of record. Default: the record's own `type` field; a TypeError when neither is given. */
  type?: _Kind;
}

const KINDS: readonly string[] = ['Organisation', 'Place', 'Asset', 'Activity'];

/**
 * Validates one organisation, place, asset or activity on its own: structure, unknown fields,
 * empty text and the quality rules that need no other record (coordinates, postcode, freshness,
 * referral routes, …). References to other records are not checked — use `validateDataset`.
 *
 * @param record - the record
 * @param options - {@link ValidateRecordOptions}; `type` when the record has no `type` field
 * @returns `{ valid, counts, issues, stats }` with pointers relative to the record
 * @throws TypeError when the kind of record cannot be told
 * @example
 * validateRecord({ id: 'p1', name: 'Hall', geo: { type: 'Point', coordinates: [53.4, -2.99] }, provenance: { source: 'other', recordedAt: '2026-01-01' } }, { type: 'Place' }).issues[0].code
 * //=> 'coordinates_swapped'
 */
export function validateRecord(record: unknown, options: ValidateRecordOptions = {}): ValidationResult {
  const { now, staleAfterMonths } = _options(options, 'validateRecord');
  const own = record !== null && typeof record === 'object' ? (record as { type?: unknown }).type : undefined;
  const type = options.type ?? own;
  if (typeof type !== 'string' || !KINDS.includes(type)) {
    throw new TypeError('validateRecord: options.type must be Organisation, Place, Asset or Activity when the record has no type field');
  }
  const out = new _Collector(options);
  const engine = new _Engine(out, { now, staleAfterMonths, compact: false });
  engine.record(type as _Kind, record, []);
  return _result(out, { ...engine.counts });
}
