import * as z from 'zod';
import { ConsentScopeSchema, NeedSchema, OutcomeInstrumentSchema, ReferralStatusSchema, ReferrerRoleSchema } from './enums.js';
import { _text, DateOrDateTimeSchema, DateTimeSchema, IdSchema, OdsCodeSchema, PostcodeDistrictSchema } from './fields.js';

/** Age bands used instead of dates of birth. */
export const AGE_BANDS = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85-plus'] as const;

/** One step in a referral's history. */
export const ReferralEventSchema = z
  .looseObject({
    status: ReferralStatusSchema,
    at: DateTimeSchema.meta({ description: 'When the referral entered this state.' }),
    by: ReferrerRoleSchema.optional().meta({ description: 'Role of whoever made the change.' }),
    note: _text(2000).optional().meta({ description: 'Free-text note (personal data: never published).' }),
  })
  .meta({ id: 'ReferralEvent', title: 'Referral event', description: 'A state change in the referral history.' });

/** One outcome measurement. */
export const MeasureSchema = z
  .looseObject({
    instrument: OutcomeInstrumentSchema,
    phase: z.enum(['baseline', 'follow-up', 'exit']).meta({ description: 'When it was taken: baseline, follow-up or exit.' }),
    at: DateOrDateTimeSchema.meta({ description: 'When it was taken.' }),
    items: z.array(z.int().min(0).max(10)).max(14).optional().meta({ description: "Item answers in the instrument's published order (never for licensed instruments such as PAM)." }),
    score: z.number().min(0).max(100).optional().meta({ description: 'Total score, when only a total is recorded (PAM: 0–100).' }),
    level: z.int().min(1).max(4).optional().meta({ description: 'PAM activation level 1–4.' }),
  })
  .meta({ id: 'Measure', title: 'Outcome measure', description: 'One outcome measurement: instrument, phase, date, and item answers or a total.' });

/**
 * A social prescribing referral (private, personal data). Minimal by design: a pseudonym, an
 * age band and a postcode district — never a name, NHS number, date of birth or full postcode.
 */
export const ReferralSchema = z
  .looseObject({
    id: IdSchema,
    createdAt: DateTimeSchema.meta({ description: 'When the referral was created.' }),
    referrer: z
      .looseObject({
        role: ReferrerRoleSchema,
        organisationCode: OdsCodeSchema.optional().meta({ description: 'ODS code of the referring organisation, e.g. a GP practice or PCN.' }),
      })
      .meta({ description: 'Who referred.' }),
    subject: z
      .looseObject({
        pseudonym: z.string().min(1).max(100).meta({ description: 'A pseudonymous id for the person; never a name or NHS number.' }),
        ageBand: z.enum(AGE_BANDS).optional().meta({ description: 'Age band instead of a date of birth.' }),
        postcodeDistrict: PostcodeDistrictSchema.optional().meta({ description: 'Postcode district (outward code) instead of a full postcode.' }),
        consent: z
          .looseObject({
            given: z.boolean().meta({ description: 'True when the person consented to the referral.' }),
            recordedAt: DateTimeSchema.meta({ description: 'When consent was recorded.' }),
            scopes: z.array(ConsentScopeSchema).meta({ description: 'What the person agreed may be shared.' }),
          })
          .meta({ description: 'Consent to the referral and to sharing.' }),
      })
      .meta({ description: 'The person referred, pseudonymised.' }),
    reasons: z.array(NeedSchema).min(1).meta({ description: 'Why the person was referred.' }),
    goals: _text(2000).optional().meta({ description: 'What matters to the person (personal data).' }),
    target: z
      .looseObject({
        activityId: IdSchema.optional().meta({ description: 'Activity the person was connected to.' }),
        assetId: IdSchema.optional().meta({ description: 'Asset the person was connected to.' }),
      })
      .optional()
      .meta({ description: 'What the person was matched to.' }),
    status: ReferralStatusSchema,
    history: z.array(ReferralEventSchema).min(1).meta({ description: 'Append-only, time-ordered history of state changes.' }),
    attendance: z
      .array(
        z.looseObject({
          date: z.iso.date().meta({ description: 'Session date.' }),
          attended: z.boolean().meta({ description: 'True when the person attended.' }),
        }),
      )
      .optional()
      .meta({ description: 'Attendance at sessions.' }),
    measures: z.array(MeasureSchema).optional().meta({ description: 'Outcome measures.' }),
    endReason: _text(500).optional().meta({ description: 'Why the referral ended.' }),
  })
  .meta({ id: 'Referral', title: 'Referral', description: 'A social prescribing referral: personal data, never published in a dataset.' });

/** A referral (parsed). */
export type Referral = z.output<typeof ReferralSchema>;
/** A referral as written. */
export type ReferralInput = z.input<typeof ReferralSchema>;
/** A referral history event. */
export type ReferralEvent = z.output<typeof ReferralEventSchema>;
/** An outcome measure. */
export type Measure = z.output<typeof MeasureSchema>;
/** An age band. */
export type AgeBand = (typeof AGE_BANDS)[number];
