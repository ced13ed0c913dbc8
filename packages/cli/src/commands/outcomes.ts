import { Command, Option } from 'commander';
import { ReferralSchema, type Referral } from '@artsrx/schema';
import { formatOutcomesReport, outcomesReport, type OutcomesReportOptions } from '@artsrx/referrals';
import { _action, _intOption } from '../_lib/_action.js';
import { _detectKind } from '../_lib/_detect.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _readText } from '../_lib/_input.js';
import { _stderr, _stdout } from '../_lib/_output.js';

interface OutcomesOptions {
  from?: string;
  to?: string;
  format: 'text' | 'json' | 'markdown';
  minCohort?: string;
  durationYears?: string;
  deadweight?: string;
  attribution?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new _CliError(`${name} must be a date written YYYY-MM-DD, e.g. 2026-01-01`);
  }
  return value;
}

function numberOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new _CliError(`${name} must be a number from ${min} to ${max}`);
  return n;
}

/**
 * Reads referrals from JSON (an array, one referral, or `{ "referrals": [...] }`) or NDJSON (one
 * referral a line). Returns the valid ones and how many records were not valid referrals; never
 * repeats a value from a record (referrals are personal data).
 */
function parseReferrals(text: string, name: string): { referrals: Referral[]; invalid: number } {
  let records: unknown[];
  if (_detectKind(text) === 'ndjson') {
    records = [];
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      try {
        records.push(JSON.parse(line));
      } catch {
        records.push(undefined);
      }
    }
  } else {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new _CliError(`${name} is not JSON or NDJSON: give referrals as a JSON array or one referral a line`);
    }
    if (Array.isArray(doc)) records = doc;
    else if (typeof doc === 'object' && doc !== null && Array.isArray((doc as { referrals?: unknown }).referrals)) records = (doc as { referrals: unknown[] }).referrals;
    else records = [doc];
  }
  const referrals: Referral[] = [];
  let invalid = 0;
  for (const record of records) {
    const parsed = ReferralSchema.safeParse(record);
    if (parsed.success) referrals.push(parsed.data);
    else invalid++;
  }
  return { referrals, invalid };
}

/**
 * `artsrx outcomes REFERRALS [--from DATE] [--to DATE] [--format text|json|markdown]`: the
 * cohort outcomes report of `@artsrx/referrals` — funnel, time to first session, attendance,
 * paired change per instrument with 95% confidence intervals, and WELLBY social value with its
 * assumptions. Groups smaller than `--min-cohort` (10) are suppressed. Records that are not
 * valid referrals are left out and counted on stderr, never echoed.
 */
export function outcomesCommand(): Command {
  return new Command('outcomes')
    .description('funnel, attendance, wellbeing change and social value report for a set of referrals')
    .argument('<referrals>', 'referrals as JSON (an array) or NDJSON (one a line), or - for stdin')
    .option('--from <date>', 'first referral date to include, YYYY-MM-DD')
    .option('--to <date>', 'last referral date to include, YYYY-MM-DD')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--min-cohort <n>', 'suppress any group smaller than this (default 10)')
    .option('--duration-years <years>', 'social value: years the change lasts (default 1)')
    .option('--deadweight <share>', 'social value: share of change that would have happened anyway, 0-1 (default 0)')
    .option('--attribution <share>', 'social value: share of change due to this programme, 0-1 (default 1)')
    .action(
      _action(async (file: string, options: OutcomesOptions) => {
        const reportOptions: OutcomesReportOptions = {};
        const from = dateOption('--from', options.from);
        const to = dateOption('--to', options.to);
        if (from !== undefined) reportOptions.from = from;
        if (to !== undefined) reportOptions.to = to;
        if (from !== undefined && to !== undefined && from > to) throw new _CliError('--from is after --to');
        if (options.minCohort !== undefined) {
          const n = _intOption('--min-cohort', options.minCohort, 10);
          if (n < 1) throw new _CliError('--min-cohort must be 1 or more');
          reportOptions.minCohort = n;
        }
        const socialValue: NonNullable<OutcomesReportOptions['socialValue']> = {};
        const duration = numberOption('--duration-years', options.durationYears, 0.01, 100);
        const deadweight = numberOption('--deadweight', options.deadweight, 0, 1);
        const attribution = numberOption('--attribution', options.attribution, 0, 1);
        if (duration !== undefined) socialValue.durationYears = duration;
        if (deadweight !== undefined) socialValue.deadweight = deadweight;
        if (attribution !== undefined) socialValue.attribution = attribution;
        reportOptions.socialValue = socialValue;

        const input = await _readText(file);
        const { referrals, invalid } = parseReferrals(input.text, input.name);
        if (invalid > 0) {
          _stderr(`note: ${invalid} record${invalid === 1 ? ' is' : 's are'} not valid referral${invalid === 1 ? '' : 's'} and ${invalid === 1 ? 'was' : 'were'} left out; run \`artsrx validate ${file}\` to see why`);
        }
        const report = outcomesReport(referrals, reportOptions);
        if (options.format === 'json') await _stdout(`${JSON.stringify(report, null, 2)}\n`);
        else await _stdout(formatOutcomesReport(report, { format: options.format }));
        return EXIT.ok;
      }),
    );
}
