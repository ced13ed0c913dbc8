import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '@artsrx/schema';
import { occurrences } from '@artsrx/schedule';
import { fromOpenActive } from './fromOpenActive.js';
import { toOpenActive } from './toOpenActive.js';
import { toRpdePages } from './toRpdePages.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataset = DatasetSchema.parse(JSON.parse(readFileSync(path.join(here, '../../test/openactive/dataset.json'), 'utf8')));
const reference = path.resolve(here, '../../../../../shared/reference/openactive/data-models/examples');
const header = { generatedAt: '2026-03-20T09:00:00Z', publisher: { name: 'Test' }, license: 'CC-BY-4.0' };

describe('fromOpenActive', () => {
  const exported = toOpenActive(dataset, { baseUrl: 'https://data.example.org/openactive' }).value;
  const pages = toRpdePages(exported.items.filter((i) => i.kind !== 'ScheduledSession' && i.kind !== 'Place'), { baseUrl: 'https://data.example.org/feed' }).map((p) => p.page);
  const { value, issues } = fromOpenActive(pages, { header });
  const original = (id: string) => dataset.activities.find((a) => a.id === id)!;
  const back = (id: string) => value.activities.find((a) => a.id === id)!;

  it('reads back every exported opportunity, and nothing else', () => {
    expect(value.activities.map((a) => a.id).sort()).toEqual(['act-drama', 'act-folk', 'act-online-singing', 'act-sing', 'act-walk']);
  });

  it('carries schedules that expand to the same sessions', () => {
    for (const id of ['act-sing', 'act-folk', 'act-drama', 'act-walk', 'act-online-singing']) {
      const window = { from: '2026-01-01', until: '2027-01-01' };
      expect([id, occurrences(back(id).schedule!, window)]).toEqual([id, occurrences(original(id).schedule!, window)]);
    }
  });

  it('carries names, types, art forms, prices, ages, access support, referrals and places', () => {
    for (const id of ['act-sing', 'act-folk', 'act-drama', 'act-walk', 'act-online-singing']) {
      const a = original(id);
      const b = back(id);
      expect(b).toMatchObject({ name: a.name, artForms: a.artForms, activityTypes: a.activityTypes, attendanceMode: a.attendanceMode, organisationId: a.organisationId, status: a.status });
      expect(b.cost?.isFree).toBe(a.cost?.isFree);
      expect(b.cost?.price).toBe(a.cost?.price);
      expect(b.placeId).toBe(a.placeId);
    }
    expect(back('act-sing').accessSupport).toEqual({ 'mental-health': true, 'hearing-impairment': true, 'dementia-friendly': true });
    expect(back('act-folk').eligibility).toEqual({ minAge: 16, maxAge: 99 });
    expect(back('act-online-singing').socialPrescribing).toEqual({ acceptsReferrals: true, routes: ['link-worker', 'gp'] });
    expect(back('act-sing').suitableFor).toEqual(['loneliness']);
    expect(value.places.find((p) => p.id === 'place-hall')).toMatchObject({ name: dataset.places[0]!.name, geo: dataset.places[0]!.geo, venueFeatures: dataset.places[0]!.venueFeatures, address: { lines: ['1 Leece Street, Ropewalks'], town: 'Liverpool', postcode: 'L1 2TR' } });
    expect(value.organisations.map((o) => o.id).sort()).toEqual(['org-heritage', 'org-voices']);
  });

  it('reports the format it had to assume', () => {
    expect(issues.map((i) => i.code)).toEqual(['openactive_format_assumed', 'openactive_format_assumed', 'openactive_format_assumed']);
  });

  it('reads OpenActive’s own examples without throwing, skipping sport it cannot place in the arts', () => {
    const example = JSON.parse(readFileSync(path.join(reference, 'sessionseries_example_1.json'), 'utf8'));
    const result = fromOpenActive(example, { header });
    expect(result.value.activities).toEqual([]);
    expect(result.issues.map((i) => i.code)).toContain('openactive_no_art_form');
  });

  it('accepts the old type/id aliases and a bare document', () => {
    const doc = { ...exported.sessionSeries[0]! } as Record<string, unknown>;
    doc['type'] = doc['@type'];
    delete doc['@type'];
    expect(fromOpenActive(doc, { header }).value.activities.map((a) => a.id)).toEqual(['act-sing']);
    expect(fromOpenActive(null, { header }).value.activities).toEqual([]);
  });
});
