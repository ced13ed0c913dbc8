import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { occurrences } from '../occurrences/occurrences.js';
import { fromRRule } from './fromRRule.js';
import { toRRule } from './toRRule.js';

describe('fromRRule', () => {
  it('reads a weekly rule with UNTIL in UTC and an EXDATE', () => {
    expect(
      fromRRule({ tzid: 'Europe/London', dtstart: '20261021T183000', dtend: '20261021T200000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261230T235959Z', exdates: ['20261223T183000'] }),
    ).toEqual({
      schedule: {
        timezone: 'Europe/London',
        startDate: '2026-10-21',
        startTime: '18:30',
        endTime: '20:00',
        endDate: '2026-12-30',
        repeat: { frequency: 'weekly', byDay: ['WE'] },
        exceptDates: ['2026-12-23'],
      },
      losses: [],
    });
  });

  it('reads UNTIL as an end date that excludes a session starting after it', () => {
    // 2026-10-28T17:00:00Z is 17:00 GMT on 28 Oct, before that day's 18:30 session: the end date is 27 Oct.
    const got = fromRRule({ dtstart: '20261021T183000', durationMinutes: 90, rrule: 'FREQ=WEEKLY;UNTIL=20261028T170000Z' }).schedule!;
    expect(got.endDate).toBe('2026-10-27');
    expect(occurrences(got, { from: '2026-10-01' }).map((o) => o.start)).toEqual(['2026-10-21T18:30:00+01:00']);
  });

  it('reads monthly ordinals (+1SA), intervals, counts, UTC DTSTART and durations', () => {
    const got = fromRRule({ tzid: 'America/New_York', dtstart: '20261107T190000Z', duration: 'PT2H', rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=+1SA;COUNT=5' });
    // 19:00Z on 7 Nov 2026 is 14:00 EST.
    expect(got).toEqual({
      schedule: { timezone: 'America/New_York', startDate: '2026-11-07', startTime: '14:00', endTime: '16:00', repeat: { frequency: 'monthly', interval: 2, byDay: ['1SA'], count: 5 } },
      losses: [],
    });
  });

  it('reads one-offs, FREQ=DAILY;COUNT=1 with RDATEs, and overnight sessions', () => {
    expect(fromRRule({ dtstart: '20261024T220000', dtend: '20261025T020000', rrule: 'FREQ=DAILY;COUNT=1', rdates: ['20261231T220000'] }).schedule).toEqual({
      timezone: 'Europe/London',
      startDate: '2026-10-24',
      startTime: '22:00',
      endTime: '02:00',
      extraDates: ['2026-12-31'],
    });
  });

  it('refuses, with a reason, what it cannot represent without changing the sessions', () => {
    const base = { dtstart: '20261021T183000', durationMinutes: 90 };
    for (const [rrule, why] of [
      ['FREQ=YEARLY', 'YEARLY'],
      ['FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU', 'BYSETPOS'],
      ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'BYMONTHDAY'],
      ['FREQ=WEEKLY;BYDAY=1WE', 'monthly'],
      ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=SU', 'WKST'],
    ] as const) {
      const got = fromRRule({ ...base, rrule });
      expect(got.schedule).toBeNull();
      expect(got.losses.join(' ')).toContain(why);
    }
    expect(fromRRule({ dtstart: '20261021' }).losses[0]).toContain('all-day');
    expect(fromRRule({ dtstart: '20261021T183000' }).losses[0]).toContain('no end time');
    expect(fromRRule({ ...base, tzid: 'Mars/Base' }).schedule).toBeNull();
  });

  it('keeps what it can and says what it dropped', () => {
    const got = fromRRule({ dtstart: '20261021T183000', durationMinutes: 90, rrule: 'FREQ=WEEKLY', rdates: ['20261024T100000', '20261031T183000'] });
    expect(got.schedule?.extraDates).toEqual(['2026-10-31']);
    expect(got.losses).toHaveLength(1);
    expect(got.losses[0]).toContain('not at the usual start time');
  });

  it('property: fromRRule(toRRule(s)) has the same sessions as s', () => {
    const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const dayMs = 86_400_000;
    const date = fc.integer({ min: Date.UTC(2024, 0, 1) / dayMs, max: Date.UTC(2030, 0, 1) / dayMs }).map((d) => new Date(d * dayMs).toISOString().slice(0, 10));
    const time = fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    const arb = fc
      .record({
        timezone: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'),
        startDate: date,
        startTime: time,
        endTime: time,
        frequency: fc.constantFrom('daily', 'weekly', 'monthly', undefined),
        interval: fc.integer({ min: 1, max: 3 }),
        byDay: fc.option(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 }), { nil: undefined }),
        ordinal: fc.option(fc.constantFrom(1, 3, -1), { nil: undefined }),
        count: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        endOffset: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        except: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 3 }),
        extra: fc.array(fc.integer({ min: -5, max: 100 }), { maxLength: 3 }),
      })
      .map((r): ScheduleInput => {
        const shift = (n: number) => new Date(Date.parse(`${r.startDate}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
        return {
          timezone: r.timezone,
          startDate: r.startDate,
          startTime: r.startTime,
          endTime: r.endTime,
          ...(r.endOffset === undefined ? {} : { endDate: shift(r.endOffset) }),
          ...(r.frequency === undefined
            ? {}
            : {
                repeat: {
                  frequency: r.frequency,
                  interval: r.interval,
                  ...(r.count === undefined ? {} : { count: r.count }),
                  ...(r.byDay ? { byDay: r.frequency === 'monthly' && r.ordinal !== undefined ? r.byDay.map((d) => `${r.ordinal}${d}`) : r.byDay } : {}),
                },
              }),
          exceptDates: r.except.map(shift),
          extraDates: r.extra.map(shift),
        };
      });
    fc.assert(
      fc.property(arb, (s) => {
        const set = toRRule(s);
        const expected = occurrences(s, { from: '2023-01-01', count: 60 });
        if (set === null) {
          expect(expected).toEqual([]);
          return;
        }
        const back = fromRRule(set);
        expect(back.schedule).not.toBeNull();
        expect(occurrences(back.schedule!, { from: '2023-01-01', count: 60 })).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
