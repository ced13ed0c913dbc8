export { occurrences, type OccurrencesOptions } from './occurrences/occurrences.js';
export { iterateOccurrences, type IterateOccurrencesOptions } from './occurrences/iterateOccurrences.js';
export { fitsAvailability } from './availability/fitsAvailability.js';
export { nextFitting, type NextFittingOptions } from './availability/nextFitting.js';
export { checkSchedule, type CheckScheduleOptions, type ScheduleCheck } from './check/checkSchedule.js';
export { describeSchedule, type DescribeScheduleOptions } from './describe/describeSchedule.js';
export { toRRule, type RRuleSet } from './convert/toRRule.js';
export type { InstantInput, Occurrence, ScheduleLike } from './types.js';
