import { describe, expect, it } from 'vitest';
import { AREA_CENTROIDS, POSTCODE_DISTRICT_AREAS } from '../data/centroids.js';
import { lookupArea } from './lookupArea.js';

describe('lookupArea', () => {
  it('finds a local authority by GSS code, with its parent areas', () => {
    expect(lookupArea({ areaCode: 'E08000012' })).toEqual({
      lng: -2.917,
      lat: 53.3955,
      approximate: true,
      areaCodes: ['E08000012', 'E11000002', 'E47000004', 'E12000002'],
    });
  });

  it('finds a postcode district through its local authority, ignoring case and spaces', () => {
    expect(lookupArea({ postcodeDistrict: ' m5 ' })).toMatchObject({ lng: -2.3702, lat: 53.4895, approximate: true });
  });

  it('returns undefined for areas it does not know', () => {
    expect(lookupArea({ postcodeDistrict: 'SW1A' })).toBeUndefined();
    expect(lookupArea({ areaCode: 'E09000033' })).toBeUndefined();
  });

  it('throws on a bad argument', () => {
    expect(() => lookupArea(null as never)).toThrow(TypeError);
  });

  it('has well-formed, North West data', () => {
    const codes = new Set(AREA_CENTROIDS.map((a) => a.code));
    expect(codes.size).toBe(AREA_CENTROIDS.length);
    for (const a of AREA_CENTROIDS) {
      expect(a.code).toMatch(/^E\d{8}$/);
      // North West England lies roughly within 2°W–3.7°W, 53.2°N–55.2°N
      expect(a.lng).toBeGreaterThan(-3.7);
      expect(a.lng).toBeLessThan(-1.9);
      expect(a.lat).toBeGreaterThan(53.2);
      expect(a.lat).toBeLessThan(55.2);
      expect(a.parents).toContain('E12000002');
    }
    for (const code of Object.values(POSTCODE_DISTRICT_AREAS)) expect(codes.has(code)).toBe(true);
  });
});
