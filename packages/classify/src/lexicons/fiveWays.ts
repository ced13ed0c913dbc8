import type { ActivityTypeId, ArtFormId, FiveWaysId, Lexicon } from './types.js';

/** Keywords for the Five Ways to Wellbeing (NEF 2008; see `FIVE_WAYS`). */
export const FIVE_WAYS_LEXICON: Lexicon<FiveWaysId> = {
  vocabulary: 'five-ways',
  keepInRequirements: false,
  rules: [
    { value: 'connect', weight: 0.8, terms: ['together', 'social', 'socialise', 'socialize', 'meet people', 'meet new people', 'make friends', 'new friends', 'friendly', 'friendship', 'company', 'chat', 'natter', 'cuppa', 'tea and cake', 'lonely', 'loneliness', 'isolated', 'isolation', 'out of the house', 'get out', 'community', 'group', 'club', 'choir', 'choirs', 'join in', 'sing along', 'all welcome', 'everyone welcome', 'belong*', 'lunch club', 'get together'] },
    { value: 'be-active', weight: 0.8, terms: ['active', 'exercise', 'movement', 'move', 'walk', 'walks', 'walking', 'dance', 'dancing', 'garden*', 'tai chi', 'yoga', 'stretch*', 'fitness', 'physical activity', 'outdoors', 'climb*', 'cycling', 'swim*', 'hike', 'hiking', 'litter pick*', 'march'] },
    { value: 'take-notice', weight: 0.8, terms: ['mindful*', 'notice', 'noticing', 'observe', 'observation', 'nature', 'wildlife', 'birdwatching', 'views', 'savour', 'slow down', 'calm', 'relax*', 'reflect*', 'listen', 'listening', 'look closely', 'seasons', 'seasonal', 'sketch*', 'drawing', 'photograph*', 'museum', 'gallery', 'exhibition*', 'sunset', 'quiet', 'peaceful', 'landscape'] },
    { value: 'keep-learning', weight: 0.8, terms: ['learn', 'learning', 'learned', 'learnt', 'course', 'courses', 'class', 'classes', 'lesson*', 'workshop*', 'beginners', 'beginner', 'taster*', 'try something new', 'new skill*', 'skills', 'teach', 'teaches', 'taught', 'training', 'tutor*', 'talks', 'talk', 'research', 'discover', 'history', 'improve', 'how to'] },
    { value: 'give', weight: 0.8, terms: ['volunteer', 'volunteers', 'volunteering', 'give back', 'giving', 'help others', 'helping others', 'for charity', 'for others', 'share your', 'pass on', 'pass it on', 'mentor*', 'befriend*', 'community project', 'look after', 'looks after', 'donate', 'donated', 'fundrais*', 'litter pick*', 'for the neonatal', 'make for', 'knit for', 'teach others'] },
  ],
};

/**
 * Five Ways an activity type supports by its nature, even when the words are missing: a
 * dance class is active, a choir connects. Used at a lower confidence than a keyword.
 */
export const FIVE_WAYS_BY_ACTIVITY_TYPE: Readonly<Partial<Record<ActivityTypeId, readonly FiveWaysId[]>>> = {
  singing: ['connect'],
  drumming: ['connect', 'be-active'],
  'dance-for-health': ['be-active', 'connect'],
  'seated-dance': ['be-active'],
  'social-dance': ['be-active', 'connect'],
  'contemporary-dance': ['be-active'],
  'folk-dance': ['be-active', 'connect'],
  'circus-skills': ['be-active', 'keep-learning'],
  drawing: ['take-notice'],
  photography: ['take-notice'],
  'music-listening': ['take-notice'],
  'museum-visit': ['take-notice', 'keep-learning'],
  'object-handling': ['take-notice', 'keep-learning'],
  'heritage-walk': ['be-active', 'take-notice'],
  'local-history': ['keep-learning'],
  reminiscence: ['connect'],
  'shared-reading': ['connect', 'take-notice'],
  'digital-skills': ['keep-learning'],
  'creative-gardening': ['be-active', 'take-notice'],
  'nature-art': ['take-notice', 'be-active'],
  'carnival-arts': ['be-active', 'connect'],
  'festival-arts': ['connect'],
};

/** Five Ways an art form supports by its nature; weaker than an activity type. */
export const FIVE_WAYS_BY_ART_FORM: Readonly<Partial<Record<ArtFormId, readonly FiveWaysId[]>>> = {
  dance: ['be-active'],
  'museums-heritage': ['take-notice'],
  'nature-culture': ['take-notice'],
};
