import { Command, Option } from 'commander';
import {
  formatJson,
  formatMarkdown,
  formatText,
  parseJson,
  RULES_BY_CODE,
  validateDataset,
  validateProfile,
  validateRecord,
  validateReferral,
  type RuleSetting,
  type ValidateOptions,
  type ValidationResult,
} from '@artsrx/validate';
import { validateNdjson } from '@artsrx/validate/node';
import { _action, _intOption, _report } from '../_lib/_action.js';
import { _useColour } from '../_lib/_colour.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _stdout } from '../_lib/_output.js';
import { _progress } from '../_lib/_progress.js';
import { _parseNow } from '../_lib/_now.js';
import { _collectText, _sniff } from '../_lib/_sniff.js';
import { _checkCsvSize } from '../_lib/_input.js';
import { _readCsvMapping, _validateCsv } from '../_lib/_validateCsv.js';

/** Document types `--type` accepts. */
const TYPES = ['auto', 'dataset', 'ndjson', 'csv', 'referral', 'profile', 'record'] as const;
type DocType = (typeof TYPES)[number];

interface ValidateCliOptions {
  type: DocType;
  format: 'text' | 'json' | 'markdown';
  failOn: 'error' | 'warning';
  rule: string[];
  now?: string;
  staleMonths?: string;
  maxIssues?: string;
  mapping?: string;
}

/** Largest single JSON document read into memory. */
const MAX_JSON_BYTES = 500 * 1024 * 1024;

/**
 * `artsrx validate FILE… | -`: validates JSON datasets, NDJSON datasets (streamed), referrals,
 * profiles and single records, detected from the content or given with `--type`.
 * Exit 0 when no issue is at or above `--fail-on`, 1 when one is, 2 for usage errors and
 * unreadable input.
 */
export function validateCommand(): Command {
  return new Command('validate')
    .description('check ArtsRx data: a JSON dataset, an NDJSON dataset, a referral, a person profile or a single record')
    .argument('<files...>', 'files to check, or - for stdin')
    .addOption(new Option('-t, --type <type>', 'what the files hold (default: detected)').choices(TYPES).default('auto'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when there is an issue at or above this severity').choices(['error', 'warning']).default('error'))
    .option('-r, --rule <code=setting>', 'turn a rule off or change its severity, e.g. stale_record=off (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--now <iso>', 'judge freshness and schedules as of this date, e.g. 2026-05-01')
    .option('--stale-months <n>', 'a record not checked for more than this many months is stale (default 12)')
    .option('--max-issues <n>', 'list at most this many issues per file (all are counted; default 10000)')
    .option('--mapping <file>', 'CSV only: JSON mapping of your column headers onto the ArtsRx CSV layout')
    .addHelpText('after', '\nExit codes: 0 no issue at or above --fail-on, 1 issues found, 2 usage error or unreadable input.\nRule codes and what they mean: docs/rules.md\n')
    .action(
      _action(async (files: string[], cli: ValidateCliOptions) => {
        const options: ValidateOptions = {
          rules: _rules(cli.rule),
          now: _parseNow(cli.now),
          ...(cli.staleMonths !== undefined ? { staleAfterMonths: Math.max(1, _intOption('--stale-months', cli.staleMonths, 12)) } : {}),
          ...(cli.maxIssues !== undefined ? { maxIssues: _intOption('--max-issues', cli.maxIssues, 10_000) } : {}),
        };
        if (files.filter((f) => f === '-').length > 1) throw new _CliError('stdin (-) can be given only once');
        const results: { file: string; result: ValidationResult }[] = [];
        let unreadable = false;
        for (const file of files) {
          try {
            results.push({ file, result: await _validateOne(file, cli.type, options, cli.mapping) });
          } catch (error) {
            _report(error);
            unreadable = true;
          }
        }
        await _stdout(_render(results, cli.format));
        if (unreadable) return EXIT.usage;
        const failing = results.some(({ result }) => result.counts.error > 0 || (cli.failOn === 'warning' && result.counts.warning > 0));
        return failing ? EXIT.issues : EXIT.ok;
      }),
    );
}

function _rules(specs: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const spec of specs) {
    const m = /^([a-z0-9_]+)=(off|error|warning|info)$/.exec(spec.trim());
    if (!m) throw new _CliError(`--rule must look like code=off (or =error, =warning, =info), got "${spec}"`);
    if (!RULES_BY_CODE.has(m[1]!)) throw new _CliError(`--rule: unknown rule "${m[1]}"; the rules are listed in docs/rules.md`);
    rules[m[1]!] = m[2] as RuleSetting;
  }
  return rules;
}

async function _validateOne(file: string, type: DocType, options: ValidateOptions, mapping?: string): Promise<ValidationResult> {
  const input = await _sniff(file);
  if (type === 'ndjson' || (type === 'auto' && input.kind === 'ndjson')) {
    const bar = _progress(`validating ${input.name}`, input.size);
    try {
      return await validateNdjson(input.bytes, { ...options, onProgress: (n) => bar.update(n) });
    } finally {
      bar.finish();
    }
  }
  if (type === 'csv' || (type === 'auto' && input.kind === 'csv')) {
    // CSV hook (@artsrx/adapters/csv): rows and columns in every issue.
    const csvText = await _collectText(input.bytes, input.name, MAX_JSON_BYTES);
    _checkCsvSize(csvText, input.name);
    return _validateCsv(csvText, input.name, await _readCsvMapping(mapping), options);
  }
  const text = await _collectText(input.bytes, input.name, MAX_JSON_BYTES);
  const parsed = parseJson(text);
  if (!parsed.ok) {
    // The issue goes through the validator so it is reported in the chosen format.
    return validateDataset(text, options);
  }
  const kind = type === 'auto' ? _detectDocument(parsed.value) : type;
  switch (kind) {
    case 'referral':
      return validateReferral(parsed.value, options);
    case 'profile':
      return validateProfile(parsed.value, options);
    case 'record': {
      const t = (parsed.value as { type?: unknown } | null)?.type;
      if (!['Organisation', 'Place', 'Asset', 'Activity'].includes(String(t))) {
        throw new _CliError(`${input.name}: a single record needs a "type" of Organisation, Place, Asset or Activity`);
      }
      return validateRecord(parsed.value, options);
    }
    default:
      return validateDataset(parsed.value, options);
  }
}

/** Tells what a parsed JSON document is from its fields. */
function _detectDocument(value: unknown): DocType {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'dataset';
  const v = value as Record<string, unknown>;
  if ('standard' in v || 'activities' in v || 'places' in v || 'organisations' in v || 'assets' in v) return 'dataset';
  if (typeof v.type === 'string' && ['Organisation', 'Place', 'Asset', 'Activity'].includes(v.type)) return 'record';
  if ('subject' in v || 'referrer' in v || ('history' in v && 'reasons' in v)) return 'referral';
  const profileKeys = ['location', 'maxDistanceKm', 'interests', 'needs', 'accessNeeds', 'availability', 'freeOnly', 'maxPrice', 'viaReferral', 'attendance'];
  if (profileKeys.some((k) => k in v)) return 'profile';
  return 'dataset';
}

function _render(results: readonly { file: string; result: ValidationResult }[], format: ValidateCliOptions['format']): string {
  if (format === 'json') {
    if (results.length === 1) return formatJson(results[0]!.result);
    return `${JSON.stringify(results.map(({ file, result }) => ({ file, ...JSON.parse(formatJson(result)) })), null, 2)}\n`;
  }
  if (format === 'markdown') return results.map(({ file, result }) => formatMarkdown(result, { title: file === '-' ? 'stdin' : file })).join('\n');
  const colour = _useColour(process.stdout);
  return results.map(({ file, result }) => formatText(result, { colour, source: file === '-' ? '<stdin>' : file })).join('\n');
}
