import { Readable } from 'node:stream';
import { generateRecords } from '@artsrx/synthetic';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, fixtures, validDataset } from '../../test/_fixtures.js';
import { validateDataset } from '../dataset/validateDataset.js';
import { validateNdjson } from './validateNdjson.js';

/** NDJSON lines of the valid fixture: header, organisation, place, activity. */
function lines(): string[] {
  const { organisations, places, assets, activities, ...header } = validDataset();
  return [
    JSON.stringify({ type: 'DatasetHeader', ...header }),
    ...organisations.map((r: object) => JSON.stringify({ type: 'Organisation', ...r })),
    ...places.map((r: object) => JSON.stringify({ type: 'Place', ...r })),
    ...assets.map((r: object) => JSON.stringify({ type: 'Asset', ...r })),
    ...activities.map((r: object) => JSON.stringify({ type: 'Activity', ...r })),
  ];
}

/** A stream that delivers `text` in chunks of `size` bytes, to exercise lines split across chunks. */
function chunked(text: string, size = 7): Readable {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

describe('validateNdjson', () => {
  it('validates a valid NDJSON dataset, whatever the chunk boundaries', async () => {
    for (const size of [1, 7, 1 << 16]) {
      const result = await validateNdjson(chunked(`${lines().join('\n')}\n`, size), { now: FIXTURE_NOW });
      expect(result).toEqual({ valid: true, counts: { error: 0, warning: 0, info: 0 }, issues: [], stats: { organisations: 1, places: 1, assets: 0, activities: 1, lines: 4 } });
    }
  });

  it('reports a bad line with its line number and carries on', async () => {
    const l = lines();
    const text = [l[0], l[1], '{"type": "Place", "id": "place-1", "name": ', l[2], l[3]].join('\n');
    const result = await validateNdjson(chunked(text), { now: FIXTURE_NOW });
    expect(result.issues).toEqual([
      {
        code: 'invalid_json',
        severity: 'error',
        pointer: '',
        line: 3,
        message: 'This is not valid JSON: it breaks at column 44: the text ends in the middle of an object: a value and a closing } are missing (is the file cut short?)',
        hint: 'Each line of an NDJSON file is one complete JSON object',
      },
    ]);
    expect(result.stats).toMatchObject({ places: 1, activities: 1, lines: 5 });
  });

  it('gives line numbers and record pointers for record issues', async () => {
    const l = lines();
    const activity = JSON.parse(l[3]!) as Record<string, unknown>;
    activity.artForms = ['Music'];
    const result = await validateNdjson(chunked([l[0], l[1], l[2], '', JSON.stringify(activity)].join('\n')), { now: FIXTURE_NOW });
    expect(result.issues).toEqual([
      {
        code: 'unknown_value',
        severity: 'error',
        pointer: '/artForms/0',
        recordId: 'act-1',
        line: 5,
        message: '\u201cMusic\u201d is not an art form (artForms[0]). Did you mean \u201cmusic\u201d?',
        hint: 'Use one of: music, theatre, dance, visual-arts, crafts, literature, combined-arts, museums-heritage, libraries, film-digital, design, nature-culture',
      },
    ]);
  });

  it('resolves references to records that come later, and reports those that never come', async () => {
    const l = lines();
    const activity = JSON.parse(l[3]!) as Record<string, unknown>;
    const orphan = { ...activity, id: 'act-2', name: 'Friday Choir', placeId: 'place-404' };
    const result = await validateNdjson(chunked([l[0], l[3], JSON.stringify(orphan), l[1], l[2]].join('\n')), { now: FIXTURE_NOW });
    expect(result.issues.map(({ code, line, pointer }) => ({ code, line, pointer }))).toEqual([{ code: 'unresolved_reference', line: 3, pointer: '/placeId' }]);
  });

  it('finds duplicate ids and duplicate names across the stream, naming the earlier line', async () => {
    const l = lines();
    const result = await validateNdjson(chunked([...l, l[3]].join('\n')), { now: FIXTURE_NOW });
    expect(result.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['duplicate_id', 5, 'The id \u201cact-1\u201d is also used by an activity on line 4'],
      ['likely_duplicate', 5, 'This activity looks like a duplicate of the activity on line 4: the same name at the same place'],
    ]);
  });

  it('streams the same-name check only: each place it flags, validateDataset flags too; near-identical names only in memory', async () => {
    for (const name of ['likely_duplicate_similar_names', 'likely_duplicate_not_similar']) {
      const input = fixtures('validateDataset').find((f) => f.name === name)!.input as Record<string, any>;
      const { organisations, places, assets, activities, ...header } = input;
      const text = [{ type: 'DatasetHeader', ...header }, ...organisations.map((r: object) => ({ type: 'Organisation', ...r })), ...places.map((r: object) => ({ type: 'Place', ...r }))]
        .map((r) => JSON.stringify(r))
        .join('\n');
      const streamed = (await validateNdjson(chunked(text, 1 << 16), { now: FIXTURE_NOW })).issues;
      const whole = validateDataset(input, { now: FIXTURE_NOW }).issues;
      for (const issue of streamed) {
        expect(issue.code).toBe('likely_duplicate');
        expect(issue.message).toMatch(/^The place on line \d+, \d+ m away, has the same name \u2014 the same place twice\?$/);
        expect(whole.map((i) => i.recordId)).toContain(issue.recordId);
      }
      if (name === 'likely_duplicate_similar_names') {
        // "The Bluecoat" / "Bluecoat" normalise to the same name; typos and spelling variants need the names kept.
        expect(streamed.length).toBeGreaterThan(0);
        expect(streamed.length).toBeLessThan(whole.length);
      } else expect(streamed).toEqual([]);
    }
  });

  it('finds the same name in a crowded ~100 m square; near-identical names there are not compared, streamed or in memory', async () => {
    const { organisations, places: [place], assets, activities, ...header } = validDataset();
    const at = (id: string, name: string, lng: number) => ({ ...place, id, name, geo: { type: 'Point', coordinates: [lng, 53.40855] } });
    // 70 different names 0.1 m apart in one cell (points at a postcode centroid), then a near-identical and an identical name.
    const places = [...Array.from({ length: 70 }, (_, i) => at(`p${i}`, `Brierfield Venue ${i}`, -2.99115 + i * 1e-6)), at('near', 'Brierfeild Venue 0', -2.99115), at('same', 'The Brierfield venue 0', -2.99115)];
    const text = [JSON.stringify({ type: 'DatasetHeader', ...header }), JSON.stringify({ type: 'Organisation', ...organisations[0] }), ...places.map((p) => JSON.stringify({ type: 'Place', ...p }))].join('\n');
    const streamed = await validateNdjson(chunked(text, 1 << 16), { now: FIXTURE_NOW });
    expect(streamed.issues.map((i) => [i.code, i.recordId])).toEqual([['likely_duplicate', 'same']]);
    const whole = validateDataset({ ...header, organisations: [organisations[0]], places, assets: [], activities: [] }, { now: FIXTURE_NOW });
    expect(whole.issues.filter((i) => i.code === 'likely_duplicate').map((i) => i.recordId)).toEqual(['same']);
  });

  it('reports lines without a known type, suggesting one', async () => {
    const result = await validateNdjson(Readable.from(['{"type": "Activty", "id": "a"}\n[1, 2]\n']), { now: FIXTURE_NOW });
    expect(result.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['unknown_record_type', 1, '\u201cActivty\u201d is not a record type. Did you mean \u201cActivity\u201d?'],
      ['not_an_object', 2, 'This line is a list, not a JSON object'],
    ]);
  });

  it('accepts a byte-order mark and Windows line endings', async () => {
    const result = await validateNdjson(Readable.from([`\uFEFF${lines().join('\r\n')}\r\n`]), { now: FIXTURE_NOW });
    expect(result.valid).toBe(true);
    expect(result.stats.lines).toBe(4);
  });

  it('skips a line longer than maxLineBytes, reports it and carries on', async () => {
    const l = lines();
    const long = JSON.stringify({ type: 'Place', id: 'x', name: 'y'.repeat(5000) });
    const result = await validateNdjson(chunked([l[0], long, l[1], l[2], l[3]].join('\n'), 1000), { now: FIXTURE_NOW, maxLineBytes: 2000 });
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([['out_of_range', 2]]);
    expect(result.stats).toMatchObject({ lines: 5, organisations: 1, places: 1, activities: 1 });
  });

  it('validates a synthetic dataset with no issues and reports progress', async () => {
    const text = [...generateRecords({ activities: 300, seed: 5, now: FIXTURE_NOW })].map((r) => JSON.stringify(r)).join('\n');
    const seen: number[] = [];
    const result = await validateNdjson(Readable.from([text]), { now: FIXTURE_NOW, onProgress: (n) => seen.push(n) });
    expect(result.issues).toEqual([]);
    expect(result.stats.activities).toBe(300);
    expect(seen.at(-1)).toBe(Buffer.byteLength(text));
  });

  it('throws a TypeError when input is not a stream', async () => {
    await expect(validateNdjson('text' as unknown as Readable)).rejects.toThrow(TypeError);
  });
});
