import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { occurrences } from './occurrences.js';

// Every expected value below was worked out by hand from the published clock-change dates:
// London 2026 29 Mar (01:00 GMT → 02:00 BST) and 25 Oct (02:00 BST → 01:00 GMT); 2027 28 Mar and
// 31 Oct. New York 2026 8 Mar (02:00 EST → 03:00 EDT) and 1 Nov (02:00 EDT → 01:00 EST). Sydney
// 2026 5 Apr (03:00 AEDT → 02:00 AEST) and 4 Oct (02:00 AEST → 03:00 AEDT).

const pairs = (list: { start: string; end: string }[]) => list.map((o) => `${o.start} ${o.end}`);

const weeklyWed: ScheduleInput = {
  timezone: 'Europe/London',
  startDate: '2026-10-21',
  startTime: '18:30',
  endTime: '20:00',
  repeat: { frequency: 'weekly' },
};

describe('occurrences: weekly series across a clock change', () => {
  it('gives each session the UTC offset in force on its day', () => {
    expect(pairs(occurrences(weeklyWed, { from: '2026-10-01', count: 3 }))).toEqual([
      '2026-10-21T18:30:00+01:00 2026-10-21T20:00:00+01:00',
      '2026-10-28T18:30:00+00:00 2026-10-28T20:00:00+00:00',
      '2026-11-04T18:30:00+00:00 2026-11-04T20:00:00+00:00',
    ]);
  });

  it('defaults the zone to Europe/London', () => {
    const { timezone: _, ...noZone } = weeklyWed;
    expect(occurrences(noZone, { from: '2026-10-01', count: 3 })).toEqual(occurrences(weeklyWed, { from: '2026-10-01', count: 3 }));
  });

  it('does not change the schedule it is given', () => {
    const copy = structuredClone(weeklyWed);
    occurrences(weeklyWed, { from: '2026-10-01', count: 5 });
    expect(weeklyWed).toEqual(copy);
  });
});

describe('occurrences: RFC 5545 at clock changes', () => {
  it('London 29 Mar 2026: 01:30 does not exist and moves forward to 02:30 BST, keeping its hour', () => {
    const s: ScheduleInput = { startDate: '2026-03-22', startTime: '01:30', endTime: '02:30', repeat: { frequency: 'weekly', count: 3 } };
    expect(pairs(occurrences(s, { from: '2026-01-01' }))).toEqual([
      '2026-03-22T01:30:00+00:00 2026-03-22T02:30:00+00:00',
      '2026-03-29T02:30:00+01:00 2026-03-29T03:30:00+01:00',
      '2026-04-05T01:30:00+01:00 2026-04-05T02:30:00+01:00',
    ]);
  });

  it('London 25 Oct 2026: 01:30 happens twice and the first (BST) is taken; the end at 03:00 is GMT', () => {
    const s: ScheduleInput = { startDate: '2026-10-18', startTime: '01:30', endTime: '03:00', repeat: { frequency: 'weekly', count: 3 } };
    expect(pairs(occurrences(s, { from: '2026-01-01' }))).toEqual([
      '2026-10-18T01:30:00+01:00 2026-10-18T03:00:00+01:00',
      '2026-10-25T01:30:00+01:00 2026-10-25T03:00:00+00:00',
      '2026-11-01T01:30:00+00:00 2026-11-01T03:00:00+00:00',
    ]);
  });

  it('London 28 Mar 2027: a daily 01:30–02:00 session moves to 02:30 BST and keeps its 30 minutes', () => {
    const s: ScheduleInput = { startDate: '2027-03-27', startTime: '01:30', endTime: '02:00', repeat: { frequency: 'daily', count: 3 } };
    expect(pairs(occurrences(s, { from: '2027-01-01' }))).toEqual([
      '2027-03-27T01:30:00+00:00 2027-03-27T02:00:00+00:00',
      '2027-03-28T02:30:00+01:00 2027-03-28T03:00:00+01:00',
      '2027-03-29T01:30:00+01:00 2027-03-29T02:00:00+01:00',
    ]);
  });

  it('London 31 Oct 2027: 01:15 is taken in BST, the session ending 01:45 is also the first 01:45', () => {
    const s: ScheduleInput = { startDate: '2027-10-31', startTime: '01:15', endTime: '01:45' };
    expect(pairs(occurrences(s, { from: '2027-10-01' }))).toEqual(['2027-10-31T01:15:00+01:00 2027-10-31T01:45:00+01:00']);
  });

  it('London 2027: 00:30–01:30 on 28 Mar ends at 02:30 BST (an hour of real time)', () => {
    const s: ScheduleInput = { startDate: '2027-03-28', startTime: '00:30', endTime: '01:30' };
    expect(pairs(occurrences(s, { from: '2027-03-01' }))).toEqual(['2027-03-28T00:30:00+00:00 2027-03-28T02:30:00+01:00']);
  });

  it('New York 8 Mar 2026: 02:30 moves to 03:30 EDT; 1 Nov 2026: 01:30 is taken in EDT', () => {
    const spring: ScheduleInput = { timezone: 'America/New_York', startDate: '2026-03-01', startTime: '02:30', endTime: '03:30', repeat: { frequency: 'weekly', count: 3 } };
    expect(pairs(occurrences(spring, { from: '2026-01-01' }))).toEqual([
      '2026-03-01T02:30:00-05:00 2026-03-01T03:30:00-05:00',
      '2026-03-08T03:30:00-04:00 2026-03-08T04:30:00-04:00',
      '2026-03-15T02:30:00-04:00 2026-03-15T03:30:00-04:00',
    ]);
    const autumn: ScheduleInput = { timezone: 'America/New_York', startDate: '2026-11-01', startTime: '01:30', endTime: '02:30' };
    expect(pairs(occurrences(autumn, { from: '2026-10-01' }))).toEqual(['2026-11-01T01:30:00-04:00 2026-11-01T02:30:00-05:00']);
  });

  it('Sydney 5 Apr 2026: 02:30 happens twice and AEDT is taken; 4 Oct 2026: 02:30 moves to 03:30 AEDT', () => {
    const s: ScheduleInput = {
      timezone: 'Australia/Sydney',
      startDate: '2026-04-05',
      startTime: '02:30',
      endTime: '03:15',
      repeat: { frequency: 'monthly', byDay: ['1SU'] },
    };
    const got = pairs(occurrences(s, { from: '2026-01-01', count: 7 }));
    expect(got[0]).toBe('2026-04-05T02:30:00+11:00 2026-04-05T03:15:00+10:00');
    expect(got[1]).toBe('2026-05-03T02:30:00+10:00 2026-05-03T03:15:00+10:00');
    // 4 Oct 2026 is the first Sunday of October; 03:15 exists, but the moved start (03:30) is after it.
    expect(got[6]).toBe('2026-10-04T03:30:00+11:00 2026-10-04T04:15:00+11:00');
  });
});

describe('occurrences: byDay forms', () => {
  const base = { startTime: '14:00', endTime: '16:00' } as const;
  const days = (s: ScheduleInput, from: string, count: number) => occurrences(s, { from, count }).map((o) => o.start.slice(0, 10));

  it('weekly on several days', () => {
    expect(days({ ...base, startDate: '2026-11-02', repeat: { frequency: 'weekly', byDay: ['TH', 'MO'] } }, '2026-11-01', 5)).toEqual([
      '2026-11-02',
      '2026-11-05',
      '2026-11-09',
      '2026-11-12',
      '2026-11-16',
    ]);
  });

  it('weekly without byDay uses the start date’s weekday', () => {
    expect(days({ ...base, startDate: '2026-11-05', repeat: { frequency: 'weekly' } }, '2026-11-01', 2)).toEqual(['2026-11-05', '2026-11-12']);
  });

  it('weekly starting mid-week skips earlier days of that week', () => {
    expect(days({ ...base, startDate: '2026-11-04', repeat: { frequency: 'weekly', byDay: ['MO', 'FR'] } }, '2026-11-01', 3)).toEqual([
      '2026-11-06',
      '2026-11-09',
      '2026-11-13',
    ]);
  });

  it('fortnightly (interval 2) counts weeks from the start date’s week (Monday-start weeks)', () => {
    // Start Thu 5 Nov; MO,TH every other week: weeks of 2 Nov, 16 Nov, 30 Nov.
    expect(days({ ...base, startDate: '2026-11-05', repeat: { frequency: 'weekly', interval: 2, byDay: ['MO', 'TH'] } }, '2026-11-01', 5)).toEqual([
      '2026-11-05',
      '2026-11-16',
      '2026-11-19',
      '2026-11-30',
      '2026-12-03',
    ]);
  });

  it('first Saturday of each month (1SA)', () => {
    expect(days({ ...base, startDate: '2026-11-01', repeat: { frequency: 'monthly', byDay: ['1SA'] } }, '2026-11-01', 3)).toEqual([
      '2026-11-07',
      '2026-12-05',
      '2027-01-02',
    ]);
  });

  it('last Friday of each month (-1FR)', () => {
    expect(days({ ...base, startDate: '2026-11-01', repeat: { frequency: 'monthly', byDay: ['-1FR'] } }, '2026-11-01', 3)).toEqual([
      '2026-11-27',
      '2026-12-25',
      '2027-01-29',
    ]);
  });

  it('second and fourth Tuesday (2TU, 4TU), written in any order', () => {
    expect(days({ ...base, startDate: '2026-11-01', repeat: { frequency: 'monthly', byDay: ['4TU', '2TU'] } }, '2026-11-01', 4)).toEqual([
      '2026-11-10',
      '2026-11-24',
      '2026-12-08',
      '2026-12-22',
    ]);
  });

  it('a fifth Monday only in months that have one (5MO)', () => {
    expect(days({ ...base, startDate: '2026-11-01', repeat: { frequency: 'monthly', byDay: ['5MO'] } }, '2026-11-01', 2)).toEqual([
      '2026-11-30',
      '2027-03-29',
    ]);
  });

  it('monthly with a plain day means every such day of the month', () => {
    expect(days({ ...base, startDate: '2026-11-20', repeat: { frequency: 'monthly', byDay: ['SA'] } }, '2026-11-01', 4)).toEqual([
      '2026-11-21',
      '2026-11-28',
      '2026-12-05',
      '2026-12-12',
    ]);
  });

  it('monthly without byDay repeats on the start date’s day and skips months without it', () => {
    expect(days({ ...base, startDate: '2026-12-31', repeat: { frequency: 'monthly' } }, '2026-12-01', 3)).toEqual(['2026-12-31', '2027-01-31', '2027-03-31']);
  });

  it('every other month (interval 2) on the first Saturday', () => {
    expect(days({ ...base, startDate: '2026-11-01', repeat: { frequency: 'monthly', interval: 2, byDay: ['1SA'] } }, '2026-11-01', 3)).toEqual([
      '2026-11-07',
      '2027-01-02',
      '2027-03-06',
    ]);
  });

  it('daily on weekdays only, and every third day', () => {
    expect(days({ ...base, startDate: '2026-11-05', repeat: { frequency: 'daily', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] } }, '2026-11-01', 4)).toEqual([
      '2026-11-05',
      '2026-11-06',
      '2026-11-09',
      '2026-11-10',
    ]);
    expect(days({ ...base, startDate: '2026-11-05', repeat: { frequency: 'daily', interval: 3 } }, '2026-11-01', 3)).toEqual(['2026-11-05', '2026-11-08', '2026-11-11']);
  });
});

describe('occurrences: ends, days off and extra days', () => {
  const days = (s: ScheduleInput, options: Parameters<typeof occurrences>[1]) => occurrences(s, options).map((o) => o.start.slice(0, 10));

  it('endDate is the last date that can have a session (inclusive)', () => {
    expect(days({ ...weeklyWed, endDate: '2026-11-04' }, { from: '2026-10-01' })).toEqual(['2026-10-21', '2026-10-28', '2026-11-04']);
  });

  it('count counts the rule’s sessions from the start, including days off (RFC 5545 COUNT then EXDATE)', () => {
    const s: ScheduleInput = { ...weeklyWed, repeat: { frequency: 'weekly', count: 4 }, exceptDates: ['2026-10-28'] };
    expect(days(s, { from: '2026-10-01' })).toEqual(['2026-10-21', '2026-11-04', '2026-11-11']);
    // Starting later does not restart the count.
    expect(days(s, { from: '2026-11-01' })).toEqual(['2026-11-04', '2026-11-11']);
  });

  it('with both count and endDate, whichever comes first ends the series', () => {
    expect(days({ ...weeklyWed, endDate: '2026-10-28', repeat: { frequency: 'weekly', count: 4 } }, { from: '2026-10-01' })).toEqual(['2026-10-21', '2026-10-28']);
  });

  it('exceptDates remove sessions; extraDates add sessions at the usual time, even outside the series', () => {
    const s: ScheduleInput = {
      ...weeklyWed,
      endDate: '2026-12-31',
      exceptDates: ['2026-12-23', '2026-12-30'],
      extraDates: ['2027-01-02', '2026-12-19', '2026-12-16'],
    };
    expect(pairs(occurrences(s, { from: '2026-12-10' }))).toEqual([
      '2026-12-16T18:30:00+00:00 2026-12-16T20:00:00+00:00',
      '2026-12-19T18:30:00+00:00 2026-12-19T20:00:00+00:00',
      '2027-01-02T18:30:00+00:00 2027-01-02T20:00:00+00:00',
    ]);
  });

  it('an exceptDate also removes an extraDate on the same day', () => {
    const s: ScheduleInput = { startDate: '2026-11-01', startTime: '10:00', endTime: '11:00', extraDates: ['2026-11-08'], exceptDates: ['2026-11-08'] };
    expect(days(s, { from: '2026-10-01' })).toEqual(['2026-11-01']);
  });

  it('a one-off has one session on startDate', () => {
    expect(pairs(occurrences({ startDate: '2026-07-04', startTime: '10:00', endTime: '12:00' }, { from: '2026-01-01' }))).toEqual([
      '2026-07-04T10:00:00+01:00 2026-07-04T12:00:00+01:00',
    ]);
  });
});

describe('occurrences: sessions past midnight', () => {
  it('endTime before startTime ends the next day, in that day’s offset (25 Oct 2026: 5 real hours)', () => {
    const s: ScheduleInput = { startDate: '2026-10-24', startTime: '22:00', endTime: '02:00' };
    expect(pairs(occurrences(s, { from: '2026-10-01' }))).toEqual(['2026-10-24T22:00:00+01:00 2026-10-25T02:00:00+00:00']);
  });

  it('29 Mar 2026: 22:00–02:00 lasts 3 real hours', () => {
    const s: ScheduleInput = { startDate: '2026-03-28', startTime: '22:00', endTime: '02:00' };
    expect(pairs(occurrences(s, { from: '2026-03-01' }))).toEqual(['2026-03-28T22:00:00+00:00 2026-03-29T02:00:00+01:00']);
  });

  it('endTime equal to startTime is a 24-hour session', () => {
    const s: ScheduleInput = { startDate: '2026-06-01', startTime: '09:00', endTime: '09:00' };
    expect(pairs(occurrences(s, { from: '2026-06-01' }))).toEqual(['2026-06-01T09:00:00+01:00 2026-06-02T09:00:00+01:00']);
  });
});

describe('occurrences: explicit occurrences', () => {
  it('are sorted and rewritten with the schedule zone’s offset', () => {
    const s: ScheduleInput = {
      timezone: 'Europe/London',
      occurrences: [
        { start: '2026-11-04T18:30:00Z', end: '2026-11-04T20:00:00Z' },
        { start: '2026-10-21T17:30:00Z', end: '2026-10-21T19:00:00Z' },
      ],
    };
    expect(pairs(occurrences(s, { from: '2026-01-01' }))).toEqual([
      '2026-10-21T18:30:00+01:00 2026-10-21T20:00:00+01:00',
      '2026-11-04T18:30:00+00:00 2026-11-04T20:00:00+00:00',
    ]);
  });
});

describe('occurrences: the window', () => {
  it('includes a session that is running at `from` (its end is after `from`)', () => {
    expect(occurrences(weeklyWed, { from: '2026-10-28T19:00:00Z', count: 1 })[0]?.start).toBe('2026-10-28T18:30:00+00:00');
    expect(occurrences(weeklyWed, { from: '2026-10-28T20:00:00Z', count: 1 })[0]?.start).toBe('2026-11-04T18:30:00+00:00');
  });

  it('reads a date or a date-time without offset as local time in the schedule’s zone', () => {
    // 18:30 BST on 21 Oct is 17:30Z; from 19:59 local the session is still running.
    expect(occurrences(weeklyWed, { from: '2026-10-21T19:59', count: 1 })[0]?.start).toBe('2026-10-21T18:30:00+01:00');
    expect(occurrences(weeklyWed, { from: new Date('2026-10-21T19:00:00Z'), count: 1 })[0]?.start).toBe('2026-10-28T18:30:00+00:00');
  });

  it('until excludes sessions starting at or after it', () => {
    expect(occurrences(weeklyWed, { from: '2026-10-01', until: '2026-11-04T18:30:00Z' })).toHaveLength(2);
    expect(occurrences(weeklyWed, { from: '2026-10-01', until: '2026-11-04T18:31:00Z' })).toHaveLength(3);
  });

  it('count 0 gives nothing; a far-future `from` jumps straight there (2 Jan 2126 is a Wednesday)', () => {
    expect(occurrences(weeklyWed, { from: '2026-10-01', count: 0 })).toEqual([]);
    expect(occurrences(weeklyWed, { from: '2126-01-01', count: 1 })[0]?.start).toBe('2126-01-02T18:30:00+00:00');
  });

  it('an open-ended series with neither until nor count stops at 10,000 sessions', () => {
    expect(occurrences({ ...weeklyWed, repeat: { frequency: 'daily' } }, { from: '2026-10-01' })).toHaveLength(10_000);
  });
});

describe('occurrences: bad data and bad arguments', () => {
  it('gives nothing for an unknown zone or a schedule without dates (bad data does not throw)', () => {
    expect(occurrences({ ...weeklyWed, timezone: 'Europe/Atlantis' }, { from: '2026-10-01', count: 3 })).toEqual([]);
    expect(occurrences({ startTime: '10:00' } as ScheduleInput, { from: '2026-10-01', count: 3 })).toEqual([]);
  });

  it('throws a RangeError naming a bad `from`, `until` or `count`', () => {
    expect(() => occurrences(weeklyWed, { from: 'next tuesday' })).toThrow(/options\.from/);
    expect(() => occurrences(weeklyWed, { from: '2026-10-01', until: '2026-13-01' })).toThrow(/options\.until/);
    expect(() => occurrences(weeklyWed, { from: '2026-10-01', count: -1 })).toThrow(RangeError);
    expect(() => occurrences(weeklyWed, undefined as never)).toThrow(TypeError);
  });
});
