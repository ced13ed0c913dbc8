import { ART_FORMS } from '@artsrx/schema';
import { _activityPlaces, _areaCode, _areaLabel, _coordinates, _distanceKm, _indexDataset, _isReferralReady, _strings } from '../_lib/_datasetIndex.js';
import { _get } from '../_lib/_safe.js';

/** A population centre to measure from. */
export interface GapCentre {
  /** Stable id, e.g. a GSS code. */
  readonly id: string;
  /** Readable name. */
  readonly name?: string;
  /** `[longitude, latitude]` (WGS 84), as in GeoJSON. */
  readonly coordinates: readonly [number, number];
}

/** Options of `findGaps`. */
export interface FindGapsOptions {
  /** How far (great-circle kilometres) an activity may be from a centre and still count. Required. */
  readonly distanceKm: number;
  /**
   * Names of area codes (GSS code → name) for the default centres; areas not listed are
   * labelled with the towns of their places.
   * @defaultValue none
   */
  readonly areaNames?: Readonly<Record<string, string>>;
  /**
   * The centres to measure from.
   * @defaultValue one per local authority in the dataset's places, at the mean position of its places
   */
  readonly centres?: readonly GapCentre[];
  /**
   * The art forms to look for.
   * @defaultValue every art form that any activity in the dataset covers
   */
  readonly artForms?: readonly string[];
  /**
   * Whether online-only activities count as reachable from every centre.
   * @defaultValue false
   */
  readonly includeOnline?: boolean;
}

/** What is reachable from one centre. */
export interface CentreCoverage {
  readonly id: string;
  readonly name: string;
  readonly coordinates: readonly [number, number];
  /** Active, referral-ready activities within the distance. */
  readonly referralReadyWithin: number;
  /** Art forms those activities cover, in vocabulary order. */
  readonly artFormsWithin: readonly string[];
  /** Art forms looked for that none of them covers. */
  readonly missingArtForms: readonly string[];
}

/** One gap: a centre with no active, referral-ready activity (in an art form, or at all) within the distance. */
export interface Gap {
  readonly centreId: string;
  readonly centreName: string;
  /** The art form missing, or `null` when there is no referral-ready activity of any kind within reach. */
  readonly artForm: string | null;
  /** Distance to the nearest such activity anywhere in the dataset, in km (one decimal), or `null` when there is none. */
  readonly nearestKm: number | null;
}

/** The result of `findGaps`. */
export interface GapReport {
  readonly distanceKm: number;
  /** The art forms looked for. */
  readonly artForms: readonly string[];
  readonly centres: readonly CentreCoverage[];
  /** Every gap, centre by centre; pass to `toMarkdownTable` for a table. */
  readonly gaps: readonly Gap[];
}

function _defaultCentres(dataset: unknown, areaNames?: Readonly<Record<string, string>>): GapCentre[] {
  const index = _indexDataset(dataset);
  const sums = new Map<string, { lon: number; lat: number; n: number }>();
  for (const p of index.places.values()) {
    const code = _areaCode(p, 'localAuthority');
    const c = _coordinates(p);
    if (code === undefined || c === undefined) continue;
    const s = sums.get(code) ?? { lon: 0, lat: 0, n: 0 };
    s.lon += c[0];
    s.lat += c[1];
    s.n += 1;
    sums.set(code, s);
  }
  return [...sums.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([code, s]) => ({ id: code, name: _areaLabel(index, code, 'localAuthority', areaNames), coordinates: [Math.round((s.lon / s.n) * 1e5) / 1e5, Math.round((s.lat / s.n) * 1e5) / 1e5] as const }));
}

function _checkCentre(c: GapCentre, i: number): void {
  const ok =
    c !== null && typeof c === 'object' && typeof c.id === 'string' && Array.isArray(c.coordinates) && c.coordinates.length === 2 &&
    c.coordinates.every((x) => typeof x === 'number' && Number.isFinite(x)) && Math.abs(c.coordinates[1]) <= 90 && Math.abs(c.coordinates[0]) <= 180;
  if (!ok) throw new TypeError(`options.centres[${i}] must be { id, coordinates: [longitude, latitude] }`);
}

/**
 * Finds gaps in an asset map: population centres with no active, referral-ready activity within
 * `distanceKm` — in a given art form, or of any kind. By default the centres are the dataset's
 * own local authorities (the mean position of their places) and the art forms are those the
 * dataset's activities cover, so a gap means "people here would have to travel for this".
 *
 * @param dataset - An ArtsRx dataset (parsed or as published).
 * @param options - See {@link FindGapsOptions}.
 * @returns What each centre can reach and the list of gaps.
 * @throws RangeError when `distanceKm` is not a positive finite number; TypeError for malformed centres.
 * @example
 * findGaps(dataset, { distanceKm: 10 }).gaps[0]
 * //=> { centreId: 'E08000012', centreName: 'E08000012 (Liverpool)', artForm: 'dance', nearestKm: 23.4 }
 */
export function findGaps(dataset: unknown, options: FindGapsOptions): GapReport {
  const distanceKm = (options as FindGapsOptions | undefined)?.distanceKm;
  if (typeof distanceKm !== 'number' || !Number.isFinite(distanceKm) || distanceKm <= 0) {
    throw new RangeError(`options.distanceKm must be a positive number of kilometres, got ${String(distanceKm)}`);
  }
  options.centres?.forEach(_checkCentre);
  const index = _indexDataset(dataset);
  const ready: { forms: string[]; points: [number, number][]; online: boolean }[] = [];
  const allForms = new Set<string>();
  for (const a of index.activityList) {
    const forms = _strings(a, 'artForms');
    for (const f of forms) allForms.add(f);
    if (!_isReferralReady(a)) continue;
    const points = _activityPlaces(index, a)
      .map(_coordinates)
      .filter((c): c is [number, number] => c !== undefined);
    ready.push({ forms, points, online: _get(a, 'attendanceMode') === 'online' || (points.length === 0 && _get(a, 'attendanceMode') === 'mixed') });
  }
  const artForms = options.artForms
    ? [...new Set(options.artForms)]
    : (ART_FORMS.ids as readonly string[]).filter((f) => allForms.has(f)).concat([...allForms].filter((f) => !(ART_FORMS.ids as readonly string[]).includes(f)).sort());
  const centres = options.centres ?? _defaultCentres(dataset, options.areaNames);
  const gaps: Gap[] = [];
  const coverage: CentreCoverage[] = centres.map((c) => {
    let within = 0;
    const formsWithin = new Set<string>();
    const nearestByForm = new Map<string, number>();
    let nearestAny = Number.POSITIVE_INFINITY;
    for (const r of ready) {
      const online = options.includeOnline === true && r.online;
      const d = online ? 0 : Math.min(Number.POSITIVE_INFINITY, ...r.points.map((p) => _distanceKm(c.coordinates, p)));
      if (!Number.isFinite(d)) continue;
      nearestAny = Math.min(nearestAny, d);
      for (const f of r.forms) nearestByForm.set(f, Math.min(nearestByForm.get(f) ?? Number.POSITIVE_INFINITY, d));
      if (d <= distanceKm) {
        within += 1;
        for (const f of r.forms) formsWithin.add(f);
      }
    }
    const name = c.name ?? c.id;
    const km = (d: number | undefined) => (d === undefined || !Number.isFinite(d) ? null : Math.round(d * 10) / 10);
    const missing = artForms.filter((f) => !formsWithin.has(f));
    if (within === 0) gaps.push({ centreId: c.id, centreName: name, artForm: null, nearestKm: km(nearestAny) });
    for (const f of missing) gaps.push({ centreId: c.id, centreName: name, artForm: f, nearestKm: km(nearestByForm.get(f)) });
    return { id: c.id, name, coordinates: [c.coordinates[0], c.coordinates[1]] as const, referralReadyWithin: within, artFormsWithin: artForms.filter((f) => formsWithin.has(f)), missingArtForms: missing };
  });
  return { distanceKm, artForms, centres: coverage, gaps };
}
