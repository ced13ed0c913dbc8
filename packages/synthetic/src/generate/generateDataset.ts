import type { DatasetInput } from '@artsrx/schema';
import { generateRecords, type GenerateOptions } from './generateRecords.js';

/**
 * Generates a whole synthetic dataset in memory (use {@link generateRecords} to stream large ones).
 *
 * @param options - the same options as `generateRecords`
 * @returns an ArtsRx dataset object
 * @example
 * generateDataset({ activities: 100, seed: 1, now: new Date('2026-05-01') }).activities.length //=> 100
 */
export function generateDataset(options: GenerateOptions): DatasetInput & Required<Pick<DatasetInput, 'organisations' | 'places' | 'assets' | 'activities'>> {
  const lists = { organisations: [] as unknown[], places: [] as unknown[], assets: [] as unknown[], activities: [] as unknown[] };
  let header: Record<string, unknown> = {};
  for (const record of generateRecords(options)) {
    const { type, ...rest } = record as { type: string } & Record<string, unknown>;
    if (type === 'DatasetHeader') header = rest;
    else if (type === 'Organisation') lists.organisations.push(rest);
    else if (type === 'Place') lists.places.push(rest);
    else if (type === 'Asset') lists.assets.push(rest);
    else lists.activities.push(rest);
  }
  return { ...header, ...lists } as unknown as ReturnType<typeof generateDataset>;
}
