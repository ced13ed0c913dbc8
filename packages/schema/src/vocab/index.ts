/**
 * `@artsrx/schema/vocab`: the controlled vocabularies as plain data, without zod. Code that only
 * needs terms and labels (a matcher, a form, a browser map) imports this entry point and ships
 * none of the schemas.
 *
 * @packageDocumentation
 */
export { _defineVocabulary, VOCAB_BASE, type Vocabulary, type VocabularyTerm } from './_defineVocabulary.js';
export { ABCD_CATEGORIES } from './abcdCategories.js';
export { ACCESS_SUPPORT } from './accessSupport.js';
export { ACTIVITY_FORMATS } from './activityFormats.js';
export { ACTIVITY_TYPES } from './activityTypes.js';
export { ART_FORMS, UNESCO_DOMAINS, type UnescoDomain } from './artForms.js';
export { ASSET_KINDS } from './assetKinds.js';
export { ATTENDANCE_MODES } from './attendanceModes.js';
export { CONSENT_SCOPES } from './consentScopes.js';
export { FIVE_WAYS } from './fiveWays.js';
export { NEEDS } from './needs.js';
export { OUTCOME_INSTRUMENTS } from './outcomeInstruments.js';
export { REFERRAL_STATUSES, SNOMED_CT } from './referralStatuses.js';
export { REFERRER_ROLES } from './referrerRoles.js';
export { VENUE_FEATURES } from './venueFeatures.js';
export { VOCABULARIES } from './vocabularies.js';
export { toSkos } from './toSkos.js';
export { isTimeZone } from './isTimeZone.js';
