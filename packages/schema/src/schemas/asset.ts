import * as z from 'zod';
import { AbcdCategorySchema, ArtFormSchema, AssetKindSchema, FiveWaysSchema } from './enums.js';
import { _text, _typeField, ContactSchema, IdSchema, MoneySchema, NameSchema, recordMetaShape, UrlSchema } from './fields.js';

/** Evaluation evidence of social value, e.g. an SROI of £6.95 per £1. */
export const SocialValueSchema = z
  .looseObject({
    method: z.enum(['sroi', 'wellby', 'other']).meta({ description: 'Social return on investment, WELLBY valuation, or another method.' }),
    ratio: z.number().min(0).max(1000).optional().meta({ description: 'Value per £1 invested (SROI), e.g. 6.95.' }),
    valueGbp: MoneySchema.max(1e12).optional().meta({ description: 'Total value in pounds.' }),
    year: z.int().min(1900).max(2100).meta({ description: 'Year of the evaluation or of the prices.' }),
    source: z.string().min(1).max(1000).meta({ description: 'Where the figure comes from: a report title or URL.' }),
  })
  .meta({ id: 'SocialValue', title: 'Social value', description: 'Evidence of social value from an evaluation.' });

/** An asset: anything of value to a community's cultural life and wellbeing. */
export const AssetSchema = z
  .looseObject({
    type: _typeField('Asset'),
    id: IdSchema,
    name: NameSchema,
    description: _text(20000).optional().meta({ description: 'What the asset is.' }),
    abcdCategory: AbcdCategorySchema.meta({ description: 'ABCD category of the asset.' }),
    assetKind: AssetKindSchema.meta({ description: 'Finer kind of asset.' }),
    organisationId: IdSchema.optional().meta({ description: 'Id of the organisation that runs or owns it.' }),
    placeIds: z.array(IdSchema).optional().meta({ description: 'Ids of the places where it is.' }),
    artForms: z.array(ArtFormSchema).optional().meta({ description: 'Art forms it covers.' }),
    fiveWays: z.array(FiveWaysSchema).optional().meta({ description: 'Five Ways to Wellbeing it supports.' }),
    wellbeingValue: _text(5000).optional().meta({ description: 'Why it matters for wellbeing, in people\u2019s own words.' }),
    status: z.enum(['nominated', 'active', 'temporarily-closed', 'closed']).meta({
      description: 'nominated = recorded by the community, not yet checked; active; temporarily-closed; closed.',
    }),
    socialValue: z.array(SocialValueSchema).optional().meta({ description: 'Evaluation evidence of social value.' }),
    evidence: z
      .array(
        z.looseObject({
          title: z.string().min(1).max(500).meta({ description: 'Title of the report or study.' }),
          url: UrlSchema.meta({ description: 'Where to read it.' }),
          year: z.int().min(1900).max(2100).optional().meta({ description: 'Year published.' }),
        }),
      )
      .optional()
      .meta({ description: 'Evaluations and studies about the asset.' }),
    url: UrlSchema.optional().meta({ description: 'Web page.' }),
    contact: ContactSchema.optional().meta({ description: 'How to get in touch.' }),
    sameAs: z.array(z.string().min(1).max(2000)).optional().meta({ description: 'Ids of the same asset in other directories (HSDS id, OpenActive @id, charity URL).' }),
    ...recordMetaShape,
  })
  .meta({ id: 'Asset', title: 'Asset', description: 'A community asset in the ABCD sense: an organisation, venue, group, skill, green space, festival, collection.' });

/** An asset (parsed). */
export type Asset = z.output<typeof AssetSchema>;
/** An asset as written by a publisher. */
export type AssetInput = z.input<typeof AssetSchema>;
/** Social value evidence. */
export type SocialValue = z.output<typeof SocialValueSchema>;
