import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { _escapeText, _fold } from './_text.js';

const encoder = new TextEncoder();

describe('iCalendar text helpers', () => {
  it('folds any line into physical lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => s.replace(/[\r\n]/g, '')), (line) => {
        const folded = _fold(`SUMMARY:${line}`);
        for (const physical of folded.split('\r\n')) expect(encoder.encode(physical).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${line}`);
      }),
    );
  });

  it('escapes backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11)', () => {
    expect(_escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});
