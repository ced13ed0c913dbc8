import { fromGeoJSON, toGeoJSON } from '@artsrx/adapters/geojson';
import { _parseJsonText } from '../_lib/_dataset.js';
import type { ConvertFormat } from './types.js';
import { _adapterReportLine } from './_adapterReport.js';

/** GeoJSON for QGIS, uMap and geojson.io: places with their assets and activities (`@artsrx/adapters/geojson`). */
export const geojsonFormat: ConvertFormat = {
  description: 'GeoJSON FeatureCollection of places with their assets and activities (QGIS, uMap, geojson.io); reads asset-mapping pins',
  async to(dataset, options) {
    const { value, issues } = toGeoJSON(dataset, { now: options.now });
    return { output: `${JSON.stringify(value, null, 2)}\n`, report: issues.map(_adapterReportLine) };
  },
  async from(input, options) {
    const { value, issues } = fromGeoJSON(_parseJsonText(input.text, input.path), { header: { generatedAt: options.now.toISOString() } });
    return { dataset: value, report: issues.map(_adapterReportLine) };
  },
};
