import { STANDARD_VERSION, type Dataset } from '@artsrx/schema';

/** Dataset-level fields an importer may be given; what is left out is assumed (and reported by the caller). */
export interface DatasetHeaderOptions {
  /** Who publishes the data; default `{ name: 'Unknown publisher' }`. */
  publisher?: Dataset['publisher'];
  /** Licence; default `OGL-UK-3.0`. */
  license?: string;
  /** When the dataset was made; default now. */
  generatedAt?: string;
}

/** An empty ArtsRx dataset for an importer to fill, with the header given or its defaults. */
export function _emptyDataset(header: DatasetHeaderOptions | undefined): Dataset {
  return {
    standard: 'artsrx',
    version: STANDARD_VERSION,
    publisher: header?.publisher ?? { name: 'Unknown publisher' },
    license: header?.license ?? 'OGL-UK-3.0',
    generatedAt: header?.generatedAt ?? new Date().toISOString(),
    organisations: [],
    places: [],
    assets: [],
    activities: [],
  };
}
