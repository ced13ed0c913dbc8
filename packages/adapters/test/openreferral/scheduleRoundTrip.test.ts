// Law: a weekly or monthly schedule survives ArtsRx → Open Referral → ArtsRx unchanged (clock
// changes, dates without a session and extra dates included), or the export report says what
// it could not carry.
import { DatasetSchema, type Schedule } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _ruleDates } from '../../src/openreferral/_lib/_ruleDates.js';
import { _dateOf, _dayNumber, _hhmm, _weekday } from '../../src/openreferral/_lib/_civil.js';
import { fromOpenReferral } from '../../src/openreferral/fromOpenReferral.js';
import { toOpenReferral } from '../../src/openreferral/toOpenReferral.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const BASE = _dayNumber('2025-01-01');

// Sessions start between 06:00 and 22:00 and end the same day, away from the 01:00 clock changes
// (a time the clocks skip moves forward by the gap, which a round trip rightly reports as the later time).
const scheduleArb = fc
  .record({
    start: fc.integer({ min: 0, max: 800 }),
    weekly: fc.boolean(),
    extraDays: fc.subarray([...DAYS]),
    interval: fc.integer({ min: 1, max: 3 }),
    byWeekday: fc.boolean(),
    startMinute: fc.integer({ min: 6 * 12, max: 22 * 12 }).map((n) => n * 5),
    duration: fc.integer({ min: 3, max: 24 }).map((n) => n * 5),
    length: fc.option(fc.integer({ min: 7, max: 500 }), { nil: undefined }),
    exceptPicks: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
    extraPicks: fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 2 }),
  })
  .map((g) => {
    let startDay = BASE + g.start;
    if (!g.weekly && !g.byWeekday) {
      // Day-of-month rules on the 1st to 28th only (every month has them).
      const d = new Date(startDay * 86400000).getUTCDate();
      if (d > 28) startDay -= d - 28;
    }
    const startDate = _dateOf(startDay);
    const wd = _weekday(startDay);
    const nth = Math.ceil(new Date(startDay * 86400000).getUTCDate() / 7);
    const schedule: Schedule = {
      timezone: 'Europe/London',
      startDate,
      startTime: _hhmm(g.startMinute),
      endTime: _hhmm(g.startMinute + g.duration),
      repeat: g.weekly
        ? { frequency: 'weekly', interval: g.interval, byDay: DAYS.filter((d) => d === wd || g.extraDays.includes(d)) }
        : g.byWeekday && nth <= 4
          ? { frequency: 'monthly', interval: Math.min(g.interval, 2), byDay: [`${nth}${wd}`] }
          : { frequency: 'monthly', interval: Math.min(g.interval, 2) },
    };
    if (schedule.repeat!.interval === 1) delete schedule.repeat!.interval;
    if (g.length !== undefined) schedule.endDate = _dateOf(startDay + g.length);
    const occurrences = _ruleDates(schedule, startDay + 300).map((d) => d.day);
    const except = [...new Set(g.exceptPicks.map((i) => occurrences[i]).filter((d): d is number => d !== undefined && d !== startDay))].sort((a, b) => a - b);
    if (except.length > 0) schedule.exceptDates = except.map(_dateOf);
    const onRule = new Set(occurrences);
    const last = schedule.endDate === undefined ? startDay + 300 : _dayNumber(schedule.endDate);
    const extra = [...new Set(g.extraPicks.map((i) => startDay + i).filter((d) => d <= last && !onRule.has(d)))].sort((a, b) => a - b);
    if (extra.length > 0) schedule.extraDates = extra.map(_dateOf);
    return schedule;
  });

function datasetWith(schedule: Schedule) {
  return DatasetSchema.parse({
    standard: 'artsrx',
    version: '0.1.0',
    publisher: { name: 'test' },
    license: 'CC0-1.0',
    generatedAt: '2025-01-01T00:00:00Z',
    organisations: [{ id: 'o', name: 'Org', description: 'An organisation.', provenance: { source: 'other', recordedAt: '2025-01-01' } }],
    activities: [
      { id: 'a', name: 'Session', organisationId: 'o', artForms: ['music'], format: 'ongoing-group', attendanceMode: 'online', schedule, status: 'active', provenance: { source: 'other', recordedAt: '2025-01-01' } },
    ],
  });
}

describe('schedule round trip through Open Referral (property)', () => {
  for (const profile of ['hsds-3.0', 'oruk-3.0'] as const) {
    it(`gives back the same schedule, or reports why not (${profile})`, () => {
      fc.assert(
        fc.property(scheduleArb, (schedule) => {
          const dataset = datasetWith(schedule);
          const now = new Date(`${schedule.startDate!}T00:00:00Z`);
          const { feed, report } = toOpenReferral(dataset, { profile, now });
          const back = DatasetSchema.parse(fromOpenReferral(feed, { now }).dataset).activities[0]!.schedule;
          const reported = report.filter((r) => r.field?.startsWith('Activity.schedule')).map((r) => r.field!);
          if (reported.some((f) => f === 'Activity.schedule.repeat')) return; // written as single sessions, and said so
          const expected = structuredClone(schedule);
          expect(back).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  }
});
