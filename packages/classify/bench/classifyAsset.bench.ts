import { bench, describe } from 'vitest';
import { loadLabelledSet } from '../eval/evaluate.js';
import { ABCD_LEXICON, ACTIVITY_TYPE_LEXICON, ART_FORM_LEXICON, ASSET_KIND_LEXICON, classifyAsset, FIVE_WAYS_LEXICON } from '../src/index.js';

// Classifies the labelled tuning records (481). Baseline, measured in the same run: the obvious
// implementation, one case-insensitive word-boundary RegExp per lexicon term tested against the
// text (no negation, no location or head-word handling), i.e. the floor any keyword tagger pays.
const records = loadLabelledSet().records.map((r) => ({ name: r.name, description: r.description }));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const naive = [ABCD_LEXICON, ASSET_KIND_LEXICON, ART_FORM_LEXICON, ACTIVITY_TYPE_LEXICON, FIVE_WAYS_LEXICON].flatMap((lex) =>
  lex.rules.flatMap((rule) => rule.terms.map((t) => ({ value: rule.value, re: new RegExp(`\\b${t.split(' ').map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}\\w*` : escape(w))).join('\\s+')}\\b`, 'i') }))),
);

describe('classifyAsset over the 481 tuning records', () => {
  bench('baseline: one RegExp per term', () => {
    for (const r of records) {
      const text = `${r.name} ${r.description ?? ''}`;
      const hits: string[] = [];
      for (const n of naive) if (n.re.test(text)) hits.push(n.value);
    }
  });

  bench('classifyAsset', () => {
    for (const r of records) classifyAsset(r);
  });
});
