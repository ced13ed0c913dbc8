import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { checkSchedule } from './checkSchedule.js';

const now = '2026-08-01T12:00:00Z';
const weekly: ScheduleInput = { startDate: '2026-10-21', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } };
const codes = (s: ScheduleInput, n = now) => checkSchedule(s, { now: n }).map((c) => c.code);

describe('checkSchedule', () => {
  it('finds nothing wrong with a plain weekly series', () => {
    expect(checkSchedule(weekly, { now })).toEqual([]);
  });

  it('schedule_ends_before_start: an error at endDate, in words a volunteer understands', () => {
    const got = checkSchedule({ ...weekly, startDate: '2026-09-02', endDate: '2026-09-01' }, { now });
    expect(got[0]).toMatchObject({
      code: 'schedule_ends_before_start',
      severity: 'error',
      path: ['endDate'],
      message: 'This schedule ends on 1 Sep 2026, before it starts on 2 Sep 2026.',
    });
    // "No sessions at all" would only repeat it.
    expect(got).toHaveLength(1);
  });

  it('schedule_except_date_outside_series: before the start, after the end, and not a session day', () => {
    const got = checkSchedule({ ...weekly, endDate: '2026-12-16', exceptDates: ['2026-10-14', '2026-10-28', '2026-10-29', '2026-12-23'] }, { now });
    const found = got.filter((c) => c.code === 'schedule_except_date_outside_series');
    expect(found.map((c) => c.path)).toEqual([
      ['exceptDates', 0],
      ['exceptDates', 2],
      ['exceptDates', 3],
    ]);
    expect(found[0]?.message).toBe('14 Oct 2026 is listed as a day with no session, but it is before the first session on 21 Oct 2026.');
    expect(found[1]?.message).toBe('29 Oct 2026 is listed as a day with no session, but there is no session that day anyway (it is a Thursday).');
    expect(found[2]?.message).toBe('23 Dec 2026 is listed as a day with no session, but it is after the last session on 16 Dec 2026.');
  });

  it('schedule_count_end_date_disagree: 4 weekly sessions end on 11 Nov, not 18 Nov', () => {
    const got = checkSchedule({ ...weekly, endDate: '2026-11-18', repeat: { frequency: 'weekly', count: 4 } }, { now });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ code: 'schedule_count_end_date_disagree', severity: 'warning', path: ['repeat', 'count'] });
    expect(got[0]?.message).toContain('4 sessions, which would end on 11 Nov 2026, but its end date is 18 Nov 2026');
    // Agreeing values are fine.
    expect(codes({ ...weekly, endDate: '2026-11-11', repeat: { frequency: 'weekly', count: 4 } })).toEqual([]);
  });

  it('schedule_session_in_clock_change: 01:30–01:45 starts and ends in the skipped hour (Mar) and the repeated hour (Oct)', () => {
    const got = checkSchedule({ startDate: '2026-03-22', startTime: '01:30', endTime: '01:45', repeat: { frequency: 'weekly' } }, { now: '2026-03-01' });
    const found = got.filter((c) => c.code === 'schedule_session_in_clock_change');
    expect(found.map((c) => [c.path[0], c.severity])).toEqual([
      ['startTime', 'warning'],
      ['endTime', 'warning'],
      ['startTime', 'warning'],
      ['endTime', 'warning'],
    ]);
    expect(found[0]?.message).toBe('On 29 Mar 2026 the clocks go forward and 01:30 does not exist, so that session starts at 02:30 instead.');
    expect(found[1]?.message).toBe('On 29 Mar 2026 the clocks go forward and 01:45 does not exist, so that session ends at 02:45 instead.');
    expect(found[2]?.message).toBe('On 25 Oct 2026 the clocks go back and 01:30 happens twice; that session starts at the first 01:30 (UTC offset +01:00).');
  });

  it('schedule_session_in_clock_change looks at the two years from now for a series that started long ago', () => {
    const got = checkSchedule({ startDate: '2010-01-03', startTime: '01:15', endTime: '02:30', repeat: { frequency: 'weekly', byDay: ['SU'] } }, { now: '2026-06-01' });
    // After 1 Jun 2026: 25 Oct 2026 (01:15 repeated), then 28 Mar 2027 (01:15 skipped); each kind reported once.
    expect(got.map((c) => c.message)).toEqual([
      'On 25 Oct 2026 the clocks go back and 01:15 happens twice; that session starts at the first 01:15 (UTC offset +01:00).',
      'On 28 Mar 2027 the clocks go forward and 01:15 does not exist, so that session starts at 02:15 instead.',
    ]);
  });

  it('schedule_session_in_clock_change in another zone (New York, 8 Mar 2026)', () => {
    expect(codes({ timezone: 'America/New_York', startDate: '2026-03-08', startTime: '02:15', endTime: '04:00' }, '2026-01-01')).toEqual([
      'schedule_session_in_clock_change',
    ]);
  });

  it('schedule_ended: no session on or after now', () => {
    const got = checkSchedule({ ...weekly, endDate: '2026-11-04' }, { now: '2026-11-05' });
    expect(got).toEqual([
      {
        code: 'schedule_ended',
        severity: 'warning',
        path: [],
        message: 'The last session was on 4 Nov 2026, so this schedule has ended.',
        hint: 'If the activity still runs, add the new dates; otherwise mark the activity as ended.',
      },
    ]);
    // A session still running at `now` means it has not ended.
    expect(codes({ ...weekly, endDate: '2026-11-04' }, '2026-11-04T19:00:00Z')).toEqual([]);
    expect(codes({ occurrences: [{ start: '2026-01-01T10:00:00Z', end: '2026-01-01T11:00:00Z' }] }, '2026-02-01')).toEqual(['schedule_ended']);
  });

  it('schedule_ordinal_needs_monthly: an error at the byDay entry', () => {
    const got = checkSchedule({ ...weekly, repeat: { frequency: 'weekly', byDay: ['WE', '1SA'] } }, { now });
    expect(got.map((c) => [c.code, c.severity, c.path])).toEqual([['schedule_ordinal_needs_monthly', 'error', ['repeat', 'byDay', 1]]]);
  });

  it('also reports unknown zones, missing times, 24-hour sessions, empty series, wrong offsets and more', () => {
    expect(codes({ ...weekly, timezone: 'Europe/Atlantis' })).toEqual(['schedule_unknown_timezone']);
    expect(codes({ startDate: '2026-10-21' } as ScheduleInput)).toEqual(['schedule_incomplete']);
    expect(codes({ ...weekly, endTime: '18:30' })).toEqual(['schedule_session_24_hours']);
    expect(codes({ startDate: '2026-10-21', startTime: '10:00', endTime: '11:00', exceptDates: ['2026-10-21'] })).toEqual(['schedule_no_sessions']);
    expect(codes({ startDate: '2026-10-21', endDate: '2026-12-01', startTime: '10:00', endTime: '11:00' })).toEqual(['schedule_end_date_without_repeat']);
    expect(codes({ ...weekly, startDate: '2026-10-19', repeat: { frequency: 'weekly', byDay: ['WE'] } })).toEqual(['schedule_first_session_after_start_date']);
    expect(codes({ ...weekly, extraDates: ['2026-10-28'] })).toEqual(['schedule_extra_date_is_regular_session']);
    // Written as 18:30 GMT in summer: London is on BST then, so it is really 19:30 local.
    const off = checkSchedule({ occurrences: [{ start: '2026-10-21T18:30:00+00:00', end: '2026-10-21T20:00:00+01:00' }] }, { now });
    expect(off.map((c) => [c.code, c.path])).toEqual([['schedule_occurrence_offset_mismatch', ['occurrences', 0, 'start']]]);
    expect(off[0]?.message).toContain('it is read as 19:30 local time');
    expect(codes({ occurrences: [{ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T18:00:00+01:00' }] })).toEqual(['schedule_occurrence_ends_before_start']);
  });

  it('puts errors first and throws only for a bad `now`', () => {
    const got = checkSchedule({ ...weekly, endTime: '18:30', repeat: { frequency: 'weekly', byDay: ['1WE'] } }, { now });
    expect(got.map((c) => c.severity)).toEqual(['error', 'warning']);
    expect(() => checkSchedule(weekly, { now: 'tomorrow' })).toThrow(/options\.now/);
  });
});
