import { Command, Option } from 'commander';
import { findGaps, summariseAssets, toMarkdownTable, type SummaryDimension } from '@artsrx/classify';
import { AREA_CENTROIDS } from '@artsrx/match';
import { _action } from '../_lib/_action.js';
import { _parseDatasetText } from '../_lib/_dataset.js';
import { _CliError } from '../_lib/_errors.js';
import { _readText } from '../_lib/_input.js';
import { _writeOutput } from '../_lib/_output.js';

/** Names of the local authorities and regions in the matcher's sourced area table. */
const AREA_NAMES: Record<string, string> = Object.fromEntries(AREA_CENTROIDS.map((a) => [a.code, a.name]));

interface SummaryCliOptions {
  by: SummaryDimension;
  format: 'markdown' | 'json';
  gapsKm?: string;
  out?: string;
}

const HEADERS = [
  { key: 'label', header: 'Group' },
  { key: 'assets', header: 'Assets' },
  { key: 'activities', header: 'Activities' },
  { key: 'activeActivities', header: 'Active' },
  { key: 'referralReadyActivities', header: 'Referral-ready' },
  { key: 'artForms', header: 'Art forms' },
  { key: 'abcdCoverage', header: 'With ABCD category' },
  { key: 'artFormCoverage', header: 'Assets with art forms' },
  { key: 'fiveWaysCoverage', header: 'With Five Ways' },
];

/**
 * `artsrx summary DATASET [--by localAuthority|region|abcdCategory|artForm] [--format markdown|json] [--gaps-km N]`:
 * an asset-map summary (counts and coverage per group) and, with `--gaps-km`, the places and art
 * forms with no active, referral-ready activity within that distance.
 */
export function summaryCommand(): Command {
  return new Command('summary')
    .description('asset-map summary: counts and coverage by area, ABCD category or art form; --gaps-km finds gaps')
    .argument('<dataset>', 'ArtsRx dataset (JSON or NDJSON), or - for stdin')
    .addOption(new Option('--by <dimension>', 'group by').choices(['localAuthority', 'region', 'abcdCategory', 'artForm']).default('localAuthority'))
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .option('--gaps-km <km>', 'also list local authorities and art forms with no referral-ready activity within this many km')
    .option('-o, --out <file>', 'write here instead of stdout')
    .action(
      _action(async (file: string, options: SummaryCliOptions) => {
        let km: number | undefined;
        if (options.gapsKm !== undefined) {
          km = Number(options.gapsKm);
          if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(options.gapsKm) || !(km > 0)) throw new _CliError(`--gaps-km must be a positive number of kilometres, got "${options.gapsKm}"`);
        }
        const input = await _readText(file);
        const dataset = _parseDatasetText(input.text, file);
        const summary = summariseAssets(dataset, { by: options.by, areaNames: AREA_NAMES });
        const gaps = km === undefined ? undefined : findGaps(dataset, { distanceKm: km, areaNames: AREA_NAMES });
        if (options.format === 'json') {
          await _writeOutput(`${JSON.stringify(gaps ? { ...summary, gaps } : summary, null, 2)}\n`, options.out);
          return;
        }
        const pct = (x: number) => `${Math.round(x * 100)}%`;
        const rows = [...summary.rows, summary.total].map((r) => ({ ...r, abcdCoverage: pct(r.abcdCoverage), artFormCoverage: pct(r.artFormCoverage), fiveWaysCoverage: pct(r.fiveWaysCoverage) }));
        let md = `## Assets by ${options.by}\n\n${toMarkdownTable(rows, { columns: HEADERS.map((h) => ({ ...h, alignRight: h.key !== 'label' })) })}`;
        if (gaps) {
          md += `\n## Gaps: no active, referral-ready activity within ${km} km\n\n`;
          md += gaps.gaps.length === 0
            ? 'None: every local authority reaches every art form in the dataset.\n'
            : toMarkdownTable(
                gaps.gaps.map((g) => ({ centre: g.centreName, artForm: g.artForm ?? 'any', nearest: g.nearestKm === null ? 'none in dataset' : `${g.nearestKm} km` })),
                { columns: [{ key: 'centre', header: 'Local authority' }, { key: 'artForm', header: 'Art form' }, { key: 'nearest', header: 'Nearest referral-ready', alignRight: true }] },
              );
        }
        await _writeOutput(md, options.out);
      }),
    );
}
