import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ActivitySchema, type Activity, type ScheduleInput } from '@artsrx/schema';
import { occurrences } from '@artsrx/schedule';
import { toICalendar } from '../../src/ical/index.js';

// Proof by an independent implementation: ical.js parses our .ics (using only the VTIMEZONEs we
// wrote) and expands each VEVENT; the instants must be exactly those @artsrx/schedule gives.

const base = { organisationId: 'org', artForms: ['music'], format: 'ongoing-group', attendanceMode: 'in-person', status: 'active', provenance: { source: 'directory', recordedAt: '2026-01-01' } } as const;
const make = (id: string, schedule: ScheduleInput): Activity => ActivitySchema.parse({ ...base, id, name: id, schedule });

const CASES: Activity[] = [
  // Weekly evening session across both 2026 London clock changes (29 March, 25 October), with gaps and an extra date.
  make('weekly-evening', { timezone: 'Europe/London', startDate: '2026-01-07', endDate: '2026-12-16', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly', byDay: ['WE'] }, exceptDates: ['2026-02-18', '2026-10-28'], extraDates: ['2026-03-30', '2026-10-26'] }),
  // Sunday morning sessions on the very days the clocks change.
  make('sunday-morning', { timezone: 'Europe/London', startDate: '2026-03-01', startTime: '10:00', endTime: '11:30', repeat: { frequency: 'weekly', byDay: ['SU'], count: 40 } }),
  // Twice a week, every other week.
  make('fortnightly', { timezone: 'Europe/London', startDate: '2026-02-02', endDate: '2026-11-30', startTime: '14:00', endTime: '15:00', repeat: { frequency: 'weekly', interval: 2, byDay: ['MO', 'TH'] } }),
  // First Saturday and last Friday of the month.
  make('monthly-ordinal', { timezone: 'Europe/London', startDate: '2026-01-01', endDate: '2026-12-31', startTime: '19:00', endTime: '21:00', repeat: { frequency: 'monthly', byDay: ['1SA', '-1FR'] } }),
  // Daily for ten days over the spring change.
  make('daily-course', { timezone: 'Europe/London', startDate: '2026-03-25', startTime: '09:30', endTime: '10:30', repeat: { frequency: 'daily', count: 10 } }),
  // A course with both a count and an end date (RFC 5545 forbids COUNT with UNTIL).
  make('count-and-until', { timezone: 'Europe/London', startDate: '2026-09-07', endDate: '2026-11-30', startTime: '18:00', endTime: '19:00', repeat: { frequency: 'weekly', byDay: ['MO'], count: 12 }, exceptDates: ['2026-10-26'] }),
  // Another zone: New York changes its clocks on other days (8 March, 1 November 2026).
  make('new-york', { timezone: 'America/New_York', startDate: '2026-01-04', endDate: '2026-12-27', startTime: '17:00', endTime: '18:00', repeat: { frequency: 'weekly', byDay: ['SU'] } }),
  // A one-off, and an irregular programme of equal-length sessions either side of a change.
  make('one-off', { timezone: 'Europe/London', startDate: '2026-10-25', startTime: '15:00', endTime: '17:00' }),
  make('irregular', { timezone: 'Europe/London', occurrences: [{ start: '2026-03-28T18:00:00Z', end: '2026-03-28T19:00:00Z' }, { start: '2026-04-04T17:00:00Z', end: '2026-04-04T18:00:00Z' }, { start: '2026-11-07T18:00:00Z', end: '2026-11-07T19:00:00Z' }] }),
];

const ms = (iso: string) => Date.parse(iso);

function expandWithIcalJs(ics: string): Map<string, { start: number; end: number }[]> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const out = new Map<string, { start: number; end: number }[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    const list: { start: number; end: number }[] = [];
    for (let next = it.next(); next && list.length < 1000; next = it.next()) {
      const details = event.getOccurrenceDetails(next);
      list.push({ start: details.startDate.toJSDate().getTime(), end: details.endDate.toJSDate().getTime() });
    }
    out.set(event.uid, list);
  }
  return out;
}

describe('toICalendar, checked by ical.js', () => {
  const { value: ics, issues } = toICalendar(CASES, { uidDomain: 'test.example', dtstamp: '2026-01-01T00:00:00Z' });
  const expanded = expandWithIcalJs(ics);

  it('writes one VEVENT per activity with a stable UID', () => {
    expect([...expanded.keys()]).toEqual(CASES.map((a) => `${a.id}@test.example`));
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it.each(CASES.map((a) => [a.id, a] as const))('%s: ical.js expands exactly the sessions @artsrx/schedule gives', (id, activity) => {
    const expected = occurrences(activity.schedule!, { from: '2025-12-01', until: '2028-01-01' }).map((o) => ({ start: ms(o.start), end: ms(o.end) }));
    const got = expanded.get(`${id}@test.example`)!.filter((o) => o.start < Date.UTC(2028, 0, 1));
    expect(expected.length).toBeGreaterThan(0);
    expect(got.map((o) => new Date(o.start).toISOString())).toEqual(expected.map((o) => new Date(o.start).toISOString()));
    expect(got.map((o) => new Date(o.end).toISOString())).toEqual(expected.map((o) => new Date(o.end).toISOString()));
  });

  it('keeps the London evening session at 18:30 local time on both sides of each clock change', () => {
    const sessions = expanded.get('weekly-evening@test.example')!.map((o) => new Date(o.start).toISOString());
    // Hand-checked: 18:30 GMT = 18:30Z in winter, 18:30 BST = 17:30Z in summer.
    expect(sessions).toContain('2026-03-25T18:30:00.000Z');
    expect(sessions).toContain('2026-04-01T17:30:00.000Z');
    expect(sessions).toContain('2026-10-21T17:30:00.000Z');
    expect(sessions).toContain('2026-11-04T18:30:00.000Z');
    expect(sessions).toContain('2026-03-30T17:30:00.000Z');
    expect(sessions).not.toContain('2026-02-18T18:30:00.000Z');
    expect(sessions).not.toContain('2026-10-28T18:30:00.000Z');
  });
});
