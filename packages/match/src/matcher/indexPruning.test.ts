import { PersonProfileSchema } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { activity, dataset, place } from '../../test/_build.js';
import { createMatcher } from './createMatcher.js';

const NOW = '2026-11-26T12:00:00Z';
const DAILY_SOON = { timezone: 'Europe/London', startDate: '2026-01-01', startTime: '12:30', endTime: '13:30', repeat: { frequency: 'daily' } };

describe('the spatial index', () => {
  it('never stops walking before a farther activity that scores higher', () => {
    // Five venues 0.1–0.5 km away whose activities have no record of places left (capacity
    // unknown, 0.5), and one 0.9 km away with places (1). With distance weight 2 and capacity 0.5
    // the farther one wins: 0.25 raw points on capacity beat the ~0.15 it loses on distance.
    const near = [1, 2, 3, 4, 5].map((k) => place(`near-${k}`, -2.98, 53.4 + k * 0.0009));
    const far = place('far', -2.98, 53.4 + 0.0081);
    const acts = [
      ...near.map((p, k) => activity(`near-${k + 1}`, { placeId: p.id, schedule: DAILY_SOON, lastVerified: '2026-11-01' })),
      activity('far-with-places', { placeId: 'far', schedule: DAILY_SOON, lastVerified: '2026-11-01', capacity: { remainingPlaces: 3 } }),
    ];
    const ds = dataset([...near, far], acts);
    const profile = PersonProfileSchema.parse({ location: { type: 'Point', coordinates: [-2.98, 53.4] }, interests: { activityTypes: ['singing'] } });
    for (const index of [true, false]) {
      const r = createMatcher(ds, { index }).match(profile, { now: NOW, limit: 5 });
      expect(r.results.map((x) => x.activityId)).toEqual(['far-with-places', 'near-1', 'near-2', 'near-3', 'near-4']);
    }
  });
});
