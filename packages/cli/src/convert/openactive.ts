import { fromOpenActive, toOpenActive, toRpdePages, type RpdeItem } from '@artsrx/adapters/openactive';
import { _parseJsonText } from '../_lib/_dataset.js';
import type { ConvertFormat } from './types.js';
import { _adapterReportLine } from './_adapterReport.js';

const FEEDS: Record<RpdeItem['kind'], string> = {
  SessionSeries: 'session-series',
  ScheduledSession: 'scheduled-sessions',
  CourseInstance: 'course-instances',
  Event: 'events',
  Place: 'places',
};
const DAY = 86_400_000;

/**
 * OpenActive opportunity data (`@artsrx/adapters/openactive`): `--to` writes a folder of RPDE
 * feeds, one per kind (`feeds/session-series/page-1.json`, …), with ScheduledSessions for the
 * 28 days from `--now`; ids are minted under the publisher's URL. `--from` reads an RPDE page,
 * an array of pages or items, or OpenActive documents.
 */
export const openactiveFormat: ConvertFormat = {
  description: 'OpenActive RPDE feeds (SessionSeries, ScheduledSession, CourseInstance, Event, Place) as a folder of pages',
  async to(dataset, options) {
    const report: string[] = [];
    let baseUrl = dataset.publisher.url?.replace(/(?<!\/)\/+$/, '');
    if (baseUrl === undefined) {
      baseUrl = 'https://artsrx.invalid';
      report.push('warning: the dataset has no publisher URL, so OpenActive ids are minted under https://artsrx.invalid; add publisher.url');
    }
    const { value, issues } = toOpenActive(dataset, { baseUrl: `${baseUrl}/openactive`, window: { from: options.now, until: new Date(options.now.getTime() + 28 * DAY) } });
    report.push(...issues.map(_adapterReportLine));
    const files: Record<string, string> = {};
    for (const [kind, feed] of Object.entries(FEEDS) as [RpdeItem['kind'], string][]) {
      const items = value.items.filter((i) => i.kind === kind);
      if (items.length === 0) continue;
      const pages = toRpdePages(items, { baseUrl: `${baseUrl}/openactive/feeds/${feed}` });
      pages.forEach(({ page }, n) => {
        files[`feeds/${feed}/page-${n + 1}.json`] = `${JSON.stringify(page, null, 2)}\n`;
      });
    }
    if (value.organizations.length > 0) files['organizations.json'] = `${JSON.stringify(value.organizations, null, 2)}\n`;
    return { output: files, report };
  },
  async from(input, options) {
    const { value, issues } = fromOpenActive(_parseJsonText(input.text, input.path), { header: { generatedAt: options.now.toISOString() } });
    return { dataset: value, report: issues.map(_adapterReportLine) };
  },
};
