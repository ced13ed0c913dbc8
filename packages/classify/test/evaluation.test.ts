import { ABCD_CATEGORIES, ART_FORMS } from '@artsrx/schema';
import { describe, expect, it } from 'vitest';
import { evaluate, loadHeldOutSet, loadLabelledSet } from '../eval/evaluate.js';

// The targets of issue 6: ABCD accuracy ≥ 85 % and art-form F1 ≥ 0.85, on the tuning set
// (eval/labelled.json) and on the held-out set (eval/heldout.json, written blind and scored once
// after the rules were frozen on 2026-11-26: 85.3 % and 0.914). Both are asserted at the target,
// so a change that costs the held-out set one more ABCD mistake fails CI. See the README.
const TARGET_ABCD = 0.85;
const TARGET_ART_FORM_F1 = 0.85;

describe('evaluation on the hand-labelled sets (eval/labelled.json, eval/heldout.json)', () => {
  const tuning = loadLabelledSet().records;
  const heldOut = loadHeldOutSet().records;

  it('has at least 150 records, at least 30 % of them held out, unique ids and only valid labels', () => {
    const all = [...tuning, ...heldOut];
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(heldOut.length / all.length).toBeGreaterThanOrEqual(0.3);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(ABCD_CATEGORIES.ids).toContain(r.abcd);
      for (const a of r.artForms) expect(ART_FORMS.ids).toContain(a);
    }
  });

  it('meets the targets on the tuning set', () => {
    const r = evaluate(tuning);
    expect(r.abcdAccuracy).toBeGreaterThanOrEqual(TARGET_ABCD);
    expect(r.artForm.f1).toBeGreaterThanOrEqual(TARGET_ART_FORM_F1);
  });

  it('meets the targets on the held-out set', () => {
    const r = evaluate(heldOut);
    expect(r.abcdAccuracy).toBeGreaterThanOrEqual(TARGET_ABCD);
    expect(r.artForm.f1).toBeGreaterThanOrEqual(TARGET_ART_FORM_F1);
  });
});
