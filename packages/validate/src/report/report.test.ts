import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../types.js';
import { formatJson } from './formatJson.js';
import { formatMarkdown } from './formatMarkdown.js';
import { formatText } from './formatText.js';

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
