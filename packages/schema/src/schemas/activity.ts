import * as z from 'zod/mini';
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
import {
  _describe,
  _text,
  _typeField,
  ContactSchema,
  GssCodeSchema,
  IdSchema,
  LanguageTagSchema,
  LocalDateSchema,
  MoneySchema,
  NameSchema,
  recordMetaShape,
  UrlSchema,
} from './fields.js';
import { ScheduleSchema } from './schedule.js';

/** A whole number from `min` to `max`. */
const _int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** What taking part costs. Omit `cost` altogether when it is not known whether it is free. */
export const CostSchema = z
  .looseObject({
    isFree: _describe(z.boolean(), 'True when taking part costs nothing.'),
    price: _describe(z.optional(MoneySchema), 'Price per session (or per course for a course), in pounds.'),
    currency: _describe(z._default(z.literal('GBP'), 'GBP'), 'Always GBP.'),
    concessions: _describe(z.optional(_text(1000)), 'Reduced prices and who can have them.'),
    notes: _describe(z.optional(_text(1000)), 'Anything else about cost, e.g. materials included.'),
  })
  .register(z.globalRegistry, { id: 'Cost', title: 'Cost', description: 'What it costs to take part. Leave cost out entirely when it is not known.' });

/** Who can take part. */
export const EligibilitySchema = z
  .looseObject({
    minAge: _describe(z.optional(_int(0, 120)), 'Youngest age that can take part.'),
    maxAge: _describe(z.optional(_int(0, 120)), 'Oldest age that can take part.'),
    areaServed: _describe(z.optional(z.array(GssCodeSchema)), 'GSS codes of the areas whose residents can take part.'),
    referralRequired: _describe(z.optional(z.boolean()), 'True when people can only join through a referral.'),
    notes: _describe(z.optional(_text(2000)), 'Other eligibility rules in words.'),
  })
  .register(z.globalRegistry, { id: 'Eligibility', title: 'Eligibility', description: 'Who can take part. Anything left out is unknown, not unrestricted.' });

/** How an activity takes social prescribing referrals. */
export const SocialPrescribingSchema = z
  .looseObject({
    acceptsReferrals: _describe(z.boolean(), 'True when the activity takes social prescribing referrals.'),
    routes: _describe(
      z.array(z.enum(['link-worker', 'gp', 'self', 'other-professional'])),
      'Who can refer: link workers, GPs, people themselves, other professionals.',
    ),
    contact: _describe(z.optional(ContactSchema), 'Where referrals go.'),
    responseDays: _describe(z.optional(_int(0, 365)), 'Working days within which a referral is answered.'),
  })
  .register(z.globalRegistry, { id: 'SocialPrescribing', title: 'Social prescribing', description: 'Whether and how the activity takes referrals.' });

/** How many people can take part. */
export const CapacitySchema = z
  .looseObject({
    maxParticipants: _describe(z.optional(_int(1, 100000)), 'Most people per session.'),
    remainingPlaces: _describe(z.optional(_int(0, 100000)), 'Places left, as of asOf.'),
    waitingList: _describe(z.optional(z.boolean()), 'True when people can join a waiting list.'),
    asOf: _describe(z.optional(LocalDateSchema), 'When remainingPlaces was last counted.'),
  })
  .register(z.globalRegistry, { id: 'Capacity', title: 'Capacity', description: 'How many people can take part and how many places are left.' });

/** An activity: a way to take part (HSDS service; OpenActive SessionSeries/CourseInstance/Event). */
export const ActivitySchema = z
  .looseObject({
    type: _typeField('Activity'),
    id: IdSchema,
    name: NameSchema,
    description: _describe(z.optional(_text(20000)), 'What happens, in words a person deciding whether to go would want.'),
    assetId: _describe(z.optional(IdSchema), 'Id of the asset that offers it.'),
    organisationId: _describe(z.optional(IdSchema), 'Id of the organisation that runs it.'),
    artForms: _describe(z.array(ArtFormSchema).check(z.minLength(1)), 'Art forms (at least one).'),
    activityTypes: _describe(z.optional(z.array(ActivityTypeSchema)), 'Activity types, the finer level link workers choose from.'),
    fiveWays: _describe(z.optional(z.array(FiveWaysSchema)), 'Five Ways to Wellbeing it supports.'),
    format: _describe(ActivityFormatSchema, 'Drop-in, course, ongoing group, one-to-one or one-off event.'),
    attendanceMode: _describe(AttendanceModeSchema, 'In person, online or both.'),
    placeId: _describe(z.optional(IdSchema), 'Id of the place where it happens; required when in person.'),
    schedule: _describe(z.optional(ScheduleSchema), 'When it happens.'),
    sessionCount: _describe(z.optional(_int(1, 1000)), 'Number of sessions in a course, e.g. 8 or 12.'),
    cost: z.optional(CostSchema),
    eligibility: z.optional(EligibilitySchema),
    suitableFor: _describe(z.optional(z.array(NeedSchema)), 'Needs the activity is designed for.'),
    accessSupport: _describe(
      z.optional(z.partialRecord(AccessSupportSchema, z.boolean())),
      'Support offered: true = offered, false = known not offered; left out = unknown.',
    ),
    socialPrescribing: z.optional(SocialPrescribingSchema),
    capacity: z.optional(CapacitySchema),
    languages: _describe(z.optional(z.array(LanguageTagSchema)), 'Languages it runs in, as BCP 47 tags.'),
    outcomeMeasures: _describe(z.optional(z.array(OutcomeInstrumentSchema)), 'Outcome measures the provider uses.'),
    status: _describe(z.enum(['active', 'temporarily-closed', 'ended']), 'active, temporarily-closed or ended.'),
    url: _describe(z.optional(UrlSchema), 'Web page.'),
    contact: _describe(z.optional(ContactSchema), 'How to get in touch.'),
    sameAs: _describe(z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(2000)))), 'Ids of the same activity in other directories.'),
    ...recordMetaShape,
  })
  .check(
    z.superRefine((a, ctx) => {
      if (a.assetId === undefined && a.organisationId === undefined) {
        ctx.addIssue({ code: 'custom', message: 'Say who offers the activity: give an assetId or an organisationId', path: ['organisationId'] });
      }
    }),
  )
  .register(z.globalRegistry, {
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
