export { occurrences, type OccurrencesOptions } from './occurrences/occurrences.js';
export { iterateOccurrences, type IterateOccurrencesOptions } from './occurrences/iterateOccurrences.js';
export { fitsAvailability } from './availability/fitsAvailability.js';
export { nextFitting, type NextFittingOptions } from './availability/nextFitting.js';
export { checkSchedule, type CheckScheduleOptions, type ScheduleCheck } from './check/checkSchedule.js';
export type { InstantInput, Occurrence, ScheduleLike } from './types.js';
