import { Command, Option } from 'commander';
import { describeSchedule, occurrences } from '@artsrx/schedule';
import { _action, _intOption } from '../_lib/_action.js';
import { _parseDatasetText } from '../_lib/_dataset.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _readText } from '../_lib/_input.js';
import { _stdout } from '../_lib/_output.js';

interface OccurrencesCliOptions {
  activity: string;
  from?: string;
  count?: string;
  format: 'text' | 'json';
}

const DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Wed 21 Oct 2026  18:30–20:00  (UTC+01:00)" from local ISO strings. */
function line(start: string, end: string): string {
  const [y, m, d] = start.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const month = date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  const endDay = end.slice(0, 10) === start.slice(0, 10) ? '' : ' next day';
  const offsets = start.slice(19) === end.slice(19) ? start.slice(19) : `${start.slice(19)} → ${end.slice(19)}`;
  return `${DAY[(date.getUTCDay() + 6) % 7]} ${d} ${month} ${y}  ${start.slice(11, 16)}–${end.slice(11, 16)}${endDay}  (UTC${offsets})`;
}

/**
 * `artsrx occurrences DATASET --activity ID [--from ISO] [--count N] [--format text|json]`: the
 * next sessions of one activity, in local time with the correct UTC offset across clock changes.
 * JSON: `{ activityId, timezone, occurrences: [{ start, end }] }`.
 */
export function occurrencesCommand(): Command {
  return new Command('occurrences')
    .description("list an activity's next sessions in local time (correct across clock changes)")
    .argument('<dataset>', 'ArtsRx dataset (JSON or NDJSON), or - for stdin')
    .requiredOption('--activity <id>', 'id of the activity')
    .option('--from <iso>', 'first moment to list from: a date (2026-10-21) or date-time; default now (a session running then is included)')
    .option('--count <n>', 'how many sessions (default 10)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(
      _action(async (file: string, options: OccurrencesCliOptions) => {
        const count = _intOption('--count', options.count, 10);
        const from = options.from ?? new Date();
        if (typeof from === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(from)) {
          throw new _CliError(`--from must be an ISO date or date-time such as 2026-10-21 or 2026-10-21T18:00:00Z, got "${from}"`);
        }
        const input = await _readText(file);
        const dataset = _parseDatasetText(input.text, file);
        const activity = (Array.isArray(dataset.activities) ? dataset.activities : []).find((a) => a !== null && typeof a === 'object' && a.id === options.activity);
        if (activity === undefined) throw new _CliError(`${input.name} has no activity with id "${options.activity}"`, EXIT.usage);
        const schedule = activity.schedule;
        if (schedule === undefined || schedule === null) throw new _CliError(`activity "${options.activity}" has no schedule`, EXIT.issues);
        const timezone = typeof schedule.timezone === 'string' ? schedule.timezone : 'Europe/London';
        let list;
        try {
          list = occurrences(schedule, { from, count });
        } catch (error) {
          if (error instanceof RangeError) throw new _CliError(`--from must be an ISO date or date-time such as 2026-10-21 or 2026-10-21T18:00:00Z, got "${String(options.from)}"`);
          throw error;
        }
        if (options.format === 'json') {
          await _stdout(`${JSON.stringify({ activityId: options.activity, timezone, occurrences: list }, null, 2)}\n`);
          return;
        }
        const head = `${typeof activity.name === 'string' ? activity.name : options.activity} (${timezone})\n${describeSchedule(schedule)}\n`;
        const body = list.length === 0 ? 'No sessions from then on.\n' : `${list.map((o) => `  ${line(o.start, o.end)}`).join('\n')}\n`;
        await _stdout(`${head}${body}`);
      }),
    );
}
