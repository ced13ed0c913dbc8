import { promises as fs } from 'node:fs';
import { Command, Option } from 'commander';
import { DatasetSchema, ReferralSchema } from '@artsrx/schema';
import { _action } from '../_lib/_action.js';
import { _parseDatasetText, _parseJsonText } from '../_lib/_dataset.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _fsError, _readText, type _InputText } from '../_lib/_input.js';
import { _stderr, _writeFolder, _writeOutput } from '../_lib/_output.js';
import { _parseNow } from '../_lib/_now.js';
import { _readCsvMapping } from '../_lib/_validateCsv.js';
import { isReferralFormat } from '../convert/fhir.js';
import { FORMATS } from '../convert/formats.js';
import { _jsonChunks, _structureProblemCount, _writeChunks } from '../convert/_jsonOutput.js';

interface ConvertOptions {
  to?: string;
  from?: string;
  out?: string;
  report?: string;
  now?: string;
  mapping?: string;
}

/**
 * `artsrx convert FILE --to FORMAT | --from FORMAT [--out FILE] [--report FILE]`: converts an
 * ArtsRx dataset to another format, or another format to an ArtsRx dataset, using the
 * registry in `src/convert/formats.ts`. What could not be carried over goes to stderr (or
 * `--report FILE`).
 */
export function convertCommand(): Command {
  const names = () => Object.keys(FORMATS).sort();
  return new Command('convert')
    .description('convert an ArtsRx dataset to another format (--to), or another format to ArtsRx (--from)')
    .argument('<file>', 'input file, or - for stdin')
    .addOption(new Option('--to <format>', 'write this format from an ArtsRx dataset').conflicts('from'))
    .addOption(new Option('--from <format>', 'read this format and write an ArtsRx JSON dataset').conflicts('to'))
    .option('-o, --out <path>', 'output file (or folder, for formats made of several files); default stdout')
    .option('--report <file>', 'write what could not be converted to this file instead of stderr')
    .option('--now <iso>', 'the current date-time to use (for generated timestamps), e.g. 2026-05-01T12:00:00Z')
    .option('--mapping <file>', 'with --from csv: a JSON column mapping for a sheet not in the ArtsRx layout')
    .addHelpText('after', () => `\nFormats:\n${names().map((n) => `  ${n.padEnd(14)}${FORMATS[n]!.description}${FORMATS[n]!.to ? '' : ' (--from only)'}${FORMATS[n]!.from ? '' : ' (--to only)'}`).join('\n')}\n`)
    .action(
      _action(async (file: string, options: ConvertOptions) => {
        const now = _parseNow(options.now);
        if (options.to === undefined && options.from === undefined) throw new _CliError('say which way to convert: --to FORMAT or --from FORMAT');
        const name = (options.to ?? options.from)!;
        const format = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
        const direction = options.to !== undefined ? 'to' : 'from';
        if (format === undefined || (format[direction] === undefined && !isReferralFormat(format))) {
          const usable = names().filter((n) => FORMATS[n]![direction] !== undefined || isReferralFormat(FORMATS[n]!));
          throw new _CliError(`unknown format for --${direction}: "${name}". Use one of: ${usable.join(', ')}`);
        }
        // An importer that reads the path itself (a CSV stream, an Open Referral folder) gets the path; the others the file's text.
        const byPath = direction === 'from' && !isReferralFormat(format) && format.fromPath !== undefined;
        let input: _InputText;
        if (byPath) {
          if (file !== '-') await fs.stat(file).catch((error: unknown) => Promise.reject(_fsError(file, error)));
          input = { path: file, name: file === '-' ? '<stdin>' : file, text: '', bytes: 0 };
        } else input = await _readText(file);
        let report: string[];
        if (isReferralFormat(format)) {
          // Referrals are personal data: one referral per file, and no field value is ever echoed.
          if (direction === 'to') {
            const parsed = ReferralSchema.safeParse(_parseJsonText(input.text, file));
            if (!parsed.success) {
              throw new _CliError(`${input.name} is not a valid ArtsRx referral (${parsed.error.issues.length} problem(s)); run \`artsrx validate --type referral ${file}\` to see them`, EXIT.issues);
            }
            const result = await format.toReferral(parsed.data, { now, ...(options.out !== undefined ? { out: options.out } : {}) });
            if (typeof result.output === 'string') await _writeOutput(result.output, options.out);
            else await _writeFolder(result.output, options.out);
            report = result.report;
          } else {
            const result = await format.fromReferral({ path: file, text: input.text }, { now });
            if (result.referral === null) throw new _CliError(`no referral could be read from ${input.name}: ${result.report.join('; ')}`, EXIT.issues);
            await _writeOutput(`${JSON.stringify(result.referral, null, 2)}\n`, options.out);
            report = result.report;
          }
        } else if (direction === 'to') {
          const parsed = DatasetSchema.safeParse(_parseDatasetText(input.text, file));
          if (!parsed.success) {
            throw new _CliError(`${input.name} is not a valid ArtsRx dataset (${parsed.error.issues.length} problem(s)); run \`artsrx validate ${file}\` to see them`, EXIT.issues);
          }
          const result = await format.to!(parsed.data, { now, ...(options.out !== undefined ? { out: options.out } : {}) });
          if (typeof result.output === 'string') await _writeOutput(result.output, options.out);
          else await _writeFolder(result.output, options.out);
          report = result.report;
        } else {
          const mapping = await _readCsvMapping(options.mapping);
          if (mapping !== undefined && name !== 'csv') throw new _CliError('--mapping applies to --from csv only');
          const fromOptions = { now, ...(mapping !== undefined ? { mapping } : {}) };
          const result = byPath ? await format.fromPath!(file, fromOptions) : await format.from!({ path: file, text: input.text }, fromOptions);
          // Written in pieces and checked record by record: a dataset from a large CSV is never held as one string or copied whole.
          await _writeChunks(_jsonChunks(result.dataset), options.out);
          report = result.report;
          const problems = _structureProblemCount(result.dataset);
          if (problems > 0) report = [...report, `the converted dataset has ${problems} structure problem(s): run \`artsrx validate\` on it`];
        }
        if (report.length > 0) {
          if (options.report !== undefined) await _writeOutput(`${report.join('\n')}\n`, options.report);
          else for (const line of report) _stderr(`note: ${line}`);
        }
        return EXIT.ok;
      }),
    );
}
