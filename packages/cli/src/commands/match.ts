import { Command, Option } from 'commander';
import { createMatcher, type MatchResponse, type MatchResult } from '@artsrx/match';
import { ActivitySchema, PersonProfileSchema, PlaceSchema, type Activity, type Place } from '@artsrx/schema';
import { _action, _intOption } from '../_lib/_action.js';
import { _parseDatasetText, _parseJsonText } from '../_lib/_dataset.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _readText } from '../_lib/_input.js';
import { _parseNow } from '../_lib/_now.js';
import { _stderr, _stdout } from '../_lib/_output.js';

interface MatchCliOptions {
  profile: string;
  limit?: string;
  now?: string;
  horizon?: string;
  format: 'text' | 'json';
  explainExcluded?: boolean;
  diversify?: boolean;
}

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Wed 2 Dec 18:30" from an ISO date-time with offset, in the activity's own local time. */
function when(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAY[wd]} ${d} ${MONTH[m - 1]} ${iso.slice(11, 16)}`;
}

function where(activity: Activity, place: Place | undefined, result: MatchResult): string {
  if (activity.attendanceMode === 'online') return 'Online';
  const parts = [place?.name, place?.address?.town, place?.address?.postcode].filter((x): x is string => typeof x === 'string' && x !== '');
  const name = parts.length ? parts.join(', ') : 'Venue not recorded';
  const mode = activity.attendanceMode === 'mixed' ? ' (or online)' : '';
  const distance = result.criteria.find((c) => c.criterion === 'distance');
  return distance !== undefined && result.distanceKm !== undefined ? `${name}${mode} · ${distance.reason}` : `${name}${mode}`;
}

/** The readable list: rank, name, where, when next, why, and what to check. */
function toText(response: MatchResponse, byId: Map<string, Activity>, places: Map<string, Place>, explainExcluded: boolean): string {
  const out: string[] = [];
  const n = response.results.length;
  out.push(n === 0 ? `No activities fit out of ${response.considered}.` : `Best ${n} of ${response.considered} activities:`);
  const block = (r: MatchResult, label: string): void => {
    const a = byId.get(r.activityId)!;
    const place = a.placeId === undefined ? undefined : places.get(a.placeId);
    out.push('');
    out.push(`${label} ${a.name} (${Math.round(r.score * 100)}% match)`);
    out.push(`   Where: ${where(a, place, r)}`);
    out.push(`   Next:  ${r.nextSessions.length ? r.nextSessions.map(when).join(', ') : 'no dates recorded'}`);
    const why = r.criteria
      .filter((c) => (c.outcome === 'match' || c.outcome === 'partial') && c.weight > 0 && c.criterion !== 'distance')
      .sort((x, y) => y.contribution - x.contribution)
      .map((c) => c.reason);
    if (why.length) out.push(`   Why:   ${why.join('; ')}`);
    const ask = r.criteria.filter((c) => c.outcome === 'unknown').map((c) => c.reason);
    if (ask.length) out.push(`   Ask:   ${ask.join('; ')}`);
    const failed = r.criteria.filter((c) => c.outcome === 'fail').map((c) => c.reason);
    if (failed.length) out.push(`   But:   ${failed.join('; ')}`);
  };
  response.results.forEach((r, k) => block(r, `${k + 1}.`));
  if (explainExcluded && response.excluded.length) {
    out.push('');
    out.push('Near misses (each ruled out by one thing):');
    for (const r of response.excluded) block(r, '-');
  }
  return `${out.join('\n')}\n`;
}

/**
 * `artsrx match DATASET --profile FILE [--limit N] [--now ISO] [--format text|json]`: the
 * activities that best fit a person, with scores, distances, the next sessions that fit their
 * free times, and a reason for every criterion. JSON: `{ results, considered }` as in
 * architecture.md (each criterion also carries its `contribution`; `excluded` is added with
 * `--explain-excluded`). Invalid records are skipped with a count on stderr; the profile is never
 * echoed.
 */
export function matchCommand(): Command {
  return new Command('match')
    .description('rank the activities in a dataset for one person, with reasons')
    .argument('<dataset>', 'ArtsRx dataset (JSON or NDJSON), or - for stdin')
    .requiredOption('--profile <file>', 'person profile (JSON, see `artsrx schema person-profile`)')
    .option('--limit <n>', 'how many results (default 10)')
    .option('--now <iso>', 'the moment to search from (default now)')
    .option('--horizon <days>', 'how many days ahead to look for sessions (default 28)')
    .option('--diversify', 'avoid a list that is all one organisation or one art form')
    .option('--explain-excluded', 'also show the best activities ruled out by a single constraint')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(
      _action(async (file: string, options: MatchCliOptions) => {
        const limit = _intOption('--limit', options.limit, 10);
        if (limit < 1) throw new _CliError('--limit must be at least 1');
        const horizonDays = _intOption('--horizon', options.horizon, 28);
        if (horizonDays < 1 || horizonDays > 366) throw new _CliError('--horizon must be from 1 to 366 days');
        const now = _parseNow(options.now);
        if (options.profile === '-' && file === '-') throw new _CliError('only one of DATASET and --profile can be read from stdin');

        const profileInput = await _readText(options.profile);
        const profileParsed = PersonProfileSchema.safeParse(_parseJsonText(profileInput.text, options.profile));
        if (!profileParsed.success) {
          // Paths and rule messages only: a profile is personal data and is never echoed.
          const where = profileParsed.error.issues.slice(0, 5).map((i) => `/${i.path.join('/')}: ${i.message}`);
          throw new _CliError(`${profileInput.name} is not a valid person profile (${where.join('; ')})`);
        }

        const input = await _readText(file);
        const raw = _parseDatasetText(input.text, file);
        const places: Place[] = [];
        const activities: Activity[] = [];
        let skipped = 0;
        for (const p of Array.isArray(raw.places) ? raw.places : []) {
          const r = PlaceSchema.safeParse(p);
          if (r.success) places.push(r.data);
          else skipped++;
        }
        for (const a of Array.isArray(raw.activities) ? raw.activities : []) {
          const r = ActivitySchema.safeParse(a);
          if (r.success) activities.push(r.data);
          else skipped++;
        }
        if (skipped > 0) _stderr(`artsrx: skipped ${skipped} invalid record${skipped === 1 ? '' : 's'} in ${input.name} (run artsrx validate to see why)`);

        const response = createMatcher({ places, activities }).match(profileParsed.data, {
          limit,
          now,
          horizonDays,
          diversify: options.diversify === true,
          explainExcluded: options.explainExcluded === true,
        });
        if (options.format === 'json') {
          const body: Record<string, unknown> = { results: response.results, considered: response.considered };
          if (options.explainExcluded) body.excluded = response.excluded;
          await _stdout(`${JSON.stringify(body, null, 2)}\n`);
          return EXIT.ok;
        }
        const byId = new Map(activities.map((a) => [a.id, a]));
        const placeById = new Map(places.map((p) => [p.id, p]));
        await _stdout(toText(response, byId, placeById, options.explainExcluded === true));
        return EXIT.ok;
      }),
    );
}
