import { Command, Option } from 'commander';
import { applySuggestions, classifyActivity, classifyAsset, type Suggestion } from '@artsrx/classify';
import { _action } from '../_lib/_action.js';
import { _parseDatasetText } from '../_lib/_dataset.js';
import { _CliError } from '../_lib/_errors.js';
import { _readText } from '../_lib/_input.js';
import { _parseNow } from '../_lib/_now.js';
import { _stderr, _stdout, _writeOutput } from '../_lib/_output.js';

interface ClassifyCliOptions {
  apply?: boolean;
  minConfidence?: string;
  format: 'text' | 'json';
  out?: string;
  now?: string;
}

/** One line of `--format json`: one suggested value for one field of one record. */
interface SuggestionLine {
  recordId: string;
  field: Suggestion['field'];
  value: string;
  confidence: number;
  evidence: readonly string[];
}

function _minConfidence(value: string | undefined): number {
  if (value === undefined) return 0.7;
  const n = Number(value);
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) || !(n >= 0 && n <= 1)) throw new _CliError(`--min-confidence must be a number from 0 to 1, such as 0.7, got "${value}"`);
  return n;
}

function _records(dataset: unknown, key: 'assets' | 'activities'): Record<string, unknown>[] {
  const list = (dataset as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object' && !Array.isArray(r)) : [];
}

/**
 * `artsrx classify DATASET [--apply] [--min-confidence 0.7] [--format text|json] [--out FILE]`:
 * suggests ABCD categories, asset kinds, art forms, activity types and Five Ways for the
 * dataset's assets and activities, with the evidence for each. `--apply` writes the dataset
 * with the suggestions filled in where a record is silent (never overwriting), each marked in
 * `provenance.inferred`. Loose records (a nominated asset with only a name) are classified,
 * not rejected.
 */
export function classifyCommand(): Command {
  return new Command('classify')
    .description('suggest ABCD category, art forms, activity types and Five Ways with reasons; --apply fills silent fields')
    .argument('<dataset>', 'ArtsRx dataset (JSON or NDJSON), or - for stdin')
    .option('--apply', 'write the dataset with confident suggestions filled in where records are silent')
    .option('--min-confidence <n>', 'only suggestions at or above this confidence (0 to 1)', '0.7')
    .addOption(new Option('--format <format>', 'output format (without --apply)').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'with --apply: write the dataset here instead of stdout')
    .option('--now <iso>', 'with --apply: the time to record in provenance.inferred[].at, e.g. 2026-05-01T12:00:00Z')
    .action(
      _action(async (file: string, options: ClassifyCliOptions) => {
        const min = _minConfidence(options.minConfidence);
        const now = _parseNow(options.now);
        const input = await _readText(file);
        const dataset = _parseDatasetText(input.text, file);
        if (options.apply) {
          const { dataset: out, applied } = applySuggestions(dataset, { minConfidence: min, at: now.toISOString().replace(/\.\d{3}Z$/, 'Z') });
          await _writeOutput(`${JSON.stringify(out, null, 2)}\n`, options.out);
          const records = new Set(applied.map((a) => `${a.collection}/${a.recordId}`)).size;
          _stderr(`artsrx classify: filled ${applied.length} field(s) in ${records} record(s) at confidence ≥ ${min}`);
          return;
        }
        const lines: (SuggestionLine & { name: string })[] = [];
        for (const [key, classify] of [['assets', classifyAsset], ['activities', classifyActivity]] as const) {
          _records(dataset, key).forEach((record, i) => {
            const recordId = typeof record.id === 'string' && record.id !== '' ? record.id : `${key}[${i}]`;
            const name = typeof record.name === 'string' ? record.name : '';
            for (const s of classify(record, { minConfidence: min, dataset })) {
              lines.push({ recordId, name, field: s.field, value: s.value, confidence: s.confidence, evidence: s.evidence });
            }
          });
        }
        if (options.format === 'json') {
          const suggestions = lines.map(({ recordId, field, value, confidence, evidence }) => ({ recordId, field, value, confidence, evidence }));
          await _stdout(`${JSON.stringify({ suggestions }, null, 2)}\n`);
          return;
        }
        const text: string[] = [];
        let last = '';
        for (const l of lines) {
          if (l.recordId !== last) {
            text.push(`${text.length > 0 ? '\n' : ''}${l.recordId}${l.name ? `  ${l.name}` : ''}`);
            last = l.recordId;
          }
          text.push(`  ${l.field.padEnd(13)} ${l.value.padEnd(20)} ${l.confidence.toFixed(2)}  ${l.evidence[0] ?? ''}`);
        }
        const count = new Set(lines.map((l) => l.recordId)).size;
        text.push(`${text.length > 0 ? '\n' : ''}${lines.length} suggestion(s) for ${count} record(s) at confidence ≥ ${min}`);
        await _stdout(`${text.join('\n')}\n`);
      }),
    );
}
