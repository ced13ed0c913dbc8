import { describe, expect, it } from 'vitest';
import { parseJson } from './parseJson.js';

function fail(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a failure');
  return result.issue;
}

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, 2, {"b": null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says where truncated JSON breaks and that the file may be cut short', () => {
    const issue = fail('{\n  "a": [1, 2');
    expect(issue.code).toBe('invalid_json');
    expect(issue.message).toBe('This is not valid JSON: it breaks at line 2, column 13: the text ends in the middle of a list: a closing ] is missing (is the file cut short?)');
  });

  it('names NaN as not a JSON value', () => {
    expect(fail('{"lat": NaN}').message).toBe(
      'This is not valid JSON: it breaks at line 1, column 9: NaN is not a JSON value: write a number, null, or leave the field out',
    );
  });

  it('explains trailing commas, single quotes and missing commas', () => {
    expect(fail('[1, 2,]').message).toContain('column 7: a comma before ] : JSON does not allow a trailing comma');
    expect(fail("{'a': 1}").message).toContain('column 2: a property name is in single quotes');
    expect(fail('{"a": 1 "b": 2}').message).toContain('column 9: a comma or } was expected here');
  });

  it('never quotes the text that broke (it may be personal data)', () => {
    const issue = fail('{"goals": "call Jane on 07700 900123" oops}');
    expect(JSON.stringify(issue)).not.toContain('07700');
    expect(JSON.stringify(issue)).not.toContain('Jane');
  });

  it('refuses nesting deeper than maxDepth before parsing, with where it happened', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const issue = fail(deep);
    expect(issue.code).toBe('too_deep');
    expect(issue.message).toBe('The data is nested more than 256 levels deep (at line 1, column 257), so it is not an ArtsRx document');
  });

  it('ignores brackets inside strings, including after escaped quotes, when measuring depth', () => {
    expect(parseJson(`{"a": "${'['.repeat(1000)}\\"${'{'.repeat(1000)}"}`, { maxDepth: 2 }).ok).toBe(true);
  });

  it('keeps __proto__ as an ordinary key without polluting Object.prototype', () => {
    const result = parseJson('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports text after the value', () => {
    expect(fail('{"a": 1}\n{"b": 2}').message).toContain('line 2, column 1: there is more text after the end of the JSON value');
  });

  it('reports an empty document', () => {
    expect(fail('   ').message).toContain('there is no JSON value');
  });

  it('throws a TypeError when text is not a string', () => {
    expect(() => parseJson(42 as unknown as string)).toThrow(TypeError);
  });
});
