import * as z from 'zod';
import { AbcdCategorySchema, ArtFormSchema } from './enums.js';
import { _text, _typeField, EmailSchema, IdSchema, NameSchema, PhoneSchema, recordMetaShape, UrlSchema } from './fields.js';

/** An organisation: HSDS `organization`. */
export const OrganisationSchema = z
  .looseObject({
    type: _typeField('Organisation'),
    id: IdSchema,
    name: NameSchema,
    description: _text(20000).optional().meta({ description: 'What the organisation does.' }),
    url: UrlSchema.optional().meta({ description: 'Website.' }),
    email: EmailSchema.optional().meta({ description: 'General contact email address.' }),
    phone: PhoneSchema.optional().meta({ description: 'General contact phone number.' }),
    identifiers: z
      .array(
        z.looseObject({
          scheme: z
            .string()
            .regex(/^[A-Z]{2}-[A-Z0-9]{2,10}$/, 'An identifier scheme is an org-id.guide code such as GB-CHC')
            .meta({ description: 'org-id.guide scheme code: GB-CHC (charity in England and Wales), GB-COH (Companies House), GB-NHS (ODS), GB-SC (Scottish charity).' }),
          value: z.string().min(1).max(100).meta({ description: 'The identifier within the scheme, e.g. a charity number.' }),
        }),
      )
      .optional()
      .meta({ description: 'Registered identifiers, e.g. a charity number or Companies House number.' }),
    abcdCategory: AbcdCategorySchema.optional().meta({ description: 'ABCD category, usually association or institution.' }),
    artForms: z.array(ArtFormSchema).optional().meta({ description: 'Art forms the organisation works in.' }),
    ...recordMetaShape,
  })
  .meta({ id: 'Organisation', title: 'Organisation', description: 'An organisation that runs assets or activities (Open Referral organization).' });

/** An organisation (parsed). */
export type Organisation = z.output<typeof OrganisationSchema>;
/** An organisation as written by a publisher. */
export type OrganisationInput = z.input<typeof OrganisationSchema>;
