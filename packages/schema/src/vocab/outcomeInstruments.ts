import { _defineVocabulary } from './_defineVocabulary.js';

/** Validated wellbeing and loneliness measures used in social prescribing. */
export const OUTCOME_INSTRUMENTS = _defineVocabulary({
  id: 'outcome-instrument',
  title: 'Outcome instrument',
  description: 'Validated outcome measures used in social prescribing, with their item counts and score ranges.',
  terms: [
    { id: 'SWEMWBS', label: 'SWEMWBS', definition: 'Short Warwick-Edinburgh Mental Wellbeing Scale: 7 items scored 1\u20135, raw total 7\u201335, converted to a metric score with the published table.', items: 7, itemMin: 1, itemMax: 5 },
    { id: 'WEMWBS', label: 'WEMWBS', definition: 'Warwick-Edinburgh Mental Wellbeing Scale: 14 items scored 1\u20135, total 14\u201370.', items: 14, itemMin: 1, itemMax: 5 },
    { id: 'ONS4', label: 'ONS4 personal wellbeing', definition: 'The four ONS personal wellbeing questions (life satisfaction, worthwhile, happiness, anxiety), each 0\u201310.', items: 4, itemMin: 0, itemMax: 10 },
    { id: 'UCLA3', label: 'UCLA 3-item loneliness', definition: 'The three-item UCLA loneliness scale used by ONS: each item 1\u20133, total 3\u20139 (higher is lonelier).', items: 3, itemMin: 1, itemMax: 3 },
    { id: 'PAM', label: 'Patient Activation Measure', definition: 'A licensed measure (Insignia Health): only the 0\u2013100 score and level 1\u20134 are stored, never the items.', items: 0, itemMin: 0, itemMax: 0 },
  ],
});
