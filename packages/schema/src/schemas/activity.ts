import * as z from 'zod';
import {
  AccessSupportSchema,
  ActivityFormatSchema,
  ActivityTypeSchema,
  ArtFormSchema,
  AttendanceModeSchema,
  FiveWaysSchema,
  NeedSchema,
  OutcomeInstrumentSchema,
} from './enums.js';
import { _text, _typeField, ContactSchema, GssCodeSchema, IdSchema, LanguageTagSchema, LocalDateSchema, MoneySchema, NameSchema, recordMetaShape, UrlSchema } from './fields.js';
import { ScheduleSchema } from './schedule.js';

/** What taking part costs. Omit `cost` altogether when it is not known whether it is free. */
export const CostSchema = z
  .looseObject({
    isFree: z.boolean().meta({ description: 'True when taking part costs nothing.' }),
    price: MoneySchema.optional().meta({ description: 'Price per session (or per course for a course), in pounds.' }),
    currency: z.literal('GBP').default('GBP').meta({ description: 'Always GBP.' }),
    concessions: _text(1000).optional().meta({ description: 'Reduced prices and who can have them.' }),
    notes: _text(1000).optional().meta({ description: 'Anything else about cost, e.g. materials included.' }),
  })
  .meta({ id: 'Cost', title: 'Cost', description: 'What it costs to take part. Leave cost out entirely when it is not known.' });

/** Who can take part. */
export const EligibilitySchema = z
  .looseObject({
    minAge: z.int().min(0).max(120).optional().meta({ description: 'Youngest age that can take part.' }),
    maxAge: z.int().min(0).max(120).optional().meta({ description: 'Oldest age that can take part.' }),
    areaServed: z.array(GssCodeSchema).optional().meta({ description: 'GSS codes of the areas whose residents can take part.' }),
    referralRequired: z.boolean().optional().meta({ description: 'True when people can only join through a referral.' }),
    notes: _text(2000).optional().meta({ description: 'Other eligibility rules in words.' }),
  })
  .meta({ id: 'Eligibility', title: 'Eligibility', description: 'Who can take part. Anything left out is unknown, not unrestricted.' });

/** How an activity takes social prescribing referrals. */
export const SocialPrescribingSchema = z
  .looseObject({
    acceptsReferrals: z.boolean().meta({ description: 'True when the activity takes social prescribing referrals.' }),
    routes: z
      .array(z.enum(['link-worker', 'gp', 'self', 'other-professional']))
      .meta({ description: 'Who can refer: link workers, GPs, people themselves, other professionals.' }),
    contact: ContactSchema.optional().meta({ description: 'Where referrals go.' }),
    responseDays: z.int().min(0).max(365).optional().meta({ description: 'Working days within which a referral is answered.' }),
  })
  .meta({ id: 'SocialPrescribing', title: 'Social prescribing', description: 'Whether and how the activity takes referrals.' });

/** How many people can take part. */
export const CapacitySchema = z
  .looseObject({
    maxParticipants: z.int().min(1).max(100000).optional().meta({ description: 'Most people per session.' }),
    remainingPlaces: z.int().min(0).max(100000).optional().meta({ description: 'Places left, as of asOf.' }),
    waitingList: z.boolean().optional().meta({ description: 'True when people can join a waiting list.' }),
    asOf: LocalDateSchema.optional().meta({ description: 'When remainingPlaces was last counted.' }),
  })
  .meta({ id: 'Capacity', title: 'Capacity', description: 'How many people can take part and how many places are left.' });

/** An activity: a way to take part (HSDS service; OpenActive SessionSeries/CourseInstance/Event). */
export const ActivitySchema = z
  .looseObject({
    type: _typeField('Activity'),
    id: IdSchema,
    name: NameSchema,
    description: _text(20000).optional().meta({ description: 'What happens, in words a person deciding whether to go would want.' }),
    assetId: IdSchema.optional().meta({ description: 'Id of the asset that offers it.' }),
    organisationId: IdSchema.optional().meta({ description: 'Id of the organisation that runs it.' }),
    artForms: z.array(ArtFormSchema).min(1).meta({ description: 'Art forms (at least one).' }),
    activityTypes: z.array(ActivityTypeSchema).optional().meta({ description: 'Activity types, the finer level link workers choose from.' }),
    fiveWays: z.array(FiveWaysSchema).optional().meta({ description: 'Five Ways to Wellbeing it supports.' }),
    format: ActivityFormatSchema.meta({ description: 'Drop-in, course, ongoing group, one-to-one or one-off event.' }),
    attendanceMode: AttendanceModeSchema.meta({ description: 'In person, online or both.' }),
    placeId: IdSchema.optional().meta({ description: 'Id of the place where it happens; required when in person.' }),
    schedule: ScheduleSchema.optional().meta({ description: 'When it happens.' }),
    sessionCount: z.int().min(1).max(1000).optional().meta({ description: 'Number of sessions in a course, e.g. 8 or 12.' }),
    cost: CostSchema.optional(),
    eligibility: EligibilitySchema.optional(),
    suitableFor: z.array(NeedSchema).optional().meta({ description: 'Needs the activity is designed for.' }),
    accessSupport: z
      .partialRecord(AccessSupportSchema, z.boolean())
      .optional()
      .meta({ description: 'Support offered: true = offered, false = known not offered; left out = unknown.' }),
    socialPrescribing: SocialPrescribingSchema.optional(),
    capacity: CapacitySchema.optional(),
    languages: z.array(LanguageTagSchema).optional().meta({ description: 'Languages it runs in, as BCP 47 tags.' }),
    outcomeMeasures: z.array(OutcomeInstrumentSchema).optional().meta({ description: 'Outcome measures the provider uses.' }),
    status: z.enum(['active', 'temporarily-closed', 'ended']).meta({ description: 'active, temporarily-closed or ended.' }),
    url: UrlSchema.optional().meta({ description: 'Web page.' }),
    contact: ContactSchema.optional().meta({ description: 'How to get in touch.' }),
    sameAs: z.array(z.string().min(1).max(2000)).optional().meta({ description: 'Ids of the same activity in other directories.' }),
    ...recordMetaShape,
  })
  .superRefine((a, ctx) => {
    if (a.assetId === undefined && a.organisationId === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Say who offers the activity: give an assetId or an organisationId', path: ['organisationId'] });
    }
  })
  .meta({
    id: 'Activity',
    title: 'Activity',
    description: 'A way to take part: a group, course, drop-in, one-to-one or event (Open Referral service, OpenActive SessionSeries/CourseInstance/Event).',
    anyOf: [{ required: ['assetId'] }, { required: ['organisationId'] }],
  });

/** An activity (parsed). */
export type Activity = z.output<typeof ActivitySchema>;
/** An activity as written by a publisher. */
export type ActivityInput = z.input<typeof ActivitySchema>;
/** Cost of taking part. */
export type Cost = z.output<typeof CostSchema>;
/** Eligibility rules. */
export type Eligibility = z.output<typeof EligibilitySchema>;
