import { _defineVocabulary } from './_defineVocabulary.js';

/** The shape of an activity: drop-in, course, ongoing group, one-to-one or one-off event. */
export const ACTIVITY_FORMATS = _defineVocabulary({
  id: 'activity-format',
  title: 'Activity format',
  description: 'The shape of an activity over time; maps to OpenActive SessionSeries, CourseInstance and Event.',
  terms: [
    { id: 'drop-in', label: 'Drop-in', definition: 'Come to any session without booking a whole course.' },
    { id: 'course', label: 'Course', definition: 'A fixed run of sessions, such as 8 or 12 weeks, joined at the start.' },
    { id: 'ongoing-group', label: 'Ongoing group', definition: 'A group that meets regularly with a stable membership.' },
    { id: 'one-to-one', label: 'One-to-one', definition: 'Individual sessions with an artist, mentor or volunteer.' },
    { id: 'one-off-event', label: 'One-off event', definition: 'A single event such as a performance, festival day or open day.' },
  ],
});
