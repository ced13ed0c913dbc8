import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/catalogue.js';
import { FIXTURE_NOW, fixtures, validDataset } from '../../test/_fixtures.js';
import { validateDataset } from './validateDataset.js';

describe('validateDataset fixtures (in → expected issues, checked by hand)', () => {
  for (const { name, input, expected } of fixtures('validateDataset')) {
    it(`${name}`, () => {
      expect(validateDataset(input, { now: FIXTURE_NOW }).issues).toEqual(expected);
    });
  }

  it('has a fixture for every dataset rule in the catalogue', () => {
    const covered = new Set(fixtures('validateDataset').flatMap((f) => (f.expected as { code: string }[]).map((i) => i.code)));
    const elsewhere = new Set([
      // covered by the validateNdjson and parseJson tests
      'unknown_record_type',
      'too_deep',
      // caught first by the structure level, so checkSchedule never reports them here
      'schedule_unknown_timezone',
      'schedule_incomplete',
      'schedule_occurrence_unreadable',
      // passed through from checkSchedule unchanged; @artsrx/schedule's own tests cover them
      'schedule_occurrence_ends_before_start',
      'schedule_count_end_date_disagree',
      'schedule_session_24_hours',
      'schedule_end_date_without_repeat',
      'schedule_no_sessions',
      'schedule_occurrence_offset_mismatch',
      'schedule_first_session_after_start_date',
      'schedule_extra_date_is_regular_session',
    ]);
    const missing = RULES.filter((r) => (r.appliesTo === 'dataset' || r.appliesTo === 'any') && !covered.has(r.code) && !elsewhere.has(r.code)).map((r) => r.code);
    expect(missing).toEqual([]);
  });
});

describe('validateDataset', () => {
  it('finds a valid dataset valid, with counts and stats', () => {
    const result = validateDataset(validDataset(), { now: FIXTURE_NOW });
    expect(result).toEqual({ valid: true, counts: { error: 0, warning: 0, info: 0 }, issues: [], stats: { organisations: 1, places: 1, assets: 0, activities: 1 } });
  });

  it('accepts JSON text, with or without a byte-order mark', () => {
    const text = JSON.stringify(validDataset());
    expect(validateDataset(text, { now: FIXTURE_NOW }).valid).toBe(true);
    expect(validateDataset(`\uFEFF${text}`, { now: FIXTURE_NOW }).valid).toBe(true);
  });

  it('turns a rule off, or changes its severity, through options.rules', () => {
    const d = validDataset();
    d.organisations[0].lastVerified = '2024-01-01';
    expect(validateDataset(d, { now: FIXTURE_NOW }).counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(validateDataset(d, { now: FIXTURE_NOW, rules: { stale_record: 'off' } }).issues).toEqual([]);
    const strict = validateDataset(d, { now: FIXTURE_NOW, rules: { stale_record: 'error' } });
    expect(strict.valid).toBe(false);
    expect(strict.issues[0]!.severity).toBe('error');
  });

  it('judges freshness against the injected now and staleAfterMonths', () => {
    const d = validDataset();
    d.organisations[0].lastVerified = '2025-11-01';
    expect(validateDataset(d, { now: FIXTURE_NOW }).issues).toEqual([]);
    expect(validateDataset(d, { now: FIXTURE_NOW, staleAfterMonths: 3 }).issues.map((i) => i.code)).toEqual(['stale_record']);
    expect(validateDataset(d, { now: new Date('2027-01-01') }).issues.map((i) => i.code)).toContain('stale_record');
  });

  it('lists at most maxIssues issues but counts them all', () => {
    const d = validDataset();
    for (let i = 0; i < 5; i++) d.organisations.push({ ...d.organisations[0], id: `org-x${i}`, lastVerified: '2020-01-01' });
    const result = validateDataset(d, { now: FIXTURE_NOW, maxIssues: 2 });
    expect(result.issues).toHaveLength(2);
    expect(result.counts.warning).toBe(5);
    expect(result.stats.omittedIssues).toBe(3);
  });

  it('does not mutate its input', () => {
    const d = validDataset();
    d.activities[0].atendanceMode = 'x';
    const before = JSON.stringify(d);
    validateDataset(d, { now: FIXTURE_NOW });
    expect(JSON.stringify(d)).toBe(before);
  });

  it('reports a list that is not a list', () => {
    const d = validDataset();
    d.places = { id: 'place-1' };
    expect(validateDataset(d, { now: FIXTURE_NOW }).issues[0]).toMatchObject({ code: 'wrong_type', pointer: '/places' });
  });

  it('reports a record that is not an object', () => {
    const d = validDataset();
    d.activities.push('Tuesday choir');
    expect(validateDataset(d, { now: FIXTURE_NOW }).issues).toEqual([
      { code: 'not_an_object', severity: 'error', pointer: '/activities/1', message: 'This activity record is a string, not an object', hint: 'Each record is a JSON object { "id": …, "name": …, … }' },
    ]);
  });

  it('handles a 50 MB string without echoing it whole', () => {
    const d = validDataset();
    d.activities[0].name = 'x'.repeat(50 * 1024 * 1024);
    const result = validateDataset(d, { now: FIXTURE_NOW });
    expect(result.issues.map((i) => i.code)).toEqual(['out_of_range']);
    expect(result.issues[0]!.message.length).toBeLessThan(200);
  });

  it('handles 100 000 levels of nesting in JSON text with one issue, not a stack overflow', () => {
    const result = validateDataset(`{"standard": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(result.issues.map((i) => i.code)).toEqual(['too_deep']);
  });

  it('handles deeply nested objects passed directly, without recursing on them', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const d = validDataset();
    d.activities[0].extra = deep;
    const result = validateDataset(d, { now: FIXTURE_NOW });
    expect(result.issues.map((i) => i.code)).toEqual(['unknown_property']);
  });

  it('never pollutes Object.prototype through __proto__ or constructor keys', () => {
    const text = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "activities": [{"__proto__": {"polluted": 1}}]}';
    validateDataset(text);
    validateDataset(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('throws a TypeError for bad options, naming the option', () => {
    expect(() => validateDataset({}, { now: new Date('nope') })).toThrow(/options\.now/);
    expect(() => validateDataset({}, { rules: { stale_record: 'sometimes' as 'off' } })).toThrow(/options\.rules\.stale_record/);
    expect(() => validateDataset({}, { staleAfterMonths: -1 })).toThrow(RangeError);
  });

  it('never throws and always returns JSON-serialisable results for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value, { now: FIXTURE_NOW });
        const back = JSON.parse(JSON.stringify(result)) as typeof result;
        expect(back.valid).toBe(result.counts.error === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for datasets whose records are arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.array(fc.jsonValue(), { maxLength: 5 }), (places, activities) => {
        const d = { ...validDataset(), places, activities };
        expect(() => JSON.stringify(validateDataset(d, { now: FIXTURE_NOW }))).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
