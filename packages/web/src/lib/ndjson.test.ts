import { describe, expect, it } from 'vitest';
import { lineForPointer, ndjsonToDataset } from './ndjson.js';

const text = [
  '{"type":"DatasetHeader","standard":"artsrx","version":"0.1.0"}',
  '',
  '{"type":"Place","id":"pl-1"}',
  '{"type":"Activity","id":"act-1"}',
  '{"type":"Activity","id":"act-2"',
  '{"type":"Choir","id":"x"}',
  '[1]',
  '{"type":"Activity","id":"act-3"}',
].join('\n');

describe('ndjsonToDataset', () => {
  const { dataset, lineOf, issues } = ndjsonToDataset(text);

  it('puts the header fields at the top and each record in its list, without the type', () => {
    expect(dataset.standard).toBe('artsrx');
    expect(dataset.places).toEqual([{ id: 'pl-1' }]);
    expect(dataset.activities).toEqual([{ id: 'act-1' }, { id: 'act-3' }]);
  });

  it('remembers the line of each record', () => {
    expect(lineForPointer('/places/0/geo', lineOf)).toBe(3);
    expect(lineForPointer('/activities/1', lineOf)).toBe(8);
    expect(lineForPointer('/publisher', lineOf)).toBe(1);
  });

  it('reports unreadable lines, unknown types and non-objects with their line numbers, and carries on', () => {
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['invalid_json', 5],
      ['unknown_record_type', 6],
      ['not_an_object', 7],
    ]);
  });

  it('does not let a "__proto__" key reach the prototype', () => {
    const { dataset: d } = ndjsonToDataset('{"type":"DatasetHeader","__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expect(Object.hasOwn(d, '__proto__')).toBe(true);
  });
});
