import * as z from 'zod/mini';
import { ConsentScopeSchema, NeedSchema, OutcomeInstrumentSchema, ReferralStatusSchema, ReferrerRoleSchema } from './enums.js';
import { _describe, _text, DateOrDateTimeSchema, DateTimeSchema, IdSchema, OdsCodeSchema, PostcodeDistrictSchema } from './fields.js';

/** Age bands used instead of dates of birth. */
export const AGE_BANDS = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85-plus'] as const;

/** One step in a referral's history. */
export const ReferralEventSchema = z
  .looseObject({
    status: ReferralStatusSchema,
    at: _describe(DateTimeSchema, 'When the referral entered this state.'),
    by: _describe(z.optional(ReferrerRoleSchema), 'Role of whoever made the change.'),
    note: _describe(z.optional(_text(2000)), 'Free-text note (personal data: never published).'),
  })
  .register(z.globalRegistry, { id: 'ReferralEvent', title: 'Referral event', description: 'A state change in the referral history.' });

/** One outcome measurement. */
export const MeasureSchema = z
  .looseObject({
    instrument: OutcomeInstrumentSchema,
    phase: _describe(z.enum(['baseline', 'follow-up', 'exit']), 'When it was taken: baseline, follow-up or exit.'),
    at: _describe(DateOrDateTimeSchema, 'When it was taken.'),
    items: _describe(
      z.optional(z.array(z.int().check(z.gte(0), z.lte(10))).check(z.maxLength(14))),
      "Item answers in the instrument's published order (never for licensed instruments such as PAM).",
    ),
    score: _describe(z.optional(z.number().check(z.gte(0), z.lte(100))), 'Total score, when only a total is recorded (PAM: 0–100).'),
    level: _describe(z.optional(z.int().check(z.gte(1), z.lte(4))), 'PAM activation level 1–4.'),
  })
  .register(z.globalRegistry, { id: 'Measure', title: 'Outcome measure', description: 'One outcome measurement: instrument, phase, date, and item answers or a total.' });

/**
 * A social prescribing referral (private, personal data). Minimal by design: a pseudonym, an
 * age band and a postcode district — never a name, NHS number, date of birth or full postcode.
 */
export const ReferralSchema = z
  .looseObject({
    id: IdSchema,
    createdAt: _describe(DateTimeSchema, 'When the referral was created.'),
    referrer: _describe(
      z.looseObject({
        role: ReferrerRoleSchema,
        organisationCode: _describe(z.optional(OdsCodeSchema), 'ODS code of the referring organisation, e.g. a GP practice or PCN.'),
      }),
      'Who referred.',
    ),
    subject: _describe(
      z.looseObject({
        pseudonym: _describe(z.string().check(z.minLength(1), z.maxLength(100)), 'A pseudonymous id for the person; never a name or NHS number.'),
        ageBand: _describe(z.optional(z.enum(AGE_BANDS)), 'Age band instead of a date of birth.'),
        postcodeDistrict: _describe(z.optional(PostcodeDistrictSchema), 'Postcode district (outward code) instead of a full postcode.'),
        consent: _describe(
          z.looseObject({
            given: _describe(z.boolean(), 'True when the person consented to the referral.'),
            recordedAt: _describe(DateTimeSchema, 'When consent was recorded.'),
            scopes: _describe(z.array(ConsentScopeSchema), 'What the person agreed may be shared.'),
          }),
          'Consent to the referral and to sharing.',
        ),
      }),
      'The person referred, pseudonymised.',
    ),
    reasons: _describe(z.array(NeedSchema).check(z.minLength(1)), 'Why the person was referred.'),
    goals: _describe(z.optional(_text(2000)), 'What matters to the person (personal data).'),
    target: _describe(
      z.optional(
        z.looseObject({
          activityId: _describe(z.optional(IdSchema), 'Activity the person was connected to.'),
          assetId: _describe(z.optional(IdSchema), 'Asset the person was connected to.'),
        }),
      ),
      'What the person was matched to.',
    ),
    status: ReferralStatusSchema,
    history: _describe(z.array(ReferralEventSchema).check(z.minLength(1)), 'Append-only, time-ordered history of state changes.'),
    attendance: _describe(
      z.optional(
        z.array(
          z.looseObject({
            date: _describe(z.iso.date(), 'Session date.'),
            attended: _describe(z.boolean(), 'True when the person attended.'),
          }),
        ),
      ),
      'Attendance at sessions.',
    ),
    measures: _describe(z.optional(z.array(MeasureSchema)), 'Outcome measures.'),
    endReason: _describe(z.optional(_text(500)), 'Why the referral ended.'),
  })
  .register(z.globalRegistry, { id: 'Referral', title: 'Referral', description: 'A social prescribing referral: personal data, never published in a dataset.' });

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
