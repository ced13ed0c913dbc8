import { _defineVocabulary } from './_defineVocabulary.js';

/** The Five Ways to Wellbeing (new economics foundation, 2008). */
export const FIVE_WAYS = _defineVocabulary({
  id: 'five-ways',
  title: 'Five Ways to Wellbeing',
  description: 'The Five Ways to Wellbeing, developed by the new economics foundation (NEF) for the Government Foresight Project on Mental Capital and Wellbeing (2008).',
  terms: [
    { id: 'connect', label: 'Connect', definition: 'Connect with the people around you: family, friends, colleagues and neighbours.' },
    { id: 'be-active', label: 'Be active', definition: 'Do a physical activity you enjoy and that suits your mobility and fitness: walk, dance, garden.' },
    { id: 'take-notice', label: 'Take notice', definition: 'Be curious, notice the world around you and savour the moment.' },
    { id: 'keep-learning', label: 'Keep learning', definition: 'Try something new or rediscover an old interest.' },
    { id: 'give', label: 'Give', definition: 'Do something for others: volunteer, share a skill, join a community group.' },
  ],
});
