import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '@artsrx/schema';
import { loadCsvFixture } from '../../test/csv/_load.js';
import { toICalendar } from './toICalendar.js';

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const encoder = new TextEncoder();

describe('toICalendar', () => {
  const dataset = loadCsvFixture();
  const { value: ics, issues } = toICalendar(dataset);
  const lines = unfold(ics).split('\r\n');

  it('writes a calendar with a VTIMEZONE for London whose changes are those of 2026 (hand-checked)', () => {
    expect(lines.slice(0, 6)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ArtsRx//@artsrx/adapters//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Adapters test fixture']);
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1).join('\n');
    expect(tz).toContain('TZID:Europe/London');
    expect(tz).toContain(['BEGIN:DAYLIGHT', 'DTSTART:20260329T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'END:DAYLIGHT'].join('\n'));
    expect(tz).toContain(['BEGIN:STANDARD', 'DTSTART:20261025T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'END:STANDARD'].join('\n'));
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
  });

  it('writes each activity as a VEVENT with TZID times, RRULE and EXDATE', () => {
    const start = lines.indexOf('UID:act-sing@artsrx.invalid');
    expect(lines.slice(start, start + 6)).toEqual([
      'UID:act-sing@artsrx.invalid',
      'DTSTAMP:20261101T090000Z',
      'DTSTART;TZID=Europe/London:20260107T183000',
      'DTEND;TZID=Europe/London:20260107T200000',
      'RRULE:FREQ=WEEKLY;BYDAY=WE',
      'EXDATE;TZID=Europe/London:20260218T183000,20260401T183000',
    ]);
    expect(lines).toContain('LOCATION:St Luke\'s "Bombed Out" Hall\\, 1 Leece Street\\, Ropewalks\\, Liverpool\\, L1 2TR');
    expect(lines).toContain('GEO:53.4017;-2.9755');
    expect(lines).toContain('ORGANIZER;CN="Joyful Voices, Ltd":mailto:hello@joyful.example.org');
    expect(lines).toContain('CATEGORIES:Music,Singing and choirs');
  });

  it('escapes text values', () => {
    expect(lines).toContain('SUMMARY:=HYPERLINK("http://evil.example"\\,"Sing for joy")');
    expect(lines).toContain('DESCRIPTION:Warm-ups\\, rounds and a cuppa.\\nEveryone welcome\\, no reading music needed.\\n\\nTerm time only\\n\\n£3.50');
  });

  it('folds every line at 75 octets without splitting a character', () => {
    const long = ActivitySchema.parse({ ...dataset.activities[0], id: 'long', name: '🎨 Café ' + 'é'.repeat(100) + ' 🎨'.repeat(20) });
    const { value } = toICalendar([long]);
    const physical = value.split('\r\n');
    expect(physical.every((l) => encoder.encode(l).length <= 75)).toBe(true);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(value)).toContain(`SUMMARY:${long.name}`);
    expect(value).not.toContain('\uFFFD');
  });

  it('gives the same UIDs and bytes for the same data', () => {
    expect(toICalendar(dataset).value).toBe(ics);
    expect(toICalendar(dataset, { uidDomain: 'example.org' }).value).toContain('UID:act-course@example.org');
  });

  it('never writes COUNT and UNTIL together, which RFC 5545 forbids', () => {
    // Hand-checked: 8 Mondays from 2 March 2026 end on 20 April, the end date.
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=8');
    const longer = ActivitySchema.parse({ ...dataset.activities[1], id: 'longer', schedule: { ...dataset.activities[1]!.schedule, repeat: { frequency: 'weekly', byDay: ['MO'], count: 12 } } });
    const rrule = unfold(toICalendar([longer]).value).split('\r\n').find((l) => l.startsWith('RRULE:'))!;
    expect(rrule).not.toContain('COUNT=');
    expect(rrule).toMatch(/^RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260420T\d{6}Z$/);
  });

  it('writes explicit sessions as DTSTART plus RDATEs, or one VEVENT each when lengths differ', () => {
    expect(lines).toContain('DTSTART;TZID=Europe/London:20261201T190000');
    const uneven = ActivitySchema.parse({ ...dataset.activities[2], id: 'uneven', schedule: { occurrences: [{ start: '2026-12-01T19:00:00Z', end: '2026-12-01T20:30:00Z' }, { start: '2026-12-08T19:00:00Z', end: '2026-12-08T20:00:00Z' }] } });
    const out = toICalendar([uneven]);
    expect(unfold(out.value).split('\r\n').filter((l) => l.startsWith('UID:'))).toEqual(['UID:uneven-1@artsrx.invalid', 'UID:uneven-2@artsrx.invalid']);
    expect(out.issues.filter((i) => i.code !== 'ical_field_not_carried').map((i) => i.code)).toEqual(['ical_one_event_per_session']);
  });

  it('leaves out, and reports, activities that are not running or have no schedule', () => {
    const ended = ActivitySchema.parse({ ...dataset.activities[1], id: 'ended', status: 'ended' });
    const unscheduled = ActivitySchema.parse({ ...dataset.activities[1], id: 'none', schedule: undefined });
    expect(toICalendar([ended, unscheduled]).issues.map((i) => [i.code, i.recordId])).toEqual([['ical_not_active', 'ended'], ['ical_no_schedule', 'none']]);
    expect(issues.filter((i) => i.code !== 'ical_field_not_carried').map((i) => i.code)).toEqual(['ical_open_ended']);
    // What a calendar cannot hold is listed once per field, counted.
    expect(issues.find((i) => i.message.startsWith('accessSupport'))?.message).toBe('accessSupport is not carried by iCalendar (1 activity).');
    expect(issues.find((i) => i.message.startsWith('format'))?.message).toBe('format is not carried by iCalendar (3 activities).');
  });

  it('throws a TypeError for input that is neither a dataset nor activities', () => {
    expect(() => toICalendar({} as never)).toThrow(TypeError);
  });
});
