import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetSchema, PersonProfileSchema, type Dataset, type PersonProfile } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { createMatcher } from './createMatcher.js';
import type { MatchResult } from './types.js';

const dir = join(import.meta.dirname, '../../test/fixtures/createMatcher');

interface Expected {
  activityId: string;
  failed?: string;
  distanceKm?: number;
  distanceApproximate?: boolean;
  outcomes: Record<string, string>;
}

function check(actual: MatchResult & { failed?: string }, expected: Expected): void {
  expect(actual.activityId).toBe(expected.activityId);
  if (expected.failed !== undefined) expect(actual.failed).toBe(expected.failed);
  if (expected.distanceKm !== undefined) expect(actual.distanceKm).toBeCloseTo(expected.distanceKm, 2);
  if (expected.distanceApproximate !== undefined) expect(actual.distanceApproximate).toBe(expected.distanceApproximate);
  for (const [criterion, outcome] of Object.entries(expected.outcomes)) {
    expect(actual.criteria.find((c) => c.criterion === criterion)?.outcome, `${expected.activityId} ${criterion}`).toBe(outcome);
  }
}

describe('createMatcher scenario fixtures', () => {
  for (const file of readdirSync(join(dir, 'in'))) {
    const input = JSON.parse(readFileSync(join(dir, 'in', file), 'utf8'));
    const output = JSON.parse(readFileSync(join(dir, 'out', file), 'utf8'));
    const dataset: Dataset = DatasetSchema.parse(input.dataset);
    const profile: PersonProfile = PersonProfileSchema.parse(input.profile);
    for (const index of [true, false]) {
      it(`${file.replace('.json', '')} (index: ${index})`, () => {
        const response = createMatcher(dataset, { index }).match(profile, { ...input.options, now: input.now });
        expect(response.results.map((r) => r.activityId)).toEqual(output.results.map((r: Expected) => r.activityId));
        response.results.forEach((r, k) => check(r, output.results[k]));
        expect(response.considered).toBe(output.considered);
        expect(response.excluded.map((r) => r.activityId)).toEqual(output.excluded.map((r: Expected) => r.activityId));
        response.excluded.forEach((r, k) => check(r, output.excluded[k]));
      });
    }
  }
});

describe('createMatcher', () => {
  const input = JSON.parse(readFileSync(join(dir, 'in', 'liverpool-singer.json'), 'utf8'));
  const dataset: Dataset = DatasetSchema.parse(input.dataset);
  const profile: PersonProfile = PersonProfileSchema.parse(input.profile);
  const now = input.now as string;

  it('explains every result in plain English with contributions that add up to the score', () => {
    const [top] = createMatcher(dataset).match(profile, { now }).results;
    expect(top!.criteria.find((c) => c.criterion === 'distance')!.reason).toBe('0.5 km (0.3 miles) away');
    expect(top!.criteria.find((c) => c.criterion === 'schedule')!.reason).toBe('Wednesdays 6:30pm \u2014 you said Wednesday evenings are free');
    expect(top!.criteria.find((c) => c.criterion === 'interests')!.reason).toBe('Singing and choirs: one of your interests');
    const sum = top!.criteria.reduce((s, c) => s + c.contribution, 0);
    expect(sum).toBeCloseTo(top!.score, 2);
    expect(top!.score).toBeGreaterThan(0);
    expect(top!.score).toBeLessThanOrEqual(1);
  });

  it('lists the next sessions that fit, as ISO date-times with offsets', () => {
    const [top] = createMatcher(dataset).match(profile, { now, sessions: 2 }).results;
    expect(top!.nextSessions).toEqual(['2026-12-02T18:30:00+00:00', '2026-12-09T18:30:00+00:00']);
  });

  it('reports missing access information as unknown, never as a pass', () => {
    const r = createMatcher(dataset).match(profile, { now }).results.find((x) => x.activityId === 'choir-step-unknown')!;
    const access = r.criteria.find((c) => c.criterion === 'access')!;
    expect(access.outcome).toBe('unknown');
    expect(access.reason).toBe('No step-free access information recorded');
  });

  it('respects limit and breaks ties by id', () => {
    const twins = DatasetSchema.parse({
      ...input.dataset,
      activities: ['b', 'a', 'c'].map((id) => ({ ...input.dataset.activities[0], id, organisationId: 'same-org' })),
    });
    const r = createMatcher(twins).match(profile, { now, limit: 2 });
    expect(r.results.map((x) => x.activityId)).toEqual(['a', 'b']);
  });

  it('diversifies so one organisation does not fill the list', () => {
    const acts = [
      ...['a1', 'a2', 'a3'].map((id) => ({ ...input.dataset.activities[0], id, organisationId: 'org-a' })),
      { ...input.dataset.activities[0], id: 'z-other', organisationId: 'org-z', artForms: ['crafts'], activityTypes: ['ceramics'] },
    ];
    const ds = DatasetSchema.parse({ ...input.dataset, activities: acts });
    const plain = createMatcher(ds).match(profile, { now, limit: 2 });
    expect(plain.results.map((x) => x.activityId)).toEqual(['a1', 'a2']);
    const diverse = createMatcher(ds).match(profile, { now, limit: 2, diversify: true });
    expect(diverse.results.map((x) => x.activityId)).toEqual(['a1', 'z-other']);
  });

  it('lets weights be overridden', () => {
    const r = createMatcher(dataset).match(profile, { now, weights: { interests: 0 } });
    expect(r.results.find((x) => x.activityId === 'pottery-near')!.criteria.find((c) => c.criterion === 'interests')!.weight).toBe(0);
  });

  it('throws on bad arguments, naming them', () => {
    const m = createMatcher(dataset);
    expect(() => m.match(profile, { limit: 0 })).toThrow(RangeError);
    expect(() => m.match(profile, { limit: 0 })).toThrow(/options\.limit/);
    expect(() => m.match(profile, { now: 'not a date' })).toThrow(/options\.now/);
    expect(() => m.match(profile, { weights: { interests: -1 } })).toThrow(/options\.weights\.interests/);
    expect(() => createMatcher(null as never)).toThrow(TypeError);
  });

  it('does not mutate its inputs', () => {
    const ds = structuredClone(dataset);
    const p = structuredClone(profile);
    createMatcher(ds).match(p, { now, explainExcluded: true, diversify: true });
    expect(ds).toEqual(dataset);
    expect(p).toEqual(profile);
  });

  it('says distance is unknown, never passes it silently, when the person\'s area cannot be placed', () => {
    const r = createMatcher(dataset).match({ ...profile, location: { postcodeDistrict: 'ZZ9' } } as PersonProfile, { now });
    const choir = r.results.find((x) => x.activityId === 'choir-far')!;
    expect(choir.distanceKm).toBeUndefined();
    expect(choir.criteria.find((c) => c.criterion === 'distance')).toMatchObject({
      outcome: 'unknown',
      reason: 'Your area could not be placed on a map, so the distance is not known',
    });
  });

  it('uses the resolveLocation hook for areas the built-in table does not know', () => {
    const m = createMatcher(dataset, { resolveLocation: (q) => ('postcodeDistrict' in q && q.postcodeDistrict === 'ZZ9' ? { lng: -2.98, lat: 53.405, approximate: true } : undefined) });
    const r = m.match({ ...profile, location: { postcodeDistrict: 'ZZ9' } } as PersonProfile, { now });
    expect(r.results[0]!.activityId).toBe('choir-near');
    expect(r.results[0]!.distanceApproximate).toBe(true);
    expect(r.results[0]!.criteria.find((c) => c.criterion === 'distance')!.reason).toBe('0.5 km (0.3 miles) away (approximate)');
  });
});
