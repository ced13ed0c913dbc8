import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { describeSchedule } from './describeSchedule.js';

const t = { startTime: '18:30', endTime: '20:00' } as const;

describe('describeSchedule', () => {
  it('weekly with days off', () => {
    expect(describeSchedule({ ...t, startDate: '2026-10-21', repeat: { frequency: 'weekly' }, exceptDates: ['2026-12-30', '2026-12-23'] })).toBe(
      'Wednesdays 6:30–8pm, from 21 Oct 2026; not 23 Dec or 30 Dec',
    );
  });

  it('first Saturday of each month, once the start has passed', () => {
    const s: ScheduleInput = { startDate: '2026-03-07', startTime: '14:00', endTime: '16:00', repeat: { frequency: 'monthly', byDay: ['1SA'] } };
    expect(describeSchedule(s, { now: '2026-11-26' })).toBe('First Saturday of each month, 2–4pm');
    expect(describeSchedule(s)).toBe('First Saturday of each month, 2–4pm, from 7 Mar 2026');
  });

  it('other monthly forms', () => {
    const base = { startDate: '2026-11-01', startTime: '10:00', endTime: '12:00' } as const;
    expect(describeSchedule({ ...base, repeat: { frequency: 'monthly', byDay: ['-1FR'] } }, { now: '2027-01-01' })).toBe('Last Friday of each month, 10am–12pm');
    expect(describeSchedule({ ...base, repeat: { frequency: 'monthly', byDay: ['3TU', '1TU'] } }, { now: '2027-01-01' })).toBe('First and third Tuesday of each month, 10am–12pm');
    expect(describeSchedule({ ...base, repeat: { frequency: 'monthly', interval: 2 } }, { now: '2027-01-01' })).toBe('On the 1st of every other month, 10am–12pm');
    expect(describeSchedule({ ...base, repeat: { frequency: 'monthly', byDay: ['SA'] } }, { now: '2027-01-01' })).toBe('Every Saturday of each month, 10am–12pm');
  });

  it('weekly forms, with an end date, a count and extra dates', () => {
    expect(describeSchedule({ ...t, startDate: '2026-11-02', endDate: '2027-03-29', repeat: { frequency: 'weekly', byDay: ['TH', 'MO'] } })).toBe(
      'Mondays and Thursdays 6:30–8pm, from 2 Nov 2026 to 29 Mar 2027',
    );
    expect(describeSchedule({ ...t, startDate: '2026-11-04', repeat: { frequency: 'weekly', interval: 2, count: 6 }, extraDates: ['2027-01-02'] })).toBe(
      'Every other week on Wednesdays, 6:30–8pm, from 4 Nov 2026 (6 sessions); also 2 Jan 2027',
    );
  });

  it('daily, one-off, overnight and other zones', () => {
    expect(describeSchedule({ startDate: '2026-11-02', startTime: '11:30', endTime: '13:00', repeat: { frequency: 'daily', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] } })).toBe(
      'Monday to Friday, 11:30am–1pm, from 2 Nov 2026',
    );
    expect(describeSchedule({ startDate: '2026-11-02', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'daily' } }, { now: '2027-01-01' })).toBe('Every day, 10–11am');
    expect(describeSchedule({ startDate: '2026-11-02', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'daily', interval: 3 } }, { now: '2027-01-01' })).toBe('Every 3 days, 10–11am');
    expect(describeSchedule({ startDate: '2026-10-21', startTime: '18:30', endTime: '20:00' })).toBe('Wednesday 21 Oct 2026, 6:30–8pm');
    expect(describeSchedule({ startDate: '2026-10-24', startTime: '22:00', endTime: '02:00' })).toBe('Saturday 24 Oct 2026, 10pm–2am (next day)');
    expect(describeSchedule({ timezone: 'America/New_York', startDate: '2026-10-21', startTime: '12:00', endTime: '13:30' })).toBe(
      'Wednesday 21 Oct 2026, 12–1:30pm (America/New_York time)',
    );
  });

  it('lists explicit sessions in the schedule’s zone', () => {
    expect(
      describeSchedule({
        occurrences: [
          { start: '2026-10-21T17:30:00Z', end: '2026-10-21T19:00:00Z' },
          { start: '2026-11-04T18:30:00Z', end: '2026-11-04T20:00:00Z' },
        ],
      }),
    ).toBe('2 sessions: Wednesday 21 Oct 2026, 6:30–8pm; Wednesday 4 Nov 2026, 6:30–8pm');
  });
});
