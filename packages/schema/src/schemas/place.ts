import * as z from 'zod';
import { VenueFeatureSchema } from './enums.js';
import { _text, _typeField, GssCodeSchema, IdSchema, NameSchema, PointSchema, PostcodeSchema, recordMetaShape } from './fields.js';

/** A postal address in the UK. */
export const AddressSchema = z
  .looseObject({
    lines: z.array(z.string().min(1).max(200)).min(1).max(6).meta({ description: 'Street address lines, most specific first.' }),
    town: _text(100).optional().meta({ description: 'Town or city.' }),
    postcode: PostcodeSchema.optional().meta({ description: 'UK postcode.' }),
    country: z.literal('GB').meta({ description: 'ISO 3166-1 country code; always GB.' }),
  })
  .meta({ id: 'Address', title: 'Address', description: 'A UK postal address.' });

/** A place: HSDS `location` + `address`, OpenActive/schema.org `Place`. */
export const PlaceSchema = z
  .looseObject({
    type: _typeField('Place'),
    id: IdSchema,
    name: NameSchema,
    address: AddressSchema.optional(),
    geo: PointSchema.optional().meta({ description: 'Where it is, as a GeoJSON Point [longitude, latitude].' }),
    areaCodes: z
      .looseObject({
        localAuthority: GssCodeSchema.optional().meta({ description: 'GSS code of the local authority district (E06, E07, E08, E09, W06, S12, N09).' }),
        region: GssCodeSchema.optional().meta({ description: 'GSS code of the region (E12), e.g. E12000002 North West.' }),
      })
      .optional()
      .meta({ description: 'ONS GSS codes of the areas the place is in.' }),
    venueFeatures: z
      .partialRecord(VenueFeatureSchema, z.boolean())
      .optional()
      .meta({ description: 'Access features: true = present, false = known to be absent; a feature left out is unknown.' }),
    accessibilityNotes: _text(5000).optional().meta({ description: 'Access information in words.' }),
    transportNotes: _text(5000).optional().meta({ description: 'How to get there.' }),
    uprn: z.string().regex(/^\d{1,12}$/, 'A UPRN is up to 12 digits').optional().meta({ description: 'Unique Property Reference Number.' }),
    ...recordMetaShape,
  })
  .meta({ id: 'Place', title: 'Place', description: 'A venue or location (Open Referral location, schema.org Place).' });

/** A place (parsed). */
export type Place = z.output<typeof PlaceSchema>;
/** A place as written by a publisher. */
export type PlaceInput = z.input<typeof PlaceSchema>;
/** A UK address. */
export type Address = z.output<typeof AddressSchema>;
