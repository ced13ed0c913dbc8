import { _emptyDataset, type DatasetHeaderOptions } from '../_lib/_emptyDataset.js';
import {
  ABCD_CATEGORIES,
  ART_FORMS,
  ASSET_KINDS,
  AssetSchema,
  PlaceSchema,
  STANDARD_VERSION,
  type Asset,
  type Dataset,
  type Place,
} from '@artsrx/schema';
import type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
import { _slug } from '../_lib/_labels.js';

/** Which feature properties hold what, for maps made in uMap, geojson.io, QGIS or a workshop tool. */
export interface GeoJSONMapping {
  /** Property with the asset's name; default the first of `name`, `Name`, `title`, `Title`, `NAME`. */
  name?: string;
  /** Property with a description; default the first of `description`, `Description`, `desc`, `notes`. */
  description?: string;
  /** Property with the ABCD category (id or label, e.g. `Association`); default `abcdCategory` or `category`. */
  abcdCategory?: string;
  /** Property with the asset kind (id or label); default `assetKind` or `kind`. */
  assetKind?: string;
  /** Property with art forms (ids or labels, separated by `,`, `;` or `|`); default `artForms`. */
  artForms?: string;
  /** Property with why it matters for wellbeing; default `wellbeingValue` or `why`. */
  wellbeingValue?: string;
  /** Property with a stable id; default the feature's `id`. */
  id?: string;
}

/** Options of {@link fromGeoJSON}. */
export interface FromGeoJSONOptions {
  /** Where to find each field; see {@link GeoJSONMapping}. Default: common property names. */
  mapping?: GeoJSONMapping;
  /** ABCD category and asset kind when a feature has none; default `physical` and `other`, recorded in `provenance.inferred`. */
  defaults?: { abcdCategory?: Asset['abcdCategory']; assetKind?: Asset['assetKind'] };
  /** Who ran the mapping (an organisation or role); default none. */
  recordedBy?: string;
  /** When the map was made (`YYYY-MM-DD`); default the date of `header.generatedAt`. */
  recordedAt?: string;
  /** Dataset-level fields; default publisher "Unknown publisher", licence `OGL-UK-3.0`, generatedAt now. */
  header?: DatasetHeaderOptions;
}

type Obj = Record<string, unknown>;
const FIRST = {
  name: ['name', 'Name', 'title', 'Title', 'NAME'],
  description: ['description', 'Description', 'desc', 'notes'],
  abcdCategory: ['abcdCategory', 'category', 'Category'],
  assetKind: ['assetKind', 'kind', 'Kind'],
  artForms: ['artForms', 'art_forms'],
  wellbeingValue: ['wellbeingValue', 'why'],
  id: [] as string[],
};
/** Properties that map tools add for styling; never reported as unused. */
const STYLING = /^(_umap_options|marker-|stroke|fill|title-|fid$|ogc_fid$|id$)/;

function termOf(value: unknown, ids: readonly string[], labels: Map<string, string>): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  return ids.includes(v) ? v : labels.get(v);
}

const labelsOf = (terms: readonly { id: string; label: string }[]) => new Map(terms.map((t) => [t.label.toLowerCase(), t.id]));
const ABCD_LABELS = labelsOf(ABCD_CATEGORIES.terms);
const KIND_LABELS = labelsOf(ASSET_KINDS.terms);
const ART_LABELS = labelsOf(ART_FORMS.terms);

/**
 * Reads point features from a mapping tool (an asset-mapping workshop's uMap or geojson.io map)
 * into `nominated` community assets, each with a place, provenance source `asset-mapping`.
 * Features this package wrote with {@link toGeoJSON} are read back exactly. Everything it could
 * not use — lines and areas, features without a name, bad coordinates, unknown categories,
 * unmapped properties — is reported.
 *
 * @param input - A GeoJSON FeatureCollection (or a single Feature), as parsed JSON.
 * @param options - Property mapping, defaults and provenance; see {@link FromGeoJSONOptions}.
 * @returns A dataset of places and assets, and the issues found.
 * @throws TypeError when `input` is not an object.
 * @example
 * ```ts
 * const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-2.24, 53.48] }, properties: { name: 'Bench mural', category: 'Cultural' } }] };
 * fromGeoJSON(fc, { recordedAt: '2026-05-01' }).value.assets[0]?.status;
 * //=> 'nominated'
 * ```
 */
export function fromGeoJSON(input: unknown, options: FromGeoJSONOptions = {}): AdapterResult<Dataset> {
  if (typeof input !== 'object' || input === null) throw new TypeError('input must be a GeoJSON FeatureCollection or Feature object');
  const issues: AdapterIssue[] = [];
  const generatedAt = options.header?.generatedAt ?? new Date().toISOString();
  const recordedAt = options.recordedAt ?? generatedAt.slice(0, 10);
  const dataset: Dataset = _emptyDataset({ ...options.header, generatedAt });
  const root = input as Obj;
  const features: unknown[] = root['type'] === 'FeatureCollection' && Array.isArray(root['features']) ? root['features'] : root['type'] === 'Feature' ? [root] : [];
  if (features.length === 0) {
    issues.push({ code: 'geojson_no_features', severity: 'error', message: 'There are no features to read: expected a GeoJSON FeatureCollection.', pointer: '' });
    return { value: dataset, issues };
  }
  const mapping = options.mapping ?? {};
  const ids = new Set<string>();
  const unused = new Map<string, number>();
  let defaultedCategory = 0;
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };

  features.forEach((raw, i) => {
    const pointer = root['type'] === 'FeatureCollection' ? `/features/${i}` : '';
    const feature = (typeof raw === 'object' && raw !== null ? raw : {}) as Obj;
    const props = (typeof feature['properties'] === 'object' && feature['properties'] !== null ? feature['properties'] : {}) as Obj;
    const geometry = feature['geometry'] as Obj | null | undefined;
    let coords: unknown = geometry?.['coordinates'];
    if (geometry?.['type'] === 'MultiPoint' && Array.isArray(coords) && coords.length > 0) {
      if (coords.length > 1) issues.push({ code: 'geojson_multipoint', severity: 'warning', message: `Feature ${i + 1} has several points; only the first was used.`, pointer });
      coords = coords[0];
    } else if (geometry?.['type'] !== 'Point') {
      issues.push({ code: 'geojson_not_a_point', severity: 'warning', message: `Feature ${i + 1} is ${geometry?.['type'] ? `a ${typeof geometry['type'] === 'string' ? geometry['type'] : 'geometry of no known type'}` : 'without geometry'}, not a point, so it was not used.`, hint: 'Mark each asset with a point (a pin) on the map.', pointer });
      return;
    }
    const [lon, lat] = Array.isArray(coords) ? (coords as unknown[]) : [];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      issues.push({ code: 'geojson_bad_coordinates', severity: 'error', message: `Feature ${i + 1} has coordinates that are not a longitude and latitude.`, hint: 'GeoJSON writes [longitude, latitude] in WGS84.', pointer: `${pointer}/geometry/coordinates` });
      return;
    }
    // Britain lies at longitude −9…2, latitude 49…61: a point the other way round was swapped.
    if (lon >= 49 && lon <= 61 && lat >= -9 && lat <= 2) {
      issues.push({ code: 'geojson_swapped_coordinates', severity: 'warning', message: `Feature ${i + 1} is at [${lon}, ${lat}], which looks like [latitude, longitude]; it was read as written.`, hint: 'GeoJSON puts longitude first.', pointer: `${pointer}/geometry/coordinates` });
    }

    // A feature written by toGeoJSON carries its exact records.
    const own = props['artsrx'] as Obj | undefined;
    if (own && typeof own === 'object' && own['place']) {
      const place = PlaceSchema.safeParse(own['place']);
      if (!place.success) {
        issues.push({ code: 'geojson_invalid_record', severity: 'error', message: `Feature ${i + 1}: its ArtsRx place is not valid — ${place.error.issues[0]?.message}.`, pointer: `${pointer}/properties/artsrx/place` });
        return;
      }
      dataset.places.push({ ...place.data, geo: { type: 'Point', coordinates: [lon, lat] } } as Place);
      ids.add(place.data.id);
      const ownAssets = Array.isArray(own['assets']) ? own['assets'] : [];
      ownAssets.forEach((a, j) => {
        const asset = AssetSchema.safeParse(a);
        if (!asset.success) issues.push({ code: 'geojson_invalid_record', severity: 'error', message: `Feature ${i + 1}: an ArtsRx asset is not valid — ${asset.error.issues[0]?.message}.`, pointer: `${pointer}/properties/artsrx/assets/${j}` });
        else if (!dataset.assets.some((x) => x.id === asset.data.id)) dataset.assets.push(asset.data as Asset);
      });
      return;
    }

    const pick = (field: keyof typeof FIRST): [string | undefined, unknown] => {
      const key = mapping[field] ?? FIRST[field].find((k) => props[k] !== undefined && props[k] !== null && props[k] !== '');
      return key === undefined ? [undefined, undefined] : [key, props[key]];
    };
    const used = new Set<string>();
    const [nameKey, nameValue] = pick('name');
    if (typeof nameValue !== 'string' || !/\S/.test(nameValue)) {
      issues.push({ code: 'geojson_unnamed_feature', severity: 'error', message: `Feature ${i + 1} has no name, so it was not used.`, hint: mapping.name ? `Fill in the "${mapping.name}" property.` : 'Give it a name, or say which property holds names with mapping.name.', pointer: `${pointer}/properties` });
      return;
    }
    used.add(nameKey!);
    const name = nameValue.trim().slice(0, 300);
    const [idKey, idValue] = mapping.id ? pick('id') : [undefined, feature['id']];
    if (idKey) used.add(idKey);
    const base = typeof idValue === 'string' || typeof idValue === 'number' ? _slug(String(idValue)) : _slug(name);
    const assetId = uniqueId(`asset-${base}`);
    const placeId = uniqueId(`place-${base}`);
    const provenance = { source: 'asset-mapping' as const, recordedAt, ...(options.recordedBy ? { recordedBy: options.recordedBy } : {}) };

    const inferred: { field: string; by: string; confidence: number; at: string }[] = [];
    const [abcdKey, abcdValue] = pick('abcdCategory');
    let abcdCategory = termOf(abcdValue, ABCD_CATEGORIES.ids, ABCD_LABELS) as Asset['abcdCategory'] | undefined;
    if (abcdKey) used.add(abcdKey);
    if (abcdValue !== undefined && abcdCategory === undefined) {
      issues.push({ code: 'geojson_unknown_term', severity: 'warning', message: `Feature ${i + 1} "${name}": "${String(abcdValue)}" is not an ABCD category.`, hint: `Use one of: ${ABCD_CATEGORIES.terms.map((t) => t.label).join(', ')}.`, pointer: `${pointer}/properties/${abcdKey}` });
    }
    if (abcdCategory === undefined) {
      abcdCategory = options.defaults?.abcdCategory ?? 'physical';
      if (!options.defaults?.abcdCategory) {
        defaultedCategory++;
        inferred.push({ field: 'abcdCategory', by: '@artsrx/adapters/geojson', confidence: 0.2, at: recordedAt });
      }
    }
    const [kindKey, kindValue] = pick('assetKind');
    if (kindKey) used.add(kindKey);
    let assetKind = termOf(kindValue, ASSET_KINDS.ids, KIND_LABELS) as Asset['assetKind'] | undefined;
    if (kindValue !== undefined && assetKind === undefined) {
      issues.push({ code: 'geojson_unknown_term', severity: 'warning', message: `Feature ${i + 1} "${name}": "${String(kindValue)}" is not an asset kind.`, pointer: `${pointer}/properties/${kindKey}` });
    }
    assetKind ??= options.defaults?.assetKind ?? 'other';
    const [artKey, artValue] = pick('artForms');
    if (artKey) used.add(artKey);
    const artForms: string[] = [];
    const artItems = Array.isArray(artValue) ? artValue : typeof artValue === 'string' ? artValue.split(/[,;|]/) : [];
    for (const item of artItems) {
      const id = termOf(item, ART_FORMS.ids, ART_LABELS);
      if (id) artForms.push(id);
      else if (typeof item === 'string' && item.trim() !== '') issues.push({ code: 'geojson_unknown_term', severity: 'warning', message: `Feature ${i + 1} "${name}": "${item.trim()}" is not an art form.`, pointer: `${pointer}/properties/${artKey}` });
    }
    const [descKey, descValue] = pick('description');
    if (descKey) used.add(descKey);
    const [whyKey, whyValue] = pick('wellbeingValue');
    if (whyKey) used.add(whyKey);

    const asset = AssetSchema.safeParse({
      id: assetId,
      name,
      ...(typeof descValue === 'string' && descValue.trim() ? { description: descValue.trim() } : {}),
      abcdCategory,
      assetKind,
      placeIds: [placeId],
      ...(artForms.length > 0 ? { artForms: [...new Set(artForms)] } : {}),
      ...(typeof whyValue === 'string' && whyValue.trim() ? { wellbeingValue: whyValue.trim() } : {}),
      status: 'nominated',
      provenance: inferred.length > 0 ? { ...provenance, inferred } : provenance,
    });
    const place = PlaceSchema.safeParse({ id: placeId, name, geo: { type: 'Point', coordinates: [lon, lat] }, provenance });
    if (!asset.success || !place.success) {
      const first = (asset.success ? place : asset).error?.issues[0];
      issues.push({ code: 'geojson_invalid_record', severity: 'error', message: `Feature ${i + 1} "${name}" could not make a valid asset: ${first?.message} at ${first?.path.join('.')}.`, pointer });
      return;
    }
    dataset.assets.push(asset.data as Asset);
    dataset.places.push(place.data as Place);
    for (const key of Object.keys(props)) {
      if (!used.has(key) && !STYLING.test(key) && props[key] !== null && props[key] !== '') unused.set(key, (unused.get(key) ?? 0) + 1);
    }
  });
  if (defaultedCategory > 0) {
    issues.push({ code: 'geojson_category_assumed', severity: 'info', message: `${defaultedCategory} feature(s) had no ABCD category, so "physical" was assumed and marked as inferred.`, hint: 'Add a category property, or pass defaults.abcdCategory.' });
  }
  for (const [key, n] of unused) {
    issues.push({ code: 'geojson_property_not_used', severity: 'info', message: `The property "${key}" (on ${n} feature${n === 1 ? '' : 's'}) is not an ArtsRx field and was not used.`, hint: 'Map it with the mapping option if it holds a name, description, category, kind or art forms.' });
  }
  return { value: dataset, issues };
}
