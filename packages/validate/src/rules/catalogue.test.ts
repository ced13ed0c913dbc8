import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_CODE } from './catalogue.js';

describe('RULES (the rule catalogue)', () => {
  it('has unique snake_case codes, each with a title, meaning and fix', () => {
    expect(RULES_BY_CODE.size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      expect(r.title.length).toBeGreaterThan(3);
      expect(r.meaning.length).toBeGreaterThan(20);
      expect(r.fix.length).toBeGreaterThan(5);
    }
  });
});
