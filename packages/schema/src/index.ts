export { _defineVocabulary, VOCAB_BASE, type Vocabulary, type VocabularyTerm } from './vocab/_defineVocabulary.js';
export { ABCD_CATEGORIES } from './vocab/abcdCategories.js';
export { ACCESS_SUPPORT } from './vocab/accessSupport.js';
export { ACTIVITY_FORMATS } from './vocab/activityFormats.js';
export { ACTIVITY_TYPES } from './vocab/activityTypes.js';
export { ART_FORMS, UNESCO_DOMAINS, type UnescoDomain } from './vocab/artForms.js';
export { ASSET_KINDS } from './vocab/assetKinds.js';
export { ATTENDANCE_MODES } from './vocab/attendanceModes.js';
export { CONSENT_SCOPES } from './vocab/consentScopes.js';
export { FIVE_WAYS } from './vocab/fiveWays.js';
export { NEEDS } from './vocab/needs.js';
export { OUTCOME_INSTRUMENTS } from './vocab/outcomeInstruments.js';
export { REFERRAL_STATUSES, SNOMED_CT } from './vocab/referralStatuses.js';
export { REFERRER_ROLES } from './vocab/referrerRoles.js';
export { VENUE_FEATURES } from './vocab/venueFeatures.js';
export { VOCABULARIES } from './vocab/vocabularies.js';
export { toSkos } from './vocab/toSkos.js';

export * from './schemas/enums.js';
export {
  ContactSchema,
  DateOrDateTimeSchema,
  DateTimeSchema,
  EmailSchema,
  GSS_CODE_PATTERN,
  GssCodeSchema,
  IdSchema,
  LanguageTagSchema,
  LicenseSchema,
  LOCAL_TIME_PATTERN,
  LocalDateSchema,
  LocalTimeSchema,
  MoneySchema,
  NameSchema,
  ODS_CODE_PATTERN,
  OdsCodeSchema,
  PhoneSchema,
  PointSchema,
  POSTCODE_DISTRICT_PATTERN,
  PostcodeDistrictSchema,
  PostcodeSchema,
  ProvenanceSchema,
  TimeZoneSchema,
  UK_POSTCODE_PATTERN,
  UrlSchema,
  type Contact,
  type Point,
  type Provenance,
} from './schemas/fields.js';
export { OrganisationSchema, type Organisation, type OrganisationInput } from './schemas/organisation.js';
export { AddressSchema, PlaceSchema, type Address, type Place, type PlaceInput } from './schemas/place.js';
export { AssetSchema, SocialValueSchema, type Asset, type AssetInput, type SocialValue } from './schemas/asset.js';
export {
  BY_DAY_PATTERN,
  OccurrenceSchema,
  RepeatSchema,
  ScheduleSchema,
  type Occurrence,
  type Repeat,
  type Schedule,
  type ScheduleInput,
} from './schemas/schedule.js';
export {
  ActivitySchema,
  CapacitySchema,
  CostSchema,
  EligibilitySchema,
  SocialPrescribingSchema,
  type Activity,
  type ActivityInput,
  type Cost,
  type Eligibility,
} from './schemas/activity.js';
export {
  DatasetHeaderSchema,
  DatasetLineSchema,
  DatasetSchema,
  STANDARD_VERSION,
  type Dataset,
  type DatasetHeader,
  type DatasetInput,
  type DatasetLine,
} from './schemas/dataset.js';
export {
  AGE_BANDS,
  MeasureSchema,
  ReferralEventSchema,
  ReferralSchema,
  type AgeBand,
  type Measure,
  type Referral,
  type ReferralEvent,
  type ReferralInput,
} from './schemas/referral.js';
export {
  AvailabilitySlotSchema,
  PersonProfileSchema,
  ProfileLocationSchema,
  WEEKDAYS,
  type AvailabilitySlot,
  type PersonProfile,
  type PersonProfileInput,
  type Weekday,
} from './schemas/personProfile.js';
export { REGION_NAMES } from './areas/regionNames.js';
export { DOCUMENT_SCHEMAS, SCHEMA_BASE, type DocumentType } from './documents.js';
export { toJsonSchema } from './toJsonSchema.js';
