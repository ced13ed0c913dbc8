import { ABCD_CATEGORIES } from './abcdCategories.js';
import { ACCESS_SUPPORT } from './accessSupport.js';
import { ACTIVITY_FORMATS } from './activityFormats.js';
import { ACTIVITY_TYPES } from './activityTypes.js';
import { ART_FORMS } from './artForms.js';
import { ASSET_KINDS } from './assetKinds.js';
import { ATTENDANCE_MODES } from './attendanceModes.js';
import { CONSENT_SCOPES } from './consentScopes.js';
import { FIVE_WAYS } from './fiveWays.js';
import { NEEDS } from './needs.js';
import { OUTCOME_INSTRUMENTS } from './outcomeInstruments.js';
import { REFERRAL_STATUSES } from './referralStatuses.js';
import { REFERRER_ROLES } from './referrerRoles.js';
import { VENUE_FEATURES } from './venueFeatures.js';

/** Every vocabulary of the standard, keyed by its id. */
export const VOCABULARIES = {
  [ABCD_CATEGORIES.id]: ABCD_CATEGORIES,
  [ASSET_KINDS.id]: ASSET_KINDS,
  [ART_FORMS.id]: ART_FORMS,
  [ACTIVITY_TYPES.id]: ACTIVITY_TYPES,
  [FIVE_WAYS.id]: FIVE_WAYS,
  [NEEDS.id]: NEEDS,
  [VENUE_FEATURES.id]: VENUE_FEATURES,
  [ACCESS_SUPPORT.id]: ACCESS_SUPPORT,
  [ACTIVITY_FORMATS.id]: ACTIVITY_FORMATS,
  [ATTENDANCE_MODES.id]: ATTENDANCE_MODES,
  [REFERRAL_STATUSES.id]: REFERRAL_STATUSES,
  [REFERRER_ROLES.id]: REFERRER_ROLES,
  [OUTCOME_INSTRUMENTS.id]: OUTCOME_INSTRUMENTS,
  [CONSENT_SCOPES.id]: CONSENT_SCOPES,
} as const;
