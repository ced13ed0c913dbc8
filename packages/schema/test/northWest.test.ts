import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ABCD_CATEGORIES, DatasetLineSchema, DatasetSchema } from '../src/index.js';

const dir = resolve(import.meta.dirname, '../../../examples/north-west');
const raw = JSON.parse(readFileSync(resolve(dir, 'dataset.json'), 'utf8')) as unknown;

describe('the North West example', () => {
  const parsed = DatasetSchema.safeParse(raw);

  it('is a valid dataset', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('is as large and as varied as the issue asks', () => {
    const d = parsed.data!;
    expect(d.assets.length).toBeGreaterThanOrEqual(40);
    expect(d.activities.length).toBeGreaterThanOrEqual(60);
    expect(d.places.length).toBeGreaterThanOrEqual(30);
    const categories = new Set(d.assets.map((a) => a.abcdCategory));
    for (const c of ABCD_CATEGORIES.ids.filter((id) => id !== 'natural')) expect(categories).toContain(c);
    expect(new Set(d.activities.flatMap((a) => a.artForms)).size).toBeGreaterThanOrEqual(9);
  });

  it('says of every record whether it is illustrative', () => {
    const d = parsed.data!;
    for (const r of [...d.organisations, ...d.places, ...d.assets, ...d.activities]) {
      expect(typeof r.provenance.illustrative, r.id).toBe('boolean');
    }
  });

  it('ships the same records as NDJSON, one valid line each', () => {
    const lines = readFileSync(resolve(dir, 'dataset.ndjson'), 'utf8').trimEnd().split('\n');
    const d = parsed.data!;
    expect(lines).toHaveLength(1 + d.organisations.length + d.places.length + d.assets.length + d.activities.length);
    for (const line of lines) expect(DatasetLineSchema.safeParse(JSON.parse(line)).success).toBe(true);
  });
});
