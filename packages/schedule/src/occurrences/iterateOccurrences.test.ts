import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { tzOffset } from '@date-fns/tz';
import { iterateOccurrences } from './iterateOccurrences.js';
import { occurrences } from './occurrences.js';

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Santiago', 'Europe/Dublin'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayMs = 86_400_000;

const dateArb = fc.integer({ min: Date.UTC(2020, 0, 1) / dayMs, max: Date.UTC(2032, 0, 1) / dayMs }).map((d) => iso(new Date(d * dayMs)));
const timeArb = fc.integer({ min: 0, max: 1439 });
const zoneArb = fc.constantFrom(...ZONES);

const scheduleArb: fc.Arbitrary<ScheduleInput> = fc
  .record({
    timezone: zoneArb,
    startDate: dateArb,
    start: timeArb,
    end: timeArb,
    frequency: fc.constantFrom('daily', 'weekly', 'monthly') as fc.Arbitrary<'daily' | 'weekly' | 'monthly'>,
    interval: fc.integer({ min: 1, max: 4 }),
    byDay: fc.option(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    ordinal: fc.option(fc.constantFrom(1, 2, -1), { nil: undefined }),
    exceptDates: fc.array(dateArb, { maxLength: 3 }),
    extraDates: fc.array(dateArb, { maxLength: 3 }),
  })
  .map((r) => ({
    timezone: r.timezone,
    startDate: r.startDate,
    startTime: hhmm(r.start),
    endTime: hhmm(r.end),
    repeat: {
      frequency: r.frequency,
      interval: r.interval,
      ...(r.byDay ? { byDay: r.frequency === 'monthly' && r.ordinal !== undefined ? r.byDay.map((d) => `${r.ordinal}${d}`) : [...r.byDay] } : {}),
    },
    exceptDates: r.exceptDates,
    extraDates: r.extraDates,
  }));

describe('iterateOccurrences', () => {
  it('is lazy: the next session of an open-ended daily series without a count', () => {
    const it = iterateOccurrences({ startDate: '2026-01-01', startTime: '09:00', endTime: '10:00', repeat: { frequency: 'daily' } }, { from: '2026-06-01T12:00:00Z' });
    expect(it.next().value).toEqual({ start: '2026-06-02T09:00:00+01:00', end: '2026-06-02T10:00:00+01:00' });
  });

  it('throws a RangeError for a bad `from` on first use', () => {
    expect(() => iterateOccurrences({ startDate: '2026-01-01', startTime: '09:00', endTime: '10:00' }, { from: '' }).next()).toThrow(/options\.from/);
  });
});

describe('occurrence properties (fast-check)', () => {
  it('weekly sessions are 7 local days apart, at the usual wall time whenever it exists that day', () => {
    fc.assert(
      fc.property(zoneArb, dateArb, timeArb, fc.integer({ min: 1, max: 180 }), (timezone, startDate, start, length) => {
        const startTime = hhmm(start);
        const list = occurrences(
          { timezone, startDate, startTime, endTime: hhmm((start + length) % 1440), repeat: { frequency: 'weekly' } },
          { from: startDate, count: 60 },
        );
        expect(list).toHaveLength(60);
        for (let i = 0; i < list.length; i++) {
          const s = list[i]!.start;
          const localDay = Date.parse(`${s.slice(0, 10)}T00:00:00Z`) / dayMs;
          expect(localDay).toBe(Date.parse(`${startDate}T00:00:00Z`) / dayMs + 7 * i);
          const wall = s.slice(11, 16);
          if (wall !== startTime) {
            // Only allowed when the usual time was skipped: it moved forward by exactly the gap.
            const ms = Date.parse(s);
            const gap = tzOffset(timezone, new Date(ms)) - tzOffset(timezone, new Date(ms - 6 * 3_600_000));
            const moved = (Number(wall.slice(0, 2)) * 60 + Number(wall.slice(3))) - start;
            expect(gap).toBeGreaterThan(0);
            expect(moved).toBe(gap);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never go backwards, and every session ends after it starts', () => {
    fc.assert(
      fc.property(scheduleArb, (s) => {
        const list = occurrences(s, { from: s.startDate as string, count: 40 });
        for (let i = 0; i < list.length; i++) {
          const a = Date.parse(list[i]!.start);
          expect(Date.parse(list[i]!.end)).toBeGreaterThan(a);
          if (i > 0) expect(a).toBeGreaterThan(Date.parse(list[i - 1]!.start));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('count is honoured: exactly `count` sessions when nothing is excepted or added', () => {
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 1, max: 30 }), (s, count) => {
        const plain = { ...s, exceptDates: [], extraDates: [], repeat: { ...s.repeat!, count } };
        expect(occurrences(plain, { from: '2019-01-01' })).toHaveLength(count);
      }),
      { numRuns: 300 },
    );
  });

  it('starting later gives the same sessions as filtering from the start', () => {
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 0, max: 400 * 24 }), (s, hours) => {
        const all = occurrences(s, { from: '2019-06-01', until: '2034-01-01', count: 400 });
        const from = new Date(Date.parse(`${s.startDate}T00:00:00Z`) + hours * 3_600_000);
        const later = occurrences(s, { from, until: '2034-01-01', count: 10 });
        const expected = all.filter((o) => Date.parse(o.end) > from.getTime()).slice(0, 10);
        if (all.length < 400) expect(later).toEqual(expected);
        else expect(later.slice(0, expected.length)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('every start and end string shows the wall time and offset Intl gives for its instant', () => {
    const fmt = new Map<string, Intl.DateTimeFormat>();
    const wallOf = (zone: string, ms: number) => {
      let f = fmt.get(zone);
      if (!f) {
        f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
        fmt.set(zone, f);
      }
      const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
    };
    fc.assert(
      fc.property(scheduleArb, (s) => {
        for (const o of occurrences(s, { from: s.startDate as string, count: 30 })) {
          for (const x of [o.start, o.end]) {
            const ms = Date.parse(x);
            expect(x.slice(0, 19)).toBe(wallOf(s.timezone as string, ms));
            const offset = tzOffset(s.timezone as string, new Date(ms));
            const sign = offset < 0 ? '-' : '+';
            expect(x.slice(19)).toBe(`${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
