import { Command, Option } from 'commander';
import { generateRecords } from '@artsrx/synthetic';
import { _action, _intOption } from '../_lib/_action.js';
import { _CliError } from '../_lib/_errors.js';
import { _parseNow } from '../_lib/_now.js';
import { _openWriter } from '../_lib/_writer.js';

interface GenerateOptions {
  activities: string;
  seed: string;
  out?: string;
  format?: 'json' | 'ndjson';
  now?: string;
}

const LISTS = [
  ['organisations', 'Organisation'],
  ['places', 'Place'],
  ['assets', 'Asset'],
  ['activities', 'Activity'],
] as const;

/**
 * `artsrx generate --activities N [--seed S] [--out FILE] [--format json|ndjson] [--now DATE]`:
 * a seeded synthetic England-scale dataset, labelled as not real, streamed so a million
 * activities need no more memory than ten.
 */
export function generateCommand(): Command {
  return new Command('generate')
    .description('generate a seeded synthetic England-scale dataset (invented data, labelled as not real) for tests and benchmarks')
    .requiredOption('-n, --activities <n>', 'number of activities (organisations, places and assets follow in proportion)')
    .option('-s, --seed <seed>', 'seed: the same seed gives the same dataset', '1')
    .option('-o, --out <file>', 'output file; default stdout')
    .addOption(new Option('-f, --format <format>', 'json (one document) or ndjson (one record a line); default from --out, else ndjson').choices(['json', 'ndjson']))
    .option('--now <date>', 'the date the dataset is generated on (schedules and lastVerified are around it); default today')
    .action(
      _action(async (options: GenerateOptions) => {
        const activities = _intOption('--activities', options.activities, 0);
        if (activities > 10_000_000) throw new _CliError('--activities must be at most 10 000 000');
        const now = _parseNow(options.now);
        const format = options.format ?? (options.out?.endsWith('.json') ? 'json' : 'ndjson');
        const writer = await _openWriter(options.out);
        const records = () => generateRecords({ activities, seed: options.seed, now });
        if (format === 'ndjson') {
          for (const record of records()) await writer.write(`${JSON.stringify(record)}\n`);
        } else {
          // One document with grouped lists, still in flat memory: the generator is replayed with
          // the same seed once per list, keeping only that list's records each time.
          const first = records().next().value as Record<string, unknown>;
          const { type: _, ...header } = first;
          const head = JSON.stringify(header, null, 2);
          await writer.write(`${head.slice(0, -2)},\n`);
          for (const [index, [list, type]] of LISTS.entries()) {
            await writer.write(`  "${list}": [`);
            let n = 0;
            for (const record of records()) {
              if (record.type !== type) continue;
              const { type: __, ...rest } = record as Record<string, unknown>;
              await writer.write(`${n++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(rest)}`);
            }
            await writer.write(`${n > 0 ? '\n  ' : ''}]${index < LISTS.length - 1 ? ',' : ''}\n`);
          }
          await writer.write('}\n');
        }
        await writer.close();
      }),
    );
}
