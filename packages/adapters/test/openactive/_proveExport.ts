import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '@artsrx/schema';
import { toOpenActive, toRpdePages, type RpdeItem } from '../../src/openactive/index.js';
import { validateOpenActive, type ValidationResult } from './_validator.js';

/** Reads and parses an ArtsRx dataset file. */
export const loadDataset = (file: string): Dataset => DatasetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

/** The validator's failures, one line each. */
export const failures = (results: ValidationResult[]) => results.filter((r) => r.severity === 'failure').map((r) => `${r.path} ${r.type}: ${r.message.split('\n')[0]}`);

/**
 * Proof: every item exported from `dataset` passes OpenActive's own validator in RPDE feed mode
 * with zero failures. Warnings (recommended fields we have no data for, such as images) are allowed.
 */
export function proveOpenActiveExport(name: string, dataset: Dataset): void {
  describe(`OpenActive validator on the ${name} export`, () => {
    const { value } = toOpenActive(dataset, { baseUrl: 'https://data.example.org/openactive', window: { from: '2026-03-20T00:00:00Z', until: '2026-04-10T00:00:00Z' } });
    const byKind = new Map<string, RpdeItem[]>();
    for (const item of value.items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);

    it('exports something to check', () => {
      expect(value.items.filter((i) => i.state === 'updated').length).toBeGreaterThan(0);
    });

    // Slow: the validator takes a few seconds per item that carries extension properties.
    it.each([...byKind.keys()])('every %s RPDE page passes with zero failures', { timeout: 600_000 }, async (kind) => {
      const pages = toRpdePages(byKind.get(kind)!, { baseUrl: `https://data.example.org/openactive/feeds/${kind}`, pageSize: 5 });
      // The last page is empty by RPDE's rule (items: [] and next pointing to itself); the data-model
      // validator, which checks the data in items, calls an empty array a failure, so it checks the others.
      expect(pages.at(-1)!.page.items).toEqual([]);
      for (const { page } of pages.slice(0, -1)) {
        expect(failures(await validateOpenActive(page))).toEqual([]);
      }
    });

    it('every organisation document passes with zero failures', async () => {
      for (const doc of value.organizations) expect(failures(await validateOpenActive(doc))).toEqual([]);
    });
  });
}
