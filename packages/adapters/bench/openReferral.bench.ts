import { readFileSync } from 'node:fs';
import { DatasetSchema, type Dataset } from '@artsrx/schema';
import { bench, describe } from 'vitest';
import { fromOpenReferral } from '../src/openreferral/fromOpenReferral.js';
import { toOpenReferral } from '../src/openreferral/toOpenReferral.js';

// The North West example (73 activities) repeated 10 times with distinct ids: 730 activities,
// 360 places, 190 organisations. Baselines, measured in the same run:
// - export: a JSON deep copy of the dataset, the floor any record-by-record transform pays;
// - import: DatasetSchema.parse of the same ArtsRx data, i.e. validating what the import makes.
const nw = JSON.parse(readFileSync(new URL('../../../examples/north-west/dataset.json', import.meta.url), 'utf8')) as Dataset;
const copies = 10;
const suffix = (id: string | undefined, i: number) => (id === undefined ? undefined : `${id}-${i}`);
const big = DatasetSchema.parse({
  ...nw,
  organisations: Array.from({ length: copies }, (_, i) => nw.organisations.map((o) => ({ ...o, id: suffix(o.id, i) }))).flat(),
  places: Array.from({ length: copies }, (_, i) => nw.places.map((p) => ({ ...p, id: suffix(p.id, i) }))).flat(),
  assets: Array.from({ length: copies }, (_, i) => nw.assets.map((a) => ({ ...a, id: suffix(a.id, i), organisationId: suffix(a.organisationId, i), placeIds: a.placeIds?.map((p) => `${p}-${i}`) }))).flat(),
  activities: Array.from({ length: copies }, (_, i) =>
    nw.activities.map((a) => ({ ...a, id: suffix(a.id, i), organisationId: suffix(a.organisationId, i), assetId: suffix(a.assetId, i), placeId: suffix(a.placeId, i) })),
  ).flat(),
});
const now = new Date('2026-11-01T00:00:00Z');
const { feed } = toOpenReferral(big, { now });
const imported = fromOpenReferral(feed, { now }).dataset;

describe(`toOpenReferral, ${big.activities.length} activities`, () => {
  bench('baseline: JSON deep copy of the dataset', () => {
    JSON.parse(JSON.stringify(big));
  });
  bench('toOpenReferral (ORUK 3.0)', () => {
    toOpenReferral(big, { now });
  });
});

describe(`fromOpenReferral, ${feed.services.length} services`, () => {
  bench('baseline: DatasetSchema.parse of the imported dataset', () => {
    DatasetSchema.parse(imported);
  });
  bench('fromOpenReferral', () => {
    fromOpenReferral(feed, { now });
  });
});
