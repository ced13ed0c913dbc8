import { toSchemaOrg } from '@artsrx/adapters/schemaorg';
import type { ConvertFormat } from './types.js';
import { _adapterReportLine } from './_adapterReport.js';

/** schema.org JSON-LD for web pages and search engines: one `@graph` of every record (`@artsrx/adapters/schemaorg`). */
export const schemaorgFormat: ConvertFormat = {
  description: 'schema.org JSON-LD (@graph of events, places and organisations) for web pages and search engines',
  async to(dataset) {
    const base = dataset.publisher.url;
    const graph: unknown[] = [];
    const report: string[] = [];
    for (const record of [...dataset.activities, ...dataset.places, ...dataset.organisations, ...dataset.assets]) {
      const { value, issues } = toSchemaOrg(record, { dataset, ...(base !== undefined ? { baseUrl: base } : {}) });
      const { '@context': _context, ...node } = value;
      graph.push(node);
      report.push(...issues.filter((i) => i.severity !== 'info').map(_adapterReportLine));
    }
    return { output: `${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)}\n`, report };
  },
};
