import * as z from 'zod/mini';
import { AbcdCategorySchema, ArtFormSchema, AssetKindSchema, FiveWaysSchema } from './enums.js';
import { _describe, _text, _typeField, ContactSchema, IdSchema, MoneySchema, NameSchema, recordMetaShape, UrlSchema } from './fields.js';

/** A year from 1900 to 2100. */
const _year = () => z.int().check(z.gte(1900), z.lte(2100));

/** Evaluation evidence of social value, e.g. an SROI of £6.95 per £1. */
export const SocialValueSchema = z
  .looseObject({
    method: _describe(z.enum(['sroi', 'wellby', 'other']), 'Social return on investment, WELLBY valuation, or another method.'),
    ratio: _describe(z.optional(z.number().check(z.gte(0), z.lte(1000))), 'Value per £1 invested (SROI), e.g. 6.95.'),
    valueGbp: _describe(z.optional(MoneySchema.check(z.lte(1e12))), 'Total value in pounds.'),
    year: _describe(_year(), 'Year of the evaluation or of the prices.'),
    source: _describe(z.string().check(z.minLength(1), z.maxLength(1000)), 'Where the figure comes from: a report title or URL.'),
  })
  .register(z.globalRegistry, { id: 'SocialValue', title: 'Social value', description: 'Evidence of social value from an evaluation.' });

/** An asset: anything of value to a community's cultural life and wellbeing. */
export const AssetSchema = z
  .looseObject({
    type: _typeField('Asset'),
    id: IdSchema,
    name: NameSchema,
    description: _describe(z.optional(_text(20000)), 'What the asset is.'),
    abcdCategory: _describe(AbcdCategorySchema, 'ABCD category of the asset.'),
    assetKind: _describe(AssetKindSchema, 'Finer kind of asset.'),
    organisationId: _describe(z.optional(IdSchema), 'Id of the organisation that runs or owns it.'),
    placeIds: _describe(z.optional(z.array(IdSchema)), 'Ids of the places where it is.'),
    artForms: _describe(z.optional(z.array(ArtFormSchema)), 'Art forms it covers.'),
    fiveWays: _describe(z.optional(z.array(FiveWaysSchema)), 'Five Ways to Wellbeing it supports.'),
    wellbeingValue: _describe(z.optional(_text(5000)), 'Why it matters for wellbeing, in people\u2019s own words.'),
    status: _describe(
      z.enum(['nominated', 'active', 'temporarily-closed', 'closed']),
      'nominated = recorded by the community, not yet checked; active; temporarily-closed; closed.',
    ),
    socialValue: _describe(z.optional(z.array(SocialValueSchema)), 'Evaluation evidence of social value.'),
    evidence: _describe(
      z.optional(
        z.array(
          z.looseObject({
            title: _describe(z.string().check(z.minLength(1), z.maxLength(500)), 'Title of the report or study.'),
            url: _describe(UrlSchema, 'Where to read it.'),
            year: _describe(z.optional(_year()), 'Year published.'),
          }),
        ),
      ),
      'Evaluations and studies about the asset.',
    ),
    url: _describe(z.optional(UrlSchema), 'Web page.'),
    contact: _describe(z.optional(ContactSchema), 'How to get in touch.'),
    sameAs: _describe(
      z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(2000)))),
      'Ids of the same asset in other directories (HSDS id, OpenActive @id, charity URL).',
    ),
    ...recordMetaShape,
  })
  .register(z.globalRegistry, { id: 'Asset', title: 'Asset', description: 'A community asset in the ABCD sense: an organisation, venue, group, skill, green space, festival, collection.' });

/** An asset (parsed). */
export type Asset = z.output<typeof AssetSchema>;
/** An asset as written by a publisher. */
export type AssetInput = z.input<typeof AssetSchema>;
/** Social value evidence. */
export type SocialValue = z.output<typeof SocialValueSchema>;
