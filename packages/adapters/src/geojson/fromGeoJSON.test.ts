import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromGeoJSON } from './fromGeoJSON.js';

const workshop = JSON.parse(readFileSync(new URL('../../test/geojson/workshop.geojson', import.meta.url), 'utf8'));
const options = { recordedAt: '2026-05-14', recordedBy: 'Everton Library asset-mapping workshop', header: { generatedAt: '2026-05-15T10:00:00Z', publisher: { name: 'Test' }, license: 'OGL-UK-3.0' } };

describe('fromGeoJSON', () => {
  const { value, issues } = fromGeoJSON(workshop, options);

  it('turns each named point into a nominated asset with its own place, from asset mapping', () => {
    expect(value.assets.map((a) => [a.id, a.name, a.abcdCategory, a.assetKind, a.status])).toEqual([
      ['asset-17', 'Mural on the library wall', 'cultural', 'public-art', 'nominated'],
      ['asset-knit-and-natter-at-the-cafe', 'Knit and natter at the café', 'association', 'other', 'nominated'],
      ['asset-bench-by-the-pond', 'Bench by the pond', 'physical', 'other', 'nominated'],
    ]);
    expect(value.assets[0]).toMatchObject({
      description: 'Painted by local kids in 2019',
      artForms: ['visual-arts'],
      wellbeingValue: 'Makes the walk to the shops cheerful',
      placeIds: ['place-17'],
      provenance: { source: 'asset-mapping', recordedAt: '2026-05-14', recordedBy: 'Everton Library asset-mapping workshop' },
    });
    expect(value.places[0]).toEqual({ id: 'place-17', name: 'Mural on the library wall', geo: { type: 'Point', coordinates: [-2.9671, 53.4257] }, provenance: value.assets[0]!.provenance });
    // A third coordinate (altitude) is dropped.
    expect(value.places[1]!.geo!.coordinates).toEqual([-2.9702, 53.4231]);
  });

  it('marks an assumed ABCD category as inferred', () => {
    expect(value.assets[2]!.provenance.inferred).toEqual([{ field: 'abcdCategory', by: '@artsrx/adapters/geojson', confidence: 0.2, at: '2026-05-14' }]);
    expect(value.assets[0]!.provenance.inferred).toBeUndefined();
  });

  it('reports everything it could not use, with a pointer', () => {
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([
      ['geojson_unknown_term', '/features/1/properties/artForms'],
      ['geojson_swapped_coordinates', '/features/2/geometry/coordinates'],
      ['geojson_not_a_point', '/features/3'],
      ['geojson_unnamed_feature', '/features/4/properties'],
      ['geojson_bad_coordinates', '/features/5/geometry/coordinates'],
      ['geojson_category_assumed', undefined],
      ['geojson_property_not_used', undefined],
    ]);
    expect(issues[0]!.message).toBe('Feature 2 "Knit and natter at the café": "singing" is not an art form.');
    expect(issues.at(-1)!.message).toBe('The property "colour" (on 1 feature) is not an ArtsRx field and was not used.');
  });

  it('follows a property mapping and defaults', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-2.24, 53.48] }, properties: { Asset: 'Choir', Type: 'Group', ref: 'A-1' } }] };
    const { value: mapped, issues: mappedIssues } = fromGeoJSON(fc, { ...options, mapping: { name: 'Asset', assetKind: 'Type', id: 'ref' }, defaults: { abcdCategory: 'association' } });
    expect(mapped.assets.map((a) => [a.id, a.name, a.assetKind, a.abcdCategory, a.provenance.inferred])).toEqual([['asset-a-1', 'Choir', 'group', 'association', undefined]]);
    expect(mappedIssues).toEqual([]);
  });

  it('does not throw on things that are not GeoJSON', () => {
    expect(fromGeoJSON({}, options).issues.map((i) => i.code)).toEqual(['geojson_no_features']);
    expect(fromGeoJSON({ type: 'FeatureCollection', features: [null, 3, { type: 'Feature' }] }, options).issues.map((i) => i.code)).toEqual(['geojson_not_a_point', 'geojson_not_a_point', 'geojson_not_a_point']);
    expect(() => fromGeoJSON(null)).toThrow(TypeError);
  });
});
