/**
 * Evaluation of @artsrx/classify against two hand-labelled sets of illustrative, invented records
 * (see their headers): labelled.json, the tuning set the rules were written against, and
 * heldout.json, written blind by people who had not read the rules, and never used to tune them. Used by
 * `pnpm eval:classify` and by test/evaluation.test.ts, which asserts the targets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ABCD_CATEGORIES, ART_FORMS } from '@artsrx/schema';
import { classifyAsset } from '../src/index.js';

/** One hand-labelled record. */
export interface LabelledRecord {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly abcd: string;
  readonly artForms: readonly string[];
}

/** A labelled set: its records and, in its header, how it was made. */
export interface LabelledSet {
  readonly description: string;
  readonly records: readonly LabelledRecord[];
}

/** Precision and recall of one class. */
export interface ClassScore {
  readonly label: string;
  readonly support: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Results on one subset. */
export interface EvalResult {
  readonly n: number;
  readonly abcdAccuracy: number;
  readonly abcd: readonly ClassScore[];
  /** Micro-averaged over (record, art form) pairs. */
  readonly artForm: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly artForms: readonly ClassScore[];
  readonly errors: readonly { id: string; field: 'abcdCategory' | 'artForms'; expected: string; got: string }[];
}

/** Art-form suggestions at or above this confidence count as predicted (the same bar as reporting them). */
export const ART_FORM_THRESHOLD = 0.5;

function _read(file: string): LabelledSet {
  return JSON.parse(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')) as LabelledSet;
}

/** Reads eval/labelled.json: the tuning set (rules may be tuned on it). */
export function loadLabelledSet(): LabelledSet {
  return _read('./labelled.json');
}

/** Reads eval/heldout.json: the held-out set, never used to tune the rules. */
export function loadHeldOutSet(): LabelledSet {
  return _read('./heldout.json');
}

function score(label: string, tp: number, predicted: number, support: number): ClassScore {
  const precision = predicted === 0 ? (support === 0 ? 1 : 0) : tp / predicted;
  const recall = support === 0 ? 1 : tp / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, support, predicted, precision, recall, f1 };
}

/** Classifies each record as an asset and compares with the labels. */
export function evaluate(records: readonly LabelledRecord[], artFormThreshold = ART_FORM_THRESHOLD): EvalResult {
  let correct = 0;
  const abcdTp = new Map<string, number>();
  const abcdPred = new Map<string, number>();
  const abcdSup = new Map<string, number>();
  const afTp = new Map<string, number>();
  const afPred = new Map<string, number>();
  const afSup = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const errors: EvalResult['errors'][number][] = [];
  for (const r of records) {
    const suggestions = classifyAsset({ name: r.name, description: r.description }, { minConfidence: 0 });
    const abcd = suggestions.find((s) => s.field === 'abcdCategory')?.value ?? '(none)';
    inc(abcdSup, r.abcd);
    inc(abcdPred, abcd);
    if (abcd === r.abcd) {
      correct += 1;
      inc(abcdTp, abcd);
    } else errors.push({ id: r.id, field: 'abcdCategory', expected: r.abcd, got: abcd });
    const got = new Set(suggestions.filter((s) => s.field === 'artForms' && s.confidence >= artFormThreshold).map((s) => s.value));
    const want = new Set(r.artForms);
    for (const a of want) inc(afSup, a);
    for (const a of got) {
      inc(afPred, a);
      if (want.has(a)) inc(afTp, a);
    }
    const missing = [...want].filter((a) => !got.has(a));
    const extra = [...got].filter((a) => !want.has(a));
    if (missing.length + extra.length > 0) errors.push({ id: r.id, field: 'artForms', expected: [...want].join(',') || '-', got: [...got].join(',') || '-' });
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const micro = score('all', sum(afTp), sum(afPred), sum(afSup));
  return {
    n: records.length,
    abcdAccuracy: records.length === 0 ? 0 : correct / records.length,
    abcd: ABCD_CATEGORIES.ids.map((c) => score(c, abcdTp.get(c) ?? 0, abcdPred.get(c) ?? 0, abcdSup.get(c) ?? 0)),
    artForm: { precision: micro.precision, recall: micro.recall, f1: micro.f1 },
    artForms: ART_FORMS.ids.map((a) => score(a, afTp.get(a) ?? 0, afPred.get(a) ?? 0, afSup.get(a) ?? 0)),
    errors,
  };
}
