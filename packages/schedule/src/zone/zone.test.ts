import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrences } from '../occurrences/occurrences.js';
import { instantOfWallTime, isTimeZone, timeZoneOffset, wallClock } from './zone.js';

const LONDON = 'Europe/London';
const SYDNEY = 'Australia/Sydney';
const at = (iso: string) => Date.parse(iso);

// Hand-worked: in 2026 the UK clocks go forward at 01:00 GMT on Sunday 29 March (01:00 → 02:00
// local) and back at 01:00 GMT on Sunday 25 October (02:00 BST → 01:00 GMT). Sydney's daylight
// saving ends at 03:00 AEDT on Sunday 5 April 2026 (→ 02:00 AEST, 16:00Z on the 4th) and starts
// at 02:00 AEST on Sunday 4 October 2026 (→ 03:00 AEDT, 16:00Z on the 3rd).

describe('instantOfWallTime', () => {
  it('moves a skipped London time forward by the gap: 29 Mar 2026 01:30 → 02:30 BST = 01:30Z', () => {
    expect(instantOfWallTime(LONDON, '2026-03-29', '01:30')).toEqual({ epochMs: at('2026-03-29T01:30:00Z'), offset: 60, iso: '2026-03-29T02:30:00+01:00', resolution: 'skipped' });
  });

  it('takes the first instance of a repeated London time: 25 Oct 2026 01:30 → 01:30 BST = 00:30Z', () => {
    expect(instantOfWallTime(LONDON, '2026-10-25', '01:30')).toEqual({ epochMs: at('2026-10-25T00:30:00Z'), offset: 60, iso: '2026-10-25T01:30:00+01:00', resolution: 'repeated' });
  });

  it('reads the times either side of the London changes exactly', () => {
    expect(instantOfWallTime(LONDON, '2026-03-29', '00:59')).toMatchObject({ epochMs: at('2026-03-29T00:59:00Z'), offset: 0, resolution: 'exact' });
    expect(instantOfWallTime(LONDON, '2026-03-29', '02:00')).toMatchObject({ epochMs: at('2026-03-29T01:00:00Z'), offset: 60, resolution: 'exact' });
    expect(instantOfWallTime(LONDON, '2026-10-25', '00:59')).toMatchObject({ epochMs: at('2026-10-24T23:59:00Z'), offset: 60, resolution: 'exact' });
    expect(instantOfWallTime(LONDON, '2026-10-25', '02:00')).toMatchObject({ epochMs: at('2026-10-25T02:00:00Z'), offset: 0, resolution: 'exact' });
    expect(instantOfWallTime(LONDON, '2026-07-01', '18:30:15')).toEqual({ epochMs: at('2026-07-01T17:30:15Z'), offset: 60, iso: '2026-07-01T18:30:15+01:00', resolution: 'exact' });
  });

  it('handles the southern hemisphere (Sydney): repeated 02:30 on 5 Apr 2026, skipped 02:30 on 4 Oct 2026', () => {
    expect(instantOfWallTime(SYDNEY, '2026-04-05', '02:30')).toEqual({ epochMs: at('2026-04-04T15:30:00Z'), offset: 660, iso: '2026-04-05T02:30:00+11:00', resolution: 'repeated' });
    expect(instantOfWallTime(SYDNEY, '2026-10-04', '02:30')).toEqual({ epochMs: at('2026-10-03T16:30:00Z'), offset: 660, iso: '2026-10-04T03:30:00+11:00', resolution: 'skipped' });
    expect(instantOfWallTime(SYDNEY, '2026-07-01', '09:00')).toMatchObject({ epochMs: at('2026-06-30T23:00:00Z'), offset: 600, resolution: 'exact' });
    expect(instantOfWallTime(SYDNEY, '2026-01-15', '09:00')).toMatchObject({ epochMs: at('2026-01-14T22:00:00Z'), offset: 660, resolution: 'exact' });
  });

  it('agrees with occurrences on every wall time of the clock-change days', () => {
    for (const [zone, date] of [[LONDON, '2026-03-29'], [LONDON, '2026-10-25'], [SYDNEY, '2026-04-05'], [SYDNEY, '2026-10-04'], ['America/New_York', '2026-11-01']] as const) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const [o] = occurrences({ timezone: zone, startDate: date, startTime: time, endTime: time === '23:45' ? '23:50' : '23:59' }, { from: date, count: 1 });
        expect(instantOfWallTime(zone, date, time).iso).toBe(o!.start);
      }
    }
  });

  it('throws named argument errors', () => {
    expect(() => instantOfWallTime('Mars/Olympus', '2026-01-01', '09:00')).toThrow(RangeError);
    expect(() => instantOfWallTime(LONDON, '2026-02-30', '09:00')).toThrow(/date is not a real date/);
    expect(() => instantOfWallTime(LONDON, '2026-02-01', '25:00')).toThrow(/time is not a time/);
    expect(() => instantOfWallTime(LONDON, 20260201 as unknown as string, '09:00')).toThrow(TypeError);
  });
});

describe('timeZoneOffset', () => {
  it('changes at the instant of each London clock change', () => {
    expect(timeZoneOffset(LONDON, at('2026-03-29T00:59:59Z'))).toBe(0);
    expect(timeZoneOffset(LONDON, at('2026-03-29T01:00:00Z'))).toBe(60);
    expect(timeZoneOffset(LONDON, new Date('2026-10-25T00:59:59Z'))).toBe(60);
    expect(timeZoneOffset(LONDON, new Date('2026-10-25T01:00:00Z'))).toBe(0);
  });

  it('reads southern-hemisphere and western offsets', () => {
    expect(timeZoneOffset(SYDNEY, at('2026-04-04T15:59:59Z'))).toBe(660);
    expect(timeZoneOffset(SYDNEY, at('2026-04-04T16:00:00Z'))).toBe(600);
    expect(timeZoneOffset(SYDNEY, at('2026-10-03T16:00:00Z'))).toBe(660);
    expect(timeZoneOffset('America/New_York', at('2026-07-01T12:00:00Z'))).toBe(-240);
    expect(timeZoneOffset('Asia/Kolkata', at('2026-07-01T12:00:00Z'))).toBe(330);
  });

  it('throws on an unknown zone or an invalid instant', () => {
    expect(() => timeZoneOffset('Mars/Olympus', 0)).toThrow(/timeZone is not an IANA time zone/);
    expect(() => timeZoneOffset(LONDON, Number.NaN)).toThrow(RangeError);
    expect(() => timeZoneOffset(LONDON, '2026-01-01' as unknown as number)).toThrow(TypeError);
  });
});

describe('wallClock', () => {
  it('reads both instances of the repeated London hour with their offsets', () => {
    expect(wallClock(LONDON, at('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '01:30', year: 2026, month: 10, day: 25, hour: 1, minute: 30, second: 0, weekday: 'SU', offset: 60, iso: '2026-10-25T01:30:00+01:00' });
    expect(wallClock(LONDON, at('2026-10-25T01:30:00Z'))).toMatchObject({ time: '01:30', offset: 0, iso: '2026-10-25T01:30:00+00:00' });
    expect(wallClock(LONDON, at('2026-03-29T01:00:00Z'))).toMatchObject({ date: '2026-03-29', time: '02:00', offset: 60 });
  });

  it('reads Sydney across its April change', () => {
    expect(wallClock(SYDNEY, at('2026-04-04T15:30:00Z'))).toMatchObject({ date: '2026-04-05', time: '02:30', weekday: 'SU', offset: 660, iso: '2026-04-05T02:30:00+11:00' });
    expect(wallClock(SYDNEY, new Date('2026-04-04T16:30:00Z'))).toMatchObject({ date: '2026-04-05', time: '02:30', weekday: 'SU', offset: 600, iso: '2026-04-05T02:30:00+10:00' });
  });

  it('agrees with Intl for any instant and zone (property)', () => {
    const zones = [LONDON, SYDNEY, 'America/New_York', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2060, 0, 1) }), (zone, ms) => {
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' })
            .formatToParts(ms)
            .map((p) => [p.type, p.value]),
        );
        const w = wallClock(zone, ms);
        expect([w.year, w.month, w.day, w.hour, w.minute, w.second]).toEqual([+parts.year!, +parts.month!, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!]);
        expect(days.indexOf(w.weekday)).toBe(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!));
        expect(w.offset).toBe(timeZoneOffset(zone, ms));
      }),
      { numRuns: 500 },
    );
  });
});

describe('isTimeZone', () => {
  it('knows IANA names and nothing else', () => {
    expect(isTimeZone(LONDON)).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone(SYDNEY)).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('+01:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });

  it('refuses legacy ids the standard refuses: ICU reads "BST" as Bangladesh, not British Summer Time', () => {
    for (const legacy of ['BST', 'GMT', 'EST']) expect(isTimeZone(legacy), legacy).toBe(false);
    expect(() => timeZoneOffset('BST', 0)).toThrow(RangeError);
  });
});
