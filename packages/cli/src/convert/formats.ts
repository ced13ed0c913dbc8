import type { ConvertFormat } from './types.js';
import { artsrxJsonFormat, artsrxNdjsonFormat } from './artsrx.js';
import { csvFormat } from './csv.js';
import { fhirFormat } from './fhir.js';
import { geojsonFormat } from './geojson.js';
import { icsFormat } from './ics.js';
import { openactiveFormat } from './openactive.js';
import { hsdsFormat, oruk1Format, orukFormat } from './openreferral.js';
import { schemaorgFormat } from './schemaorg.js';
// Adapters: one import line and one entry line each, e.g.
//   import { orukFormat } from './oruk.js';   and   oruk: orukFormat,

export type { ConvertFormat, FormatFromOptions, FormatFromResult, FormatInput, FormatToOptions, FormatToResult } from './types.js';

/**
 * Formats `artsrx convert` can write (`--to NAME`) and read (`--from NAME`), by name. Add one
 * entry per format, defined in its own file `src/convert/<name>.ts`; keep the list sorted.
 */
export const FORMATS: Record<string, ConvertFormat> = {
  csv: csvFormat,
  fhir: fhirFormat,
  geojson: geojsonFormat,
  hsds: hsdsFormat,
  ics: icsFormat,
  json: artsrxJsonFormat,
  ndjson: artsrxNdjsonFormat,
  openactive: openactiveFormat,
  oruk: orukFormat,
  oruk1: oruk1Format,
  schemaorg: schemaorgFormat,
};
