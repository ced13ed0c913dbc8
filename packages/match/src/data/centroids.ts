/**
 * A small, sourced table of area centroids for the North West England example: local authorities
 * of the Liverpool City Region, Greater Manchester, Lancashire and Cumbria (plus Warrington), and
 * the two combined authorities. Every point is APPROXIMATE: it stands for a whole area, so a
 * distance measured from it is marked `distanceApproximate`.
 *
 * Sources
 * - Local authority and combined authority codes, names, parents and centroids (`long`, `lat`
 *   columns): mySociety, "UK local authority names and codes", `uk_local_authorities_current.csv`,
 *   data package uk_la_past_current 1.6.0 (https://github.com/mysociety/uk_local_authority_names_and_codes,
 *   commit 727341959bda3d297b6947c612714b721804131b), CC BY 4.0, itself built from ONS Open
 *   Geography boundaries. Coordinates rounded to 4 decimal places (about 10 m).
 *   Lancashire County Council (E10000017) is left out: its row in that file carries a point in the
 *   East Midlands (52.50, −0.81), which is plainly wrong. Use its districts instead.
 *   Cumbria County Council and its six districts were abolished on 1 April 2023 (replaced by
 *   Cumberland E06000063 and Westmorland and Furness E06000064); they are kept because older
 *   records still carry their codes.
 * - Postcode districts → local authority: the "Coverage" tables of the Wikipedia articles
 *   "L postcode area" and "M postcode area" (May 2020 statistics), keeping only districts the table
 *   places wholly inside one local authority. A district resolves to that local authority's
 *   centroid, which can be several kilometres from the district itself: for real use, plug a full
 *   postcode lookup into `createMatcher(dataset, { resolveLocation })`.
 *
 * GSS parent codes: E12000002 North West region; E11000001 Greater Manchester and E11000002
 * Merseyside (metropolitan counties); E47000001 Greater Manchester CA; E47000004 Liverpool City
 * Region CA; E10000017 Lancashire; E10000006 Cumbria (to 2023).
 */

/** An area centroid. */
export interface AreaCentroid {
  /** GSS code. */
  readonly code: string;
  /** Area name. */
  readonly name: string;
  /** Longitude, WGS84. */
  readonly lng: number;
  /** Latitude, WGS84. */
  readonly lat: number;
  /** GSS codes of the areas that contain it (county, combined authority, region). */
  readonly parents: readonly string[];
}

const NW = 'E12000002';
const GM = ['E11000001', 'E47000001', NW];
const LCR = ['E11000002', 'E47000004', NW];
const LANCS = ['E10000017', NW];
const CUMBRIA = ['E10000006', NW];

/**
 * Local and combined authority centroids, North West England (approximate; see the sources above).
 *
 * @example
 * AREA_CENTROIDS.find((a) => a.code === 'E08000012')?.name //=> 'Liverpool'
 */
export const AREA_CENTROIDS: readonly AreaCentroid[] = [
  // Liverpool City Region (Halton is in the combined authority but not in Merseyside)
  { code: 'E06000006', name: 'Halton', lng: -2.7188, lat: 53.3437, parents: ['E47000004', NW] },
  { code: 'E08000011', name: 'Knowsley', lng: -2.834, lat: 53.4251, parents: LCR },
  { code: 'E08000012', name: 'Liverpool', lng: -2.917, lat: 53.3955, parents: LCR },
  { code: 'E08000013', name: 'St Helens', lng: -2.7236, lat: 53.4595, parents: LCR },
  { code: 'E08000014', name: 'Sefton', lng: -3.015, lat: 53.5654, parents: LCR },
  { code: 'E08000015', name: 'Wirral', lng: -3.0927, lat: 53.3683, parents: LCR },
  { code: 'E47000004', name: 'Liverpool City Region', lng: -2.8835, lat: 53.4263, parents: [NW] },
  // Greater Manchester
  { code: 'E08000001', name: 'Bolton', lng: -2.467, lat: 53.5786, parents: GM },
  { code: 'E08000002', name: 'Bury', lng: -2.3126, lat: 53.5878, parents: GM },
  { code: 'E08000003', name: 'Manchester', lng: -2.2325, lat: 53.4515, parents: GM },
  { code: 'E08000004', name: 'Oldham', lng: -2.0507, lat: 53.5519, parents: GM },
  { code: 'E08000005', name: 'Rochdale', lng: -2.1579, lat: 53.6166, parents: GM },
  { code: 'E08000006', name: 'Salford', lng: -2.3702, lat: 53.4895, parents: GM },
  { code: 'E08000007', name: 'Stockport', lng: -2.1281, lat: 53.394, parents: GM },
  { code: 'E08000008', name: 'Tameside', lng: -2.0628, lat: 53.4775, parents: GM },
  { code: 'E08000009', name: 'Trafford', lng: -2.3553, lat: 53.419, parents: GM },
  { code: 'E08000010', name: 'Wigan', lng: -2.5895, lat: 53.5241, parents: GM },
  { code: 'E47000001', name: 'Greater Manchester', lng: -2.2726, lat: 53.5092, parents: [NW] },
  // Lancashire: two unitary authorities and the twelve districts of the county
  { code: 'E06000008', name: 'Blackburn with Darwen', lng: -2.4675, lat: 53.6926, parents: [NW] },
  { code: 'E06000009', name: 'Blackpool', lng: -3.0355, lat: 53.8177, parents: [NW] },
  { code: 'E07000117', name: 'Burnley', lng: -2.2219, lat: 53.7789, parents: LANCS },
  { code: 'E07000118', name: 'Chorley', lng: -2.6479, lat: 53.6615, parents: LANCS },
  { code: 'E07000119', name: 'Fylde', lng: -2.9221, lat: 53.7841, parents: LANCS },
  { code: 'E07000120', name: 'Hyndburn', lng: -2.3898, lat: 53.7586, parents: LANCS },
  { code: 'E07000121', name: 'Lancaster', lng: -2.7147, lat: 54.069, parents: LANCS },
  { code: 'E07000122', name: 'Pendle', lng: -2.1849, lat: 53.8655, parents: LANCS },
  { code: 'E07000123', name: 'Preston', lng: -2.6977, lat: 53.8118, parents: LANCS },
  { code: 'E07000124', name: 'Ribble Valley', lng: -2.4448, lat: 53.9072, parents: LANCS },
  { code: 'E07000125', name: 'Rossendale', lng: -2.2673, lat: 53.6938, parents: LANCS },
  { code: 'E07000126', name: 'South Ribble', lng: -2.7102, lat: 53.7281, parents: LANCS },
  { code: 'E07000127', name: 'West Lancashire', lng: -2.8824, lat: 53.6095, parents: LANCS },
  { code: 'E07000128', name: 'Wyre', lng: -2.8539, lat: 53.9029, parents: LANCS },
  // Cumbria: the two unitary authorities since April 2023, then the county and districts before it
  { code: 'E06000063', name: 'Cumberland', lng: -3.1433, lat: 54.6986, parents: [NW] },
  { code: 'E06000064', name: 'Westmorland and Furness', lng: -2.8947, lat: 54.344, parents: [NW] },
  { code: 'E10000006', name: 'Cumbria (to 2023)', lng: -3.0197, lat: 54.5216, parents: [NW] },
  { code: 'E07000026', name: 'Allerdale (to 2023)', lng: -3.2472, lat: 54.7111, parents: CUMBRIA },
  { code: 'E07000027', name: 'Barrow-in-Furness (to 2023)', lng: -3.2123, lat: 54.1266, parents: CUMBRIA },
  { code: 'E07000028', name: 'Carlisle (to 2023)', lng: -2.8094, lat: 54.9709, parents: CUMBRIA },
  { code: 'E07000029', name: 'Copeland (to 2023)', lng: -3.3731, lat: 54.4139, parents: CUMBRIA },
  { code: 'E07000030', name: 'Eden (to 2023)', lng: -2.6218, lat: 54.6128, parents: CUMBRIA },
  { code: 'E07000031', name: 'South Lakeland (to 2023)', lng: -2.8501, lat: 54.2927, parents: CUMBRIA },
  // Neighbour often served by the same Cheshire and Merseyside services
  { code: 'E06000007', name: 'Warrington', lng: -2.5636, lat: 53.3988, parents: [NW] },
];

/**
 * Postcode districts placed wholly inside one local authority by the Wikipedia coverage tables
 * (see the sources above). Each resolves to its local authority's centroid.
 *
 * @example
 * POSTCODE_DISTRICT_AREAS.L1 //=> 'E08000012'
 */
export const POSTCODE_DISTRICT_AREAS: Readonly<Record<string, string>> = {
  L1: 'E08000012',
  L2: 'E08000012',
  L3: 'E08000012',
  L4: 'E08000012',
  L5: 'E08000012',
  L6: 'E08000012',
  L7: 'E08000012',
  L8: 'E08000012',
  L11: 'E08000012',
  L12: 'E08000012',
  L13: 'E08000012',
  L15: 'E08000012',
  M1: 'E08000003',
  M2: 'E08000003',
  M4: 'E08000003',
  M5: 'E08000006',
  M6: 'E08000006',
  M7: 'E08000006',
  M8: 'E08000003',
  M9: 'E08000003',
  M11: 'E08000003',
  M12: 'E08000003',
  M13: 'E08000003',
  M14: 'E08000003',
};
