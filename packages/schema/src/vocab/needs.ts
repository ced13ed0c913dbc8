import { _defineVocabulary } from './_defineVocabulary.js';

/** Reasons a person is referred, and what an activity can be designed for. */
export const NEEDS = _defineVocabulary({
  id: 'need',
  title: 'Need',
  description: 'Reasons for a social prescribing referral, used both on referrals and on the activities designed for them (suitableFor).',
  terms: [
    { id: 'loneliness', label: 'Loneliness', definition: 'An unwelcome feeling of lack or loss of companionship.' },
    { id: 'social-isolation', label: 'Social isolation', definition: 'Having few social contacts or little involvement in community life.' },
    { id: 'low-mood', label: 'Low mood', definition: 'Low mood or mild to moderate depression.' },
    { id: 'anxiety', label: 'Anxiety', definition: 'Mild to moderate anxiety.' },
    { id: 'stress', label: 'Stress', definition: 'Stress and stress-related symptoms.' },
    { id: 'bereavement', label: 'Bereavement', definition: 'Grief after the death of someone close.' },
    { id: 'long-term-condition', label: 'Long-term condition', definition: 'Living with a long-term physical health condition.' },
    { id: 'chronic-pain', label: 'Chronic pain', definition: 'Living with persistent pain.' },
    { id: 'dementia', label: 'Dementia', definition: 'Living with dementia or memory loss.' },
    { id: 'carers', label: 'Carers', definition: 'Caring for a family member or friend, including carers of people with dementia.' },
    { id: 'mental-illness-recovery', label: 'Recovery from mental illness', definition: 'Recovering from, or living with, a longer-term mental illness.' },
    { id: 'low-confidence', label: 'Low confidence', definition: 'Low confidence or self-esteem.' },
    { id: 'physical-inactivity', label: 'Physical inactivity', definition: 'Being less physically active than is good for health.' },
    { id: 'living-with-cancer', label: 'Living with cancer', definition: 'Living with or beyond cancer.' },
    { id: 'neurodivergence', label: 'Neurodivergence', definition: 'Autistic people, people with ADHD and other neurodivergent people.' },
  ],
});
