import type { Activity, Asset, Dataset, Place } from '@artsrx/schema';
import { occurrences } from '@artsrx/schedule';
import { featureCollection, point } from '@turf/helpers';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
import { _addressLine, _label } from '../_lib/_labels.js';

/** Options of {@link toGeoJSON}. */
export interface ToGeoJSONOptions {
  /**
   * The moment "next session" is counted from (ISO date-time or Date); default none, so no next
   * sessions are given and the same dataset always makes the same file.
   */
  now?: string | Date;
}

/** A summary of one activity at a place, kept in a feature's `artsrx.activities`. */
export interface GeoJSONActivitySummary {
  id: string;
  name: string;
  artForms: string[];
  activityTypes?: string[];
  format: string;
  attendanceMode: string;
  status: string;
  nextSession?: string;
  isFree?: boolean;
  accessSupport?: Record<string, boolean>;
  url?: string;
}

/** Properties of a place feature: flat text for map pop-ups, plus the exact records under `artsrx`. */
export interface PlaceFeatureProperties {
  /** Place id. */
  id: string;
  /** Place name. */
  name: string;
  /** Address on one line. */
  address?: string;
  /** Postcode. */
  postcode?: string;
  /** Names of the community assets here, `; ` separated. */
  assets: string;
  /** ABCD categories of those assets (labels). */
  abcdCategories: string;
  /** Names of the activities here. */
  activities: string;
  /** Art forms of the assets and activities here (labels). */
  artForms: string;
  /** Earliest next session of any activity here, ISO date-time with offset. */
  nextSession?: string;
  /** True when at least one activity here is free. */
  free?: boolean;
  /** Venue access features present (labels). */
  venueFeatures: string;
  /** Access support offered by activities here (labels). */
  accessSupport: string;
  /** Access information in words. */
  accessibilityNotes?: string;
  /** simplestyle marker colour (geojson.io, uMap): by the ABCD category of the first asset. */
  'marker-color': string;
  /** The exact records, so {@link fromGeoJSON} can read them back. */
  artsrx: { place: Place; assets: Asset[]; activities: GeoJSONActivitySummary[] };
}

const COLOURS: Record<string, string> = {
  individual: '#e6194b',
  association: '#3cb44b',
  institution: '#4363d8',
  physical: '#f58231',
  economic: '#911eb4',
  cultural: '#f032e6',
  natural: '#2e8b57',
};

const join = (items: Iterable<string>) => [...new Set(items)].join('; ');

/**
 * Makes a GeoJSON FeatureCollection of the places in a dataset, each with the community assets
 * and activities found there as properties — ready for QGIS, uMap or geojson.io. Flat text
 * properties show in map pop-ups; `artsrx` holds the exact place and asset records.
 *
 * @param dataset - A parsed ArtsRx dataset.
 * @param options - When to count next sessions from (via `@artsrx/schedule`); see {@link ToGeoJSONOptions}.
 * @returns The FeatureCollection (features in place order) and what it could not carry.
 * @throws TypeError when `dataset` is not a dataset; RangeError when `options.now` is not a date-time.
 * @example
 * ```ts
 * toGeoJSON(dataset).value.features[0]?.geometry.coordinates;
 * //=> [-2.9755, 53.4017]
 * ```
 */
export function toGeoJSON(dataset: Dataset, options: ToGeoJSONOptions = {}): AdapterResult<FeatureCollection<Point, PlaceFeatureProperties>> {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.places)) throw new TypeError('dataset must be an ArtsRx dataset with a places array');
  if (options.now !== undefined && Number.isNaN(new Date(options.now).getTime())) throw new RangeError('options.now must be a date-time');
  const nextSession = (a: Activity) => (options.now !== undefined && a.schedule && a.status === 'active' ? occurrences(a.schedule, { from: options.now, count: 1 })[0]?.start : undefined);
  const issues: AdapterIssue[] = [];
  const assets = dataset.assets ?? [];
  const activities = dataset.activities ?? [];
  const assetById = new Map(assets.map((a) => [a.id, a]));
  const placed = new Set<string>();
  const features: Feature<Point, PlaceFeatureProperties>[] = [];

  for (const place of dataset.places) {
    if (!place.geo) {
      issues.push({ code: 'geojson_place_without_point', severity: 'warning', message: `The place "${place.name}" has no map point, so it is not on the map.`, hint: 'Add geo coordinates (or look the postcode up) to map it.', recordId: place.id });
      continue;
    }
    const here = activities.filter((a) => a.placeId === place.id);
    const assetIds = new Set<string>(assets.filter((a) => a.placeIds?.includes(place.id)).map((a) => a.id));
    for (const a of here) if (a.assetId !== undefined && assetById.has(a.assetId)) assetIds.add(a.assetId);
    const hereAssets = [...assetIds].map((id) => assetById.get(id)!);
    for (const a of hereAssets) placed.add(a.id);
    for (const a of here) placed.add(a.id);

    const summaries: GeoJSONActivitySummary[] = here.map((a) => {
      const next = nextSession(a);
      return {
        id: a.id,
        name: a.name,
        artForms: a.artForms,
        ...(a.activityTypes ? { activityTypes: a.activityTypes } : {}),
        format: a.format,
        attendanceMode: a.attendanceMode,
        status: a.status,
        ...(next ? { nextSession: next } : {}),
        ...(a.cost ? { isFree: a.cost.isFree } : {}),
        ...(a.accessSupport ? { accessSupport: a.accessSupport } : {}),
        ...(a.url ? { url: a.url } : {}),
      };
    });
    const next = summaries
      .map((s) => s.nextSession)
      .filter((s): s is string => s !== undefined)
      .sort((x, y) => Date.parse(x) - Date.parse(y))[0];
    const address = _addressLine(place.address);
    const properties: PlaceFeatureProperties = {
      id: place.id,
      name: place.name,
      ...(address ? { address } : {}),
      ...(place.address?.postcode ? { postcode: place.address.postcode } : {}),
      assets: join(hereAssets.map((a) => a.name)),
      abcdCategories: join(hereAssets.map((a) => _label('abcd', a.abcdCategory))),
      activities: join(here.map((a) => a.name)),
      artForms: join([...hereAssets.flatMap((a) => a.artForms ?? []), ...here.flatMap((a) => a.artForms)].map((id) => _label('artForm', id))),
      ...(next ? { nextSession: next } : {}),
      ...(here.some((a) => a.cost !== undefined) ? { free: here.some((a) => a.cost?.isFree === true) } : {}),
      venueFeatures: join(Object.entries(place.venueFeatures ?? {}).filter(([, v]) => v).map(([k]) => _label('venueFeature', k))),
      accessSupport: join(here.flatMap((a) => Object.entries(a.accessSupport ?? {}).filter(([, v]) => v).map(([k]) => _label('accessSupport', k)))),
      ...(place.accessibilityNotes ? { accessibilityNotes: place.accessibilityNotes } : {}),
      'marker-color': COLOURS[hereAssets[0]?.abcdCategory ?? ''] ?? '#7f7f7f',
      artsrx: { place, assets: hereAssets, activities: summaries },
    };
    features.push(point([place.geo.coordinates[0], place.geo.coordinates[1]], properties, { id: place.id }));
  }
  for (const a of assets) {
    if (!placed.has(a.id)) issues.push({ code: 'geojson_asset_without_place', severity: 'info', message: `The asset "${a.name}" has no mapped place, so it is not on the map.`, recordId: a.id });
  }
  for (const a of activities) {
    if (!placed.has(a.id)) {
      issues.push({ code: 'geojson_activity_without_place', severity: 'info', message: a.attendanceMode === 'online' ? `"${a.name}" is online only, so it is not on the map.` : `The activity "${a.name}" has no mapped place, so it is not on the map.`, recordId: a.id });
    }
  }
  if ((dataset.organisations ?? []).length > 0) {
    issues.push({ code: 'geojson_organisations_not_carried', severity: 'info', message: `${dataset.organisations.length} organisation record(s) are not carried: a map holds places.` });
  }
  if (activities.length > 0) {
    issues.push({ code: 'geojson_activities_summarised', severity: 'info', message: 'Activities are carried as summaries (name, art forms, format, next session, cost, access), not full records.' });
  }
  return { value: featureCollection(features), issues };
}
