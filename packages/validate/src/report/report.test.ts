import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../types.js';
import { formatJson } from './formatJson.js';
import { formatMarkdown } from './formatMarkdown.js';
import { formatText } from './formatText.js';
import { FIXTURE_NOW, validDataset } from '../../test/_fixtures.js';
import { validateDataset } from '../dataset/validateDataset.js';

const result: ValidationResult = {
  valid: false,
  counts: { error: 1, warning: 1, info: 0 },
  issues: [
    { code: 'coordinates_swapped', severity: 'error', pointer: '/places/0/geo/coordinates', recordId: 'place-1', message: 'The map point [53.4, -2.99] is outside the UK \u2014 are latitude and longitude swapped?', hint: 'GeoJSON writes longitude first: [-2.99, 53.4]' },
    { code: 'stale_record', severity: 'warning', pointer: '/places/0/lastVerified', recordId: 'place-1', message: 'This record was last checked on 2024-01-01, more than 12 months ago' },
  ],
  stats: { organisations: 0, places: 1, assets: 0, activities: 0 },
};

describe('formatText', () => {
  it('groups issues by record, with hints and a summary, without colour by default', () => {
    expect(formatText(result, { source: 'data.json' })).toBe(
      [
        'data.json',
        '  /places/0 \u00b7 place-1',
        '    error    The map point [53.4, -2.99] is outside the UK \u2014 are latitude and longitude swapped?  coordinates_swapped /places/0/geo/coordinates',
        '             \u2192 GeoJSON writes longitude first: [-2.99, 53.4]',
        '    warning  This record was last checked on 2024-01-01, more than 12 months ago  stale_record /places/0/lastVerified',
        '\u2716 not valid: 1 error, 1 warning, 0 notes',
        '',
      ].join('\n'),
    );
  });

  it('uses ANSI colour only when asked', () => {
    expect(formatText(result)).not.toContain('\u001b[');
    expect(formatText(result, { colour: true })).toContain('\u001b[31merror');
  });

  it('groups NDJSON issues by line', () => {
    const nd: ValidationResult = { ...result, issues: [{ code: 'invalid_json', severity: 'error', pointer: '', line: 12, message: 'broken' }] };
    expect(formatText(nd)).toContain('  line 12\n    error    broken  invalid_json\n');
  });
});

describe('formatJson', () => {
  it('writes the documented shape', () => {
    expect(JSON.parse(formatJson(result))).toEqual({ valid: false, counts: { error: 1, warning: 1, info: 0 }, issues: result.issues, stats: result.stats });
  });
});

describe('formatMarkdown', () => {
  it('writes a heading, the summary and one table per record, escaping pipes', () => {
    const md = formatMarkdown({ ...result, issues: [{ ...result.issues[1]!, message: 'a | b' }] }, { title: 'data.json' });
    expect(md).toBe(
      [
        '## data.json: not valid',
        '',
        '1 error, 1 warning, 0 notes',
        '',
        '### /places/0 \u00b7 place-1',
        '',
        '| severity | rule | field | message | how to fix |',
        '|---|---|---|---|---|',
        '| warning | `stale_record` | `/places/0/lastVerified` | a \\| b |  |',
        '',
      ].join('\n'),
    );
  });
});

describe('names with control characters and text-direction overrides', () => {
  // Raw characters that must never reach a terminal or a Markdown table from the data.
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const dataset = () => {
    const d = validDataset();
    d.activities[0].name = 'Choir \u202egnp.exe\u202c \u001b[31mred\u001b[0m\u0007\r\nline\u2028';
    return d;
  };

  it('gives one clear error at the JSON Pointer of the field, naming each character by code point', () => {
    const result = validateDataset(dataset(), { now: FIXTURE_NOW });
    expect(result.issues).toEqual([
      {
        code: 'invalid_format',
        severity: 'error',
        pointer: '/activities/0/name',
        recordId: 'act-1',
        message: 'The name (name) contains a text-direction control (U+202E, U+202C), a control character (U+001B, U+0007) and a line break (U+000D, U+000A, U+2028): \u201cChoir [U+202E]gnp.exe[U+202C] [U+001B][31mred[U+001B][0m[U+0007][U+000D][U+000A]line[U+2028]\u201d',
        hint: 'A name must not contain control characters, line breaks or text-direction overrides. Delete them, or write a line break or tab as a space',
      },
    ]);
  });

  it('the text, Markdown and JSON reports hold no raw control or text-direction character; the JSON reads back the same', () => {
    const result = validateDataset(dataset(), { now: FIXTURE_NOW });
    const text = formatText(result, { source: 'data\u202e.json' });
    for (const out of [text, formatText(result, { colour: true }).replace(/\u001b\[[0-9;]*m/g, ''), formatMarkdown(result, { title: 'x\u202ey' }), formatJson(result)]) {
      expect(out).not.toMatch(RAW);
    }
    expect(text).toContain('[U+202E]');
    expect(text.match(/ error /g)).toHaveLength(1);
    expect(JSON.parse(formatJson(result))).toEqual(JSON.parse(JSON.stringify({ valid: result.valid, counts: result.counts, issues: result.issues, stats: result.stats })));
  });

  it('escapes a record id, an unknown key in a pointer and a hint from the data too', () => {
    const hostile: ValidationResult = {
      ...result,
      issues: [{ code: 'unknown_property', severity: 'warning', pointer: '/places/0/a\u202eb', recordId: 'place\u2066-1\u0085', message: 'm\u009b', hint: 'h\u2029' }],
    };
    const json = formatJson(hostile);
    for (const out of [formatText(hostile), formatMarkdown(hostile), json]) expect(out).not.toMatch(RAW);
    expect(formatText(hostile)).toContain('/places/0 \u00b7 place[U+2066]-1[U+0085]');
    expect(JSON.parse(json)).toEqual({ valid: false, counts: hostile.counts, issues: hostile.issues, stats: hostile.stats });
  });

  it('allows zero-width joiners and other scripts through unchanged', () => {
    const d = validDataset();
    d.activities[0].name = '\u{1F469}\u200d\u{1F3A8} \u0645\u0631\u0643\u0632 Caff\u00e8';
    expect(validateDataset(d, { now: FIXTURE_NOW }).issues).toEqual([]);
  });
});
