import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { occurrences } from '../occurrences/occurrences.js';
import { toOpenReferralSchedule, type OpenReferralScheduleRow } from './toOpenReferralSchedule.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const hsdsDir = path.resolve(repoRoot, '../shared/reference/openreferral/hsds-3.0/schema');
const ajv = new Ajv({ strict: false, validateFormats: false });
// schedule.json refers to attribute.json and metadata.json (which refer on): register them all by file name.
for (const name of readdirSync(hsdsDir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
  const { $schema: _, ...schema } = JSON.parse(readFileSync(path.join(hsdsDir, name), 'utf8')) as Record<string, unknown>;
  ajv.addSchema({ ...schema, $id: name });
}
const validate = ajv.getSchema('schedule.json')!;

/** Every row, with the id the adapter would add, validates against the official HSDS 3.0 schedule schema. */
function expectValid(rows: OpenReferralScheduleRow[]) {
  for (const row of rows) {
    const ok = validate({ id: '00000000-0000-4000-8000-000000000000', ...row });
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  }
}

const pick = (rows: OpenReferralScheduleRow[]) => rows.map((r) => [r.dtstart, r.until ?? null, r.opens_at, r.closes_at, r.timezone, r.count ?? null]);

describe('toOpenReferralSchedule', () => {
  it('splits a weekly series at the October clock change, one row per UTC offset', () => {
    const s: ScheduleInput = { startDate: '2026-10-07', endDate: '2026-11-11', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } };
    const { rows, losses } = toOpenReferralSchedule(s, { from: '2026-10-01' });
    expect(pick(rows)).toEqual([
      ['2026-10-07', '2026-10-21', '18:30+01:00', '20:00+01:00', 1, null],
      ['2026-10-28', '2026-11-11', '18:30+00:00', '20:00+00:00', 0, null],
    ]);
    expect(rows[0]).toMatchObject({ freq: 'WEEKLY', byday: 'WE', wkst: 'MO', valid_from: '2026-10-07', valid_to: '2026-10-21' });
    expect(losses).toHaveLength(1);
    expect(losses[0]).toContain('clocks change');
    expectValid(rows);
    // The official schema is really checking: a text timezone fails it.
    expect(validate({ id: '00000000-0000-4000-8000-000000000000', ...rows[0], timezone: '+01:00' })).toBe(false);
  });

  it('never states a wrong time: every session of every row is a real session', () => {
    const s: ScheduleInput = {
      timezone: 'America/New_York',
      startDate: '2026-02-02',
      endDate: '2026-12-28',
      startTime: '09:30',
      endTime: '11:00',
      repeat: { frequency: 'weekly', byDay: ['MO', 'TH'] },
      exceptDates: ['2026-05-25', '2026-11-26'],
      extraDates: ['2026-07-04'],
    };
    const { rows } = toOpenReferralSchedule(s, { from: '2026-01-01' });
    expectValid(rows);
    // Rebuild the instants each row claims, with its own numeric offset, and compare.
    const claimed: string[] = [];
    for (const row of rows) {
      const days = row.count === 1 ? [row.dtstart] : occurrences({ startDate: row.dtstart, endDate: row.until!, startTime: '12:00', endTime: '13:00', timezone: 'UTC', repeat: { frequency: 'weekly', byDay: row.byday!.split(',') } }, { from: '2000-01-01' }).map((o) => o.start.slice(0, 10));
      for (const d of days) claimed.push(new Date(`${d}T${row.opens_at}`).toISOString());
    }
    const real = occurrences(s, { from: '2026-01-01' }).map((o) => new Date(o.start).toISOString());
    expect(claimed.sort()).toEqual(real.sort());
  });

  it('splits around days off, writes extra dates and lone sessions as count-1 rows', () => {
    const s: ScheduleInput = { startDate: '2026-11-04', endDate: '2026-12-30', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' }, exceptDates: ['2026-12-23'], extraDates: ['2026-12-19'] };
    const { rows, losses } = toOpenReferralSchedule(s, { from: '2026-10-01' });
    expect(pick(rows)).toEqual([
      ['2026-11-04', '2026-12-16', '18:30+00:00', '20:00+00:00', 0, null],
      ['2026-12-19', '2026-12-19', '18:30+00:00', '20:00+00:00', 0, 1],
      ['2026-12-30', '2026-12-30', '18:30+00:00', '20:00+00:00', 0, 1],
    ]);
    expect(rows[1]).toMatchObject({ byday: 'SA', valid_from: '2026-12-19', valid_to: '2026-12-19' });
    expect(losses.join(' ')).toContain('around 23 Dec 2026');
    expect(losses.join(' ')).toContain('extra session');
    expectValid(rows);
  });

  it('writes monthly ordinals, and the moved session of 29 Mar 2026 as its own row', () => {
    const s: ScheduleInput = { startDate: '2026-02-01', startTime: '01:30', endTime: '03:00', repeat: { frequency: 'monthly', byDay: ['-1SU'], count: 4 } };
    const { rows } = toOpenReferralSchedule(s, { from: '2026-01-01' });
    // Last Sundays: 22 Feb, 29 Mar (01:30 does not exist → 02:30 BST), 26 Apr, 31 May.
    expect(pick(rows)).toEqual([
      ['2026-02-22', '2026-02-22', '01:30+00:00', '03:00+00:00', 0, 1],
      ['2026-03-29', '2026-03-29', '02:30+01:00', '03:00+01:00', 1, 1],
      ['2026-04-26', '2026-05-31', '01:30+01:00', '03:00+01:00', 1, null],
    ]);
    expect(rows[2]).toMatchObject({ freq: 'MONTHLY', byday: '-1SU' });
    expectValid(rows);
  });

  it('keeps an open-ended series open in a zone without clock changes, and limits it where the clocks change', () => {
    const kolkata = toOpenReferralSchedule({ timezone: 'Asia/Kolkata', startDate: '2026-01-05', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'weekly' } }, { from: '2026-06-01' });
    expect(kolkata.rows).toHaveLength(1);
    expect(kolkata.rows[0]).toMatchObject({ dtstart: '2026-06-01', opens_at: '10:00+05:30', timezone: 5.5 });
    expect(kolkata.rows[0]!.until).toBeUndefined();
    expect(kolkata.losses).toEqual([]);
    const london = toOpenReferralSchedule({ startDate: '2026-01-05', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'weekly' } }, { from: '2026-06-01', horizonDays: 200 });
    expect(london.rows.map((r) => r.timezone)).toEqual([1, 0]);
    expect(london.losses.join(' ')).toContain('Export again');
    expectValid(london.rows);
  });

  it('writes every-n-days repeats and explicit occurrences as one row per session', () => {
    const daily = toOpenReferralSchedule({ startDate: '2026-11-02', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'daily', interval: 3, count: 3 } }, { from: '2026-11-01' });
    expect(daily.rows.map((r) => r.dtstart)).toEqual(['2026-11-02', '2026-11-05', '2026-11-08']);
    expect(daily.losses.join(' ')).toContain('no daily repeat');
    const weekdays = toOpenReferralSchedule({ startDate: '2026-11-02', endDate: '2026-11-13', startTime: '10:00', endTime: '11:00', repeat: { frequency: 'daily', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] } }, { from: '2026-11-01' });
    expect(weekdays.rows).toHaveLength(1);
    expect(weekdays.rows[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', dtstart: '2026-11-02', until: '2026-11-13' });
    const list = toOpenReferralSchedule({ occurrences: [{ start: '2026-10-21T17:30:00Z', end: '2026-10-21T19:00:00Z' }, { start: '2026-11-04T18:30:00Z', end: '2026-11-04T20:00:00Z' }] }, { from: '2026-10-01' });
    expect(pick(list.rows)).toEqual([
      ['2026-10-21', '2026-10-21', '18:30+01:00', '20:00+01:00', 1, 1],
      ['2026-11-04', '2026-11-04', '18:30+00:00', '20:00+00:00', 0, 1],
    ]);
    expectValid([...daily.rows, ...weekdays.rows, ...list.rows]);
  });
});

describe('toOpenReferralSchedule property (fast-check + ical.js)', () => {
  it('the rows, expanded by ical.js at their own fixed offsets, give exactly the sessions of occurrences()', () => {
    const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const dayMs = 86_400_000;
    const date = fc.integer({ min: Date.UTC(2025, 0, 1) / dayMs, max: Date.UTC(2028, 0, 1) / dayMs }).map((d) => new Date(d * dayMs).toISOString().slice(0, 10));
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
        ordinal: fc.option(fc.constantFrom(1, 2, -1), { nil: undefined }),
        count: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        endOffset: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
        except: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 3 }),
        extra: fc.array(fc.integer({ min: -5, max: 200 }), { maxLength: 2 }),
        fromOffset: fc.integer({ min: -30, max: 200 }),
      })
      .map((r) => {
        const shift = (n: number) => new Date(Date.parse(`${r.startDate}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
        const schedule: ScheduleInput = {
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
        return { schedule, from: `${shift(r.fromOffset)}T12:00:00Z` };
      });

    /** Start instants of a row: its rule expanded by ical.js in floating local time, then read at the row's offset. */
    const rowStarts = (row: OpenReferralScheduleRow): number[] => {
      const offset = row.opens_at.slice(5);
      const floating = `${row.dtstart.replace(/-/g, '')}T${row.opens_at.slice(0, 2)}${row.opens_at.slice(3, 5)}00`;
      const rule = [`FREQ=${row.freq}`];
      if (row.interval) rule.push(`INTERVAL=${row.interval}`);
      if (row.byday) rule.push(`BYDAY=${row.byday}`);
      if (row.bymonthday) rule.push(`BYMONTHDAY=${row.bymonthday}`);
      rule.push(`WKST=${row.wkst}`);
      if (row.count) rule.push(`COUNT=${row.count}`);
      if (row.until) rule.push(`UNTIL=${row.until.replace(/-/g, '')}T235959`);
      const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20260101T000000Z', `DTSTART:${floating}`, `RRULE:${rule.join(';')}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      const it = event.iterator();
      const out: number[] = [];
      for (let t = it.next(); t && out.length < 2000; t = it.next()) {
        out.push(Date.parse(`${t.toString().slice(0, 19)}${offset}`));
      }
      return out;
    };

    fc.assert(
      fc.property(arb, ({ schedule, from }) => {
        const { rows } = toOpenReferralSchedule(schedule, { from, horizonDays: 400 });
        const limit = Date.parse(from) + 400 * dayMs;
        const claimed = rows.flatMap(rowStarts).filter((ms) => ms < limit);
        const real = occurrences(schedule, { from, until: new Date(limit) }).map((o) => Date.parse(o.start));
        expect(claimed.sort((a, b) => a - b)).toEqual(real);
        expectValid(rows);
      }),
      { numRuns: 250 },
    );
  });
});
