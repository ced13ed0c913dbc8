import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCsvFixture } from '../../test/csv/_load.js';
import { toSchemaOrg } from './toSchemaOrg.js';

const expected = (name: string) => JSON.parse(readFileSync(new URL(`../../test/schemaorg/out/${name}.json`, import.meta.url), 'utf8'));

describe('toSchemaOrg', () => {
  const dataset = loadCsvFixture();
  const context = { dataset, baseUrl: 'https://example.org/artsrx' };
  const activity = (id: string) => dataset.activities.find((a) => a.id === id)!;

  it('describes a weekly group as an EventSeries with a Schedule, Place with amenity features, Organization and Offer', () => {
    const { value, issues } = toSchemaOrg(activity('act-sing'), context);
    expect(value).toEqual(expected('act-sing'));
    expect(issues.map((i) => i.code)).toEqual(['schemaorg_place_notes_in_description', 'schemaorg_access_support_not_carried']);
  });

  it('follows schema.org: an event with an eventSchedule has no startDate or endDate of its own', () => {
    const { value } = toSchemaOrg(activity('act-course'), context);
    expect(value['@type']).toBe('CourseInstance');
    expect(value['startDate']).toBeUndefined();
    expect(value['eventSchedule']).toEqual({
      '@type': 'Schedule',
      startDate: '2026-03-02',
      endDate: '2026-04-20',
      startTime: '10:00:00',
      endTime: '12:00:00',
      scheduleTimezone: 'Europe/London',
      repeatFrequency: 'P1W',
      byDay: 'https://schema.org/Monday',
      repeatCount: 8,
    });
    expect(value['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(value['offers']).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'GBP' });
    expect(value['location']).toEqual([expect.objectContaining({ '@type': 'Place' }), { '@type': 'VirtualLocation' }]);
  });

  it('gives a one-off event its start and end with the UTC offset of the day', () => {
    expect(toSchemaOrg(activity('act-online'), context).value).toMatchObject({ '@type': 'Event', startDate: '2026-12-01T19:00:00Z', endDate: '2026-12-01T20:30:00Z', location: { '@type': 'VirtualLocation' } });
    const summer = { ...activity('act-sing'), schedule: { timezone: 'Europe/London', startDate: '2026-07-01', startTime: '18:30', endTime: '20:00' } };
    expect(toSchemaOrg(summer, context).value).toMatchObject({ '@type': 'Event', startDate: '2026-07-01T18:30:00+01:00', endDate: '2026-07-01T20:00:00+01:00' });
  });

  it('writes monthly ordinal days as iCal byDay text and extra dates as extra Schedules', () => {
    const monthly = { ...activity('act-sing'), schedule: { timezone: 'Europe/London', startDate: '2026-01-03', startTime: '14:00', endTime: '16:00', repeat: { frequency: 'monthly' as const, byDay: ['1SA'] }, extraDates: ['2026-12-19'] } };
    expect(toSchemaOrg(monthly, context).value['eventSchedule']).toEqual([
      { '@type': 'Schedule', startDate: '2026-01-03', startTime: '14:00:00', endTime: '16:00:00', scheduleTimezone: 'Europe/London', repeatFrequency: 'P1M', byDay: '1SA' },
      { '@type': 'Schedule', startDate: '2026-12-19', endDate: '2026-12-19', startTime: '14:00:00', endTime: '16:00:00', scheduleTimezone: 'Europe/London' },
    ]);
  });

  it('describes places, organisations and assets on their own', () => {
    expect(toSchemaOrg(dataset.places[0]!, context).value).toEqual({ '@context': 'https://schema.org', ...expected('act-sing').location });
    expect(toSchemaOrg(dataset.organisations[0]!).value).toEqual({ '@context': 'https://schema.org', '@type': 'Organization', identifier: 'org-voices', name: 'Joyful Voices, Ltd', url: 'https://joyful.example.org/', email: 'hello@joyful.example.org', telephone: '+44 151 496 0000' });
    expect(toSchemaOrg(dataset.assets[0]!).value).toEqual({ '@context': 'https://schema.org', '@type': 'Organization', identifier: 'asset-choir', name: 'Joyful Voices choir' });
  });

  it('reports references it cannot resolve without the dataset', () => {
    const { value, issues } = toSchemaOrg(activity('act-sing'));
    expect(value['location']).toBeUndefined();
    expect(issues.map((i) => i.code)).toContain('schemaorg_place_not_found');
    expect(issues.map((i) => i.code)).toContain('schemaorg_organisation_not_found');
  });

  it('throws a TypeError for something that is not a record', () => {
    expect(() => toSchemaOrg(null as never)).toThrow(TypeError);
    expect(() => toSchemaOrg(dataset.places[0]!, { baseUrl: 'example.org' })).toThrow(/baseUrl/);
  });
});
