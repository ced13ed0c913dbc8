import { describe, expect, it } from 'vitest';
import { LanguageTagSchema, PointSchema, PostcodeSchema, TimeZoneSchema, UK_POSTCODE_PATTERN } from './fields.js';

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
