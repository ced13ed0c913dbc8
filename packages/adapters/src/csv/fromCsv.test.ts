import { describe, expect, it } from 'vitest';
import { fromCsv } from './fromCsv.js';

const header = { publisher: { name: 'Test' }, license: 'OGL-UK-3.0', generatedAt: '2026-11-01T09:00:00Z' };
const HEAD = 'activity_id,activity_name,art_forms,format,attendance_mode,status,organisation_name,place_name,postcode,start_date,start_time,end_time';

describe('fromCsv', () => {
  it('makes one activity per row and de-duplicates organisations and places', () => {
    const text = [
      HEAD,
      'a1,Sing for Joy,music,drop-in,in-person,active,Joyful Voices,Central Library,L3 8EW,2026-01-07,18:30,20:00',
      'a2,Knit and Natter,crafts,ongoing-group,in-person,active,Joyful Voices,Central Library,L3 8EW,2026-01-08,10:00,12:00',
    ].join('\n');
    const { value, issues } = fromCsv(text, { header });
    expect(issues).toEqual([]);
    expect(value.activities.map((a) => [a.id, a.organisationId, a.placeId])).toEqual([
      ['a1', 'joyful-voices', 'central-library'],
      ['a2', 'joyful-voices', 'central-library'],
    ]);
    expect(value.organisations).toHaveLength(1);
    expect(value.places).toHaveLength(1);
    expect(fromCsv(text, { header }).rows).toEqual({ activities: { a1: 2, a2: 3 }, organisations: { 'joyful-voices': 2 }, places: { 'central-library': 2 }, assets: {} });
    expect(value.places[0]!.address).toEqual({ lines: ['Central Library'], postcode: 'L3 8EW', country: 'GB' });
    expect(value.activities[0]!.schedule).toEqual({ timezone: 'Europe/London', startDate: '2026-01-07', startTime: '18:30', endTime: '20:00' });
    expect(value.activities[0]!.provenance).toEqual({ source: 'directory', recordedAt: '2026-11-01' });
  });

  it('reads a BOM, semicolons, quoted line breaks, British and Excel serial dates and 12-hour times', () => {
    const text =
      '\uFEFFactivity_name;art_forms;format;attendance_mode;status;organisation_name;activity_description;start_date;end_date;start_time;end_time;except_dates\r\n' +
      'Café Créatif;visual-arts|crafts;course;in-person;active;Arts & Co;"Line one;\r\nline two";07/01/2026;45700;6:30 pm;8pm;18/02/2026|25/02/26\r\n';
    const { value, issues } = fromCsv(text, { header });
    expect(issues).toEqual([]);
    const [activity] = value.activities;
    expect(activity!.name).toBe('Café Créatif');
    expect(activity!.id).toBe('cafe-creatif');
    expect(activity!.description).toBe('Line one;\r\nline two');
    expect(activity!.artForms).toEqual(['visual-arts', 'crafts']);
    // 45700 is 12 February 2025 in Excel's 1900 date system (45658 = 1 January 2025, + 42 days).
    expect(activity!.schedule).toMatchObject({ startDate: '2026-01-07', endDate: '2025-02-12', startTime: '18:30', endTime: '20:00', exceptDates: ['2026-02-18', '2026-02-25'] });
  });

  it('reads month-first dates when the mapping says so', () => {
    const text = 'activity_name,art_forms,format,attendance_mode,status,organisation_id,start_date,start_time,end_time\nA,music,drop-in,in-person,active,o,01/07/2026,10:00,11:00\n';
    expect(fromCsv(text, { header, mapping: { dateOrder: 'mdy' } }).value.activities[0]!.schedule?.startDate).toBe('2026-01-07');
  });

  it('reports every cell problem with its row and column, and leaves the bad rows out', () => {
    const text = [
      HEAD + ',price,latitude,longitude',
      'a1,Good,music,drop-in,in-person,active,Org,Hall,,2026-01-07,18:30,20:00,3,53.4,-2.9',
      'a2,Bad date,music,drop-in,in-person,active,Org,,,31/02/2026,18:30,20:00,,,',
      'a3,Bad terms,musick,weekly,in-person,active,Org,,,,,,,,',
      'a4,Swapped,music,drop-in,in-person,active,Org,Hall,,,,,,153.4,-2.9',
      'a5,,music,drop-in,in-person,active,Org,,,,,,£3.50,,',
    ].join('\n');
    const { value, issues } = fromCsv(text, { header });
    expect(value.activities.map((a) => a.id)).toEqual(['a1', 'a4']);
    expect(value.activities[0]!.cost).toEqual({ isFree: false, price: 3, currency: 'GBP' });
    const where = issues.map((i) => [i.code, i.row, i.column]);
    expect(where).toEqual([
      ['csv_bad_date', 3, 'start_date'],
      // Without its start date the schedule is incomplete, so the row cannot make an activity.
      ['csv_invalid_record', 3, 'start_date'],
      ['csv_unknown_term', 4, 'art_forms'],
      ['csv_unknown_term', 4, 'format'],
      ['csv_invalid_record', 4, 'art_forms'],
      ['csv_invalid_record', 4, 'format'],
      ['csv_bad_coordinate', 5, 'latitude'],
      ['csv_half_coordinate', 5, 'latitude'],
      ['csv_invalid_record', 6, 'activity_name'],
    ]);
    expect(issues[0]!.message).toBe('Row 3, column "start_date": "31/02/2026" is not a date.');
    expect(issues.find((i) => i.code === 'csv_bad_coordinate')?.hint).toBe('Are latitude and longitude swapped?');
  });

  it('maps other headers onto the layout and fills in defaults', () => {
    const text = 'Group name,What,Where,Postcode\nSing for Joy,music,Central Library,L3 8EW\nPaint Club,visual-arts,Central Library,L3 8EW\n';
    const { value, issues } = fromCsv(text, {
      header,
      mapping: {
        columns: { activity_name: 'Group name', art_forms: 'What', place_name: 'Where' },
        defaults: { format: 'ongoing-group', attendance_mode: 'in-person', status: 'active', organisation_name: 'Volunteer groups' },
      },
    });
    expect(issues).toEqual([]);
    expect(value.activities.map((a) => [a.name, a.format, a.placeId, a.organisationId])).toEqual([
      ['Sing for Joy', 'ongoing-group', 'central-library', 'volunteer-groups'],
      ['Paint Club', 'ongoing-group', 'central-library', 'volunteer-groups'],
    ]);
    // A venue name and postcode without a street: the name becomes the first address line.
    expect(value.places.map((p) => p.address)).toEqual([{ lines: ['Central Library'], postcode: 'L3 8EW', country: 'GB' }]);
  });

  it('warns when repeated organisation columns disagree, keeping the first', () => {
    const text = 'activity_name,art_forms,format,attendance_mode,status,organisation_id,organisation_name,organisation_url\nA,music,drop-in,in-person,active,o1,Org,https://a.example/\nB,music,drop-in,in-person,active,o1,Org,https://b.example/\n';
    const { value, issues } = fromCsv(text, { header });
    expect(value.organisations).toHaveLength(1);
    expect(value.organisations[0]!.url).toBe('https://a.example/');
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([['csv_conflicting_value', 3, 'organisation_url']]);
  });

  it('reads back cells that an export protected with a quote', () => {
    const text = "activity_name,art_forms,format,attendance_mode,status,organisation_id\n'=1+2,music,drop-in,in-person,active,o\n";
    expect(fromCsv(text, { header }).value.activities[0]!.name).toBe('=1+2');
  });

  it('reports missing required columns, unknown columns and assumed header fields', () => {
    const { issues } = fromCsv('name,colour\nA,red\n');
    expect(issues.map((i) => i.code)).toEqual(['csv_header_defaulted', 'csv_unknown_column', 'csv_unknown_column', 'csv_missing_column', 'csv_missing_column', ...Array(6).fill('csv_invalid_record')]);
  });

  it('never throws on text that is not CSV at all', () => {
    expect(() => fromCsv('"unclosed\n,,,\u0000', { header })).not.toThrow();
    expect(fromCsv('', { header }).issues.map((i) => i.code)).toEqual(['csv_empty']);
  });

  it('throws a TypeError for a bad argument', () => {
    expect(() => fromCsv(42 as never)).toThrow(TypeError);
    expect(() => fromCsv('a', { mapping: { columns: { nope: 'x' } } })).toThrow(/nope/);
  });
});
