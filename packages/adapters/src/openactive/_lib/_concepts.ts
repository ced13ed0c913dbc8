import type { Activity } from '@artsrx/schema';

const AL = 'https://openactive.io/activity-list';

/**
 * ArtsRx activity types that an OpenActive activity-list concept truly describes, with the
 * concept's exact `@id` suffix and `prefLabel` (checked against the list in a test). Types not
 * here (painting, poetry, reminiscence…) have no honest OpenActive equivalent.
 */
export const _ACTIVITY_CONCEPTS: Record<string, { id: string; prefLabel: string }> = {
  singing: { id: 'e2b21a40-66a4-42bb-a24f-3638cc356299', prefLabel: 'Singing' },
  drumming: { id: '7d309e76-d794-4f40-8fb0-b4a43e13562e', prefLabel: 'Drumming' },
  drama: { id: 'cf9ff8b8-7a15-48d3-8536-1d17e70345a7', prefLabel: 'Acting' },
  improvisation: { id: 'cf9ff8b8-7a15-48d3-8536-1d17e70345a7', prefLabel: 'Acting' },
  'circus-skills': { id: '27422896-7cca-4e1f-8071-117838e70148', prefLabel: 'Circus Skills' },
  'contemporary-dance': { id: '19254731-5f47-4ec4-a137-6993a1af9c33', prefLabel: 'Contemporary' },
  'folk-dance': { id: '34cabe03-72b3-4539-ac52-e69a52393330', prefLabel: 'Folk Dance' },
  'social-dance': { id: '6ca15167-51da-4d91-a1ae-8a45dc47b0ea', prefLabel: 'Dance' },
  'dance-for-health': { id: '6ca15167-51da-4d91-a1ae-8a45dc47b0ea', prefLabel: 'Dance' },
  'seated-dance': { id: '6ca15167-51da-4d91-a1ae-8a45dc47b0ea', prefLabel: 'Dance' },
  'creative-gardening': { id: '5b880e93-4a16-4c37-86ac-ba2ffba68358', prefLabel: 'Gardening' },
  'heritage-walk': { id: '95092977-5a20-4d6e-b312-8fddabe71544', prefLabel: 'Walking' },
};

/** When no activity type maps, an art form can: dance is OpenActive's "Dance". */
const ART_FORM_CONCEPTS: Record<string, { id: string; prefLabel: string }> = {
  dance: { id: '6ca15167-51da-4d91-a1ae-8a45dc47b0ea', prefLabel: 'Dance' },
};

/** The prefLabels of the six OpenActive accessibility-support concepts, by ArtsRx term. */
export const _ACCESS_LABELS: Record<string, string> = {
  'visual-impairment': 'Visual impairment',
  'hearing-impairment': 'Hearing impairment',
  'physical-impairment': 'Physical impairment',
  'learning-disability': 'Learning impairment',
  'mental-health': 'Mental health issues',
  'social-behavioural': 'Social or behavioural problems',
};

/** OpenActive `activity` Concepts for an activity; empty when none truly fits. */
export function _activityConcepts(activity: Activity): Record<string, string>[] {
  const found = new Map<string, string>();
  for (const type of activity.activityTypes ?? []) {
    const c = _ACTIVITY_CONCEPTS[type];
    if (c) found.set(c.id, c.prefLabel);
  }
  if (found.size === 0) {
    for (const form of activity.artForms) {
      const c = ART_FORM_CONCEPTS[form];
      if (c) found.set(c.id, c.prefLabel);
    }
  }
  return [...found].map(([id, prefLabel]) => ({ '@type': 'Concept', '@id': `${AL}#${id}`, prefLabel, inScheme: AL }));
}

/** Reverse lookup for import: activity-list concept id → ArtsRx activity type (first listed). */
export function _activityTypeOfConcept(conceptId: string): string | undefined {
  const id = conceptId.split('#')[1];
  return Object.entries(_ACTIVITY_CONCEPTS).find(([, c]) => c.id === id)?.[0];
}
