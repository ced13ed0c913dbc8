import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '@artsrx/schema';
import { toOpenActive } from './toOpenActive.js';
import { _ACCESS_LABELS, _ACTIVITY_CONCEPTS } from './_lib/_concepts.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataset = DatasetSchema.parse(JSON.parse(readFileSync(path.join(here, '../../test/openactive/dataset.json'), 'utf8')));
const reference = path.resolve(here, '../../../../../shared/reference/openactive/vocabularies');
const BASE = 'https://data.example.org/openactive';

describe('toOpenActive', () => {
  const { value, issues } = toOpenActive(dataset, { baseUrl: BASE, window: { from: '2026-03-20T00:00:00Z', until: '2026-04-10T00:00:00Z' } });
  const series = (id: string) => [...value.sessionSeries, ...value.courseInstances, ...value.events].find((d) => d['identifier'] === id)!;

  it('maps activity types only to activity-list concepts that exist, with their exact labels', () => {
    const list = JSON.parse(readFileSync(path.join(reference, 'activity-list.jsonld'), 'utf8')) as { concept: { id: string; prefLabel: string }[] };
    const byId = new Map(list.concept.map((c) => [c.id, c.prefLabel]));
    for (const [type, c] of Object.entries(_ACTIVITY_CONCEPTS)) expect([type, byId.get(`https://openactive.io/activity-list#${c.id}`)]).toEqual([type, c.prefLabel]);
    expect(series('act-sing')['activity']).toEqual([{ '@type': 'Concept', '@id': 'https://openactive.io/activity-list#e2b21a40-66a4-42bb-a24f-3638cc356299', prefLabel: 'Singing', inScheme: 'https://openactive.io/activity-list' }]);
    expect((series('act-drama')['activity'] as { prefLabel: string }[]).map((c) => c.prefLabel)).toEqual(['Acting']);
  });

  it('uses the six accessibility-support concepts as OpenActive labels them, and our own terms in the extension', () => {
    const scheme = JSON.parse(readFileSync(path.join(reference, 'accessibility-support.jsonld'), 'utf8')) as { concept: { id: string; prefLabel: string }[] };
    expect(Object.values(_ACCESS_LABELS).sort()).toEqual(scheme.concept.map((c) => c.prefLabel).sort());
    expect(series('act-sing')['accessibilitySupport']).toEqual([
      { '@type': 'Concept', '@id': 'https://openactive.io/accessibility-support#40b9b11f-bdd3-4aeb-8984-2ecf74a14c7a', prefLabel: 'Mental health issues', inScheme: 'https://openactive.io/accessibility-support' },
      { '@type': 'Concept', '@id': 'https://openactive.io/accessibility-support#2bfb7228-5969-4927-8435-38b5005a8771', prefLabel: 'Hearing impairment', inScheme: 'https://openactive.io/accessibility-support' },
    ]);
    expect(series('act-sing')['artsrx:accessSupport']).toEqual(['https://w3id.org/artsrx/vocab/access-support#dementia-friendly']);
    expect(series('act-sing')['beta:isWheelchairAccessible']).toBe(true);
    expect(series('act-walk')['beta:isWheelchairAccessible']).toBe(false);
    expect(series('act-sing')['accessibilityInformation']).toBe('Ramp at the side door;\nask at the desk.');
  });

  it('describes a weekly group as a SessionSeries with a Schedule and an extra one-day Schedule', () => {
    // The excepted session is named by its start instant: Wednesday 1 April 18:30 BST = 17:30Z.
    expect(series('act-sing')['eventSchedule']).toEqual([
      { '@type': 'Schedule', scheduledEventType: 'ScheduledSession', startTime: '18:30', endTime: '20:00', duration: 'PT1H30M', scheduleTimezone: 'Europe/London', idTemplate: `${BASE}/session-series/act-sing/scheduled-sessions/{startDate}`, startDate: '2026-01-07', repeatFrequency: 'P1W', byDay: ['https://schema.org/Wednesday'], exceptDate: ['2026-04-01T17:30:00Z'] },
      { '@type': 'Schedule', scheduledEventType: 'ScheduledSession', startTime: '18:30', endTime: '20:00', duration: 'PT1H30M', scheduleTimezone: 'Europe/London', idTemplate: `${BASE}/session-series/act-sing/scheduled-sessions/{startDate}`, startDate: '2026-03-30', endDate: '2026-03-30', repeatFrequency: 'P1D', repeatCount: 1 },
    ]);
    expect(series('act-drama')['eventSchedule']).toMatchObject([{ repeatFrequency: 'P1M', byDay: ['1SA'] }]);
  });

  it('writes the ScheduledSessions in the window in UTC, across the 29 March clock change (hand-checked)', () => {
    const sing = value.scheduledSessions.filter((s) => s['superEvent'] === `${BASE}/session-series/act-sing`).map((s) => s['startDate']);
    // Wed 25 Mar 18:30 GMT; Mon 30 Mar (extra) and Wed 8 Apr 18:30 BST = 17:30Z; Wed 1 Apr is excepted.
    expect(sing).toEqual(['2026-03-25T18:30:00Z', '2026-03-30T17:30:00Z', '2026-04-08T17:30:00Z']);
    const first = value.scheduledSessions.find((s) => s['startDate'] === '2026-03-30T17:30:00Z')!;
    expect(first['@id']).toBe(`${BASE}/session-series/act-sing/scheduled-sessions/2026-03-30T17%3A30%3A00Z`);
    expect(first).toMatchObject({ endDate: '2026-03-30T19:00:00Z', duration: 'PT1H30M' });
  });

  it('describes a course as a CourseInstance with local start and end dates, and a one-off as an Event', () => {
    expect(series('act-folk')).toMatchObject({ '@type': 'CourseInstance', startDate: '2026-03-19', endDate: '2026-04-23', duration: 'PT2H', offers: [{ '@type': 'Offer', price: 30, priceCurrency: 'GBP' }], ageRange: { '@type': 'QuantitativeValue', minValue: 16, maxValue: 99 } });
    expect(series('act-walk')).toMatchObject({ '@type': 'Event', startDate: '2026-03-29T09:30:00Z', endDate: '2026-03-29T11:30:00Z', duration: 'PT2H', isAccessibleForFree: true });
  });

  it('lists irregular online sessions as subEvents, with no location', () => {
    const online = series('act-online-singing');
    expect(online['location']).toBeUndefined();
    expect((online['subEvent'] as { startDate: string }[]).map((s) => s.startDate)).toEqual(['2026-03-24T11:00:00Z', '2026-03-31T10:00:00Z']);
    expect(online['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online['artsrx:referralRoute']).toEqual(['link-worker', 'gp']);
  });

  it('does not export what OpenActive cannot hold, and says why', () => {
    expect(issues.filter((i) => i.severity === 'warning').map((i) => [i.code, i.recordId])).toEqual([
      ['openactive_no_activity_concept', 'act-painting'],
      ['openactive_no_price', 'act-noprice'],
    ]);
    expect(issues.find((i) => i.code === 'openactive_field_not_carried' && i.message.startsWith('languages'))?.message).toBe('languages is not carried by OpenActive (1 activity).');
    expect(value.items.filter((i) => i.state === 'deleted')).toEqual([{ state: 'deleted', kind: 'SessionSeries', id: 'act-ended', modified: Date.UTC(2026, 1, 1) / 1000 }]);
  });

  it('gives places a PostalAddress when the region is known, and text otherwise', () => {
    const hall = value.places.find((p) => p['identifier'] === 'place-hall')!;
    expect(hall['address']).toEqual({ '@type': 'PostalAddress', streetAddress: '1 Leece Street, Ropewalks', addressLocality: 'Liverpool', addressRegion: 'North West', postalCode: 'L1 2TR', addressCountry: 'GB' });
    expect(value.places.find((p) => p['identifier'] === 'place-park')!['address']).toBe('Sefton Park, Liverpool, L17 1AP');
  });

  it('throws for a missing base URL or a backwards window', () => {
    expect(() => toOpenActive(dataset, {} as never)).toThrow(TypeError);
    expect(() => toOpenActive(dataset, { baseUrl: BASE, window: { from: '2026-02-01', until: '2026-01-01' } })).toThrow(RangeError);
  });
});
