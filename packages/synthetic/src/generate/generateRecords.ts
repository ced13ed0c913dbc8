import {
  ACCESS_SUPPORT,
  ACTIVITY_TYPES,
  FIVE_WAYS,
  NEEDS,
  STANDARD_VERSION,
  VENUE_FEATURES,
  type ActivityInput,
  type AssetInput,
  type DatasetHeader,
  type OrganisationInput,
  type PlaceInput,
} from '@artsrx/schema';
import { _Random } from '../_lib/_random.js';
import { TOWNS } from '../towns.js';
import { ACTIVITY_NOUNS, NEIGHBOURHOODS, ORG_KINDS, STREETS, VENUE_KINDS } from './_names.js';

/** One line of a synthetic NDJSON dataset. */
export type SyntheticRecord =
  | DatasetHeader
  | (OrganisationInput & { type: 'Organisation' })
  | (PlaceInput & { type: 'Place' })
  | (AssetInput & { type: 'Asset' })
  | (ActivityInput & { type: 'Activity' });

/** Options for {@link generateRecords}. */
export interface GenerateOptions {
  /** How many activities to generate (organisations, places and assets follow in proportion). */
  activities: number;
  /** Seed: the same seed, count and `now` always give the same records. Default 1. */
  seed?: string | number;
  /** "Today" for the dataset: generatedAt, lastVerified and schedules are around it. Default the current date. */
  now?: Date;
}

/** The publisher name every synthetic dataset carries, so nobody mistakes it for real data. */
export const SYNTHETIC_PUBLISHER = 'ArtsRx synthetic data (not real)';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_NAMES = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' } as const;
const STARTS = ['09:30', '10:00', '10:30', '11:00', '13:00', '13:30', '14:00', '18:00', '18:30', '19:00'] as const;
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
/** Ofcom's numbers reserved for drama: they never reach a real person. */
const DRAMA_PHONES = ['0113 496 0', '0114 496 0', '0115 496 0', '0116 496 0', '0117 496 0', '0118 496 0', '0121 496 0', '0151 496 0', '0161 496 0', '0191 498 0', '020 7946 0'] as const;

const TYPE_WEIGHTS: readonly (readonly [(typeof ACTIVITY_TYPES.ids)[number], number])[] = ACTIVITY_TYPES.ids.map((id) => {
  const popular: Record<string, number> = {
    singing: 14, painting: 9, 'knitting-crochet': 7, drawing: 6, 'creative-writing': 5, 'shared-reading': 5, 'dance-for-health': 5, 'seated-dance': 4,
    ceramics: 5, textiles: 4, reminiscence: 4, 'social-dance': 4, 'multi-arts-workshop': 6, drama: 4, instrumental: 4, photography: 3,
    'heritage-walk': 3, 'museum-visit': 3, 'creative-gardening': 3, 'library-programme': 3, 'film-screening': 3, 'digital-skills': 2, woodwork: 3,
  };
  return [id, popular[id] ?? 1] as const;
});

const ART_FORM_OF = new Map<string, string>(ACTIVITY_TYPES.terms.map((t) => [t.id, (t as { artForm: string }).artForm]));

/**
 * Generates a synthetic England-scale ArtsRx dataset one record at a time: a `DatasetHeader`,
 * then for each invented organisation its places, sometimes an asset, and its activities.
 * Activities cluster around 75 real English town and city centres (weighted by population) with
 * realistic mixes of art forms, schedules, costs, access and referral information. Everything
 * is labelled as invented: the publisher is "ArtsRx synthetic data (not real)", every record's
 * provenance has `illustrative: true`, web addresses are on example.org and phone numbers are
 * Ofcom drama numbers. Memory stays flat, so a million activities can be streamed.
 *
 * @param options - {@link GenerateOptions}
 * @returns a generator of NDJSON records (header first; every reference points backwards)
 * @throws RangeError when `activities` is not a whole number of 0 or more
 * @example
 * const lines = [...generateRecords({ activities: 3, seed: 7, now: new Date('2026-05-01') })];
 * lines[0].publisher.name //=> 'ArtsRx synthetic data (not real)'
 * lines.filter((l) => l.type === 'Activity').length //=> 3
 */
export function* generateRecords(options: GenerateOptions): Generator<SyntheticRecord> {
  const total = options.activities;
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('generateRecords: options.activities must be a whole number, 0 or more');
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new RangeError('generateRecords: options.now must be a valid Date');
  const rng = new _Random(options.seed ?? 1);
  const today = now.toISOString().slice(0, 10);
  const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86400000).toISOString().slice(0, 10);
  const provenance = () => ({
    source: rng.weighted([['directory', 5], ['self-published', 3], ['asset-mapping', 2]] as const),
    recordedBy: 'ArtsRx synthetic data generator',
    recordedAt: day(-rng.int(60, 900)),
    illustrative: true,
  });
  const lastVerified = () => day(-rng.int(0, 320));
  const phone = () => `${rng.pick(DRAMA_PHONES)}${String(rng.int(0, 999)).padStart(3, '0')}`;

  yield {
    type: 'DatasetHeader',
    standard: 'artsrx',
    version: STANDARD_VERSION,
    publisher: { name: SYNTHETIC_PUBLISHER, url: 'https://example.org/artsrx-synthetic' },
    license: 'CC0-1.0',
    generatedAt: `${today}T00:00:00Z`,
  };

  const townWeights = TOWNS.map((t) => [t, t.population] as const);
  let venueN = 0;
  let remaining = total;
  let orgN = 0;
  let placeN = 0;
  let assetN = 0;
  let actN = 0;

  while (remaining > 0) {
    const town = rng.weighted(townWeights);
    const orgId = `org-${++orgN}`;
    const slug = `org${orgN}`;
    const orgArt = ART_FORM_OF.get(rng.weighted(TYPE_WEIGHTS))!;
    const org: OrganisationInput & { type: 'Organisation' } = {
      type: 'Organisation',
      id: orgId,
      name: `${rng.chance(0.5) ? town.name : rng.pick(NEIGHBOURHOODS)} ${rng.pick(ORG_KINDS)}`,
      ...(rng.chance(0.7) ? { url: `https://${slug}.example.org` } : {}),
      ...(rng.chance(0.5) ? { email: `hello@${slug}.example.org` } : {}),
      ...(rng.chance(0.3) ? { phone: phone() } : {}),
      abcdCategory: rng.chance(0.8) ? 'association' : 'institution',
      artForms: [orgArt as never],
      provenance: provenance(),
      lastVerified: lastVerified(),
    };
    yield org;

    // The organisation's venues, scattered around the town centre.
    const places: { id: string; name: string; features: boolean }[] = [];
    const nPlaces = rng.weighted([[1, 60], [2, 30], [3, 10]] as const);
    const spread = 0.8 + 0.12 * Math.sqrt(town.population);
    for (let p = 0; p < nPlaces; p++) {
      // Venue names are unique across the whole dataset (a neighbourhood and a kind of venue, then
      // a street, then a house number), so no two venues can look like duplicates by chance.
      const k = venueN++;
      const combos = NEIGHBOURHOODS.length * VENUE_KINDS.length;
      const c = (k * 13 + 7) % combos;
      let name = `${NEIGHBOURHOODS[c % NEIGHBOURHOODS.length]} ${VENUE_KINDS[Math.floor(c / NEIGHBOURHOODS.length)]}`;
      const round = Math.floor(k / combos);
      if (round > 0) name += `, ${round >= STREETS.length ? `${Math.floor(round / STREETS.length) + 1} ` : ''}${STREETS[round % STREETS.length]}`;
      const clamp = (z: number) => Math.max(-3, Math.min(3, z));
      const dy = (clamp(rng.normal()) * spread) / 111.32;
      const dx = (clamp(rng.normal()) * spread) / (111.32 * Math.cos((town.centre[1] * Math.PI) / 180));
      const features = rng.chance(0.9);
      const id = `place-${++placeN}`;
      const featureIds = rng.some(VENUE_FEATURES.ids, rng.int(3, 6));
      const place: PlaceInput & { type: 'Place' } = {
        type: 'Place',
        id,
        name,
        address: {
          lines: [`${rng.int(1, 240)} ${rng.pick(STREETS)}`],
          town: town.name,
          postcode: `${town.postcodeArea}${rng.int(1, 20)} ${rng.int(1, 9)}${rng.pick(INWARD_LETTERS.split(''))}${rng.pick(INWARD_LETTERS.split(''))}`,
          country: 'GB',
        },
        geo: { type: 'Point', coordinates: [Number((town.centre[0] + dx).toFixed(5)), Number((town.centre[1] + dy).toFixed(5))] },
        areaCodes: { localAuthority: town.localAuthority, region: town.region },
        ...(features ? { venueFeatures: Object.fromEntries(featureIds.map((f) => [f, rng.chance(0.8)])) } : {}),
        ...(!features || rng.chance(0.3) ? { accessibilityNotes: rng.pick(['Ramp at the side entrance; the main hall is on the ground floor.', 'Two steps at the front door; staff can help.', 'Lift to all floors. Accessible toilet on the ground floor.', 'Quiet room available on request.']) } : {}),
        ...(rng.chance(0.2) ? { transportNotes: rng.pick(['Bus stop outside.', 'Ten minutes\u2019 walk from the station.', 'Free car park behind the building.']) } : {}),
        provenance: provenance(),
        lastVerified: lastVerified(),
      };
      yield place;
      places.push({ id, name, features });
    }

    // Sometimes the organisation's group or venue is recorded as a community asset.
    let assetId: string | undefined;
    if (rng.chance(0.3)) {
      assetId = `asset-${++assetN}`;
      const [abcd, kind] = rng.weighted([[['association', 'group'], 5], [['physical', 'venue'], 3], [['cultural', 'festival'], 1], [['institution', 'programme'], 2], [['natural', 'green-space'], 1]] as const);
      const asset: AssetInput & { type: 'Asset' } = {
        type: 'Asset',
        id: assetId,
        name: kind === 'venue' ? places[0]!.name : `${org.name} ${kind === 'festival' ? 'Festival' : kind === 'green-space' ? 'Community Garden' : kind === 'programme' ? 'Programme' : 'Group'}`,
        abcdCategory: abcd,
        assetKind: kind,
        organisationId: orgId,
        placeIds: [places[0]!.id],
        artForms: [orgArt as never],
        status: 'active',
        ...(rng.chance(0.4) ? { wellbeingValue: rng.pick(['People say it is the one place they feel they belong.', 'Somewhere to be creative without pressure.', 'Brings neighbours together every week.']) } : {}),
        provenance: provenance(),
        lastVerified: lastVerified(),
      };
      yield asset;
    } else if (rng.chance(0.02)) {
      // A person's skill (ABCD "individual"): published without personal contact details.
      yield {
        type: 'Asset',
        id: `asset-${++assetN}`,
        name: `${rng.pick(['Portrait drawing', 'Community songwriting', 'Quilting', 'Local history talks', 'Watercolour tuition'])} (a volunteer\u2019s skill)`,
        abcdCategory: 'individual',
        assetKind: 'skill',
        organisationId: orgId,
        status: 'nominated',
        provenance: { ...provenance(), source: 'asset-mapping' },
        lastVerified: lastVerified(),
      };
    }

    const nActs = Math.min(remaining, rng.weighted([[1, 25], [2, 25], [3, 20], [4, 12], [6, 10], [10, 8]] as const));
    remaining -= nActs;
    const usedNames = new Set<string>();
    for (let a = 0; a < nActs; a++) {
      const id = `act-${++actN}`;
      const activityType = rng.weighted(TYPE_WEIGHTS);
      const artForm = ART_FORM_OF.get(activityType)!;
      const place = rng.pick(places);
      const mode = rng.weighted([['in-person', 85], ['online', 9], ['mixed', 6]] as const);
      const format = rng.weighted([['ongoing-group', 45], ['drop-in', 25], ['course', 18], ['one-off-event', 7], ['one-to-one', 5]] as const);
      const byDay = rng.pick(DAYS);
      // Name: a noun for the activity type, with the venue's neighbourhood or the day in front.
      const noun = rng.pick(ACTIVITY_NOUNS[activityType] ?? ['Creative Group']);
      let name = rng.chance(0.5) ? `${place.name.split(' ')[0]} ${noun}` : `${DAY_NAMES[byDay]} ${noun}`;
      if (mode === 'online') name = `${noun} (online)`;
      for (let n = 2; usedNames.has(`${name}|${place.id}`); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
      usedNames.add(`${name}|${place.id}`);
      const start = rng.pick(STARTS);
      const [h, m] = start.split(':').map(Number) as [number, number];
      const minutes = h * 60 + m + rng.pick([60, 90, 120]);
      const endTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      // Schedules start on a real session day and skip only real session days, so
      // @artsrx/schedule's checks find nothing to say about them.
      const onDay = (offset: number) => alignTo(day(offset), byDay);
      let schedule: ActivityInput['schedule'];
      let sessionCount: number | undefined;
      if (format === 'course') {
        sessionCount = rng.pick([6, 8, 10, 12]);
        schedule = { timezone: 'Europe/London', startDate: onDay(rng.int(-14, 90)), startTime: start, endTime, repeat: { frequency: 'weekly', byDay: [byDay], count: sessionCount } };
      } else if (format === 'one-off-event') {
        schedule = { timezone: 'Europe/London', startDate: day(rng.int(1, 120)), startTime: start, endTime };
      } else if (rng.chance(0.2)) {
        const ordinal = rng.pick([1, 2, 3, -1]);
        schedule = { timezone: 'Europe/London', startDate: nthWeekday(day(-rng.int(30, 1000)), byDay, ordinal), startTime: start, endTime, repeat: { frequency: 'monthly', byDay: [`${ordinal}${byDay}`] } };
      } else {
        const interval = rng.chance(0.1) ? 2 : 1;
        const startDate = onDay(-rng.int(30, 1000));
        // A session day 1–4 months ahead: a whole number of repeat periods after the start.
        const sessionDayAhead = () => {
          const period = 7 * interval;
          const ahead = Math.ceil((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86400000 / period) + rng.int(2, 16) / interval;
          return new Date(Date.parse(`${startDate}T00:00:00Z`) + Math.ceil(ahead) * period * 86400000).toISOString().slice(0, 10);
        };
        const except = rng.chance(0.15) ? [...new Set([sessionDayAhead(), sessionDayAhead()])].sort() : undefined;
        schedule = {
          timezone: 'Europe/London',
          startDate,
          startTime: start,
          endTime,
          repeat: { frequency: 'weekly', byDay: [byDay], ...(interval === 2 ? { interval: 2 } : {}) },
          ...(except ? { exceptDates: except } : {}),
          ...(rng.chance(0.1) ? { notes: 'Term time only.' } : {}),
        };
      }
      const free = rng.chance(0.55);
      const hasSupport = mode !== 'in-person' || !place.features || rng.chance(0.8);
      const supportIds = mode === 'online' ? (['captions', 'large-print', 'relaxed'] as const) : ACCESS_SUPPORT.ids;
      const accepts = rng.chance(0.6);
      const activity: ActivityInput & { type: 'Activity' } = {
        type: 'Activity',
        id,
        name,
        description: `${ACTIVITY_TYPES.terms.find((t) => t.id === activityType)!.label} ${mode === 'online' ? 'online' : `in ${town.name}`}. ${rng.pick(['Everyone welcome, no experience needed.', 'Friendly and relaxed; come as you are.', 'Materials provided.', 'Tea and biscuits afterwards.', 'Gentle pace, beginners very welcome.'])} Synthetic record: not a real activity.`,
        organisationId: orgId,
        ...(assetId !== undefined && rng.chance(0.5) ? { assetId } : {}),
        artForms: rng.chance(0.1) ? ([artForm, rng.pick(['combined-arts', 'nature-culture', 'museums-heritage'].filter((f) => f !== artForm))] as never) : ([artForm] as never),
        activityTypes: [activityType],
        fiveWays: rng.some(FIVE_WAYS.ids, rng.int(1, 3)),
        format,
        attendanceMode: mode,
        ...(mode !== 'online' ? { placeId: place.id } : {}),
        schedule,
        ...(sessionCount !== undefined ? { sessionCount } : {}),
        cost: free ? { isFree: true } : { isFree: false, price: rng.pick([2, 3, 4, 5, 6, 8, 10, 12]), ...(rng.chance(0.5) ? { concessions: 'Half price for people on benefits and carers go free.' } : {}) },
        ...(rng.chance(0.7) ? { eligibility: { minAge: rng.weighted([[18, 7], [16, 2], [55, 1], [65, 1]] as const), ...(rng.chance(0.3) ? { areaServed: [town.localAuthority] } : {}), ...(rng.chance(0.1) ? { referralRequired: true } : {}) } } : {}),
        ...(rng.chance(0.7) ? { suitableFor: rng.some(NEEDS.ids, rng.int(1, 3)) } : {}),
        ...(hasSupport ? { accessSupport: Object.fromEntries(rng.some(supportIds, rng.int(1, 3)).map((s) => [s, rng.chance(0.9)])) } : {}),
        ...(accepts
          ? { socialPrescribing: { acceptsReferrals: true, routes: rng.some(['link-worker', 'gp', 'self', 'other-professional'] as const, rng.int(1, 3)), contact: rng.chance(0.7) ? { name: 'Referrals', email: `referrals@${slug}.example.org` } : { name: 'Referrals', phone: phone() }, responseDays: rng.int(2, 10) } }
          : rng.chance(0.3)
            ? { socialPrescribing: { acceptsReferrals: false, routes: [] } }
            : {}),
        ...(rng.chance(0.5) ? { capacity: { maxParticipants: rng.int(6, 30), waitingList: rng.chance(0.5) } } : {}),
        languages: rng.chance(0.95) ? ['en'] : ['en', rng.pick(['bfi', 'pl', 'ur', 'pa', 'so'])],
        ...(rng.chance(0.2) ? { outcomeMeasures: [rng.pick(['SWEMWBS', 'ONS4', 'UCLA3'] as const)] } : {}),
        status: rng.chance(0.96) ? 'active' : 'temporarily-closed',
        ...(rng.chance(0.5) ? { url: `https://${slug}.example.org/activities/${actN}` } : {}),
        provenance: provenance(),
        lastVerified: lastVerified(),
      };
      yield activity;
    }
  }
}

const WEEKDAY_NUMBER = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 } as const;

/** The first date on or after `date` (YYYY-MM-DD) that falls on `weekday`. */
function alignTo(date: string, weekday: keyof typeof WEEKDAY_NUMBER): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const shift = (WEEKDAY_NUMBER[weekday] - new Date(t).getUTCDay() + 7) % 7;
  return new Date(t + shift * 86400000).toISOString().slice(0, 10);
}

/** The `ordinal`th (1–3, or -1 for last) `weekday` of the month of `date`, as YYYY-MM-DD. */
function nthWeekday(date: string, weekday: keyof typeof WEEKDAY_NUMBER, ordinal: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (ordinal > 0) {
    const first = alignTo(`${y}-${String(m).padStart(2, '0')}-01`, weekday);
    return new Date(Date.parse(`${first}T00:00:00Z`) + (ordinal - 1) * 7 * 86400000).toISOString().slice(0, 10);
  }
  const lastOfMonth = new Date(Date.UTC(y, m, 0));
  const back = (lastOfMonth.getUTCDay() - WEEKDAY_NUMBER[weekday] + 7) % 7;
  return new Date(lastOfMonth.getTime() - back * 86400000).toISOString().slice(0, 10);
}
