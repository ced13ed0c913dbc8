/** Bounding box of the UK with the Channel Islands, the Isle of Man, Scilly and Shetland. */
export const UK_BOUNDS = { minLng: -8.75, maxLng: 1.8, minLat: 49.1, maxLat: 60.9 } as const;

/** True when [lng, lat] is inside the UK bounding box. */
export function _inUk(lng: number, lat: number): boolean {
  return lng >= UK_BOUNDS.minLng && lng <= UK_BOUNDS.maxLng && lat >= UK_BOUNDS.minLat && lat <= UK_BOUNDS.maxLat;
}

/** Great-circle distance in metres. */
export function _metres(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLng = (lng2 - lng1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}
