import { describe, expect, it } from 'vitest';
import { summaryDataset } from '../../test/_summaryDataset.js';
import { findGaps } from './findGaps.js';

// Aton (-2.0, 53.5) and Bton (-2.45, 53.5) are about 29.8 km apart; the village (-2.0, 53.8) is
// 33.4 km north of Aton. Checked by hand with the haversine formula (R = 6371 km).
describe('findGaps', () => {
  it('uses the local authorities as centres and the dataset art forms by default', () => {
    const r = findGaps(summaryDataset(), { distanceKm: 10 });
    expect(r.centres.map((c) => c.id)).toEqual(['E07000003', 'E08000001', 'E08000002']);
    // dance only appears on an ended activity, but it is still an art form of the dataset
    expect(r.artForms).toEqual(['music', 'dance', 'museums-heritage']);
    const aton = r.centres.find((c) => c.id === 'E08000001');
    expect(aton).toMatchObject({ referralReadyWithin: 1, artFormsWithin: ['music'], missingArtForms: ['dance', 'museums-heritage'] });
  });

  it('reports a centre with nothing referral-ready in reach, with the distance to the nearest', () => {
    const r = findGaps(summaryDataset(), { distanceKm: 10 });
    const none = r.gaps.find((g) => g.centreId === 'E07000003' && g.artForm === null);
    expect(none?.nearestKm).toBeCloseTo(33.4, 0);
    // the ended dance class does not count: there is no referral-ready dance anywhere
    expect(r.gaps.find((g) => g.centreId === 'E07000003' && g.artForm === 'dance')?.nearestKm).toBeNull();
    const heritage = r.gaps.find((g) => g.centreId === 'E08000001' && g.artForm === 'museums-heritage');
    expect(heritage?.nearestKm).toBeCloseTo(29.8, 0);
  });

  it('closes gaps when the distance grows', () => {
    const r = findGaps(summaryDataset(), { distanceKm: 35 });
    // the village reaches Aton's choir (33.4 km) but not Bton's museum (about 44.7 km)
    expect(r.gaps.map((g) => `${g.centreId} ${g.artForm}`)).toEqual(['E07000003 dance', 'E07000003 museums-heritage', 'E08000001 dance', 'E08000002 dance']);
  });

  it('takes centres and art forms from the caller', () => {
    const r = findGaps(summaryDataset(), { distanceKm: 5, centres: [{ id: 'x', name: 'Aton centre', coordinates: [-2.001, 53.501] }], artForms: ['music', 'literature'] });
    expect(r.gaps).toEqual([{ centreId: 'x', centreName: 'Aton centre', artForm: 'literature', nearestKm: null }]);
  });

  it('counts online activities everywhere only when asked', () => {
    const d = summaryDataset();
    d.activities.push({ id: 'act-online', name: 'Online poetry', artForms: ['literature'], status: 'active', attendanceMode: 'online', socialPrescribing: { acceptsReferrals: true, routes: ['self'] }, provenance: d.activities[0]!.provenance } as never);
    const centres = [{ id: 'x', coordinates: [-2.0, 53.5] as const }];
    expect(findGaps(d, { distanceKm: 5, centres, artForms: ['literature'] }).gaps).toHaveLength(1);
    expect(findGaps(d, { distanceKm: 5, centres, artForms: ['literature'], includeOnline: true }).gaps).toEqual([]);
  });

  it('rejects a bad distance or centre and tolerates loose data', () => {
    expect(() => findGaps({}, { distanceKm: -1 })).toThrow(RangeError);
    expect(() => findGaps({}, {} as never)).toThrow(/distanceKm/);
    expect(() => findGaps({}, { distanceKm: 1, centres: [{ id: 'x', coordinates: [500, 0] }] })).toThrow(TypeError);
    expect(findGaps({ places: [{ id: 'p', geo: { coordinates: ['a', 1] } }], activities: [null] }, { distanceKm: 1 })).toEqual({ distanceKm: 1, artForms: [], centres: [], gaps: [] });
  });
});
