import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from '@artsrx/schema';
import { fromCsv, toCsv } from '../../src/csv/index.js';
import { loadCsvFixture } from './_load.js';

const headerOf = (d: Dataset) => ({ publisher: d.publisher, license: d.license, generatedAt: d.generatedAt });

describe('CSV ↔ ArtsRx round trip', () => {
  const dataset = loadCsvFixture();

  it('reads back exactly the dataset it wrote, for everything the layout carries', () => {
    const csv = toCsv(dataset).value;
    const back = fromCsv(csv, { header: headerOf(dataset) });
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual(dataset);
  });

  it('round-trips through a semicolon-delimited sheet with a byte-order mark', () => {
    const csv = toCsv(dataset, { mapping: { delimiter: ';' }, bom: true }).value;
    expect(fromCsv(csv, { header: headerOf(dataset) }).value).toEqual(dataset);
  });

  it('round-trips through a mapped layout', () => {
    const mapping = { columns: { activity_name: 'Name of group', place_name: 'Venue' }, listSeparator: ' / ' };
    const csv = toCsv(dataset, { mapping }).value;
    expect(csv.split('\r\n')[0]).toContain('Name of group');
    expect(fromCsv(csv, { header: headerOf(dataset), mapping }).value).toEqual(dataset);
  });

  it('round-trips any names and descriptions: quotes, delimiters, line breaks, formula characters, accents', () => {
    const UNITS = ['a', 'Z', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '|', 'é', '🎨', '\u200d', '1', '.'];
    const textOf = (units: string[]) =>
      fc
        .string({ unit: fc.constantFrom(...units), maxLength: 30 })
        .map((s) => s.trim())
        .filter((s) => /\S/.test(s));
    // Names refuse control characters and line breaks (NameSchema), so line breaks and tabs go in descriptions only.
    const name = textOf(UNITS);
    const text = textOf([...UNITS, '\n', '\r\n', '\t']);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, text), { minLength: 3, maxLength: 3 }), (names) => {
        const varied: Dataset = {
          ...dataset,
          activities: dataset.activities.map((a, i) => ({ ...a, name: names[i]![0], description: names[i]![1] })),
        };
        const back = fromCsv(toCsv(varied).value, { header: headerOf(varied) });
        expect(back.value).toEqual(varied);
      }),
      { numRuns: 200 },
    );
  });
});

describe('CSV round trip on synthetic datasets', () => {
  it('is stable: writing what was read gives the same sheet, for any seed', async () => {
    const { generateDataset } = await import('@artsrx/synthetic');
    const { DatasetSchema } = await import('@artsrx/schema');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const dataset = DatasetSchema.parse(generateDataset({ activities: 20, seed, now: new Date('2026-05-01T00:00:00Z') }));
        const once = toCsv(dataset).value;
        const read = fromCsv(once, { header: headerOf(dataset) });
        expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(toCsv(read.value).value).toBe(once);
      }),
      { numRuns: 15 },
    );
  });
});
