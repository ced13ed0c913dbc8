import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { referralAt } from '../../packages/referrals/test/helpers/referrals.js';
import { smallDataset } from '../hostile/_lib/cli.js';
import { validate as V, validateNode } from '../hostile/_lib/imports.js';
import { hostileJson, hostileJsonText, mutated } from './_arbitraries.js';
import { lawful, lawfulAsync } from './_check.js';

// Laws of the validators on outside data: never throw, never change the input, never pollute
// Object.prototype, always return well-formed issues that every reporter can print.

/** ARTSRX_PROPERTY_SCALE=10 runs ten times as many cases (for a deeper local search). */
const SCALE = Number(process.env.ARTSRX_PROPERTY_SCALE ?? 1);
const NOW = new Date('2026-05-01T00:00:00Z');
const RUNS = { numRuns: 120 * SCALE };

function wellFormed(result: V.ValidationResult | undefined): void {
  expect(result).toBeDefined();
  const r = result!;
  expect(r.valid).toBe(r.counts.error === 0);
  for (const i of r.issues) {
    expect(typeof i.code).toBe('string');
    expect(typeof i.pointer).toBe('string');
    expect(i.message.length).toBeLessThan(2000);
  }
  V.formatText(r);
  V.formatMarkdown(r);
  JSON.parse(V.formatJson(r));
}

const dataset = smallDataset();
const record = { type: 'Activity', ...dataset.activities[0]! };
const referral = referralAt('completed', { goals: 'to sing', measures: [{ instrument: 'SWEMWBS', phase: 'baseline', at: '2026-01-20', items: [3, 3, 3, 3, 3, 3, 3] }] });
const profile = { location: { postcodeDistrict: 'L8' }, maxDistanceKm: 5, interests: { artForms: ['music'] }, availability: [{ day: 'TU', from: '09:00', to: '13:00' }], freeOnly: true };

describe('validators: lawful on any input', () => {
  it('validateDataset on hostile JSON values and text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, mutated(dataset, 6), hostileJsonText), (input) => {
        wellFormed(lawful('validateDataset', input, (x) => V.validateDataset(x, { now: NOW })));
      }),
      RUNS,
    );
  });

  // A record with no type (and no options.type) is a bad argument: a documented TypeError.
  it('validateRecord on hostile records', () => {
    fc.assert(fc.property(fc.oneof(hostileJson, mutated(record, 4)), (input) => { const r = lawful('validateRecord', input, (x) => V.validateRecord(x, { now: NOW }), 'argument'); if (r) wellFormed(r); }), RUNS);
  });

  it('validateReferral on hostile referrals', () => {
    fc.assert(fc.property(fc.oneof(hostileJson, mutated(referral, 4)), (input) => wellFormed(lawful('validateReferral', input, (x) => V.validateReferral(x, { now: NOW })))), RUNS);
  });

  it('validateProfile on hostile profiles', () => {
    fc.assert(fc.property(fc.oneof(hostileJson, mutated(profile, 4)), (input) => wellFormed(lawful('validateProfile', input, (x) => V.validateProfile(x, { now: NOW })))), RUNS);
  });

  it('parseJson on any string never throws', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJsonText, fc.string(), fc.string({ unit: 'binary' }), hostileJsonText.map((t) => t.slice(0, Math.floor(t.length / 2)))), (text) => {
        const r = lawful('parseJson', text, (x) => V.parseJson(x as string));
        expect(r).toBeDefined();
      }),
      { numRuns: 300 * SCALE },
    );
  });

  it('validateNdjson on hostile lines with any line endings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(hostileJsonText, mutated({ type: 'Activity', ...dataset.activities[0]! }, 3).map((x) => JSON.stringify(x) ?? 'null')), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'), fc.integer({ min: 1, max: 64 }), async (lines, eol, chunk) => {
        const text = lines.join(eol);
        const bytes = Buffer.from(text);
        const chunks: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
        const result = await lawfulAsync('validateNdjson', text, () => validateNode.validateNdjson(Readable.from(chunks), { now: NOW }));
        wellFormed(result);
      }),
      { numRuns: 60 * SCALE },
    );
  });
});
