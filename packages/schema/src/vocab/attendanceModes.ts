import { _defineVocabulary } from './_defineVocabulary.js';

/** How people take part: in person, online or both. */
export const ATTENDANCE_MODES = _defineVocabulary({
  id: 'attendance-mode',
  title: 'Attendance mode',
  description: 'How people take part in an activity (schema.org eventAttendanceMode).',
  terms: [
    { id: 'in-person', label: 'In person', definition: 'Takes place at a venue.', schemaOrg: 'https://schema.org/OfflineEventAttendanceMode' },
    { id: 'online', label: 'Online', definition: 'Takes place online.', schemaOrg: 'https://schema.org/OnlineEventAttendanceMode' },
    { id: 'mixed', label: 'In person and online', definition: 'People can join at the venue or online.', schemaOrg: 'https://schema.org/MixedEventAttendanceMode' },
  ],
});
