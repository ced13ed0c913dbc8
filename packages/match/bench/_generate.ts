/**
 * A small seeded generator of England-scale synthetic activities clustered around towns, for the
 * benchmarks only. Every record is invented (provenance.illustrative: true); only the town
 * centres are real, and only approximately.
 */
import { ACCESS_SUPPORT, ACTIVITY_TYPES, NEEDS, VENUE_FEATURES, type Activity, type Dataset, type PersonProfile, type Place } from '@artsrx/schema';
// One seeded PRNG for every bench (same seed, same data); relative so benches need no extra dependency.
import { mulberry32 } from '../../synthetic/src/mulberry32.js';

/** [longitude, latitude, weight ≈ population in thousands] of English towns and cities. */
const TOWNS: ReadonlyArray<[number, number, number]> = [
  [-0.1276, 51.5072, 8800], [-1.8904, 52.4862, 1140], [-2.2426, 53.4808, 550], [-2.9916, 53.4084, 490], [-1.5491, 53.8008, 810],
  [-1.4701, 53.3811, 555], [-2.5879, 51.4545, 465], [-1.6178, 54.9783, 300], [-1.1581, 52.9548, 325], [-1.1398, 52.6369, 370],
  [-1.5197, 52.4068, 345], [-1.7594, 53.796, 545], [-0.3274, 53.7676, 270], [-4.1427, 50.3755, 265], [-1.0873, 53.96, 200],
  [-1.4046, 50.9097, 250], [-1.0880, 50.8198, 215], [-0.1372, 50.8225, 290], [-2.1794, 53.0027, 255], [-1.4746, 52.9225, 260],
  [-2.4282, 53.5769, 295], [-2.7031, 53.7632, 150], [-1.3838, 54.9069, 275], [-2.1575, 53.4106, 295], [-1.2350, 54.5742, 145],
  [1.2974, 52.6309, 145], [0.1218, 52.2053, 145], [-1.2577, 51.752, 160], [-0.9781, 51.4543, 175], [-2.3590, 51.3811, 100],
  [-3.5339, 50.7184, 130], [-2.9329, 54.8925, 110], [-0.5400, 53.2307, 100], [0.5521, 51.2720, 175], [-0.4200, 51.8800, 215],
];

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const TIMES: ReadonlyArray<[string, string]> = [['10:00', '12:00'], ['13:30', '15:30'], ['14:00', '16:00'], ['18:30', '20:30'], ['19:00', '21:00']];
const FORMATS = ['drop-in', 'course', 'ongoing-group', 'one-to-one', 'one-off-event'] as const;
const PROVENANCE = { source: 'other', recordedAt: '2025-01-01', illustrative: true } as const;

/** A seeded synthetic dataset: about three activities per venue, clustered around towns. */
export function generateDataset(activities: number, seed = 1): Dataset {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const n = Math.floor(r() * (max + 1));
    const out = new Set<T>();
    for (let k = 0; k < n; k++) out.add(pick(xs));
    return [...out];
  };
  const total = TOWNS.reduce((s, t) => s + t[2], 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const t of TOWNS) cumulative.push((acc += t[2] / total));
  const town = () => {
    const u = r();
    let k = 0;
    while (cumulative[k]! < u) k++;
    return TOWNS[k]!;
  };
  // A shared pool of schedules, as real data repeats the same few patterns.
  const schedules = DAYS.flatMap((day) =>
    TIMES.map(([startTime, endTime]) => ({ timezone: 'Europe/London', startDate: '2026-01-05', startTime, endTime, repeat: { frequency: 'weekly' as const, byDay: [day] } })),
  );
  const nPlaces = Math.max(1, Math.round(activities / 3));
  // Ids made once and reused: records parsed from a file hold flat strings, which hash fast.
  const placeIds = Array.from({ length: nPlaces }, (_, p) => JSON.parse(`"place-${p}"`) as string);
  const orgIds = Array.from({ length: Math.max(1, Math.floor(activities / 8)) }, (_, o) => JSON.parse(`"org-${o}"`) as string);
  const places: Place[] = new Array(nPlaces);
  for (let p = 0; p < nPlaces; p++) {
    const [lng, lat, weight] = town();
    // Gaussian spread (Box–Muller), wider for bigger towns: ~2 km to ~15 km.
    const sigmaKm = 2 + Math.min(13, Math.sqrt(weight) / 6);
    const u1 = r() || 1e-9;
    const u2 = r();
    const g = Math.sqrt(-2 * Math.log(u1));
    const dx = g * Math.cos(2 * Math.PI * u2) * sigmaKm;
    const dy = g * Math.sin(2 * Math.PI * u2) * sigmaKm;
    const features: Record<string, boolean> = {};
    for (const f of some(VENUE_FEATURES.ids, 3)) features[f] = r() < 0.8;
    places[p] = {
      id: placeIds[p]!,
      name: `Synthetic venue ${p}`,
      geo: { type: 'Point', coordinates: [lng + dx / (111.32 * Math.cos((lat * Math.PI) / 180)), lat + dy / 110.57] },
      venueFeatures: features,
      provenance: PROVENANCE,
    } as Place;
  }
  const list: Activity[] = new Array(activities);
  for (let i = 0; i < activities; i++) {
    const type = pick(ACTIVITY_TYPES.terms) as { id: string; artForm: string };
    const mode = r() < 0.88 ? 'in-person' : r() < 0.6 ? 'online' : 'mixed';
    const support: Record<string, boolean> = {};
    for (const s of some(ACCESS_SUPPORT.ids, 2)) support[s] = r() < 0.85;
    const paid = r() < 0.4;
    list[i] = {
      id: JSON.parse(`"activity-${String(i).padStart(7, '0')}"`) as string,
      name: `Synthetic activity ${i}`,
      organisationId: orgIds[Math.floor(r() * orgIds.length)]!,
      artForms: [type.artForm],
      activityTypes: [type.id],
      format: pick(FORMATS),
      attendanceMode: mode,
      ...(mode !== 'online' ? { placeId: placeIds[Math.floor(r() * nPlaces)]! } : {}),
      status: r() < 0.95 ? 'active' : 'ended',
      schedule: pick(schedules),
      ...(r() < 0.8 ? { cost: paid ? { isFree: false, price: 2 + Math.floor(r() * 10), currency: 'GBP' } : { isFree: true, currency: 'GBP' } } : {}),
      ...(r() < 0.5 ? { suitableFor: some(NEEDS.ids, 3) } : {}),
      accessSupport: support,
      ...(r() < 0.3 ? { eligibility: { minAge: 18 } } : {}),
      lastVerified: r() < 0.7 ? '2026-09-01' : '2024-06-01',
      provenance: PROVENANCE,
    } as Activity;
  }
  return {
    standard: 'artsrx',
    version: '0.1.0',
    publisher: { name: 'ArtsRx synthetic benchmark data (not real)' },
    license: 'CC0-1.0',
    generatedAt: '2026-11-01T00:00:00Z',
    organisations: [],
    assets: [],
    places,
    activities: list,
  } as Dataset;
}

/**
 * The benchmark's person: central Manchester, lonely, wants to meet people in person within
 * 10 km, likes singing or painting, needs step-free access, pays at most £6, free two evenings and
 * a Saturday morning.
 */
export const PROFILE: PersonProfile = {
  location: { type: 'Point', coordinates: [-2.2426, 53.4808] },
  maxDistanceKm: 10,
  attendance: 'in-person',
  interests: { activityTypes: ['singing', 'painting'] },
  needs: ['loneliness'],
  accessNeeds: { venueFeatures: ['step-free-access'] },
  availability: [
    { day: 'TU', from: '18:00', to: '21:30' },
    { day: 'TH', from: '18:00', to: '21:30' },
    { day: 'SA', from: '09:30', to: '12:30' },
  ],
  maxPrice: 6,
};

/** The same person when online activities are welcome too: every online activity becomes a candidate. */
export const PROFILE_EITHER: PersonProfile = { ...PROFILE, attendance: 'either' };

export const NOW = '2026-11-26T12:00:00Z';
