import { describe, expect, it } from 'vitest';
import { summaryDataset } from '../../test/_summaryDataset.js';
import { summariseAssets } from './summariseAssets.js';

describe('summariseAssets', () => {
  it('counts assets and activities per local authority, with coverage (checked by hand)', () => {
    const s = summariseAssets(summaryDataset(), { by: 'localAuthority' });
    expect(s.rows.map((r) => r.key)).toEqual(['E07000003', 'E08000001', 'E08000002', '(none)']);
    const a = s.rows.find((r) => r.key === 'E08000001');
    expect(a).toEqual({ key: 'E08000001', label: 'E08000001 (places in Aton)', assets: 1, activities: 1, activeActivities: 1, referralReadyActivities: 1, artForms: 1, abcdCoverage: 1, artFormCoverage: 1, fiveWaysCoverage: 0.5 });
    // The museum talk has no place of its own: it is placed through its asset.
    const b = s.rows.find((r) => r.key === 'E08000002');
    expect(b).toMatchObject({ assets: 1, activities: 2, activeActivities: 2, referralReadyActivities: 1, artFormCoverage: 0 });
    expect(s.rows.find((r) => r.key === 'E07000003')).toMatchObject({ activities: 1, activeActivities: 0, referralReadyActivities: 0 });
    expect(s.rows.at(-1)).toMatchObject({ key: '(none)', label: 'No area recorded', assets: 1, activities: 0, abcdCoverage: 0 });
    expect(s.total).toMatchObject({ assets: 4, activities: 4, activeActivities: 3, referralReadyActivities: 2, artForms: 3, abcdCoverage: 0.75, artFormCoverage: 0.25 });
  });

  it('names regions', () => {
    const s = summariseAssets(summaryDataset(), { by: 'region' });
    expect(s.rows[0]).toMatchObject({ key: 'E12000002', label: 'North West', assets: 3, activities: 4 });
  });

  it('groups by ABCD category in vocabulary order, activities through their asset', () => {
    const s = summariseAssets(summaryDataset(), { by: 'abcdCategory' });
    expect(s.rows.map((r) => [r.key, r.assets, r.activities])).toEqual([
      ['association', 1, 1],
      ['institution', 1, 2],
      ['physical', 1, 1],
      ['(none)', 1, 0],
    ]);
  });

  it('groups by art form', () => {
    const s = summariseAssets(summaryDataset(), { by: 'artForm' });
    expect(s.rows.map((r) => [r.key, r.label, r.assets, r.activities])).toEqual([
      ['music', 'Music', 1, 1],
      ['dance', 'Dance', 0, 1],
      ['museums-heritage', 'Museums and heritage', 0, 2],
      ['(none)', 'Not stated', 3, 0],
    ]);
  });

  it('defaults to local authority, tolerates loose data and rejects an unknown dimension', () => {
    expect(summariseAssets({}).by).toBe('localAuthority');
    expect(summariseAssets(null).rows).toEqual([]);
    expect(summariseAssets({ assets: [1, null, 'x', { placeIds: 'nope' }], places: {} }).total.assets).toBe(1);
    expect(() => summariseAssets({}, { by: 'town' as never })).toThrow(TypeError);
  });

  it('does not change its input', () => {
    const d = summaryDataset();
    const copy = structuredClone(d);
    summariseAssets(d, { by: 'artForm' });
    expect(d).toEqual(copy);
  });
});

describe('summariseAssets areaNames', () => {
  it('labels an area with the name the caller gives for its code', () => {
    const s = summariseAssets(summaryDataset(), { areaNames: { E08000001: 'Bolton' } });
    expect(s.rows.find((r) => r.key === 'E08000001')).toMatchObject({ key: 'E08000001', label: 'Bolton (E08000001)' });
  });
});
