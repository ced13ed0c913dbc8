import { ABCD_CATEGORIES, ART_FORMS } from '@artsrx/schema';
import { _activityPlaces, _areaCode, _areaLabel, _assetPlaces, _indexDataset, _isReferralReady, _strings, type _Rec } from '../_lib/_datasetIndex.js';
import { _get } from '../_lib/_safe.js';

/** What `summariseAssets` groups by. */
export type SummaryDimension = 'localAuthority' | 'region' | 'abcdCategory' | 'artForm';

/** Options of `summariseAssets`. */
export interface SummariseAssetsOptions {
  /**
   * Group by the places' local authority or region (GSS codes), the assets' ABCD category, or art form.
   * @defaultValue 'localAuthority'
   */
  readonly by?: SummaryDimension;
  /**
   * Names of area codes (GSS code → name), e.g. from the ONS names-and-codes lookup. Areas not
   * listed are labelled with the towns of their places.
   * @defaultValue none
   */
  readonly areaNames?: Readonly<Record<string, string>>;
}

/** One row of an asset-map summary: counts and how complete the records are. */
export interface SummaryRow {
  /** The group: a GSS code, a vocabulary id, or `(none)` when the records do not say. */
  readonly key: string;
  /** A readable label for the group. */
  readonly label: string;
  /** Assets in the group. */
  readonly assets: number;
  /** Activities in the group. */
  readonly activities: number;
  /** Activities with status `active`. */
  readonly activeActivities: number;
  /** Active activities that take social prescribing referrals. */
  readonly referralReadyActivities: number;
  /** Distinct art forms among the group's assets and activities. */
  readonly artForms: number;
  /** Share (0–1) of the group's assets that state an ABCD category. */
  readonly abcdCoverage: number;
  /** Share (0–1) of the group's assets that state at least one art form. */
  readonly artFormCoverage: number;
  /** Share (0–1) of the group's assets and activities that state Five Ways to Wellbeing. */
  readonly fiveWaysCoverage: number;
}

/** An asset-map summary. */
export interface AssetSummary {
  /** What the rows are grouped by. */
  readonly by: SummaryDimension;
  /** One row per group, in vocabulary order (or code order for areas); `(none)` last. */
  readonly rows: readonly SummaryRow[];
  /** The whole dataset as one row (records in several groups are counted once). */
  readonly total: SummaryRow;
}

const NONE = '(none)';
const DIMENSIONS: readonly SummaryDimension[] = ['localAuthority', 'region', 'abcdCategory', 'artForm'];

interface Group {
  assets: Set<_Rec>;
  activities: Set<_Rec>;
}

function _row(key: string, label: string, g: Group): SummaryRow {
  const assets = [...g.assets];
  const activities = [...g.activities];
  const share = (n: number, d: number) => (d === 0 ? 0 : Math.round((100 * n) / d) / 100);
  const forms = new Set([...assets, ...activities].flatMap((r) => _strings(r, 'artForms')));
  return {
    key,
    label,
    assets: assets.length,
    activities: activities.length,
    activeActivities: activities.filter((a) => _get(a, 'status') === 'active').length,
    referralReadyActivities: activities.filter(_isReferralReady).length,
    artForms: forms.size,
    abcdCoverage: share(assets.filter((a) => typeof _get(a, 'abcdCategory') === 'string').length, assets.length),
    artFormCoverage: share(assets.filter((a) => _strings(a, 'artForms').length > 0).length, assets.length),
    fiveWaysCoverage: share([...assets, ...activities].filter((r) => _strings(r, 'fiveWays').length > 0).length, assets.length + activities.length),
  };
}

/**
 * Summarises an asset map: for each local authority, region, ABCD category or art form, how
 * many assets and activities there are, how many activities are active and referral-ready,
 * and how complete the records are (coverage). Loose datasets are fine; nothing throws on bad data.
 *
 * @param dataset - An ArtsRx dataset (parsed or as published).
 * @param options - See {@link SummariseAssetsOptions}.
 * @returns The rows and a total; pass `rows` to `toMarkdownTable` for a Markdown table.
 * @throws TypeError when `options.by` is not one of the dimensions.
 * @example
 * summariseAssets(dataset, { by: 'abcdCategory' }).rows[0]
 * //=> { key: 'individual', label: 'Individual', assets: 2, activities: 1, activeActivities: 1,
 * //     referralReadyActivities: 0, artForms: 2, abcdCoverage: 1, artFormCoverage: 0.5, fiveWaysCoverage: 0.33 }
 */
export function summariseAssets(dataset: unknown, options: SummariseAssetsOptions = {}): AssetSummary {
  const by = options.by ?? 'localAuthority';
  if (!DIMENSIONS.includes(by)) throw new TypeError(`options.by must be one of ${DIMENSIONS.join(', ')}, got ${String(by)}`);
  const index = _indexDataset(dataset);
  const groups = new Map<string, Group>();
  const put = (key: string, kind: 'assets' | 'activities', r: _Rec) => {
    const g = groups.get(key) ?? { assets: new Set<_Rec>(), activities: new Set<_Rec>() };
    g[kind].add(r);
    groups.set(key, g);
  };
  const keysOf = (r: _Rec, kind: 'assets' | 'activities'): string[] => {
    if (by === 'localAuthority' || by === 'region') {
      const places = kind === 'assets' ? _assetPlaces(index, r) : _activityPlaces(index, r);
      return [...new Set(places.map((p) => _areaCode(p, by)).filter((c): c is string => c !== undefined))];
    }
    if (by === 'abcdCategory') {
      const assetId = _get(r, 'assetId');
      const owner = kind === 'assets' ? r : typeof assetId === 'string' ? index.assets.get(assetId) : undefined;
      const c = _get(owner, 'abcdCategory');
      return typeof c === 'string' && c !== '' ? [c] : [];
    }
    return [...new Set(_strings(r, 'artForms'))];
  };
  for (const a of index.assetList) {
    const keys = keysOf(a, 'assets');
    for (const k of keys.length > 0 ? keys : [NONE]) put(k, 'assets', a);
  }
  for (const a of index.activityList) {
    const keys = keysOf(a, 'activities');
    for (const k of keys.length > 0 ? keys : [NONE]) put(k, 'activities', a);
  }

  const vocab = by === 'abcdCategory' ? ABCD_CATEGORIES : by === 'artForm' ? ART_FORMS : undefined;
  const order = (k: string) => {
    if (k === NONE) return Number.MAX_SAFE_INTEGER;
    const i = vocab ? (vocab.ids as readonly string[]).indexOf(k) : 0;
    return i < 0 ? Number.MAX_SAFE_INTEGER - 1 : i;
  };
  const keys = [...groups.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const label = (k: string): string => {
    if (k === NONE) return by === 'localAuthority' || by === 'region' ? 'No area recorded' : 'Not stated';
    if (vocab) return vocab.terms.find((t) => t.id === k)?.label ?? k;
    return _areaLabel(index, k, by as 'localAuthority' | 'region', options.areaNames);
  };
  const rows = keys.map((k) => _row(k, label(k), groups.get(k) as Group));
  const total = _row('total', 'Total', { assets: new Set(index.assetList), activities: new Set(index.activityList) });
  return { by, rows, total };
}
