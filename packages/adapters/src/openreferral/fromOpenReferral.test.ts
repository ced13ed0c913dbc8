import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatasetSchema } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orukSchema, readReference, repoRoot } from '../../test/openreferral/_schemas.js';
import { fromOpenReferral } from './fromOpenReferral.js';

const NOW = new Date('2026-02-01T09:00:00Z');
const MOCKS = 'oruk-validator-mocks';

function mockFeed(variant: 'Default' | 'Warn' | 'Fail') {
  const dir = `${MOCKS}/V3.0-UK-${variant}`;
  const org = variant === 'Default' ? 'organization.json' : 'organization_full.json';
  return {
    api_details: readReference(`${dir}/api_details.json`),
    services: [readReference(`${dir}/service_list.json`), readReference(`${dir}/service_full.json`)],
    organizations: [readReference(`${dir}/organization_list.json`), readReference(`${dir}/${org}`)],
    service_at_locations: [readReference(`${dir}/service_at_location_list.json`), readReference(`${dir}/service_at_location_full.json`)],
    taxonomies: [readReference(`${dir}/taxonomy_list.json`), readReference(`${dir}/taxonomy.json`)],
    taxonomy_terms: [readReference(`${dir}/taxonomy_term_list.json`), readReference(`${dir}/taxonomy_term.json`)],
  } as Record<string, unknown>;
}

describe('fromOpenReferral', () => {
  it('imports the ORUK validator\u2019s Default and Warn feeds with no errors, into a valid dataset', () => {
    for (const variant of ['Default', 'Warn'] as const) {
      const { dataset, report } = fromOpenReferral(mockFeed(variant), { now: NOW });
      expect(report.filter((r) => r.severity === 'error'), variant).toEqual([]);
      expect(DatasetSchema.safeParse(dataset).success).toBe(true);
      expect(dataset.activities).toHaveLength(1);
      expect(dataset.activities![0]).toMatchObject({ id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Community Counselling', status: 'active', url: 'http://example.com/counselling', eligibility: { minAge: 12, maxAge: 100 } });
    }
  });

  it('reports as warnings the problems the Warn feed has on optional endpoints', () => {
    const { report } = fromOpenReferral(mockFeed('Warn'), { now: NOW });
    const problems = report.filter((r) => r.code === 'openreferral_missing_required' || r.code === 'openreferral_invalid_uri').map((r) => [r.severity, r.pointer]);
    expect(problems).toEqual([
      ['warning', '/taxonomy_terms/1/description'],
      ['warning', '/taxonomy_terms/1/term_uri'],
    ]);
  });

  it('reports exactly the problems that make the Fail feed fail: the ORUK 3.0 schema errors on /, /services and /services/{id}', () => {
    const feed = mockFeed('Fail');
    const { report } = fromOpenReferral(feed, { now: NOW });
    // External truth: the official ORUK schemas, by ajv, on the three basic endpoints.
    const expected = new Set<string>();
    const collect = (file: string, doc: unknown, prefix: string) => {
      const v = orukSchema(file);
      if (v(doc)) return;
      for (const e of v.errors ?? []) {
        const missing = e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
        expected.add(`${prefix}${e.instancePath}${missing}`);
      }
    };
    collect('api_details.json', feed.api_details, '/api_details');
    collect('service_list.json', (feed.services as unknown[])[0], '/services/0');
    collect('service.json', (feed.services as unknown[])[1], '/services/1');
    expect(expected.size).toBeGreaterThan(3);
    const errors = report.filter((r) => r.severity === 'error' && r.code !== 'openreferral_record_dropped');
    expect(new Set(errors.map((r) => r.pointer))).toEqual(expected);
    // Services without a name are also left out, and say so.
    expect(report.filter((r) => r.code === 'openreferral_record_dropped').every((r) => r.severity === 'error')).toBe(true);
    // Optional endpoints only warn.
    expect(report.filter((r) => r.pointer?.startsWith('/taxonomy_terms')).every((r) => r.severity === 'warning')).toBe(true);
  });

  it('reads ORUK 1.0 pages: regular_schedules, service_taxonomys, eligibilitys and physical_addresses', () => {
    const page = JSON.parse(readFileSync(path.join(repoRoot, 'packages/adapters/test/openreferral/fixtures/oruk1-page.json'), 'utf8')) as unknown;
    const { dataset, report } = fromOpenReferral(page, { now: NOW });
    expect(report.filter((r) => r.severity === 'error')).toEqual([]);
    const parsed = DatasetSchema.parse(dataset);
    expect(parsed.organisations).toEqual([
      expect.objectContaining({ id: 'org-7', name: 'Example Borough Libraries', description: 'Public libraries in Example Borough.', email: 'libraries@example.gov.uk' }),
    ]);
    expect(parsed.places).toEqual([
      expect.objectContaining({
        id: 'loc-9',
        name: 'Central Library',
        geo: { type: 'Point', coordinates: [-2.1, 53.5] },
        address: { lines: ['1 Market Street'], town: 'Example Town', postcode: 'M1 2AB', country: 'GB' },
        accessibilityNotes: 'Lift to all floors',
      }),
    ]);
    const [knit, poetry] = parsed.activities;
    expect(knit).toMatchObject({
      id: 'svc-101',
      organisationId: 'org-7',
      url: 'https://library.example.gov.uk/knit',
      contact: { email: 'library@example.gov.uk', name: 'Library desk', phone: '0161 496 0100' },
      cost: { isFree: true },
      eligibility: { minAge: 18, areaServed: ['E08000010'] },
      languages: ['en'],
      placeId: 'loc-9',
      attendanceMode: 'in-person',
      activityTypes: ['knitting-crochet'],
      artForms: ['crafts'],
      format: 'drop-in',
      lastVerified: '2025-06-30',
      schedule: { timezone: 'Europe/London', startDate: '2025-01-07', startTime: '14:00', endTime: '16:00', repeat: { frequency: 'weekly', byDay: ['TU'] } },
    });
    expect(poetry).toMatchObject({ id: 'svc-102', attendanceMode: 'online', artForms: ['combined-arts'], schedule: { startTime: '19:00', endTime: '20:00', repeat: { frequency: 'weekly', byDay: ['TH'] } } });
    const about = (id: string) => report.filter((r) => r.recordId === id).map((r) => r.field);
    expect(about('svc-101')).toEqual(expect.arrayContaining(['service.deliverable_type', 'service.attending_access', 'service.holiday_schedules', 'service.eligibility_groups', 'service.attributes', 'contact.title', 'service.format']));
    expect(report.some((r) => r.recordId === 'svc-101' && r.message.includes('Community groups'))).toBe(true);
    expect(report.some((r) => r.recordId === 'svc-102' && r.message.startsWith('No art form recorded'))).toBe(true);
    expect(report.some((r) => r.recordId === 'svc-102' && r.code === 'openreferral_schedule_assumed_start')).toBe(true);
  });

  it('reads the HSDS 3.0 example service and both variants of ORUK 3.0 fields', () => {
    const hsds = readReference('hsds-3.0/examples/service_full.json');
    const { dataset, report } = fromOpenReferral(hsds, { now: NOW });
    expect(report.filter((r) => r.severity === 'error')).toEqual([]);
    expect(dataset.activities).toHaveLength(1);
    // The ORUK changelog variant carries HSDS fields the ORUK schema leaves out.
    const changelogVariant = {
      id: 'b4b5d1a0-0000-4000-8000-000000000001',
      name: 'Community choir',
      status: 'active',
      organization: { id: 'b4b5d1a0-0000-4000-8000-000000000002', name: 'Choir CIC', description: 'Runs choirs.' },
      eligibility_description: 'Over 18s',
      fees_description: 'Donations welcome',
      cost_options: [{ id: 'b4b5d1a0-0000-4000-8000-000000000003', amount: 0, currency: 'GBP' }],
      languages: [{ id: 'b4b5d1a0-0000-4000-8000-000000000004', name: 'Welsh', code: 'cy' }],
    };
    const schemaVariant = { ...changelogVariant, eligibility_description: undefined, fees_description: undefined, languages: [{ id: 'b4b5d1a0-0000-4000-8000-000000000004' }] };
    const a = fromOpenReferral(changelogVariant, { now: NOW }).dataset.activities![0]!;
    expect(a).toMatchObject({ eligibility: { notes: 'Over 18s' }, cost: { isFree: true, notes: 'Donations welcome' }, languages: ['cy'] });
    const b = fromOpenReferral(schemaVariant, { now: NOW });
    expect(b.report.filter((r) => r.severity === 'error')).toEqual([]);
    expect(b.dataset.activities![0]).toMatchObject({ cost: { isFree: true } });
    expect(b.dataset.activities![0]!.languages).toBeUndefined();
  });

  it('links services to locations published only on the /service_at_locations endpoint', () => {
    const service = { id: 's1', name: 'Pottery', status: 'active', organization_id: 'o1' };
    const sal = { id: 'sal1', service_id: 's1', location_id: 'l1', location: { id: 'l1', location_type: 'physical', name: 'Studio', latitude: 53.4, longitude: -2.2 } };
    const { dataset } = fromOpenReferral({ services: [service], service_at_locations: { contents: [sal] } }, { now: NOW });
    expect(dataset.activities![0]).toMatchObject({ placeId: 'l1', attendanceMode: 'in-person' });
    expect(dataset.places![0]).toMatchObject({ id: 'l1', name: 'Studio', geo: { type: 'Point', coordinates: [-2.2, 53.4] } });
  });

  it('uses the art-form suggestions it is given, and reports them as assumptions', () => {
    const service = { id: 'x1', name: 'Drumming circle', status: 'active', organization_id: 'o1' };
    const { dataset, report } = fromOpenReferral(service, { now: NOW, suggestArtForms: () => ['music'] });
    expect(dataset.activities![0]!.artForms).toEqual(['music']);
    expect(report.find((r) => r.message.includes('classifier suggested music'))?.recordId).toBe('x1');
  });

  it('never throws on bad data, and says when the input is not a feed', () => {
    for (const bad of [null, 42, 'services', [1, 2], { contents: 'x' }, { services: [null, { id: 3 }] }]) {
      const { dataset, report } = fromOpenReferral(bad, { now: NOW });
      expect(dataset.activities).toEqual([]);
      if (bad === null || typeof bad !== 'object') expect(report[0]?.code).toBe('openreferral_unrecognised_input');
    }
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { dataset } = fromOpenReferral(value, { now: NOW });
        return Array.isArray(dataset.activities);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('id', 'name', 'status', 'schedules', 'organization', 'service_at_locations', 'cost_options', 'attributes', 'languages'), fc.jsonValue()), (service) => {
        fromOpenReferral({ id: 's', name: 'n', ...service }, { now: NOW });
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('reads hostile schedules (centuries-long windows, impossible dates) without hanging or throwing', () => {
    const rows = [
      { id: 'a', freq: 'WEEKLY', byday: 'MO', dtstart: '0001-01-01', valid_from: '0001-01-01', valid_to: '9999-12-31', until: '9999-12-31', opens_at: '10:00', closes_at: '11:00' },
      { id: 'b', freq: 'WEEKLY', byday: 'MO', dtstart: '0001-01-01', valid_from: '5000-01-01', valid_to: '5000-01-01', opens_at: '10:00', closes_at: '11:00' },
      { id: 'c', freq: 'MONTHLY', byday: '9XX', dtstart: '2026-02-31', opens_at: '25:99', closes_at: 'noon' },
      { id: 'd', freq: 'DAILY', opens_at: '10:00', closes_at: '11:00' },
    ];
    const { dataset, report } = fromOpenReferral({ id: 'h', name: 'Hostile', status: 'active', organization_id: 'o', schedules: rows }, { now: NOW });
    expect(dataset.activities).toHaveLength(1);
    expect(report.some((r) => r.code === 'openreferral_schedule_unsupported')).toBe(true);
  });

  it('rejects a suggestArtForms that is not a function', () => {
    expect(() => fromOpenReferral({}, { suggestArtForms: 'music' as unknown as () => string[] })).toThrow(TypeError);
  });
});
