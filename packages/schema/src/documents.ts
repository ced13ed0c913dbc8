import type * as z from 'zod/mini';
import { ActivitySchema } from './schemas/activity.js';
import { AssetSchema } from './schemas/asset.js';
import { DatasetLineSchema, DatasetSchema } from './schemas/dataset.js';
import { OrganisationSchema } from './schemas/organisation.js';
import { PersonProfileSchema } from './schemas/personProfile.js';
import { PlaceSchema } from './schemas/place.js';
import { ReferralSchema } from './schemas/referral.js';
import { ScheduleSchema } from './schemas/schedule.js';

/** Every document type of the standard, by the kebab-case name used for its JSON Schema file. */
export const DOCUMENT_SCHEMAS = {
  dataset: DatasetSchema,
  'dataset-line': DatasetLineSchema,
  organisation: OrganisationSchema,
  place: PlaceSchema,
  asset: AssetSchema,
  activity: ActivitySchema,
  schedule: ScheduleSchema,
  referral: ReferralSchema,
  'person-profile': PersonProfileSchema,
} as const satisfies Record<string, z.ZodMiniType>;

/** A document type name: `dataset`, `activity`, `referral`, … */
export type DocumentType = keyof typeof DOCUMENT_SCHEMAS;

/** Base of every published JSON Schema `$id`; the version segment follows the standard's minor version. */
export const SCHEMA_BASE = 'https://w3id.org/artsrx/schema/0.1/';
