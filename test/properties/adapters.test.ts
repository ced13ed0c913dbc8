import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralAt } from '../../packages/referrals/test/helpers/referrals.js';
import { smallDataset } from '../hostile/_lib/cli.js';
import { csv, fhir, geojson, openactive, openreferral, schemaorg } from '../hostile/_lib/imports.js';
import { hostileJson, mutated, NASTY_STRINGS } from './_arbitraries.js';
import { lawful } from './_check.js';

// Laws of the importers on outside data (files and feeds from other publishers): never throw,
// never change the input, never pollute Object.prototype, always return a result and issues.
// And of toJsonLdScript on any JSON: one script element that reads back exactly.

/** ARTSRX_PROPERTY_SCALE=10 runs ten times as many cases (for a deeper local search). */
const SCALE = Number(process.env.ARTSRX_PROPERTY_SCALE ?? 1);
const RUNS = { numRuns: 100 * SCALE };
const dataset = smallDataset();
const feed = openreferral.toOpenReferral(dataset as never).feed;
const oa = openactive.toOpenActive(dataset as never, { baseUrl: 'https://x.example/oa' }).value;
const geo = geojson.toGeoJSON(dataset as never).value;
const bundle = fhir.toFhir(referralAt('completed'));
const csvText = csv.toCsv(dataset as never).value;

function result(r: object | undefined): void {
  expect(r).toBeDefined();
  const list = (r as { issues?: unknown; report?: unknown }).issues ?? (r as { report?: unknown }).report ?? [];
  expect(Array.isArray(list)).toBe(true);
}

describe('importers: lawful on any input', () => {
  it('fromOpenReferral on hostile feeds', () => {
    fc.assert(fc.property(fc.oneof(hostileJson, mutated(feed, 6)), (input) => result(lawful('fromOpenReferral', input, (x) => openreferral.fromOpenReferral(x)))), RUNS);
  });

  it('fromOpenActive on hostile pages, items and documents', () => {
    fc.assert(fc.property(fc.oneof(hostileJson, mutated(oa.items, 6), mutated(oa.sessionSeries, 6)), (input) => result(lawful('fromOpenActive', input, (x) => openactive.fromOpenActive(x)))), RUNS);
  });

  it('fromGeoJSON on hostile feature collections', () => {
    // A top-level value that is not an object is a documented TypeError (a bad argument); anything inside is data.
    fc.assert(
      fc.property(fc.oneof(hostileJson, mutated(geo, 6)), (input) => {
        const r = lawful('fromGeoJSON', input, (x) => geojson.fromGeoJSON(x), input !== null && typeof input === 'object' ? 'never' : 'argument');
        if (input !== null && typeof input === 'object') result(r);
      }),
      RUNS,
    );
  });

  it('fromFhir on hostile bundles', () => {
    fc.assert(fc.property(fc.oneof(hostileJson, mutated(bundle, 6)), (input) => result(lawful('fromFhir', input, (x) => fhir.fromFhir(x)))), RUNS);
  });

  it('fromCsv on hostile text: random, cut, cells replaced, quotes unbalanced', () => {
    const lines = csvText.split('\n');
    const cell = fc.oneof(fc.constantFrom(...NASTY_STRINGS, '"', '""', '"a,b"', 'a\nb', ',', ';', '\t'), fc.string({ maxLength: 10 }));
    const edited = fc.tuple(fc.nat(lines.length - 1), fc.nat(60), cell).map(([l, c, v]) => {
      const out = [...lines];
      const cells = (out[l] ?? '').split(',');
      cells[c % Math.max(1, cells.length)] = v;
      out[l] = cells.join(',');
      return out.join('\n');
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), edited, fc.nat(csvText.length).map((n) => csvText.slice(0, n)), fc.constantFrom('', '\ufeff', '"', 'a,b\n"c', csvText.replace(/\n/g, '\r'))), (text) => {
        result(lawful('fromCsv', text, (x) => csv.fromCsv(x as string)));
      }),
      RUNS,
    );
  });
});

describe('toJsonLdScript on any JSON value', () => {
  it('writes one script element that nothing can close early, and reads back exactly', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, fc.jsonValue()), (doc) => {
        const html = schemaorg.toJsonLdScript(doc);
        const open = '<script type="application/ld+json">';
        expect(html.startsWith(open) && html.endsWith('</script>')).toBe(true);
        const inner = html.slice(open.length, -'</script>'.length);
        expect(inner).not.toMatch(/[<>\u2028\u2029]/);
        expect(JSON.parse(inner)).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 200 * SCALE },
    );
  });
});
