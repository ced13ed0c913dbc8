export type { ReferralError, ReferralErrorCode, ReferralResult } from './_lib/_types.js';
export { LEGAL_TRANSITIONS, FINAL_STATUSES } from './lifecycle/legalTransitions.js';
export { canTransition } from './lifecycle/canTransition.js';
export { createReferral, type CreateReferralInput } from './lifecycle/createReferral.js';
export { transition, type TransitionOptions } from './lifecycle/transition.js';
export { recordAttendance, type AttendanceInput } from './lifecycle/recordAttendance.js';
export { recordMeasure } from './lifecycle/recordMeasure.js';
export { SWEMWBS_METRIC } from './measures/swemwbsMetric.js';
export { MEANINGFUL_CHANGE, MEASURE_DIRECTION, MEASURE_KEYS, type Direction, type MeaningfulChange, type MeasureKey } from './measures/meaningfulChange.js';
export { scoreMeasure, type MeasureScore, type OnsAnxietyBand, type OnsBand, type ScoreMeasureResult } from './measures/scoreMeasure.js';
export {
  summariseForReferrer,
  type ReferrerSummary,
  type SnomedCoding,
  type SummariseForReferrerOptions,
  type SummaryMeasure,
} from './summary/summariseForReferrer.js';
export { formatReferrerSummary, type FormatReferrerSummaryOptions } from './summary/formatReferrerSummary.js';
export { outcomesReport, type MeasureOutcome, type OutcomesReport, type OutcomesReportOptions } from './report/outcomesReport.js';
export { formatOutcomesReport, type FormatOutcomesReportOptions } from './report/formatOutcomesReport.js';
export { wellbyValue, WELLBY_VALUE_GBP_2019, type WellbyValue, type WellbyValueOptions } from './report/wellbyValue.js';
