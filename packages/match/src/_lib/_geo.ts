import { distance } from 'geokdbush';

/**
 * Great-circle distance in km (haversine, R = 6371 km), the same formula geokdbush orders by,
 * so the index and the linear scan agree to the last bit.
 */
export function _distanceKm(lng1: number, lat1: number, lng2: number, lat2: number): number {
  return distance(lng1, lat1, lng2, lat2);
}
