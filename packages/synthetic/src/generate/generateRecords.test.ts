import { GSS_CODE_PATTERN, UK_POSTCODE_PATTERN } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { TOWNS } from '../towns.js';
import { generateDataset } from './generateDataset.js';
import { generateRecords, SYNTHETIC_PUBLISHER, type SyntheticRecord } from './generateRecords.js';

const NOW = new Date('2026-05-01T12:00:00Z');
const all = (activities: number, seed: string | number = 1) => [...generateRecords({ activities, seed, now: NOW })];

describe('generateRecords', () => {
  it('starts with a header naming the data as synthetic and not real', () => {
    const [header] = all(5);
    expect(header).toMatchObject({ type: 'DatasetHeader', standard: 'artsrx', publisher: { name: SYNTHETIC_PUBLISHER }, generatedAt: '2026-05-01T00:00:00Z' });
    expect(SYNTHETIC_PUBLISHER).toBe('ArtsRx synthetic data (not real)');
  });

  it('makes exactly the number of activities asked for', () => {
    for (const n of [0, 1, 7, 250]) expect(all(n).filter((r) => r.type === 'Activity')).toHaveLength(n);
  });

  it('gives the same records for the same seed and different records for another seed', () => {
    expect(JSON.stringify(all(50, 'a'))).toBe(JSON.stringify(all(50, 'a')));
    expect(JSON.stringify(all(50, 'a'))).not.toBe(JSON.stringify(all(50, 'b')));
  });

  it('marks every record illustrative and keeps web addresses and emails on example.org', () => {
    const records = all(400).filter((r) => r.type !== 'DatasetHeader') as Exclude<SyntheticRecord, { type: 'DatasetHeader' }>[];
    for (const r of records) expect(r.provenance.illustrative).toBe(true);
    const text = JSON.stringify(records);
    for (const m of text.matchAll(/https?:\/\/([^/"]+)/g)) expect(m[1]).toMatch(/(^|\.)example\.org$/);
    for (const m of text.matchAll(/@([a-z0-9.-]+)"/g)) expect(m[1]).toMatch(/(^|\.)example\.org$/);
  });

  it('only refers back to records already emitted, so it can be streamed', () => {
    const seen = new Set<string>();
    for (const r of all(400)) {
      if (r.type === 'DatasetHeader') continue;
      for (const ref of [(r as { organisationId?: string }).organisationId, (r as { placeId?: string }).placeId, (r as { assetId?: string }).assetId, ...((r as { placeIds?: string[] }).placeIds ?? [])]) {
        if (ref !== undefined) expect(seen.has(ref)).toBe(true);
      }
      seen.add(r.id);
    }
  });

  it('places every venue in England near a real town, with valid postcodes and GSS codes', () => {
    const places = all(400).filter((r) => r.type === 'Place') as Extract<SyntheticRecord, { type: 'Place' }>[];
    for (const p of places) {
      const [lng, lat] = p.geo!.coordinates;
      expect(lng).toBeGreaterThan(-6.5);
      expect(lng).toBeLessThan(1.8);
      expect(lat).toBeGreaterThan(49.8);
      expect(lat).toBeLessThan(55.9);
      expect(p.address!.postcode).toMatch(UK_POSTCODE_PATTERN);
      expect(p.areaCodes!.localAuthority).toMatch(GSS_CODE_PATTERN);
    }
  });

  it('is lazy: the first record of a million-activity dataset comes without generating the rest', () => {
    const iterator = generateRecords({ activities: 1_000_000, seed: 1, now: NOW });
    expect(iterator.next().value).toMatchObject({ type: 'DatasetHeader' });
    expect(iterator.next().value).toMatchObject({ type: 'Organisation' });
  });

  it('throws a RangeError for a bad count', () => {
    expect(() => generateRecords({ activities: -1 }).next()).toThrow(RangeError);
    expect(() => generateRecords({ activities: 1.5 }).next()).toThrow(RangeError);
  });
});

describe('generateDataset', () => {
  it('gathers the records into the lists of one dataset', () => {
    const d = generateDataset({ activities: 120, seed: 3, now: NOW });
    expect(d.activities).toHaveLength(120);
    expect(d.organisations.length).toBeGreaterThan(10);
    expect(d.places.length).toBeGreaterThanOrEqual(d.organisations.length);
    expect((d.activities[0] as { type?: string }).type).toBeUndefined();
  });
});

describe('TOWNS', () => {
  it('lists real English towns with unique names, English GSS codes and centres in England', () => {
    expect(TOWNS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(TOWNS.map((t) => t.name)).size).toBe(TOWNS.length);
    for (const t of TOWNS) {
      expect(t.localAuthority).toMatch(/^E0[6789]\d{6}$/);
      expect(t.region).toMatch(/^E1200000[1-9]$/);
      const [lng, lat] = t.centre;
      expect(lng).toBeGreaterThan(-5.8);
      expect(lng).toBeLessThan(1.8);
      expect(lat).toBeGreaterThan(50);
      expect(lat).toBeLessThan(55.8);
    }
  });
});
