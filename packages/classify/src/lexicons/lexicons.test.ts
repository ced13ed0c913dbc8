import { ABCD_CATEGORIES, ACTIVITY_TYPES, ART_FORMS, ASSET_KINDS, FIVE_WAYS } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { ABCD_LEXICON } from './abcdCategories.js';
import { ABCD_SIGNALS } from './abcdSignals.js';
import { ACTIVITY_TYPE_LEXICON } from './activityTypes.js';
import { ART_FORM_LEXICON } from './artForms.js';
import { ASSET_KIND_LEXICON } from './assetKinds.js';
import { FIVE_WAYS_BY_ACTIVITY_TYPE, FIVE_WAYS_BY_ART_FORM, FIVE_WAYS_LEXICON } from './fiveWays.js';
import type { Lexicon } from './types.js';

const LEXICONS: [Lexicon, readonly string[]][] = [
  [ABCD_LEXICON, ABCD_CATEGORIES.ids],
  [ASSET_KIND_LEXICON, ASSET_KINDS.ids],
  [ART_FORM_LEXICON, ART_FORMS.ids],
  [ACTIVITY_TYPE_LEXICON, ACTIVITY_TYPES.ids],
  [FIVE_WAYS_LEXICON, FIVE_WAYS.ids],
];

// Terms are plain lower-case words (a trailing * on a word allowed): the matcher never builds a
// regular expression from them, so a term cannot introduce catastrophic backtracking.
const TERM = /^[a-z0-9]+\*?(?: [a-z0-9]+\*?)*$/;

describe('lexicons (data)', () => {
  for (const [lexicon, ids] of LEXICONS) {
    describe(lexicon.vocabulary, () => {
      it('suggests only ids of its vocabulary', () => {
        for (const rule of lexicon.rules) expect(ids).toContain(rule.value);
      });

      it('has weights between 0 and 1 and well-formed terms, none repeated within a value', () => {
        for (const rule of lexicon.rules) {
          expect(rule.weight).toBeGreaterThan(0);
          expect(rule.weight).toBeLessThanOrEqual(1);
          for (const term of rule.terms) expect(term).toMatch(TERM);
        }
        const byValue = new Map<string, string[]>();
        for (const rule of lexicon.rules) byValue.set(rule.value, [...(byValue.get(rule.value) ?? []), ...rule.terms]);
        for (const [value, terms] of byValue) expect(new Set(terms).size, `duplicate term for ${value}`).toBe(terms.length);
      });
    });
  }

  it('covers every activity type and art form with at least one keyword', () => {
    const types = new Set(ACTIVITY_TYPE_LEXICON.rules.map((r) => r.value));
    for (const id of ACTIVITY_TYPES.ids) expect(types, id).toContain(id);
    const forms = new Set(ART_FORM_LEXICON.rules.map((r) => r.value));
    for (const id of ART_FORMS.ids) expect(forms, id).toContain(id);
  });

  it('maps activity types and art forms to real Five Ways, and signals to real categories', () => {
    for (const [type, ways] of Object.entries(FIVE_WAYS_BY_ACTIVITY_TYPE)) {
      expect(ACTIVITY_TYPES.ids).toContain(type);
      for (const w of ways ?? []) expect(FIVE_WAYS.ids).toContain(w);
    }
    for (const [form, ways] of Object.entries(FIVE_WAYS_BY_ART_FORM)) {
      expect(ART_FORMS.ids).toContain(form);
      for (const w of ways ?? []) expect(FIVE_WAYS.ids).toContain(w);
    }
    for (const s of ABCD_SIGNALS) expect(ABCD_CATEGORIES.ids).toContain(s.value);
  });
});
