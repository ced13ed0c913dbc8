import { describe, expect, it } from 'vitest';
import { _columnLetter, _detectDelimiter, _neutralise, _parseBool, _parseDate, _parseTime, _unneutralise } from './_cells.js';

describe('CSV cell helpers', () => {
  it('reads ISO, British, American and two-digit-year dates, rejecting impossible ones', () => {
    expect(_parseDate('2026-10-21', 'dmy')).toBe('2026-10-21');
    expect(_parseDate('21/10/2026', 'dmy')).toBe('2026-10-21');
    expect(_parseDate('10/21/2026', 'mdy')).toBe('2026-10-21');
    expect(_parseDate('1.2.26', 'dmy')).toBe('2026-02-01');
    expect(_parseDate('01-02-99', 'dmy')).toBe('1999-02-01');
    expect(_parseDate('21/10/2026 18:30', 'dmy')).toBe('2026-10-21');
    expect(_parseDate('29/02/2026', 'dmy')).toBeUndefined();
    expect(_parseDate('21/10/2026', 'mdy')).toBeUndefined();
    expect(_parseDate('next Tuesday', 'dmy')).toBeUndefined();
  });

  it('reads Excel serial dates in the 1900 system, including its phantom 29 February 1900', () => {
    expect(_parseDate('1', 'dmy')).toBe('1900-01-01');
    expect(_parseDate('59', 'dmy')).toBe('1900-02-28');
    expect(_parseDate('60', 'dmy')).toBeUndefined();
    expect(_parseDate('61', 'dmy')).toBe('1900-03-01');
    expect(_parseDate('45658', 'dmy')).toBe('2025-01-01');
    expect(_parseDate('46316.75', 'dmy')).toBe('2026-10-21');
  });

  it('reads 24-hour, 12-hour, dotted and Excel-fraction times', () => {
    expect(_parseTime('18:30')).toBe('18:30');
    expect(_parseTime('9:05')).toBe('09:05');
    expect(_parseTime('18.30')).toBe('18:30');
    expect(_parseTime('6:30 pm')).toBe('18:30');
    expect(_parseTime('12am')).toBe('00:00');
    expect(_parseTime('12 PM')).toBe('12:00');
    expect(_parseTime('18:30:00')).toBe('18:30');
    expect(_parseTime('0.770833333')).toBe('18:30');
    expect(_parseTime('0.30')).toBe('00:30');
    expect(_parseTime('24:00')).toBeUndefined();
    expect(_parseTime('13pm')).toBeUndefined();
    expect(_parseTime('18')).toBeUndefined();
  });

  it('reads yes/no cells', () => {
    expect([_parseBool('Yes'), _parseBool('n'), _parseBool('TRUE'), _parseBool('0'), _parseBool('maybe')]).toEqual([true, false, true, false, undefined]);
  });

  it('detects the delimiter from the header line, ignoring quoted ones and later lines', () => {
    expect(_detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(_detectDelimiter('\uFEFFa;b;"c,d,e"\n')).toBe(';');
    expect(_detectDelimiter('a\tb\tc')).toBe('\t');
    expect(_detectDelimiter('single')).toBe(',');
  });

  it('neutralises formula cells and reverses exactly that', () => {
    for (const cell of ['=SUM(A1)', '+44 151', '-x', '@me', '\tx', '\rx', "'=x", "''-1", 'plain', '-2.9916', '+3']) {
      expect(_unneutralise(_neutralise(cell))).toBe(cell);
    }
    expect(_neutralise('=1+1')).toBe("'=1+1");
    expect(_neutralise('-2.9916')).toBe('-2.9916');
    expect(_neutralise("'=x")).toBe("''=x");
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 51, 701, 702].map(_columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});
