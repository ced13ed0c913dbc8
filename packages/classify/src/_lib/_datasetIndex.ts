import { REGION_NAMES } from '@artsrx/schema';
import { _get, _getArray } from './_safe.js';

/** A loose record: whatever object the dataset holds. */
export type _Rec = Record<string, unknown>;

/** Lookups over a (possibly loose) dataset, built once. */
export interface _DatasetIndex {
  readonly places: Map<string, _Rec>;
  readonly assets: Map<string, _Rec>;
  readonly assetList: _Rec[];
  readonly activityList: _Rec[];
}

function _records(dataset: unknown, key: string): _Rec[] {
  return _getArray(dataset, key).filter((r): r is _Rec => r !== null && typeof r === 'object' && !Array.isArray(r));
}

function _byId(list: _Rec[]): Map<string, _Rec> {
  const map = new Map<string, _Rec>();
  for (const r of list) {
    const id = _get(r, 'id');
    if (typeof id === 'string' && !map.has(id)) map.set(id, r);
  }
  return map;
}

/** Indexes places and assets by id. */
export function _indexDataset(dataset: unknown): _DatasetIndex {
  const assetList = _records(dataset, 'assets');
  return { places: _byId(_records(dataset, 'places')), assets: _byId(assetList), assetList, activityList: _records(dataset, 'activities') };
}

/** String members of an array field. */
export function _strings(record: unknown, key: string): string[] {
  return _getArray(record, key).filter((x): x is string => typeof x === 'string' && x !== '');
}

/** The places of an asset. */
export function _assetPlaces(index: _DatasetIndex, asset: _Rec): _Rec[] {
  return _strings(asset, 'placeIds')
    .map((id) => index.places.get(id))
    .filter((p): p is _Rec => p !== undefined);
}

/** The places of an activity: its own place, else its asset's places. */
export function _activityPlaces(index: _DatasetIndex, activity: _Rec): _Rec[] {
  const own = _get(activity, 'placeId');
  if (typeof own === 'string') {
    const p = index.places.get(own);
    if (p) return [p];
  }
  const assetId = _get(activity, 'assetId');
  const asset = typeof assetId === 'string' ? index.assets.get(assetId) : undefined;
  return asset ? _assetPlaces(index, asset) : [];
}

/** A place's `[longitude, latitude]`, when valid. */
export function _coordinates(place: unknown): [number, number] | undefined {
  const c = _get(_get(place, 'geo'), 'coordinates');
  if (!Array.isArray(c)) return undefined;
  const [lon, lat] = c as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return undefined;
  return [lon, lat];
}

/** A place's area code (`localAuthority` or `region`). */
export function _areaCode(place: unknown, level: 'localAuthority' | 'region'): string | undefined {
  const v = _get(_get(place, 'areaCodes'), level);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** True when an activity is active and takes social prescribing referrals. */
export function _isReferralReady(activity: _Rec): boolean {
  return _get(activity, 'status') === 'active' && _get(_get(activity, 'socialPrescribing'), 'acceptsReferrals') === true;
}

/** Great-circle distance in kilometres between two `[longitude, latitude]` points. */
export function _distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}


/**
 * A readable label for an area code: a region's name, the caller's name for it
 * (`areaNames`, e.g. from an ONS lookup), or else the towns of the dataset's places there —
 * phrased as such, because a district's name is not its largest town's ("Sefton", not "Southport").
 */
export function _areaLabel(index: _DatasetIndex, code: string, level: 'localAuthority' | 'region', areaNames?: Readonly<Record<string, string>>): string {
  const known = REGION_NAMES[code];
  if (known) return known;
  const named = areaNames !== undefined && Object.hasOwn(areaNames, code) ? areaNames[code] : undefined;
  if (named) return `${named} (${code})`;
  const towns = new Map<string, number>();
  for (const p of index.places.values()) {
    if (_areaCode(p, level) !== code) continue;
    const town = _get(_get(p, 'address'), 'town');
    if (typeof town === 'string' && town !== '') towns.set(town, (towns.get(town) ?? 0) + 1);
  }
  const top = [...towns.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
  return top ? `${code} (places in ${top[0]})` : code;
}
