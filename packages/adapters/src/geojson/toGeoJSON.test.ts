import { describe, expect, it } from 'vitest';
import { loadCsvFixture } from '../../test/csv/_load.js';
import { fromGeoJSON } from './fromGeoJSON.js';
import { toGeoJSON } from './toGeoJSON.js';

describe('toGeoJSON', () => {
  const dataset = loadCsvFixture();

  it('makes one point feature per mapped place, with assets and activities as properties', () => {
    // Hand-checked: after 1 Nov 2026 the Wednesday group next meets on 4 Nov (GMT); the 8-week course ended in April.
    const { value } = toGeoJSON(dataset, { now: '2026-11-01T12:00:00Z' });
    expect(value.type).toBe('FeatureCollection');
    expect(value.features).toHaveLength(1);
    const [feature] = value.features;
    expect(feature!.id).toBe('place-hall');
    expect(feature!.geometry).toEqual({ type: 'Point', coordinates: [-2.9755, 53.4017] });
    const { artsrx, ...flat } = feature!.properties;
    expect(flat).toEqual({
      id: 'place-hall',
      name: 'St Luke\'s "Bombed Out" Hall',
      address: '1 Leece Street, Ropewalks, Liverpool, L1 2TR',
      postcode: 'L1 2TR',
      assets: 'Joyful Voices choir',
      abcdCategories: 'Association',
      activities: '=HYPERLINK("http://evil.example","Sing for joy"); Songwriting course',
      artForms: 'Music; Literature',
      nextSession: '2026-11-04T18:30:00+00:00',
      free: true,
      venueFeatures: 'Step-free access; Hearing loop',
      accessSupport: 'Mental health',
      accessibilityNotes: 'Ramp at the side door;\nask at the desk.',
      'marker-color': '#3cb44b',
    });
    expect(artsrx.activities.map((a) => [a.id, a.nextSession, a.isFree])).toEqual([
      ['act-sing', '2026-11-04T18:30:00+00:00', false],
      ['act-course', undefined, true],
    ]);
    expect(() => toGeoJSON(dataset, { now: 'soon' })).toThrow(RangeError);
  });

  it('is plain JSON that GeoJSON tools accept: WGS84 [lon, lat] points, no foreign members at the top', () => {
    const { value } = toGeoJSON(dataset);
    const json = JSON.parse(JSON.stringify(value));
    expect(Object.keys(json)).toEqual(['type', 'features']);
    for (const f of json.features) {
      expect(Object.keys(f).sort()).toEqual(['geometry', 'id', 'properties', 'type']);
      expect(f.geometry.coordinates[0]).toBeGreaterThanOrEqual(-180);
      expect(f.geometry.coordinates[1]).toBeLessThanOrEqual(90);
    }
  });

  it('reports records a map cannot show', () => {
    const { issues } = toGeoJSON(dataset);
    expect(issues.map((i) => [i.code, i.recordId])).toEqual([
      ['geojson_activity_without_place', 'act-online'],
      ['geojson_organisations_not_carried', undefined],
      ['geojson_activities_summarised', undefined],
    ]);
  });

  it('round-trips places and assets through fromGeoJSON', () => {
    const back = fromGeoJSON(toGeoJSON(dataset).value, { header: { generatedAt: dataset.generatedAt } });
    expect(back.value.places).toEqual(dataset.places);
    expect(back.value.assets).toEqual(dataset.assets);
    expect(back.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});
