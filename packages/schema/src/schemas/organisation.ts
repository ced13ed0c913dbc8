import * as z from 'zod/mini';
import { AbcdCategorySchema, ArtFormSchema } from './enums.js';
import { _describe, _text, _typeField, EmailSchema, IdSchema, NameSchema, PhoneSchema, recordMetaShape, UrlSchema } from './fields.js';

/** An organisation: HSDS `organization`. */
export const OrganisationSchema = z
  .looseObject({
    type: _typeField('Organisation'),
    id: IdSchema,
    name: NameSchema,
    description: _describe(z.optional(_text(20000)), 'What the organisation does.'),
    url: _describe(z.optional(UrlSchema), 'Website.'),
    email: _describe(z.optional(EmailSchema), 'General contact email address.'),
    phone: _describe(z.optional(PhoneSchema), 'General contact phone number.'),
    identifiers: _describe(
      z.optional(
        z.array(
          z.looseObject({
            scheme: _describe(
              z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{2,10}$/, 'An identifier scheme is an org-id.guide code such as GB-CHC')),
              'org-id.guide scheme code: GB-CHC (charity in England and Wales), GB-COH (Companies House), GB-NHS (ODS), GB-SC (Scottish charity).',
            ),
            value: _describe(z.string().check(z.minLength(1), z.maxLength(100)), 'The identifier within the scheme, e.g. a charity number.'),
          }),
        ),
      ),
      'Registered identifiers, e.g. a charity number or Companies House number.',
    ),
    abcdCategory: _describe(z.optional(AbcdCategorySchema), 'ABCD category, usually association or institution.'),
    artForms: _describe(z.optional(z.array(ArtFormSchema)), 'Art forms the organisation works in.'),
    ...recordMetaShape,
  })
  .register(z.globalRegistry, { id: 'Organisation', title: 'Organisation', description: 'An organisation that runs assets or activities (Open Referral organization).' });

/** An organisation (parsed). */
export type Organisation = z.output<typeof OrganisationSchema>;
/** An organisation as written by a publisher. */
export type OrganisationInput = z.input<typeof OrganisationSchema>;
