import * as z from 'zod';
import {
  AccessSupportSchema,
  ActivityFormatSchema,
  ActivityTypeSchema,
  ArtFormSchema,
  FiveWaysSchema,
  NeedSchema,
  VenueFeatureSchema,
} from './enums.js';
import { GssCodeSchema, LanguageTagSchema, LocalTimeSchema, MoneySchema, PointSchema, PostcodeDistrictSchema, TimeZoneSchema } from './fields.js';

/** A weekday code. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** A weekly free time, in the person's zone. */
export const AvailabilitySlotSchema = z
  .looseObject({
    day: z.enum(WEEKDAYS).meta({ description: 'Day of the week.' }),
    from: LocalTimeSchema.meta({ description: 'Free from, HH:MM.' }),
    to: LocalTimeSchema.meta({ description: 'Free until, HH:MM (24:00 is written 23:59).' }),
  })
  .meta({ id: 'AvailabilitySlot', title: 'Availability slot', description: 'A weekly free time: a day and a local time range.' });

/** Where a person is: a point, or only a postcode district or GSS area. */
export const ProfileLocationSchema = z
  .union([
    PointSchema,
    z.looseObject({ postcodeDistrict: PostcodeDistrictSchema }).meta({ title: 'Postcode district' }),
    z.looseObject({ areaCode: GssCodeSchema }).meta({ title: 'Area code' }),
  ])
  .meta({ id: 'ProfileLocation', title: 'Location', description: 'A GeoJSON point, or a postcode district or GSS area code when no point is known.' });

/** What matching needs to know about a person (private; never stored in a dataset). */
export const PersonProfileSchema = z
  .looseObject({
    location: ProfileLocationSchema.optional(),
    maxDistanceKm: z.number().min(0).max(1000).optional().meta({ description: 'Furthest the person will travel, in km.' }),
    attendance: z.enum(['in-person', 'online', 'either']).optional().meta({ description: 'In person, online, or either (default either).' }),
    interests: z
      .looseObject({
        artForms: z.array(ArtFormSchema).optional(),
        activityTypes: z.array(ActivityTypeSchema).optional(),
      })
      .optional()
      .meta({ description: 'Art forms and activity types the person is interested in.' }),
    needs: z.array(NeedSchema).optional().meta({ description: 'What the person is going through.' }),
    fiveWays: z.array(FiveWaysSchema).optional().meta({ description: 'Five Ways to Wellbeing goals.' }),
    accessNeeds: z
      .looseObject({
        venueFeatures: z.array(VenueFeatureSchema).optional(),
        accessSupport: z.array(AccessSupportSchema).optional(),
      })
      .optional()
      .meta({ description: 'Venue features and support the person needs.' }),
    availability: z.array(AvailabilitySlotSchema).max(100).optional().meta({ description: 'Weekly free times.' }),
    timezone: TimeZoneSchema.optional().meta({ description: 'Zone of the availability times; default Europe/London.' }),
    maxPrice: MoneySchema.optional().meta({ description: 'Most the person can pay per session, in pounds.' }),
    freeOnly: z.boolean().optional().meta({ description: 'Only free activities.' }),
    age: z.int().min(0).max(120).optional().meta({ description: 'Age in years.' }),
    languages: z.array(LanguageTagSchema).optional().meta({ description: 'Languages the person can take part in.' }),
    format: z.array(ActivityFormatSchema).optional().meta({ description: 'Preferred formats.' }),
    viaReferral: z.boolean().optional().meta({ description: 'True when the person comes through a social prescribing referral.' }),
  })
  .meta({ id: 'PersonProfile', title: 'Person profile', description: 'What matching needs to know about a person: private, minimal, never stored in a dataset.' });

/** A person profile (parsed). */
export type PersonProfile = z.output<typeof PersonProfileSchema>;
/** A person profile as written. */
export type PersonProfileInput = z.input<typeof PersonProfileSchema>;
/** A weekly free time. */
export type AvailabilitySlot = z.output<typeof AvailabilitySlotSchema>;
/** A weekday code. */
export type Weekday = (typeof WEEKDAYS)[number];
