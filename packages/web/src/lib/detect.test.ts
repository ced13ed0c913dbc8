import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';

describe('detectFormat', () => {
  it('trusts a .csv, .tsv, .ndjson or .jsonl file name', () => {
    expect(detectFormat('{"a":1}', 'data.csv')).toBe('csv');
    expect(detectFormat('a\tb', 'DATA.TSV')).toBe('csv');
    expect(detectFormat('{"a":1}', 'feed.ndjson')).toBe('ndjson');
    expect(detectFormat('{"a":1}', 'feed.jsonl')).toBe('ndjson');
  });

  it('reads a pretty-printed object, an array and a one-line object as JSON', () => {
    expect(detectFormat('{\n  "standard": "artsrx"\n}')).toBe('json');
    expect(detectFormat('[1, 2]')).toBe('json');
    expect(detectFormat('\uFEFF  {"a": 1}')).toBe('json');
  });

  it('reads several lines that each hold an object as NDJSON', () => {
    expect(detectFormat('{"type":"DatasetHeader"}\n{"type":"Place"}\n')).toBe('ndjson');
  });

  it('reads text that does not start like JSON as CSV, unless the name says .json', () => {
    expect(detectFormat('activity_name,art_forms\nChoir,music')).toBe('csv');
    expect(detectFormat('oops', 'broken.json')).toBe('json');
  });
});
