import { _defineVocabulary } from './_defineVocabulary.js';

/** What a person has agreed may be shared about their referral. */
export const CONSENT_SCOPES = _defineVocabulary({
  id: 'consent-scope',
  title: 'Consent scope',
  description: 'What the person has agreed may be shared, and with whom. Anything not listed is not shared.',
  terms: [
    { id: 'share-with-provider', label: 'Share with activity provider', definition: 'The referral details needed to take part may be shared with the activity provider.' },
    { id: 'message-back', label: 'Message back to referrer', definition: 'A summary may be sent back to the referrer and GP.' },
    { id: 'attendance', label: 'Attendance', definition: 'Attendance may be recorded and shared with the referrer.' },
    { id: 'outcome-measures', label: 'Outcome measures', definition: 'Wellbeing and loneliness scores may be recorded and shared with the referrer.' },
    { id: 'anonymised-reporting', label: 'Anonymised reporting', definition: 'The referral may be counted in anonymised, aggregated reports to commissioners.' },
  ],
});
