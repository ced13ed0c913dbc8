import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toJsonLdScript } from './toJsonLdScript.js';

const inner = (script: string) => script.slice('<script type="application/ld+json">'.length, -'</script>'.length);

describe('toJsonLdScript', () => {
  it('cannot be broken out of by a name that closes the script', () => {
    const doc = { '@context': 'https://schema.org', '@type': 'Event', name: '</script><script>alert(1)</script>' };
    const script = toJsonLdScript(doc);
    expect(script).toBe('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}</script>');
    // Exactly one closing tag, at the very end, and the data reads back unchanged.
    expect(script.toLowerCase().split('</script').length).toBe(2);
    expect(JSON.parse(inner(script))).toEqual(doc);
  });

  it('escapes comment openers, ampersands and the JavaScript line separators', () => {
    const script = toJsonLdScript({ a: '<!-- x --> & ]]> \u2028\u2029' });
    expect(/<!--|-->|&|\u2028|\u2029/.test(script)).toBe(false);
    expect(inner(script)).toBe('{"a":"\\u003c!-- x --\\u003e \\u0026 ]]\\u003e \\u2028\\u2029"}');
  });

  it('keeps any JSON value exactly, with no raw < > & U+2028 U+2029 inside the element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const body = inner(toJsonLdScript(value));
        expect(/[<>&\u2028\u2029]/.test(body)).toBe(false);
        expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('throws a TypeError for what JSON cannot hold', () => {
    expect(() => toJsonLdScript(undefined)).toThrow(TypeError);
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(() => toJsonLdScript(cycle)).toThrow(TypeError);
  });
});
