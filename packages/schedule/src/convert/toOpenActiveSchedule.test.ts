import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { toOpenActiveSchedule } from './toOpenActiveSchedule.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const model = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/reference/openactive/data-models/models/Schedule.json'), 'utf8')) as {
  requiredFields: string[];
  requiredOptions: { options: string[] }[];
  fields: Record<string, unknown>;
};

/** Checks an output against OpenActive's own Schedule model: required fields, required options, known fields. */
function expectValidAgainstModel(s: Record<string, unknown>) {
  const keys = Object.keys(s).map((k) => (k === '@type' ? 'type' : k));
  for (const f of model.requiredFields) expect(keys).toContain(f);
  for (const o of model.requiredOptions) expect(o.options.some((k) => keys.includes(k))).toBe(true);
  for (const k of keys) expect(Object.keys(model.fields)).toContain(k);
}

describe('toOpenActiveSchedule', () => {
  it('reproduces the OpenActive developer documentation example (weekly, Thursdays, one exception)', () => {
    const s: ScheduleInput = {
      timezone: 'Europe/London',
      startDate: '2018-03-01',
      endDate: '2018-03-29',
      startTime: '08:30',
      endTime: '09:30',
      repeat: { frequency: 'weekly', byDay: ['TH'] },
      exceptDates: ['2018-03-15'],
    };
    const got = toOpenActiveSchedule(s, {
      idTemplate: 'https://api.example.org/session-series/1402CBP20150217/{startDate}',
      urlTemplate: 'https://example.org/session-series/1402CBP20150217/{startDate}',
    });
    // The documented example, field for field.
    expect(got).toEqual({
      '@type': 'Schedule',
      repeatFrequency: 'P1W',
      startDate: '2018-03-01',
      endDate: '2018-03-29',
      startTime: '08:30',
      endTime: '09:30',
      byDay: ['https://schema.org/Thursday'],
      duration: 'PT1H',
      exceptDate: ['2018-03-15T08:30:00Z'],
      scheduleTimezone: 'Europe/London',
      scheduledEventType: 'ScheduledSession',
      idTemplate: 'https://api.example.org/session-series/1402CBP20150217/{startDate}',
      urlTemplate: 'https://example.org/session-series/1402CBP20150217/{startDate}',
    });
    expectValidAgainstModel(got as unknown as Record<string, unknown>);
  });

  it('writes exceptDate as the UTC start of the cancelled session (BST in summer)', () => {
    const got = toOpenActiveSchedule({ startDate: '2026-10-21', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' }, exceptDates: ['2026-10-21', '2026-11-04', '2026-11-05'] });
    expect(got?.exceptDate).toEqual(['2026-10-21T17:30:00Z', '2026-11-04T18:30:00Z']);
  });

  it('writes monthly ordinals as iCal BYDAY strings, intervals as durations, counts with the last date', () => {
    const got = toOpenActiveSchedule({ startDate: '2026-11-01', startTime: '14:00', endTime: '16:00', repeat: { frequency: 'monthly', byDay: ['1SA', '-1FR'], count: 4 } });
    expect(got).toMatchObject({ repeatFrequency: 'P1M', byDay: ['1SA', '-1FR'], repeatCount: 4, endDate: '2026-12-25', duration: 'PT2H' });
    expectValidAgainstModel(got as unknown as Record<string, unknown>);
    expect(toOpenActiveSchedule({ startDate: '2026-12-31', startTime: '10:00', endTime: '10:45', repeat: { frequency: 'monthly', interval: 2 } })).toMatchObject({
      repeatFrequency: 'P2M',
      byMonthDay: [31],
      duration: 'PT45M',
    });
    expect(toOpenActiveSchedule({ startDate: '2026-11-02', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'weekly', interval: 2, byDay: ['MO', 'TH'] } })).toMatchObject({
      repeatFrequency: 'P2W',
      byDay: ['https://schema.org/Monday', 'https://schema.org/Thursday'],
    });
  });

  it('writes a one-off as one daily repeat, and an overnight session with its real duration', () => {
    const got = toOpenActiveSchedule({ timezone: 'America/New_York', startDate: '2026-10-24', startTime: '22:00', endTime: '02:00' });
    expect(got).toMatchObject({ scheduleTimezone: 'America/New_York', startDate: '2026-10-24', endDate: '2026-10-24', repeatFrequency: 'P1D', repeatCount: 1, duration: 'PT4H', startTime: '22:00', endTime: '02:00' });
    expectValidAgainstModel(got as unknown as Record<string, unknown>);
  });

  it('gives null for explicit occurrences and unreadable schedules', () => {
    expect(toOpenActiveSchedule({ occurrences: [{ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' }] })).toBeNull();
    expect(toOpenActiveSchedule({ startDate: '2026-10-21' } as ScheduleInput)).toBeNull();
  });
});
