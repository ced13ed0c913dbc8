import { AREA_CENTROIDS, POSTCODE_DISTRICT_AREAS, type AreaCentroid } from '../data/centroids.js';
import type { ResolvedLocation } from '../matcher/types.js';

const byCode = new Map<string, AreaCentroid>(AREA_CENTROIDS.map((a) => [a.code, a]));

/**
 * Look up the built-in (approximate, North West England) centroid of a postcode district or
 * GSS area code. The matcher calls this when a profile gives no point; plug a full postcode
 * lookup in through `createMatcher(dataset, { resolveLocation })` for anywhere else.
 *
 * @param area - `{ postcodeDistrict: 'L1' }` or `{ areaCode: 'E08000012' }`.
 * @returns The centroid with `approximate: true` and the area's GSS codes, or `undefined` when the table does not know it.
 * @example
 * lookupArea({ areaCode: 'E08000012' })
 * //=> { lng: -2.917, lat: 53.3955, approximate: true, areaCodes: ['E08000012', 'E11000002', 'E47000004', 'E12000002'] }
 */
export function lookupArea(area: { postcodeDistrict: string } | { areaCode: string }): ResolvedLocation | undefined {
  if (area === null || typeof area !== 'object') throw new TypeError('area must be { postcodeDistrict } or { areaCode }');
  const code =
    'postcodeDistrict' in area && typeof area.postcodeDistrict === 'string'
      ? POSTCODE_DISTRICT_AREAS[area.postcodeDistrict.trim().toUpperCase()]
      : 'areaCode' in area && typeof area.areaCode === 'string'
        ? area.areaCode.trim().toUpperCase()
        : undefined;
  const hit = code === undefined ? undefined : byCode.get(code);
  if (hit === undefined) return undefined;
  return { lng: hit.lng, lat: hit.lat, approximate: true, areaCodes: [hit.code, ...hit.parents] };
}
