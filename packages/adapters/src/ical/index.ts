export { toICalendar, type ToICalendarOptions } from './toICalendar.js';
export type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
