import { _defineVocabulary } from './_defineVocabulary.js';

/** Physical access features of a venue (AccessAble-style), distinct from activity support. */
export const VENUE_FEATURES = _defineVocabulary({
  id: 'venue-feature',
  title: 'Venue feature',
  description:
    'Physical access features of a place. In data, a feature is true (present), false (known to be absent) or left out (unknown). Crosswalked to schema.org amenityFeature names.',
  terms: [
    { id: 'step-free-access', label: 'Step-free access', definition: 'Level or ramped access to the entrance and the activity space.' },
    { id: 'lift', label: 'Lift', definition: 'A lift to any activity space above or below the ground floor.' },
    { id: 'accessible-toilet', label: 'Accessible toilet', definition: 'A step-free toilet with room for a wheelchair.' },
    { id: 'changing-places', label: 'Changing Places toilet', definition: 'A Changing Places toilet with a hoist and adult-sized changing bench.' },
    { id: 'hearing-loop', label: 'Hearing loop', definition: 'An induction loop or other assistive listening system.' },
    { id: 'accessible-parking', label: 'Accessible parking', definition: 'Designated parking for Blue Badge holders at or near the venue.' },
    { id: 'seating-available', label: 'Seating available', definition: 'Seats available throughout the activity and places to rest.' },
    { id: 'assistance-dogs-welcome', label: 'Assistance dogs welcome', definition: 'Assistance dogs are welcome.' },
    { id: 'quiet-space', label: 'Quiet space', definition: 'A quiet or low-sensory room to take a break.' },
    { id: 'public-transport-nearby', label: 'Public transport nearby', definition: 'Accessible public transport stops within a short walk.' },
  ],
});
