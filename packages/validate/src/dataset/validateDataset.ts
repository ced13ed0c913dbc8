import { _Collector } from '../_lib/_collector.js';
import { _Engine, type _Kind } from '../_lib/_engine.js';
import { _DatasetTopSchema } from '../_lib/_header.js';
import { _options } from '../_lib/_options.js';
import { _readDocument } from '../_lib/_readDocument.js';
import { _emptyStats, _result } from '../_lib/_result.js';
import { _structure } from '../_lib/_structure.js';
import { _kind } from '../_lib/_text.js';
import { _walk } from '../_lib/_walk.js';
import type { ValidateOptions, ValidationResult } from '../types.js';

/** Options for {@link validateDataset}. */
export type ValidateDatasetOptions = ValidateOptions;

const LISTS: readonly (readonly ['organisations' | 'places' | 'assets' | 'activities', _Kind])[] = [
  ['organisations', 'Organisation'],
  ['places', 'Place'],
  ['assets', 'Asset'],
  ['activities', 'Activity'],
];

/**
 * Validates an ArtsRx dataset at all three levels — structure (the schema), integrity (unique
 * ids, references, places for in-person activities) and quality rules — and never throws on
 * bad data: every problem is an issue with a code, severity, JSON Pointer, record id, message
 * and hint.
 *
 * @param input - a parsed dataset object, or its JSON text
 * @param options - {@link ValidateDatasetOptions}: `rules`, `now`, `staleAfterMonths` (default 12), `maxIssues` (default 10 000)
 * @returns `{ valid, counts, issues, stats }`; `valid` is true when there is no error
 * @throws TypeError or RangeError only for bad options
 * @example
 * validateDataset({ standard: 'artsrx' }).counts.error //=> 4 (version, publisher, license, generatedAt are missing)
 * validateDataset(dataset, { rules: { stale_record: 'off' }, now: new Date('2026-05-01') }).valid //=> true
 */
export function validateDataset(input: unknown, options: ValidateDatasetOptions = {}): ValidationResult {
  const { now, staleAfterMonths } = _options(options, 'validateDataset');
  const out = new _Collector(options);
  const value = _readDocument(input, out, 'A dataset', 'Write { "standard": "artsrx", "version": "0.1.0", "publisher": …, "license": …, "generatedAt": …, "activities": [ … ] }');
  if (value === undefined) return _result(out, _emptyStats());
  const before = out.issues.length;
  const top = _structure(_DatasetTopSchema, value, out, { prefix: [], where: {}, personal: false });
  _walk(_DatasetTopSchema, value, out, [], {}, top === undefined ? new Set(out.issues.slice(before).map((i) => i.pointer)) : undefined);
  const engine = new _Engine(out, { now, staleAfterMonths, compact: false });
  const dataset = value as Record<string, unknown>;
  for (const [list, kind] of LISTS) {
    const records = dataset[list];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      out.add('wrong_type', `/${list}`, `The ${list} should be a list [ … ], not ${_kind(records)}`, {}, `Write "${list}": [ { … }, { … } ]`);
      continue;
    }
    for (let i = 0; i < records.length; i++) engine.record(kind, records[i], [list, i]);
  }
  engine.finish();
  return _result(out, { ...engine.counts });
}
