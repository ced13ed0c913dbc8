export { toGeoJSON, type GeoJSONActivitySummary, type PlaceFeatureProperties, type ToGeoJSONOptions } from './toGeoJSON.js';
export { fromGeoJSON, type FromGeoJSONOptions, type GeoJSONMapping } from './fromGeoJSON.js';
export type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
