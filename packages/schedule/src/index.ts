export { occurrences, type OccurrencesOptions } from './occurrences/occurrences.js';
export { iterateOccurrences, type IterateOccurrencesOptions } from './occurrences/iterateOccurrences.js';
export { fitsAvailability } from './availability/fitsAvailability.js';
export { nextFitting, type NextFittingOptions } from './availability/nextFitting.js';
export { checkSchedule, type CheckScheduleOptions, type ScheduleCheck } from './check/checkSchedule.js';
export { describeSchedule, type DescribeScheduleOptions } from './describe/describeSchedule.js';
export { toRRule, type RRuleSet } from './convert/toRRule.js';
export { fromRRule, type FromRRuleInput, type FromRRuleResult } from './convert/fromRRule.js';
export { toOpenActiveSchedule, type OpenActiveSchedule, type ToOpenActiveScheduleOptions } from './convert/toOpenActiveSchedule.js';
export {
  toOpenReferralSchedule,
  type OpenReferralScheduleResult,
  type OpenReferralScheduleRow,
  type ToOpenReferralScheduleOptions,
} from './convert/toOpenReferralSchedule.js';
export type { InstantInput, Occurrence, ScheduleLike } from './types.js';
export {
  instantOfWallTime,
  isTimeZone,
  timeZoneOffset,
  wallClock,
  type WallClock,
  type WallTimeResolution,
  type WeekdayCode,
  type ZonedInstant,
} from './zone/zone.js';
