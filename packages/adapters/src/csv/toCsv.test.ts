import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadCsvFixture } from '../../test/csv/_load.js';
import { toCsv } from './toCsv.js';

describe('toCsv', () => {
  const dataset = loadCsvFixture();

  it('writes one row per activity under the default header', () => {
    const rows = parse(toCsv(dataset).value) as string[][];
    expect(rows).toHaveLength(4);
    expect(rows[0]!.slice(0, 3)).toEqual(['activity_id', 'activity_name', 'activity_description']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['act-sing', 'act-course', 'act-online']);
  });

  it('neutralises cells a spreadsheet would run as formulas, but not plain numbers', () => {
    const rows = parse(toCsv(dataset).value, { columns: true }) as Record<string, string>[];
    expect(rows[0]!['activity_name']).toBe('\'=HYPERLINK("http://evil.example","Sing for joy")');
    expect(rows[0]!['contact_name']).toBe("'@Sam, group lead");
    expect(rows[0]!['contact_phone']).toBe("'+44 151 496 0001");
    expect(rows[2]!['activity_name']).toBe("'-1 degrees: winter poetry online");
    expect(rows[0]!['longitude']).toBe('-2.9755');
    expect(rows[0]!['latitude']).toBe('53.4017');
  });

  it('quotes delimiters, quotes and line breaks so they survive', () => {
    const rows = parse(toCsv(dataset).value, { columns: true }) as Record<string, string>[];
    expect(rows[0]!['place_name']).toBe('St Luke\'s "Bombed Out" Hall');
    expect(rows[0]!['organisation_name']).toBe('Joyful Voices, Ltd');
    expect(rows[0]!['accessibility_notes']).toBe('Ramp at the side door;\nask at the desk.');
  });

  it('writes lists with | and flags split into present and absent columns', () => {
    const rows = parse(toCsv(dataset).value, { columns: true }) as Record<string, string>[];
    expect(rows[0]!['except_dates']).toBe('2026-02-18|2026-04-01');
    expect(rows[0]!['venue_features']).toBe('step-free-access|hearing-loop');
    expect(rows[0]!['venue_features_absent']).toBe('lift');
    expect(rows[0]!['access_support_not_offered']).toBe('bsl');
    expect(rows[0]!['is_free']).toBe('no');
    expect(rows[2]!['occurrences']).toBe('2026-12-01T19:00:00Z/2026-12-01T20:30:00Z');
  });

  it('uses a mapping for headers and delimiter, and can start with a byte-order mark', () => {
    const text = toCsv(dataset, { mapping: { columns: { activity_name: 'Group name' }, delimiter: ';' }, bom: true }).value;
    expect(text.startsWith('\uFEFFactivity_id;Group name;')).toBe(true);
  });

  it('reports what a one-row-per-activity sheet cannot hold', () => {
    const extra = { ...dataset, places: [...dataset.places, { ...dataset.places[0]!, id: 'place-unused', uprn: '123' }], activities: dataset.activities.map((a) => ({ ...a, outcomeMeasures: ['SWEMWBS' as const] })) };
    const { issues } = toCsv(extra);
    expect(issues.find((i) => i.code === 'csv_record_not_carried')?.recordId).toBe('place-unused');
    expect(issues.find((i) => i.code === 'csv_field_not_carried')?.message).toBe('activity.outcomeMeasures is not a CSV column; it was left out of 3 records.');
  });

  it('does not change its input', () => {
    const before = JSON.stringify(dataset);
    toCsv(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('throws a TypeError for something that is not a dataset', () => {
    expect(() => toCsv({} as never)).toThrow(TypeError);
    expect(() => toCsv(dataset, { mapping: { columns: { nope: 'x' } } })).toThrow(/nope/);
  });
});
