import { readFileSync } from 'node:fs';
import { DatasetSchema, type Dataset } from '@artsrx/schema';

/** The North West example (73 activities) repeated `copies` times with distinct ids. */
export function bigNorthWest(copies: number): Dataset {
  const nw = JSON.parse(readFileSync(new URL('../../../examples/north-west/dataset.json', import.meta.url), 'utf8')) as Dataset;
  const s = (id: string | undefined, i: number) => (id === undefined ? undefined : `${id}-${i}`);
  const many = <T,>(list: T[], f: (x: T, i: number) => T) => Array.from({ length: copies }, (_, i) => list.map((x) => f(x, i))).flat();
  return DatasetSchema.parse({
    ...nw,
    organisations: many(nw.organisations, (o, i) => ({ ...o, id: s(o.id, i)! })),
    places: many(nw.places, (p, i) => ({ ...p, id: s(p.id, i)! })),
    assets: many(nw.assets, (a, i) => ({ ...a, id: s(a.id, i)!, organisationId: s(a.organisationId, i), placeIds: a.placeIds?.map((p) => `${p}-${i}`) })),
    activities: many(nw.activities, (a, i) => ({ ...a, id: s(a.id, i)!, organisationId: s(a.organisationId, i), assetId: s(a.assetId, i), placeId: s(a.placeId, i) })),
  });
}
