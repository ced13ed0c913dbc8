import { ActivitySchema, AssetSchema, OrganisationSchema, PlaceSchema, type Dataset } from '@artsrx/schema';

/**
 * The records of a (possibly invalid) dataset that pass their schema, as a parsed dataset: the map
 * and the matcher work on these, so one broken record does not hide all the others.
 */
export function usableDataset(raw: unknown): { dataset: Dataset; dropped: number } {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  let dropped = 0;
  const keep = <T>(list: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T[] => {
    if (!Array.isArray(list)) return [];
    const out: T[] = [];
    for (const item of list) {
      const parsed = schema.safeParse(item);
      if (parsed.success) out.push(parsed.data);
      else dropped += 1;
    }
    return out;
  };
  const dataset = {
    ...input,
    organisations: keep(input.organisations, OrganisationSchema),
    places: keep(input.places, PlaceSchema),
    assets: keep(input.assets, AssetSchema),
    activities: keep(input.activities, ActivitySchema),
  } as Dataset;
  return { dataset, dropped };
}
