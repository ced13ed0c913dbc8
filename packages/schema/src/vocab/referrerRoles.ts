import { _defineVocabulary } from './_defineVocabulary.js';

/** Who made a referral. */
export const REFERRER_ROLES = _defineVocabulary({
  id: 'referrer-role',
  title: 'Referrer role',
  description: 'The role of the person or service that made a referral.',
  terms: [
    { id: 'gp', label: 'GP', definition: 'A general practitioner.' },
    { id: 'link-worker', label: 'Link worker', definition: 'A social prescribing link worker, community connector or wellbeing adviser.' },
    { id: 'nurse', label: 'Nurse', definition: 'A practice, community or mental health nurse.' },
    { id: 'other-professional', label: 'Other professional', definition: 'Another health, care or community professional.' },
    { id: 'self', label: 'Self-referral', definition: 'The person referred themselves.' },
    { id: 'community', label: 'Community', definition: 'A community group, friend or family member.' },
  ],
});
