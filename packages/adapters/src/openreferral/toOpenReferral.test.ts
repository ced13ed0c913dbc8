import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { northWest, smallDataset, walk } from '../../test/openreferral/_data.js';
import { errorsOf, hsdsSchema, orukSchema, referenceDir } from '../../test/openreferral/_schemas.js';
import { openReferralId } from './openReferralId.js';
import { toOpenReferral } from './toOpenReferral.js';

const NOW = new Date('2026-02-01T09:00:00Z');

type Doc = Record<string, unknown>;

function expectAllValid(feed: ReturnType<typeof toOpenReferral>['feed'], schema: (f: string) => ReturnType<typeof orukSchema>): void {
  const bad: string[] = [];
  const check = (file: string, docs: unknown[]) => {
    for (const d of docs) for (const e of errorsOf(schema(file), d)) bad.push(`${file} ${(d as Doc).id as string}: ${e}`);
  };
  check('service.json', feed.services);
  check('organization.json', feed.organizations);
  check('service_at_location.json', feed.service_at_locations);
  check('taxonomy.json', feed.taxonomies);
  check('taxonomy_term.json', feed.taxonomy_terms);
  expect(bad).toEqual([]);
}

describe('toOpenReferral', () => {
  it('writes ORUK 3.0 documents that the official ORUK 3.0 JSON Schemas accept (North West example)', () => {
    const { feed } = toOpenReferral(northWest(), { profile: 'oruk-3.0', now: NOW });
    expect(feed.services.length).toBe(northWest().activities.length);
    expect(errorsOf(orukSchema('api_details.json'), feed.api_details)).toEqual([]);
    expectAllValid(feed, orukSchema);
  });

  it('writes HSDS 3.0 documents that the official HSDS 3.0 JSON Schemas accept', () => {
    for (const dataset of [northWest(), smallDataset()]) {
      const { feed } = toOpenReferral(dataset, { profile: 'hsds-3.0', now: NOW });
      expectAllValid(feed, hsdsSchema);
    }
  });

  it('in strict mode writes only properties the ORUK 3.0 schemas define', () => {
    const { feed } = toOpenReferral(smallDataset(), { profile: 'oruk-3.0', strict: true, now: NOW });
    expectAllValid(feed, orukSchema);
    const props = (file: string): Set<string> => {
      const s = JSON.parse(readFileSync(path.join(referenceDir, 'oruk-3.0/schema', file), 'utf8')) as { properties: Record<string, unknown> };
      return new Set(Object.keys(s.properties));
    };
    const nested: Record<string, string> = {
      schedules: 'schedule.json', service_areas: 'service_area.json', service_at_locations: 'service_at_location.json', languages: 'language.json',
      organization: 'organization.json', cost_options: 'cost_option.json', contacts: 'contact.json', attributes: 'attribute.json', location: 'location.json',
      addresses: 'address.json', accessibility: 'accessibility.json', organization_identifiers: 'organization_identifier.json', taxonomy_term: 'taxonomy_term.json',
    };
    const extra: string[] = [];
    const visit = (doc: Doc, file: string, at: string) => {
      const allowed = props(file);
      for (const [k, v] of Object.entries(doc)) {
        if (!allowed.has(k)) extra.push(`${at}/${k}`);
        const child = nested[k];
        if (child === undefined) continue;
        if (Array.isArray(v)) v.forEach((x, i) => visit(x as Doc, child, `${at}/${k}/${i}`));
        else if (typeof v === 'object' && v !== null) visit(v as Doc, child, `${at}/${k}`);
      }
    };
    feed.services.forEach((s, i) => visit(s, 'service.json', `/services/${i}`));
    feed.taxonomy_terms.forEach((t, i) => visit(t, 'taxonomy_term.json', `/taxonomy_terms/${i}`));
    expect(extra).toEqual([]);
  });

  it('leaves out empty optional fields: no null, empty string or empty array anywhere', () => {
    for (const profile of ['oruk-3.0', 'hsds-3.0'] as const) {
      const { feed } = toOpenReferral(northWest(), { profile, now: NOW });
      const empty = [...walk(feed)].filter(([, v]) => v === null || v === '' || (Array.isArray(v) && v.length === 0) || v === undefined).map(([p]) => p);
      expect(empty).toEqual([]);
    }
  });

  it('derives ids as UUID v5 of the ArtsRx ids, the same on every export', () => {
    const a = toOpenReferral(smallDataset(), { now: NOW }).feed;
    const b = toOpenReferral(smallDataset(), { now: NOW }).feed;
    expect(a).toEqual(b);
    const choir = a.services.find((s) => s.name === 'Wednesday evening choir')!;
    expect(choir.id).toBe(openReferralId('service', 'act-choir'));
    expect(choir.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(choir.organization_id).toBe(openReferralId('organization', 'org-riverside'));
    const ids = [...walk(a)].filter(([p]) => p.endsWith('/id')).map(([, v]) => v as string);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });

  it('does not change the dataset it is given', () => {
    const dataset = smallDataset();
    const copy = structuredClone(dataset);
    toOpenReferral(dataset, { now: NOW });
    expect(dataset).toEqual(copy);
  });

  it('splits a weekly series at the clock change, one row per UTC offset, and around an excepted date', () => {
    const { feed, report } = toOpenReferral(smallDataset(), { now: NOW });
    const choir = feed.services.find((s) => s.id === openReferralId('service', 'act-choir'))!;
    const rows = (choir.schedules as Doc[]).map(({ valid_from, valid_to, opens_at, closes_at, freq, byday, dtstart, until }) => ({ valid_from, valid_to, opens_at, closes_at, freq, byday, dtstart, until }));
    // Checked by hand: clocks go forward on Sunday 29 March 2026; 8 April is excepted, which leaves
    // 1 April as a run of one session; 2 May (a Saturday) is an extra date. Runs of the rule keep
    // the series' first date as dtstart; the last run carries the series end date in `until`.
    expect(rows).toEqual([
      { valid_from: '2026-03-04', valid_to: '2026-03-25', opens_at: '18:30+00:00', closes_at: '20:30+00:00', freq: 'WEEKLY', byday: 'WE', dtstart: '2026-03-04', until: '2026-03-25' },
      { valid_from: '2026-04-01', valid_to: '2026-04-01', opens_at: '18:30+01:00', closes_at: '20:30+01:00', freq: 'WEEKLY', byday: 'WE', dtstart: '2026-04-01', until: '2026-04-01' },
      { valid_from: '2026-04-15', valid_to: '2026-04-29', opens_at: '18:30+01:00', closes_at: '20:30+01:00', freq: 'WEEKLY', byday: 'WE', dtstart: '2026-03-04', until: '2026-04-29' },
      { valid_from: '2026-05-02', valid_to: '2026-05-02', opens_at: '18:30+01:00', closes_at: '20:30+01:00', freq: 'WEEKLY', byday: 'SA', dtstart: '2026-05-02', until: '2026-05-02' },
    ]);
    expect((choir.schedules as Doc[]).map((r) => r.count)).toEqual([undefined, 1, undefined, 1]);
    expect(report.some((r) => r.recordId === 'act-choir' && /clocks change/.test(r.message))).toBe(true);
  });

  it('lists an open-ended monthly series up to the horizon, split at both clock changes', () => {
    const { feed, report } = toOpenReferral(smallDataset(), { now: NOW });
    const print = feed.services.find((s) => s.id === openReferralId('service', 'act-print'))!;
    const rows = (print.schedules as Doc[]).map((r) => [r.valid_from, r.valid_to, r.opens_at, r.freq, r.byday]);
    // First Saturdays; BST from 29 March to 25 October 2026; horizon 366 days after 1 February 2026.
    expect(rows).toEqual([
      ['2026-01-03', '2026-03-07', '10:00+00:00', 'MONTHLY', '1SA'],
      ['2026-04-04', '2026-10-03', '10:00+01:00', 'MONTHLY', '1SA'],
      ['2026-11-07', '2027-01-02', '10:00+00:00', 'MONTHLY', '1SA'],
    ]);
    // Open-ended: the last row has no series end.
    expect((print.schedules as Doc[]).map((r) => r.until)).toEqual(['2026-03-07', '2026-10-03', undefined]);
    expect(report.some((r) => r.recordId === 'act-print' && /Export again/.test(r.message))).toBe(true);
  });

  it('writes every-other-day sessions one by one, overnight end times with the next day\u2019s offset', () => {
    const { feed } = toOpenReferral(smallDataset(), { now: NOW });
    const night = feed.services.find((s) => s.id === openReferralId('service', 'act-night'))!;
    const rows = (night.schedules as Doc[]).map((r) => [r.valid_from, r.opens_at, r.closes_at, r.count]);
    expect(rows).toEqual([
      ['2026-03-27', '23:00+00:00', '01:00+00:00', 1],
      ['2026-03-29', '23:00+01:00', '01:00+01:00', 1],
      ['2026-03-31', '23:00+01:00', '01:00+01:00', 1],
      ['2026-04-02', '23:00+01:00', '01:00+01:00', 1],
    ]);
  });

  it('never writes a wrong time: every session a row describes starts at the ArtsRx local time (North West example)', () => {
    const dataset = northWest();
    const { feed } = toOpenReferral(dataset, { now: new Date('2026-11-01T00:00:00Z') });
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    let checked = 0;
    for (const act of dataset.activities) {
      const s = act.schedule;
      if (s?.startTime === undefined) continue;
      const service = feed.services.find((x) => x.id === openReferralId('service', act.id))!;
      for (const row of (service.schedules ?? []) as Doc[]) {
        const from = Date.parse(`${row.valid_from as string}T00:00:00Z`);
        const to = Date.parse(`${row.valid_to as string}T00:00:00Z`);
        const days = row.byday === undefined ? undefined : String(row.byday).split(',');
        for (let t = from; t <= to; t += 86400000) {
          const date = new Date(t).toISOString().slice(0, 10);
          const wd = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(t).getUTCDay()]!;
          if (row.freq === 'WEEKLY' && days !== undefined && !days.includes(wd)) continue;
          if (row.freq === 'MONTHLY' && t !== from && t !== to) continue;
          const opens = String(row.opens_at);
          const instant = Date.parse(`${date}T${opens.slice(0, 5)}:00${opens.slice(5) === '' ? 'Z' : opens.slice(5)}`);
          expect(london.format(instant)).toBe(s.startTime);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('publishes the ArtsRx vocabularies as taxonomies with stable term ids and URIs, linked through attributes', () => {
    const { feed } = toOpenReferral(smallDataset(), { now: NOW });
    const uris = feed.taxonomies.map((t) => t.uri);
    expect(uris).toEqual(expect.arrayContaining(['https://w3id.org/artsrx/vocab/art-form', 'https://w3id.org/artsrx/vocab/activity-type', 'https://w3id.org/artsrx/vocab/five-ways', 'https://w3id.org/artsrx/vocab/need', 'https://w3id.org/artsrx/vocab/access-support', 'https://w3id.org/artsrx/vocab/abcd-category']));
    const music = feed.taxonomy_terms.find((t) => t.term_uri === 'https://w3id.org/artsrx/vocab/art-form#music')!;
    expect(music).toMatchObject({ name: 'Music', term: 'Music', taxonomy_id: feed.taxonomies.find((t) => t.uri === 'https://w3id.org/artsrx/vocab/art-form')!.id });
    const singing = feed.taxonomy_terms.find((t) => t.term_uri === 'https://w3id.org/artsrx/vocab/activity-type#singing')!;
    expect(singing.parent_id).toBe(music.id);
    const choir = feed.services.find((s) => s.id === openReferralId('service', 'act-choir'))!;
    const linked = (choir.attributes as Doc[]).map((a) => [(a.taxonomy_term as Doc).term_uri, a.value, a.link_id === choir.id, a.taxonomy_term_id === (a.taxonomy_term as Doc).id]);
    expect(linked).toEqual(
      expect.arrayContaining([
        ['https://w3id.org/artsrx/vocab/art-form#music', undefined, true, true],
        ['https://w3id.org/artsrx/vocab/access-support#dementia-friendly', 'true', true, true],
        ['https://w3id.org/artsrx/vocab/access-support#bsl', 'false', true, true],
      ]),
    );
  });

  it('reports what it could not carry, naming each field', () => {
    const { report } = toOpenReferral(smallDataset(), { profile: 'oruk-3.0', strict: true, now: NOW });
    const fields = new Set(report.map((r) => r.field));
    for (const f of ['Activity.capacity', 'Activity.sessionCount', 'Activity.sameAs', 'Activity.socialPrescribing', 'Activity.eligibility.referralRequired', 'Activity.eligibility.notes', 'Activity.languages', 'Activity.contact.phone', 'Activity.contact.url', 'Activity.assetId', 'Activity.provenance', 'Activity.accessSupport.bsl=false', 'Activity.schedule.endDate', 'Activity.schedule.repeat', 'Place.areaCodes', 'Place.transportNotes', 'Place.venueFeatures.hearing-loop=false', 'Organisation.phone', 'Organisation.description', 'Asset.*']) {
      expect(fields, f).toContain(f);
    }
    expect(report.find((r) => r.code === 'openreferral_place_unused')?.recordId).toBe('pl-unused');
  });

  it('rejects an unknown profile', () => {
    expect(() => toOpenReferral(smallDataset(), { profile: 'oruk-1.0' as 'oruk-3.0' })).toThrow(TypeError);
    expect(() => toOpenReferral(smallDataset(), { horizonDays: 0 })).toThrow(RangeError);
  });
});
