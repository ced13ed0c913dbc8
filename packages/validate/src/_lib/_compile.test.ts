import { ActivitySchema, AssetSchema, OrganisationSchema, PlaceSchema, ReferralSchema } from '@artsrx/schema';
import { generateDataset } from '@artsrx/synthetic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _Collector } from './_collector.js';
import { _compile } from './_compile.js';
import { _walk } from './_walk.js';

const sample = generateDataset({ activities: 60, seed: 'compile', now: new Date('2026-05-01T12:00:00Z') });

/** What the fast path must agree with: zod accepts, and the walker finds no unknown field or blank text. */
function slowClean(schema: typeof ActivitySchema | typeof PlaceSchema, value: unknown): boolean {
  if (!schema.safeParse(value).success) return false;
  const out = new _Collector();
  _walk(schema, value, out, [], {});
  return out.issues.length === 0;
}

const pool = (records: readonly Record<string, unknown>[]) => {
  const values = records.flatMap((r) => Object.values(r));
  return fc.oneof(fc.constantFrom(...values), fc.jsonValue(), fc.constantFrom('', '  ', 'Europe/London', 'Mars/Olympus', 'en', 'e', '2026-02-30', 'https://example.org', 'ftp://x', -1, 0, 1.5, 121, null, [], {}));
};

function mutated(records: readonly Record<string, unknown>[], keys: readonly string[]) {
  return fc.tuple(fc.constantFrom(...records), fc.array(fc.tuple(fc.constantFrom(...keys, 'extra', '__proto__'), fc.option(pool(records), { nil: undefined })), { maxLength: 3 })).map(([record, edits]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    for (const [k, v] of edits) {
      if (v === undefined) delete copy[k];
      else Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  });
}

describe('_compile (the validator fast path)', () => {
  const cases = [
    ['Activity', ActivitySchema, sample.activities],
    ['Place', PlaceSchema, sample.places],
    ['Organisation', OrganisationSchema, sample.organisations],
    ['Asset', AssetSchema, sample.assets],
  ] as const;

  for (const [name, schema, records] of cases) {
    it(`accepts every clean synthetic ${name}`, () => {
      const fast = _compile(schema);
      for (const r of records) expect(fast(r)).toBe(true);
    });

    it(`agrees with zod + the walker on mutated ${name} records (property)`, () => {
      const fast = _compile(schema);
      const keys = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
      fc.assert(
        fc.property(mutated(records as unknown as Record<string, unknown>[], keys), (value) => {
          expect(fast(value)).toBe(slowClean(schema as typeof ActivitySchema, value));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('agrees with zod on nested schedule edits (property)', () => {
    const fast = _compile(ActivitySchema);
    const schedules = sample.activities.map((a) => a.schedule as Record<string, unknown>);
    const edited = fc
      .tuple(fc.constantFrom(...sample.activities), fc.constantFrom('timezone', 'startDate', 'endDate', 'startTime', 'endTime', 'repeat', 'occurrences', 'exceptDates', 'notes', 'extra'), pool(schedules))
      .map(([a, k, v]) => {
        const copy = JSON.parse(JSON.stringify(a)) as { schedule: Record<string, unknown> };
        copy.schedule[k] = v;
        return copy;
      });
    fc.assert(
      fc.property(edited, (value) => {
        expect(fast(value)).toBe(slowClean(ActivitySchema, value));
      }),
      { numRuns: 400 },
    );
  });

  it('sends anything it does not model to zod (referral: unions, records)', () => {
    const fast = _compile(ReferralSchema);
    expect(fast({})).toBe(false);
    expect(fast(null)).toBe(false);
  });
});
