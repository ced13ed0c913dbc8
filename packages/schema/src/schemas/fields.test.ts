import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSchema, LanguageTagSchema, NAME_PATTERN, NAME_UNSAFE_MESSAGE, NameSchema, PointSchema, PostcodeSchema, TimeZoneSchema, UK_POSTCODE_PATTERN } from './fields.js';

describe('UK_POSTCODE_PATTERN', () => {
  it.each(['L1 4DQ', 'M15 4FN', 'SW1A 2AA', 'WA10 1AA', 'EC1A1BB', 'GIR 0AA', 'bb11 1aa'])('accepts %s', (pc) => {
    expect(UK_POSTCODE_PATTERN.test(pc)).toBe(true);
  });
  // The unanchored GOV.UK pattern would accept the valid postcode inside each of these.
  it.each(['L1 4DQQ', 'XX L1 4DQ', 'GIR 0AAX', 'L1  4DQ', '', '12345'])('rejects %j as a whole', (pc) => {
    expect(UK_POSTCODE_PATTERN.test(pc)).toBe(false);
    expect(PostcodeSchema.safeParse(pc).success).toBe(false);
  });
});

describe('TimeZoneSchema', () => {
  it.each(['Europe/London', 'America/New_York', 'UTC', 'Australia/Sydney'])('accepts %s', (tz) => {
    expect(TimeZoneSchema.safeParse(tz).success).toBe(true);
  });
  it.each(['Europe/Londn', '+01:00', 'BST', 'GMT+1 ', 'Mars/Olympus_Mons'])('rejects %j', (tz) => {
    expect(TimeZoneSchema.safeParse(tz).success).toBe(false);
  });
});

describe('PointSchema', () => {
  it('accepts [longitude, latitude]', () => {
    expect(PointSchema.safeParse({ type: 'Point', coordinates: [-2.9916, 53.4084] }).success).toBe(true);
  });
  it('rejects a latitude beyond 90 at its position', () => {
    const r = PointSchema.safeParse({ type: 'Point', coordinates: [-2.99, 153.4] });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['coordinates', 1]]);
  });
});

describe('LanguageTagSchema', () => {
  it.each(['en', 'cy', 'bfi', 'en-GB', 'pa-Guru'])('accepts %s', (t) => expect(LanguageTagSchema.safeParse(t).success).toBe(true));
  it.each(['english', 'en-a', 'e', 'en_GB'])('rejects %j', (t) => expect(LanguageTagSchema.safeParse(t).success).toBe(false));
});

describe('NameSchema: no control characters, line breaks or text-direction overrides', () => {
  // The published JSON Schema, as a publisher's validator reads it (ajv adds the `u` flag to patterns).
  const root = resolve(import.meta.dirname, '../../../..');
  const published = JSON.parse(readFileSync(join(root, 'schemas/organisation.schema.json'), 'utf8')) as { $defs: Record<string, object> };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const ajvName = ajv.compile(published.$defs.Name!);
  const zodName = (s: string) => NameSchema.safeParse(s).success;
  const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

  it('the published Name definition carries the same patterns as NameSchema', () => {
    expect(published.$defs.Name).toMatchObject({ type: 'string', maxLength: 300, pattern: NAME_PATTERN.source });
  });

  // Each boundary of each forbidden range, and the line and paragraph separators (line breaks too).
  const FORBIDDEN = ['\u0000', '\u0009', '\u000a', '\u000d', '\u001f', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'];
  it.each(FORBIDDEN.map((c) => [hex(c), c]))('zod and the JSON Schema refuse %s inside, before and after a name', (_, c) => {
    for (const name of [`Arts${c}Trust`, `${c}Arts Trust`, `Arts Trust${c}`, c]) {
      expect(zodName(name), JSON.stringify(name)).toBe(false);
      expect(ajvName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('gives one issue with the clear message, even for a name of only tabs and line breaks', () => {
    for (const name of ['Centre \u202eexe.txt\u202c', '\t\r\n']) {
      const issues = NameSchema.safeParse(name).error?.issues ?? [];
      expect(issues.map((i) => i.message)).toEqual([NAME_UNSAFE_MESSAGE]);
    }
    for (const name of ['', '   ', '\u00a0\u3000']) expect(NameSchema.safeParse(name).error?.issues.map((i) => i.message)).toEqual(['A name needs at least one visible character']);
  });

  // Just outside each range, and the invisible characters that scripts and emoji need.
  const ALLOWED = ['\u0020', '\u007e', '\u00a0', '\u00a1', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u2027', '\u202f', '\u2065', '\u206a', '\ufeff'];
  it.each(ALLOWED.map((c) => [hex(c), c]))('zod and the JSON Schema accept %s inside a name', (_, c) => {
    expect(zodName(`Arts${c}Trust`)).toBe(true);
    expect(ajvName(`Arts${c}Trust`)).toBe(true);
  });

  it.each(['Caff\u00e8 Nero Ltd', 'Ysgol Gymraeg', '\u0645\u0631\u0643\u0632', '\u{1F469}\u200d\u{1F3A8} Artists\u2019 Collective', '\u0141\u00f3d\u017a', '\u793e\u533a\u827a\u672f', '\u0915\u094d\u200d\u0937'])('accepts the ordinary name %s', (name) => {
    expect(zodName(name)).toBe(true);
    expect(ajvName(name)).toBe(true);
  });

  it('zod and the JSON Schema give the same verdict on arbitrary text (any code point, lone surrogates too)', () => {
    // Under 150 UTF-16 units: zod counts maxLength in UTF-16 units and ajv in code points, so only
    // the patterns are compared here (the 300 limit is the same for text without astral characters).
    const unsafe = fc.constantFrom(...FORBIDDEN, '\u0001', '\u0008', '\u001b', '\u0080', '\u009b', '\u202c', '\u2067');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.tuple(fc.string({ unit: 'grapheme', maxLength: 10 }), unsafe, fc.string({ unit: 'binary', maxLength: 10 })).map((p) => p.join('')),
      fc.array(fc.constantFrom(' ', '\u00a0', '\u200d', '\u3000', 'a', ...FORBIDDEN, ...ALLOWED), { maxLength: 12 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(ajvName(s), JSON.stringify(s)).toBe(zodName(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('IdSchema: no control characters, line breaks or text-direction overrides either', () => {
  const root = resolve(import.meta.dirname, '../../../..');
  const published = JSON.parse(readFileSync(join(root, 'schemas/organisation.schema.json'), 'utf8')) as { $defs: Record<string, object> };
  const ajvId = new Ajv2020({ strict: false }).compile(published.$defs.Id!);
  const zodId = (s: string) => IdSchema.safeParse(s).success;

  it.each(['\u0000', '\u001f', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'])('zod and the JSON Schema refuse %j inside, before and after an id', (c) => {
    for (const id of [`org${c}1`, `${c}org-1`, `org-1${c}`, c]) {
      expect(zodId(id), JSON.stringify(id)).toBe(false);
      expect(ajvId(id), JSON.stringify(id)).toBe(false);
    }
  });

  it.each(['org-1', 'https://example.org/activity/42', 'caf\u00e9-1', 'a b', '\u0645\u0631\u0643\u0632-1', 'x\u200dy'])('accepts the ordinary id %j', (id) => {
    expect(zodId(id)).toBe(true);
    expect(ajvId(id)).toBe(true);
  });

  it('zod and the JSON Schema give the same verdict on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(fc.constantFrom(' ', 'a', '-', '\u0085', '\u202e', '\u2028', '\u00a0', '\t'), { maxLength: 8 }).map((a) => a.join(''))), (s) => {
        expect(ajvId(s), JSON.stringify(s)).toBe(zodId(s));
      }),
      { numRuns: 1000 },
    );
  });
});
