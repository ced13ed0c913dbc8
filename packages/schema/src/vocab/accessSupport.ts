import { _defineVocabulary } from './_defineVocabulary.js';

const OA = 'https://openactive.io/accessibility-support#';

/**
 * Support an activity offers: the six OpenActive accessibility-support concepts plus
 * arts-specific support. In data, true (offered), false (known not offered) or absent (unknown).
 */
export const ACCESS_SUPPORT = _defineVocabulary({
  id: 'access-support',
  title: 'Access support',
  description:
    'Support an activity offers. The first six terms are the OpenActive accessibility-support concepts (exactMatch); the rest are arts-specific. In data, true means offered, false means known not to be offered, and absent means unknown.',
  terms: [
    { id: 'visual-impairment', label: 'Visual impairment', definition: 'Adapted for people with sight loss.', openActive: `${OA}1393f2dc-3fcc-4be9-a99f-f1e51f5ad277` },
    { id: 'hearing-impairment', label: 'Hearing impairment', definition: 'Adapted for people who are deaf or have hearing loss.', openActive: `${OA}2bfb7228-5969-4927-8435-38b5005a8771` },
    { id: 'physical-impairment', label: 'Physical impairment', definition: 'Adapted for people with physical impairments, such as seated participation.', openActive: `${OA}dd026873-6713-4ea1-af5a-08901f651d98` },
    { id: 'learning-disability', label: 'Learning disability', definition: 'Adapted for people with learning disabilities.', openActive: `${OA}67902468-fd49-4238-8650-20a22d7f0e40` },
    { id: 'mental-health', label: 'Mental health', definition: 'Designed and staffed for people living with mental health issues.', openActive: `${OA}40b9b11f-bdd3-4aeb-8984-2ecf74a14c7a` },
    { id: 'social-behavioural', label: 'Social or behavioural', definition: 'Supports people with social or behavioural difficulties.', openActive: `${OA}69b689d4-be04-4e6d-be56-4ac72ec82444` },
    { id: 'dementia-friendly', label: 'Dementia friendly', definition: 'Run by people trained to support those living with dementia and their carers.' },
    { id: 'relaxed', label: 'Relaxed session', definition: 'A relaxed session: noise and movement welcome, lower lights and sound, breaks allowed.' },
    { id: 'carer-free', label: 'Carer goes free', definition: 'A carer or companion can attend free of charge.' },
    { id: 'large-print', label: 'Large print', definition: 'Large-print materials available.' },
    { id: 'easy-read', label: 'Easy read', definition: 'Easy-read information available.' },
    { id: 'audio-description', label: 'Audio description', definition: 'Audio description available.' },
    { id: 'captions', label: 'Captions', definition: 'Captions or subtitles available.' },
    { id: 'bsl', label: 'British Sign Language', definition: 'British Sign Language interpretation or a BSL-led session.' },
  ],
});
