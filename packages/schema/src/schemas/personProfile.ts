import * as z from 'zod/mini';
import {
  AccessSupportSchema,
  ActivityFormatSchema,
  ActivityTypeSchema,
  ArtFormSchema,
  FiveWaysSchema,
  NeedSchema,
  VenueFeatureSchema,
} from './enums.js';
import { _describe, GssCodeSchema, LanguageTagSchema, LocalTimeSchema, MoneySchema, PointSchema, PostcodeDistrictSchema, TimeZoneSchema } from './fields.js';

/** A weekday code. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** A weekly free time, in the person's zone. */
export const AvailabilitySlotSchema = z
  .looseObject({
    day: _describe(z.enum(WEEKDAYS), 'Day of the week.'),
    from: _describe(LocalTimeSchema, 'Free from, HH:MM.'),
    to: _describe(LocalTimeSchema, 'Free until, HH:MM (24:00 is written 23:59).'),
  })
  .register(z.globalRegistry, { id: 'AvailabilitySlot', title: 'Availability slot', description: 'A weekly free time: a day and a local time range.' });

/** Where a person is: a point, or only a postcode district or GSS area. */
export const ProfileLocationSchema = z
  .union([
    PointSchema,
    z.looseObject({ postcodeDistrict: PostcodeDistrictSchema }).register(z.globalRegistry, { title: 'Postcode district' }),
    z.looseObject({ areaCode: GssCodeSchema }).register(z.globalRegistry, { title: 'Area code' }),
  ])
  .register(z.globalRegistry, { id: 'ProfileLocation', title: 'Location', description: 'A GeoJSON point, or a postcode district or GSS area code when no point is known.' });

/** What matching needs to know about a person (private; never stored in a dataset). */
export const PersonProfileSchema = z
  .looseObject({
    location: z.optional(ProfileLocationSchema),
    maxDistanceKm: _describe(z.optional(z.number().check(z.gte(0), z.lte(1000))), 'Furthest the person will travel, in km.'),
    attendance: _describe(z.optional(z.enum(['in-person', 'online', 'either'])), 'In person, online, or either (default either).'),
    interests: _describe(
      z.optional(
        z.looseObject({
          artForms: z.optional(z.array(ArtFormSchema)),
          activityTypes: z.optional(z.array(ActivityTypeSchema)),
        }),
      ),
      'Art forms and activity types the person is interested in.',
    ),
    needs: _describe(z.optional(z.array(NeedSchema)), 'What the person is going through.'),
    fiveWays: _describe(z.optional(z.array(FiveWaysSchema)), 'Five Ways to Wellbeing goals.'),
    accessNeeds: _describe(
      z.optional(
        z.looseObject({
          venueFeatures: z.optional(z.array(VenueFeatureSchema)),
          accessSupport: z.optional(z.array(AccessSupportSchema)),
        }),
      ),
      'Venue features and support the person needs.',
    ),
    availability: _describe(z.optional(z.array(AvailabilitySlotSchema).check(z.maxLength(100))), 'Weekly free times.'),
    timezone: _describe(z.optional(TimeZoneSchema), 'Zone of the availability times; default Europe/London.'),
    maxPrice: _describe(z.optional(MoneySchema), 'Most the person can pay per session, in pounds.'),
    freeOnly: _describe(z.optional(z.boolean()), 'Only free activities.'),
    age: _describe(z.optional(z.int().check(z.gte(0), z.lte(120))), 'Age in years.'),
    languages: _describe(z.optional(z.array(LanguageTagSchema)), 'Languages the person can take part in.'),
    format: _describe(z.optional(z.array(ActivityFormatSchema)), 'Preferred formats.'),
    viaReferral: _describe(z.optional(z.boolean()), 'True when the person comes through a social prescribing referral.'),
  })
  .register(z.globalRegistry, { id: 'PersonProfile', title: 'Person profile', description: 'What matching needs to know about a person: private, minimal, never stored in a dataset.' });

/** A person profile (parsed). */
export type PersonProfile = z.output<typeof PersonProfileSchema>;
/** A person profile as written. */
export type PersonProfileInput = z.input<typeof PersonProfileSchema>;
/** A weekly free time. */
export type AvailabilitySlot = z.output<typeof AvailabilitySlotSchema>;
/** A weekday code. */
export type Weekday = (typeof WEEKDAYS)[number];
