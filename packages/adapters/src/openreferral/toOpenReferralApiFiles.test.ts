import { describe, expect, it } from 'vitest';
import { northWest } from '../../test/openreferral/_data.js';
import { errorsOf, hsdsSchema, orukSchema } from '../../test/openreferral/_schemas.js';
import { fromOpenReferral } from './fromOpenReferral.js';
import { toOpenReferral } from './toOpenReferral.js';
import { toOpenReferralApiFiles } from './toOpenReferralApiFiles.js';

describe('toOpenReferralApiFiles', () => {
  const { feed } = toOpenReferral(northWest(), { now: new Date('2026-11-01T00:00:00Z') });
  const files = toOpenReferralApiFiles(feed, { perPage: 20 });
  const json = (name: string) => JSON.parse(files[name]!) as Record<string, unknown>;

  it('writes a static ORUK API folder whose every document the official ORUK 3.0 schemas accept', () => {
    expect(errorsOf(orukSchema('api_details.json'), json('api_details.json'))).toEqual([]);
    expect(errorsOf(orukSchema('service_list.json'), json('services.json'))).toEqual([]);
    expect(errorsOf(orukSchema('organization_list.json'), json('organizations.json'))).toEqual([]);
    expect(errorsOf(orukSchema('service_at_location_list.json'), json('service_at_locations.json'))).toEqual([]);
    expect(errorsOf(orukSchema('taxonomy_list.json'), json('taxonomies.json'))).toEqual([]);
    expect(errorsOf(orukSchema('taxonomy_term_list.json'), json('taxonomy_terms.json'))).toEqual([]);
    const services = Object.keys(files).filter((f) => f.startsWith('services/'));
    expect(services).toHaveLength(feed.services.length);
    for (const f of services) expect(errorsOf(orukSchema('service.json'), json(f)), f).toEqual([]);
  });

  it('puts the first page in services.json and every term in taxonomy_terms.json', () => {
    expect(json('services.json')).toMatchObject({ page_number: 1, size: 20, total_items: feed.services.length, last_page: false });
    expect((json('taxonomy_terms.json').contents as unknown[]).length).toBe(feed.taxonomy_terms.length);
    expect(files['api_details.json']!.endsWith('}\n')).toBe(true);
  });

  it('reads back: the folder as a feed gives the same activities', () => {
    const bundle = {
      api_details: json('api_details.json'),
      services: Object.keys(files).filter((f) => f.startsWith('services/')).map(json),
      organizations: json('organizations.json'),
      taxonomy_terms: json('taxonomy_terms.json'),
    };
    const { dataset, report } = fromOpenReferral(bundle);
    expect(report.filter((r) => r.severity === 'error')).toEqual([]);
    expect(dataset.activities).toHaveLength(feed.services.length);
  });

  it('writes HSDS 3.0 list pages whose items the HSDS 3.0 list schemas accept', () => {
    const hsds = toOpenReferralApiFiles(toOpenReferral(northWest(), { profile: 'hsds-3.0', now: new Date('2026-11-01T00:00:00Z') }).feed);
    const items = (name: string) => (JSON.parse(hsds[name]!) as { contents: unknown[] }).contents;
    const bad: string[] = [];
    for (const [file, schema] of [
      ['services.json', 'compiled/service_list.json'],
      ['organizations.json', 'compiled/organization_list.json'],
      ['service_at_locations.json', 'compiled/service_at_location_list.json'],
      ['taxonomies.json', 'taxonomy.json'],
      ['taxonomy_terms.json', 'taxonomy_term.json'],
    ] as const) {
      for (const item of items(file)) bad.push(...errorsOf(hsdsSchema(schema), item).map((e) => `${file}: ${e}`));
    }
    expect(bad).toEqual([]);
  });

  it('rejects a bad page size', () => {
    expect(() => toOpenReferralApiFiles(feed, { perPage: 0 })).toThrow(RangeError);
  });
});
