import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { occurrences } from '../occurrences/occurrences.js';
import { toRRule, type RRuleSet } from './toRRule.js';

// Time zone rules written by hand from the published UK and US rules (UK since 1996: last Sunday
// of March 01:00 UTC → BST, last Sunday of October 01:00 UTC → GMT; US since 2007: second Sunday
// of March 02:00 → EDT, first Sunday of November 02:00 → EST), so ical.js computes instants
// independently of our code and of the runtime's Intl data.
const VTIMEZONES: Record<string, string> = {
  'Europe/London': [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/London',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0000',
    'TZOFFSETTO:+0100',
    'TZNAME:BST',
    'DTSTART:19810329T010000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0000',
    'TZNAME:GMT',
    'DTSTART:19961027T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n'),
  'America/New_York': [
    'BEGIN:VTIMEZONE',
    'TZID:America/New_York',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:-0500',
    'TZOFFSETTO:-0400',
    'TZNAME:EDT',
    'DTSTART:20070311T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:-0400',
    'TZOFFSETTO:-0500',
    'TZNAME:EST',
    'DTSTART:20071104T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n'),
};

function toIcs(set: RRuleSet): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ArtsRx//test//EN', VTIMEZONES[set.tzid]!, 'BEGIN:VEVENT', 'UID:test', 'DTSTAMP:20260101T000000Z'];
  lines.push(`DTSTART;TZID=${set.tzid}:${set.dtstart}`, `DTEND;TZID=${set.tzid}:${set.dtend}`);
  if (set.rrule) lines.push(`RRULE:${set.rrule}`);
  for (const x of set.exdates) lines.push(`EXDATE;TZID=${set.tzid}:${x}`);
  for (const x of set.rdates) lines.push(`RDATE;TZID=${set.tzid}:${x}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.join('\r\n');
}

/** Start instants (ms) of the first `max` sessions, expanded by ical.js. */
function icalStarts(set: RRuleSet, max: number): number[] {
  const comp = new ICAL.Component(ICAL.parse(toIcs(set)));
  const tz = comp.getFirstSubcomponent('vtimezone');
  if (tz && !ICAL.TimezoneService.has(set.tzid)) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const event = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
  const it = event.iterator();
  const out: number[] = [];
  for (let next = it.next(); next && out.length < max; next = it.next()) out.push(next.toUnixTime() * 1000);
  return out;
}

const ourStarts = (s: ScheduleInput, max: number) => occurrences(s, { from: '1990-01-01', count: max }).map((o) => Date.parse(o.start));

describe('toRRule', () => {
  it('writes a weekly series with an end date and days off (only those that remove a session)', () => {
    expect(
      toRRule({ startDate: '2026-10-21', endDate: '2026-12-30', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' }, exceptDates: ['2026-12-23', '2027-01-06', '2026-12-24'] }),
    ).toEqual({
      tzid: 'Europe/London',
      dtstart: '20261021T183000',
      dtend: '20261021T200000',
      durationMinutes: 90,
      // 30 Dec 2026 23:59:59 GMT. Days off that are not session days are left out.
      rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261230T235959Z',
      exdates: ['20261223T183000'],
      rdates: [],
      losses: [],
    });
  });

  it('moves DTSTART to the first session and writes ordinals, intervals and counts', () => {
    const got = toRRule({ startDate: '2026-11-01', startTime: '14:00', endTime: '16:00', repeat: { frequency: 'monthly', interval: 2, byDay: ['1SA'], count: 5 } });
    expect(got).toMatchObject({ dtstart: '20261107T140000', dtend: '20261107T160000', rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA;COUNT=5' });
    expect(toRRule({ startDate: '2026-11-05', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'weekly', interval: 2, byDay: ['TH', 'MO'] } })?.rrule).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO',
    );
    expect(toRRule({ startDate: '2026-12-31', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'monthly' } })?.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=31');
  });

  it('writes only the one of COUNT and UNTIL that ends the series first', () => {
    const s = { startDate: '2026-10-21', startTime: '18:30', endTime: '20:00' } as const;
    expect(toRRule({ ...s, endDate: '2026-11-18', repeat: { frequency: 'weekly', count: 2 } })?.rrule).toBe('FREQ=WEEKLY;BYDAY=WE;COUNT=2');
    expect(toRRule({ ...s, endDate: '2026-10-28', repeat: { frequency: 'weekly', count: 9 } })?.rrule).toBe('FREQ=WEEKLY;BYDAY=WE;UNTIL=20261028T235959Z');
  });

  it('writes overnight sessions with a DTEND on the next day, one-offs without RRULE, and explicit lists as RDATEs', () => {
    expect(toRRule({ startDate: '2026-10-24', startTime: '22:00', endTime: '02:00', extraDates: ['2026-12-31'] })).toMatchObject({
      dtstart: '20261024T220000',
      dtend: '20261025T020000',
      durationMinutes: 240,
      rrule: 'FREQ=DAILY;COUNT=1',
      rdates: ['20261231T220000'],
    });
    const list = toRRule({
      occurrences: [
        { start: '2026-10-21T17:30:00Z', end: '2026-10-21T19:00:00Z' },
        { start: '2026-11-04T18:30:00Z', end: '2026-11-04T21:00:00Z' },
      ],
    });
    expect(list).toMatchObject({ dtstart: '20261021T183000', dtend: '20261021T200000', rrule: 'FREQ=DAILY;COUNT=1', rdates: ['20261104T183000'] });
    expect(toRRule({ startDate: '2026-10-24', startTime: '22:00', endTime: '02:00' })?.rrule).toBeNull();
    expect(list?.losses).toHaveLength(1);
    expect(toRRule({ startTime: '10:00' } as ScheduleInput)).toBeNull();
  });

  it('ical.js expands the output to the same instants (hand-worked weekly series across 25 Oct 2026)', () => {
    const s: ScheduleInput = { startDate: '2026-10-14', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly', count: 4 }, exceptDates: ['2026-10-28'], extraDates: ['2026-10-31'] };
    const expected = ['2026-10-14T17:30:00Z', '2026-10-21T17:30:00Z', '2026-10-31T18:30:00Z', '2026-11-04T18:30:00Z'].map(Date.parse);
    expect(ourStarts(s, 10)).toEqual(expected);
    expect(icalStarts(toRRule(s)!, 10)).toEqual(expected);
  });

  it('property: ical.js expansion of toRRule gives the same start instants as occurrences (London, New York)', () => {
    const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const dayMs = 86_400_000;
    const date = fc.integer({ min: Date.UTC(2024, 0, 1) / dayMs, max: Date.UTC(2030, 0, 1) / dayMs }).map((d) => new Date(d * dayMs).toISOString().slice(0, 10));
    // Times outside 00:00–03:59 so no session starts in an hour the clocks skip or repeat:
    // those follow RFC 5545 here, but iCalendar readers differ on them.
    const time = fc.integer({ min: 4 * 60, max: 23 * 60 + 59 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    const arb = fc.record({
      timezone: fc.constantFrom('Europe/London', 'America/New_York'),
      startDate: date,
      startTime: time,
      endTime: time,
      frequency: fc.constantFrom('daily', 'weekly', 'monthly') as fc.Arbitrary<'daily' | 'weekly' | 'monthly'>,
      interval: fc.integer({ min: 1, max: 3 }),
      byDay: fc.option(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      ordinal: fc.option(fc.constantFrom(1, 2, 4, -1), { nil: undefined }),
      count: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      endOffset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      exceptOffsets: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 4 }),
      extraOffsets: fc.array(fc.integer({ min: -10, max: 120 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, (r) => {
        const shift = (n: number) => new Date(Date.parse(`${r.startDate}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
        const s: ScheduleInput = {
          timezone: r.timezone,
          startDate: r.startDate,
          startTime: r.startTime,
          endTime: r.endTime,
          ...(r.endOffset === undefined ? {} : { endDate: shift(r.endOffset) }),
          repeat: {
            frequency: r.frequency,
            interval: r.interval,
            ...(r.count === undefined ? {} : { count: r.count }),
            ...(r.byDay ? { byDay: r.frequency === 'monthly' && r.ordinal !== undefined ? r.byDay.map((d) => `${r.ordinal}${d}`) : r.byDay } : {}),
          },
          exceptDates: r.exceptOffsets.map(shift),
          extraDates: r.extraOffsets.map(shift),
        };
        const set = toRRule(s);
        // null only when there is no session at all.
        if (set === null) expect(ourStarts(s, 40)).toEqual([]);
        else expect(icalStarts(set, 40)).toEqual(ourStarts(s, 40));
      }),
      { numRuns: 300 },
    );
  });
});
