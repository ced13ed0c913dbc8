import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applySuggestions, classifyActivity, classifyAsset, findGaps, summariseAssets } from '../src/index.js';

// Smoke test on the example dataset (examples/north-west, written separately from this package).
const path = fileURLToPath(new URL('../../../examples/north-west/dataset.json', import.meta.url));

describe.runIf(existsSync(path))('on examples/north-west/dataset.json', () => {
  const dataset = JSON.parse(readFileSync(path, 'utf8')) as { assets: Record<string, unknown>[]; activities: Record<string, unknown>[] };

  it('classifies every asset and activity without throwing', () => {
    for (const a of dataset.assets) expect(Array.isArray(classifyAsset(a, { dataset }))).toBe(true);
    for (const a of dataset.activities) expect(Array.isArray(classifyActivity(a, { dataset }))).toBe(true);
  });

  it('applySuggestions changes no stated value', () => {
    const { dataset: out } = applySuggestions(dataset, { at: '2026-11-26T12:00:00Z' });
    const fields = ['abcdCategory', 'assetKind', 'artForms', 'activityTypes', 'fiveWays'];
    for (const key of ['assets', 'activities'] as const) {
      dataset[key].forEach((before, i) => {
        const after = (out as typeof dataset)[key][i]!;
        for (const f of fields) if (before[f] !== undefined) expect(after[f]).toEqual(before[f]);
      });
    }
  });

  it('summarises every asset and activity and finds gaps', () => {
    const s = summariseAssets(dataset, { by: 'artForm' });
    expect(s.total.assets).toBe(dataset.assets.length);
    expect(s.total.activities).toBe(dataset.activities.length);
    const g = findGaps(dataset, { distanceKm: 10 });
    expect(g.centres.length).toBeGreaterThan(0);
  });
});
