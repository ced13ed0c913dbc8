import { lookupArea } from '@artsrx/match';
import type { _PostcodePlace } from './_api.js';
import { _isObject, _num, _objects, _str } from './_json.js';
import type { OpenReferralFeed } from './_types.js';

/**
 * The default postcode lookup of the ORUK server: a full postcode found on a location of the
 * feed gives that location's point; otherwise the postcode district's approximate centroid
 * from `@artsrx/match` (North West England only), with its GSS areas.
 */
export function _feedPostcodes(feed: OpenReferralFeed): (postcode: string) => _PostcodePlace | undefined {
  const known = new Map<string, _PostcodePlace>();
  for (const s of feed.services ?? []) {
    for (const sal of _objects(s.service_at_locations)) {
      const loc = _isObject(sal.location) ? sal.location : undefined;
      const lat = _num(loc?.latitude);
      const lng = _num(loc?.longitude);
      if (loc === undefined || lat === undefined || lng === undefined) continue;
      for (const a of _objects(loc.addresses)) {
        const pc = _str(a.postal_code)?.toUpperCase().replace(/\s+/g, ' ');
        if (pc !== undefined && !known.has(pc)) known.set(pc, { lat, lng });
      }
    }
  }
  return (postcode) => {
    const pc = postcode.trim().toUpperCase().replace(/\s+/g, ' ');
    const district = pc.includes(' ') ? pc.split(' ')[0]! : pc.length > 4 ? pc.slice(0, -3) : pc;
    const area = lookupArea({ postcodeDistrict: district });
    const exact = known.get(pc);
    if (exact !== undefined) return { ...exact, ...(area === undefined ? {} : { areaCodes: area.areaCodes }) };
    return area === undefined ? undefined : { lat: area.lat, lng: area.lng, areaCodes: area.areaCodes };
  };
}
