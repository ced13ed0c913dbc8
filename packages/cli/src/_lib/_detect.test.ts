import { describe, expect, it } from 'vitest';
import { _detectKind } from './_detect.js';

describe('_detectKind', () => {
  it('tells a pretty-printed JSON document from NDJSON by whether the first line parses on its own', () => {
    expect(_detectKind('{\n  "standard": "artsrx"\n}\n')).toBe('json');
    expect(_detectKind('{"type":"DatasetHeader"}\n{"type":"Place"}\n')).toBe('ndjson');
    expect(_detectKind('{"standard":"artsrx"}\n')).toBe('json');
    expect(_detectKind('  [1, 2]')).toBe('json');
  });

  it('recognises CSV and leaves other text to the JSON parser to explain', () => {
    expect(_detectKind('id,name,artForms\nact-1,Choir,music\n')).toBe('csv');
    expect(_detectKind('"id","name"\n"a","b"\n')).toBe('csv');
    expect(_detectKind('42\n')).toBe('json');
    expect(_detectKind('hello world')).toBe('unknown');
    expect(_detectKind('   ')).toBe('unknown');
  });
});
