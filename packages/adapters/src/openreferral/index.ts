export { toOpenReferral, type ToOpenReferralOptions, type ToOpenReferralResult } from './toOpenReferral.js';
export { openReferralId, type OpenReferralIdKind } from './openReferralId.js';
export type { OpenReferralFeed, OpenReferralIssue, OpenReferralProfile, OpenReferralRecord } from './_lib/_types.js';
export { fromOpenReferral, type FromOpenReferralOptions, type FromOpenReferralResult } from './fromOpenReferral.js';
export { toOpenReferralApiFiles, type ToOpenReferralApiFilesOptions } from './toOpenReferralApiFiles.js';
