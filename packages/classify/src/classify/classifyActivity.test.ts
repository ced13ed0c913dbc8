import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExpectation, readFixtures } from '../../test/_fixtures.js';
import { classifyActivity } from './classifyActivity.js';

describe('classifyActivity', () => {
  for (const { name, input, expected } of readFixtures('classifyActivity')) {
    it(`matches the hand-written expectation for ${name}`, () => {
      checkExpectation(classifyActivity(input), expected);
    });
  }

  it('suggests only art forms, activity types and Five Ways', () => {
    const fields = new Set(classifyActivity({ name: 'Community choir in the village hall' }).map((s) => s.field));
    expect([...fields].every((f) => f === 'artForms' || f === 'activityTypes' || f === 'fiveWays')).toBe(true);
  });

  it('says which art form and activity type a keyword points to', () => {
    const s = classifyActivity({ name: 'Harbour Street Choir' });
    expect(s.find((x) => x.field === 'activityTypes')).toMatchObject({ value: 'singing', evidence: ["'Choir' in the name → music / singing"] });
  });

  it('never throws on any string and is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(classifyActivity({ name: text, description: text })).toEqual(classifyActivity({ name: text, description: text }));
      }),
    );
    fc.assert(fc.property(fc.anything(), (x) => void classifyActivity(x)));
  });

  it('handles a very long description without trouble', () => {
    const long = 'no dance not singing '.repeat(5000);
    expect(() => classifyActivity({ name: 'x', description: long })).not.toThrow();
  });
});
