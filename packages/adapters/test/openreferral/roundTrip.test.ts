// ArtsRx → ORUK 3.0 → ArtsRx keeps every field ORUK can carry, field by field; the export
// report names every other field.
import { DatasetSchema, type Activity, type Dataset, type Organisation, type Place } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { fromOpenReferral } from '../../src/openreferral/fromOpenReferral.js';
import { openReferralId } from '../../src/openreferral/openReferralId.js';
import { toOpenReferral, type ToOpenReferralOptions } from '../../src/openreferral/toOpenReferral.js';
import { northWest, smallDataset } from './_data.js';

const NOW = new Date('2026-02-01T09:00:00Z');

// Fields each profile carries. Everything else an ArtsRx record has must be named in the report.
const ACTIVITY_ALWAYS = ['id', 'name', 'description', 'organisationId', 'artForms', 'activityTypes', 'fiveWays', 'format', 'attendanceMode', 'placeId', 'schedule', 'cost', 'suitableFor', 'accessSupport', 'outcomeMeasures', 'status', 'url', 'lastVerified', 'eligibility', 'contact', 'languages'];
const PLACE_ALWAYS = ['id', 'name', 'address', 'geo', 'venueFeatures', 'accessibilityNotes', 'transportNotes', 'uprn'];
const ORG_ALWAYS = ['id', 'name', 'description', 'url', 'email', 'phone', 'identifiers', 'abcdCategory', 'artForms'];

type Lost = ReturnType<typeof toOpenReferral>['report'];

/** True when the report names `field` (or a part of it) as lost for this record (or for the whole dataset). */
function named(lost: Lost, recordId: string, field: string): boolean {
  const hit = (f: string) => f === field || f.startsWith(`${field}.`) || field.startsWith(`${f}.`);
  return lost.some((r) => r.field !== undefined && hit(r.field) && (r.recordId === recordId || (r.recordIds ?? []).includes(recordId) || (r.recordId === undefined && r.recordIds === undefined)));
}

function roundTrip(dataset: Dataset, options: ToOpenReferralOptions) {
  const exported = toOpenReferral(dataset, { now: NOW, ...options });
  const imported = fromOpenReferral(exported.feed, { now: NOW });
  expect(imported.report.filter((r) => r.severity === 'error')).toEqual([]);
  return { back: DatasetSchema.parse(imported.dataset), lost: exported.report };
}

function orgIdOf(dataset: Dataset, a: Activity): string | undefined {
  if (a.organisationId !== undefined) return openReferralId('organization', a.organisationId);
  const asset = dataset.assets.find((x) => x.id === a.assetId);
  if (asset === undefined) return undefined;
  return openReferralId('organization', asset.organisationId ?? `asset:${asset.id}`);
}

function checkActivity(dataset: Dataset, original: Activity, back: Dataset, lost: Lost, carried: readonly string[]): number {
  const got = back.activities.find((x) => x.id === openReferralId('service', original.id));
  expect(got, original.id).toBeDefined();
  let compared = 0;
  for (const [key, value] of Object.entries(original)) {
    if (value === undefined) continue;
    const field = `Activity.${key}`;
    const mapped: unknown =
      key === 'id'
        ? openReferralId('service', original.id)
        : key === 'organisationId'
          ? orgIdOf(dataset, original)
          : key === 'placeId'
            ? openReferralId('location', value as string)
            : value;
    if (!carried.includes(key)) {
      expect(named(lost, original.id, field), `${original.id}: ${field} is neither carried nor reported`).toBe(true);
      continue;
    }
    if (key === 'contact' || key === 'eligibility' || key === 'schedule' || key === 'cost' || key === 'accessSupport') {
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        const subField = `${field}.${sub}`;
        const gotSub = (got as Record<string, Record<string, unknown> | undefined>)[key]?.[sub];
        if (JSON.stringify(gotSub) === JSON.stringify(subValue)) {
          compared++;
          continue;
        }
        if (key === 'accessSupport' && subValue === false) {
          expect(named(lost, original.id, `${field}.${sub}=false`), `${original.id}: ${subField}=false`).toBe(true);
          continue;
        }
        if (key === 'schedule' && sub === 'repeat' && named(lost, original.id, 'Activity.schedule.repeat')) continue;
        if (key === 'schedule' && (sub === 'startDate' || sub === 'startTime' || sub === 'endTime' || sub === 'timezone') && (original.schedule?.repeat?.frequency === 'daily' || original.schedule?.occurrences !== undefined)) continue;
        expect(named(lost, original.id, subField), `${original.id}: ${subField} ${JSON.stringify(subValue)} came back as ${JSON.stringify(gotSub)} and is not reported`).toBe(true);
      }
      continue;
    }
    expect((got as Record<string, unknown>)[key], `${original.id}: ${field}`).toEqual(mapped);
    compared++;
  }
  return compared;
}

function checkPlace(original: Place, back: Dataset, lost: Lost, carried: readonly string[]): void {
  const got = back.places.find((p) => p.id === openReferralId('location', original.id));
  if (got === undefined) {
    expect(named(lost, original.id, 'Place'), `${original.id} missing and not reported`).toBe(true);
    return;
  }
  for (const [key, value] of Object.entries(original)) {
    if (value === undefined) continue;
    const field = `Place.${key}`;
    if (!carried.includes(key)) {
      expect(named(lost, original.id, field), `${original.id}: ${field}`).toBe(true);
      continue;
    }
    const mapped = key === 'id' ? openReferralId('location', original.id) : value;
    if (key === 'venueFeatures') {
      for (const [f, v] of Object.entries(value as Record<string, boolean>)) {
        if (got.venueFeatures?.[f as keyof typeof got.venueFeatures] === v) continue;
        expect(named(lost, original.id, `Place.venueFeatures.${f}=${String(v)}`), `${original.id}: venue feature ${f}`).toBe(true);
      }
      continue;
    }
    if (key === 'address' && JSON.stringify(got.address) !== JSON.stringify(value)) {
      expect(named(lost, original.id, 'Place.address'), `${original.id}: address ${JSON.stringify(value)} → ${JSON.stringify(got.address)}`).toBe(true);
      continue;
    }
    expect((got as Record<string, unknown>)[key], `${original.id}: ${field}`).toEqual(mapped);
  }
}

function checkOrganisation(original: Organisation, back: Dataset, lost: Lost, carried: readonly string[]): void {
  const got = back.organisations.find((o) => o.id === openReferralId('organization', original.id));
  expect(got, original.id).toBeDefined();
  for (const [key, value] of Object.entries(original)) {
    if (value === undefined) continue;
    const field = `Organisation.${key}`;
    const mapped = key === 'id' ? openReferralId('organization', original.id) : value;
    if (!carried.includes(key) || JSON.stringify((got as Record<string, unknown>)[key]) !== JSON.stringify(mapped)) {
      expect(named(lost, original.id, field), `${original.id}: ${field} ${JSON.stringify(value)} → ${JSON.stringify((got as Record<string, unknown>)[key])}`).toBe(true);
    }
  }
}

describe('round trip ArtsRx → Open Referral → ArtsRx', () => {
  for (const [name, make] of [
    ['North West example', northWest],
    ['hand-made dataset', smallDataset],
  ] as const) {
    it(`keeps every field ORUK 3.0 can carry, and the report names the rest (${name})`, () => {
      const dataset = make();
      const { back, lost } = roundTrip(dataset, { profile: 'oruk-3.0' });
      expect(back.activities).toHaveLength(dataset.activities.length);
      let compared = 0;
      for (const a of dataset.activities) compared += checkActivity(dataset, a, back, lost, ACTIVITY_ALWAYS);
      for (const p of dataset.places) checkPlace(p, back, lost, PLACE_ALWAYS);
      for (const o of dataset.organisations) checkOrganisation(o, back, lost, ORG_ALWAYS);
      for (const a of dataset.assets) expect(named(lost, a.id, 'Asset.*')).toBe(true);
      expect(compared).toBeGreaterThan(dataset.activities.length * 8);
    });

    it(`keeps what the ORUK 3.0 schema defines in strict mode, and the report names the rest (${name})`, () => {
      const dataset = make();
      const { back, lost } = roundTrip(dataset, { profile: 'oruk-3.0', strict: true });
      for (const a of dataset.activities) checkActivity(dataset, a, back, lost, ACTIVITY_ALWAYS.filter((k) => k !== 'languages'));
      for (const p of dataset.places) checkPlace(p, back, lost, PLACE_ALWAYS.filter((k) => k !== 'transportNotes'));
      for (const o of dataset.organisations) checkOrganisation(o, back, lost, ORG_ALWAYS.filter((k) => k !== 'phone'));
    });

    it(`keeps every field HSDS 3.0 can carry (${name})`, () => {
      const dataset = make();
      const { back, lost } = roundTrip(dataset, { profile: 'hsds-3.0' });
      for (const a of dataset.activities) checkActivity(dataset, a, back, lost, ACTIVITY_ALWAYS);
      for (const o of dataset.organisations) checkOrganisation(o, back, lost, ORG_ALWAYS);
    });
  }

  it('brings the hand-made choir back exactly, schedule exceptions and extra dates included', () => {
    const { back } = roundTrip(smallDataset(), { profile: 'oruk-3.0' });
    const choir = back.activities.find((a) => a.id === openReferralId('service', 'act-choir'))!;
    expect(choir.schedule).toEqual({
      timezone: 'Europe/London',
      startDate: '2026-03-04',
      endDate: '2026-04-29',
      startTime: '18:30',
      endTime: '20:30',
      repeat: { frequency: 'weekly', byDay: ['WE'] },
      exceptDates: ['2026-04-08'],
      extraDates: ['2026-05-02'],
      notes: 'Bring water.',
    });
    expect(choir.cost).toEqual({ isFree: false, price: 3.5, currency: 'GBP', concessions: '£2 for carers', notes: 'Pay on the door.' });
    expect(choir.contact).toEqual({ name: 'Choir leader', email: 'choir@riverside.example.org', phone: '0161 496 0001' });
    const night = back.activities.find((a) => a.id === openReferralId('service', 'act-night'))!;
    expect(night.schedule?.occurrences).toEqual([
      { start: '2026-03-27T23:00:00Z', end: '2026-03-28T01:00:00Z' },
      { start: '2026-03-29T23:00:00+01:00', end: '2026-03-30T01:00:00+01:00' },
      { start: '2026-03-31T23:00:00+01:00', end: '2026-04-01T01:00:00+01:00' },
      { start: '2026-04-02T23:00:00+01:00', end: '2026-04-03T01:00:00+01:00' },
    ]);
  });
});
