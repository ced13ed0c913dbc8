import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACCESS_SUPPORT,
  ACTIVITY_FORMATS,
  ACTIVITY_TYPES,
  ART_FORMS,
  ATTENDANCE_MODES,
  DatasetSchema,
  VENUE_FEATURES,
  type Dataset,
  type DatasetInput,
} from '@artsrx/schema';
import { generateDataset } from '@artsrx/synthetic';
import { fromCsv, toCsv } from '../src/csv/index.js';
import { fromGeoJSON, toGeoJSON } from '../src/geojson/index.js';
import { toICalendar } from '../src/ical/index.js';
import { fromOpenActive, toOpenActive, toRpdePages, type RpdeItem } from '../src/openactive/index.js';
import { toJsonLdScript, toSchemaOrg } from '../src/schemaorg/index.js';

// Law: every adapter accepts every valid dataset without throwing (bad or odd data is reported,
// never thrown). fast-check varies a small valid dataset: text with any characters, every
// vocabulary term, schedules of every shape (including clock-change days), missing optional
// parts; and seeds the project's synthetic generator.

const provenance = { source: 'directory', recordedAt: '2026-01-01' } as const;
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /\S/.test(s));
const date = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const someOf = <T,>(items: readonly T[]) => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: 3 });
const flags = (ids: readonly string[]) => fc.dictionary(fc.constantFrom(...ids), fc.boolean(), { maxKeys: 4 });

const schedule = fc.oneof(
  fc.record({
    timezone: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney'),
    startDate: date,
    startTime: time,
    endTime: time,
    repeat: fc.option(
      fc.record({
        frequency: fc.constantFrom('daily', 'weekly', 'monthly'),
        interval: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        byDay: fc.option(fc.uniqueArray(fc.constantFrom('MO', 'TU', 'WE', 'SA', 'SU'), { minLength: 1, maxLength: 3 }), { nil: undefined }),
        count: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    endDate: fc.option(date, { nil: undefined }),
    exceptDates: fc.option(fc.array(date, { maxLength: 3 }), { nil: undefined }),
    extraDates: fc.option(fc.array(date, { maxLength: 2 }), { nil: undefined }),
  }),
  fc.record({
    occurrences: fc.array(
      fc.tuple(fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 15, max: 600 })).map(([d, minutes]) => ({
        start: d.toISOString(),
        end: new Date(d.getTime() + minutes * 60_000).toISOString(),
      })),
      { minLength: 1, maxLength: 3 },
    ),
  }),
);

const place = fc.record({
  id: fc.constantFrom('p1', 'p2'),
  name: text,
  address: fc.option(fc.record({ lines: fc.array(text, { minLength: 1, maxLength: 2 }), town: fc.option(text, { nil: undefined }), postcode: fc.option(fc.constantFrom('L1 2TR', 'M15 4FN'), { nil: undefined }), country: fc.constant('GB') }), { nil: undefined }),
  geo: fc.option(fc.tuple(fc.double({ min: -8, max: 2, noNaN: true }), fc.double({ min: 49, max: 61, noNaN: true })).map((c) => ({ type: 'Point', coordinates: c })), { nil: undefined }),
  venueFeatures: fc.option(flags(VENUE_FEATURES.ids), { nil: undefined }),
  accessibilityNotes: fc.option(text, { nil: undefined }),
  provenance: fc.constant(provenance),
});

const activity = (i: number) =>
  fc.record({
    id: fc.constant(`a${i}`),
    name: text,
    description: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
    organisationId: fc.constant('o1'),
    assetId: fc.option(fc.constant('s1'), { nil: undefined }),
    placeId: fc.option(fc.constantFrom('p1', 'p2', 'missing'), { nil: undefined }),
    artForms: someOf(ART_FORMS.ids),
    activityTypes: fc.option(someOf(ACTIVITY_TYPES.ids), { nil: undefined }),
    format: fc.constantFrom(...ACTIVITY_FORMATS.ids),
    attendanceMode: fc.constantFrom(...ATTENDANCE_MODES.ids),
    schedule: fc.option(schedule, { nil: undefined }),
    cost: fc.option(fc.record({ isFree: fc.boolean(), price: fc.option(fc.integer({ min: 0, max: 5000 }).map((p) => p / 100), { nil: undefined }) }), { nil: undefined }),
    eligibility: fc.option(fc.record({ minAge: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), maxAge: fc.option(fc.integer({ min: 41, max: 120 }), { nil: undefined }) }), { nil: undefined }),
    accessSupport: fc.option(flags(ACCESS_SUPPORT.ids), { nil: undefined }),
    status: fc.constantFrom('active', 'temporarily-closed', 'ended'),
    provenance: fc.constant(provenance),
  });

const datasetArb = fc
  .record({
    places: fc.uniqueArray(place, { selector: (p) => p.id, maxLength: 2 }),
    activities: fc.tuple(activity(1), activity(2), activity(3)),
    orgName: text,
  })
  .map(({ places, activities, orgName }) => ({
    standard: 'artsrx',
    version: '0.1.0',
    publisher: { name: 'Property test' },
    license: 'CC0-1.0',
    generatedAt: '2026-03-20T09:00:00Z',
    organisations: [{ id: 'o1', name: orgName, provenance }],
    places,
    assets: [{ id: 's1', name: 'An asset', abcdCategory: 'association', assetKind: 'group', placeIds: places.map((p) => p.id), status: 'nominated', provenance }],
    activities,
  }))
  .map((input) => DatasetSchema.safeParse(input))
  .filter((r) => r.success)
  .map((r) => r.data as Dataset);

function runEveryAdapter(dataset: Dataset): void {
  const csv = toCsv(dataset).value;
  fromCsv(csv, { header: { generatedAt: dataset.generatedAt } });
  const geo = toGeoJSON(dataset, { now: '2026-03-20T00:00:00Z' }).value;
  fromGeoJSON(JSON.parse(JSON.stringify(geo)), { header: { generatedAt: dataset.generatedAt } });
  toICalendar(dataset);
  for (const record of [...dataset.activities, ...dataset.places, ...dataset.organisations, ...dataset.assets]) toJsonLdScript(toSchemaOrg(record, { dataset }).value);
  const oa = toOpenActive(dataset, { baseUrl: 'https://data.example.org/oa' }).value;
  const kinds = new Map<string, RpdeItem[]>();
  for (const item of oa.items) kinds.set(item.kind, [...(kinds.get(item.kind) ?? []), item]);
  const pages = [...kinds.values()].flatMap((items) => toRpdePages(items, { baseUrl: 'https://data.example.org/oa/feed' }).map((p) => p.page));
  fromOpenActive(pages, { header: { generatedAt: dataset.generatedAt } });
}

describe('every adapter', () => {
  it('never throws on a valid dataset', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        expect(() => runEveryAdapter(dataset)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on a dataset from the synthetic generator, for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const dataset = DatasetSchema.parse(generateDataset({ activities: 25, seed, now: new Date('2026-03-20T00:00:00Z') }));
        expect(() => runEveryAdapter(dataset)).not.toThrow();
      }),
      { numRuns: 20 },
    );
  });
});
