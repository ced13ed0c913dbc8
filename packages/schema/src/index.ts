export * from './vocab/index.js';

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
