import * as z from 'zod/mini';
import { ABCD_CATEGORIES } from '../vocab/abcdCategories.js';
import { ACCESS_SUPPORT } from '../vocab/accessSupport.js';
import { ACTIVITY_FORMATS } from '../vocab/activityFormats.js';
import { ACTIVITY_TYPES } from '../vocab/activityTypes.js';
import { ART_FORMS } from '../vocab/artForms.js';
import { ASSET_KINDS } from '../vocab/assetKinds.js';
import { ATTENDANCE_MODES } from '../vocab/attendanceModes.js';
import { CONSENT_SCOPES } from '../vocab/consentScopes.js';
import { FIVE_WAYS } from '../vocab/fiveWays.js';
import { NEEDS } from '../vocab/needs.js';
import { OUTCOME_INSTRUMENTS } from '../vocab/outcomeInstruments.js';
import { REFERRAL_STATUSES } from '../vocab/referralStatuses.js';
import { REFERRER_ROLES } from '../vocab/referrerRoles.js';
import { VENUE_FEATURES } from '../vocab/venueFeatures.js';

/** ABCD asset category id. */
export const AbcdCategorySchema = z.enum(ABCD_CATEGORIES.ids).register(z.globalRegistry, { id: 'AbcdCategory', title: 'ABCD category', description: ABCD_CATEGORIES.description });
/** Asset kind id. */
export const AssetKindSchema = z.enum(ASSET_KINDS.ids).register(z.globalRegistry, { id: 'AssetKind', title: 'Asset kind', description: ASSET_KINDS.description });
/** Art form id (level 1). */
export const ArtFormSchema = z.enum(ART_FORMS.ids).register(z.globalRegistry, { id: 'ArtForm', title: 'Art form', description: ART_FORMS.description });
/** Activity type id (level 2). */
export const ActivityTypeSchema = z.enum(ACTIVITY_TYPES.ids).register(z.globalRegistry, { id: 'ActivityType', title: 'Activity type', description: ACTIVITY_TYPES.description });
/** Five Ways to Wellbeing id. */
export const FiveWaysSchema = z.enum(FIVE_WAYS.ids).register(z.globalRegistry, { id: 'FiveWays', title: 'Five Ways to Wellbeing', description: FIVE_WAYS.description });
/** Need (reason for referral) id. */
export const NeedSchema = z.enum(NEEDS.ids).register(z.globalRegistry, { id: 'Need', title: 'Need', description: NEEDS.description });
/** Venue feature id. */
export const VenueFeatureSchema = z.enum(VENUE_FEATURES.ids).register(z.globalRegistry, { id: 'VenueFeature', title: 'Venue feature', description: VENUE_FEATURES.description });
/** Access support id. */
export const AccessSupportSchema = z.enum(ACCESS_SUPPORT.ids).register(z.globalRegistry, { id: 'AccessSupport', title: 'Access support', description: ACCESS_SUPPORT.description });
/** Activity format id. */
export const ActivityFormatSchema = z.enum(ACTIVITY_FORMATS.ids).register(z.globalRegistry, { id: 'ActivityFormat', title: 'Activity format', description: ACTIVITY_FORMATS.description });
/** Attendance mode id. */
export const AttendanceModeSchema = z.enum(ATTENDANCE_MODES.ids).register(z.globalRegistry, { id: 'AttendanceMode', title: 'Attendance mode', description: ATTENDANCE_MODES.description });
/** Referral status id. */
export const ReferralStatusSchema = z.enum(REFERRAL_STATUSES.ids).register(z.globalRegistry, { id: 'ReferralStatus', title: 'Referral status', description: REFERRAL_STATUSES.description });
/** Referrer role id. */
export const ReferrerRoleSchema = z.enum(REFERRER_ROLES.ids).register(z.globalRegistry, { id: 'ReferrerRole', title: 'Referrer role', description: REFERRER_ROLES.description });
/** Outcome instrument id. */
export const OutcomeInstrumentSchema = z.enum(OUTCOME_INSTRUMENTS.ids).register(z.globalRegistry, { id: 'OutcomeInstrument', title: 'Outcome instrument', description: OUTCOME_INSTRUMENTS.description });
/** Consent scope id. */
export const ConsentScopeSchema = z.enum(CONSENT_SCOPES.ids).register(z.globalRegistry, { id: 'ConsentScope', title: 'Consent scope', description: CONSENT_SCOPES.description });

/** An ABCD category. */
export type AbcdCategory = z.output<typeof AbcdCategorySchema>;
/** An asset kind. */
export type AssetKind = z.output<typeof AssetKindSchema>;
/** An art form (level 1). */
export type ArtForm = z.output<typeof ArtFormSchema>;
/** An activity type (level 2). */
export type ActivityType = z.output<typeof ActivityTypeSchema>;
/** One of the Five Ways to Wellbeing. */
export type FiveWays = z.output<typeof FiveWaysSchema>;
/** A need (reason for referral). */
export type Need = z.output<typeof NeedSchema>;
/** A venue feature. */
export type VenueFeature = z.output<typeof VenueFeatureSchema>;
/** An access-support term. */
export type AccessSupport = z.output<typeof AccessSupportSchema>;
/** An activity format. */
export type ActivityFormat = z.output<typeof ActivityFormatSchema>;
/** An attendance mode. */
export type AttendanceMode = z.output<typeof AttendanceModeSchema>;
/** A referral status. */
export type ReferralStatus = z.output<typeof ReferralStatusSchema>;
/** A referrer role. */
export type ReferrerRole = z.output<typeof ReferrerRoleSchema>;
/** An outcome instrument. */
export type OutcomeInstrument = z.output<typeof OutcomeInstrumentSchema>;
/** A consent scope. */
export type ConsentScope = z.output<typeof ConsentScopeSchema>;
