import * as z from 'zod/mini';
import { VenueFeatureSchema } from './enums.js';
import { _describe, _text, _typeField, GssCodeSchema, IdSchema, NameSchema, PointSchema, PostcodeSchema, recordMetaShape } from './fields.js';

/** A postal address in the UK. */
export const AddressSchema = z
  .looseObject({
    lines: _describe(
      z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(6)),
      'Street address lines, most specific first.',
    ),
    town: _describe(z.optional(_text(100)), 'Town or city.'),
    postcode: _describe(z.optional(PostcodeSchema), 'UK postcode.'),
    country: _describe(z.literal('GB'), 'ISO 3166-1 country code; always GB.'),
  })
  .register(z.globalRegistry, { id: 'Address', title: 'Address', description: 'A UK postal address.' });

/** A place: HSDS `location` + `address`, OpenActive/schema.org `Place`. */
export const PlaceSchema = z
  .looseObject({
    type: _typeField('Place'),
    id: IdSchema,
    name: NameSchema,
    address: z.optional(AddressSchema),
    geo: _describe(z.optional(PointSchema), 'Where it is, as a GeoJSON Point [longitude, latitude].'),
    areaCodes: _describe(
      z.optional(
        z.looseObject({
          localAuthority: _describe(z.optional(GssCodeSchema), 'GSS code of the local authority district (E06, E07, E08, E09, W06, S12, N09).'),
          region: _describe(z.optional(GssCodeSchema), 'GSS code of the region (E12), e.g. E12000002 North West.'),
        }),
      ),
      'ONS GSS codes of the areas the place is in.',
    ),
    venueFeatures: _describe(
      z.optional(z.partialRecord(VenueFeatureSchema, z.boolean())),
      'Access features: true = present, false = known to be absent; a feature left out is unknown.',
    ),
    accessibilityNotes: _describe(z.optional(_text(5000)), 'Access information in words.'),
    transportNotes: _describe(z.optional(_text(5000)), 'How to get there.'),
    uprn: _describe(z.optional(z.string().check(z.regex(/^\d{1,12}$/, 'A UPRN is up to 12 digits'))), 'Unique Property Reference Number.'),
    ...recordMetaShape,
  })
  .register(z.globalRegistry, { id: 'Place', title: 'Place', description: 'A venue or location (Open Referral location, schema.org Place).' });

/** A place (parsed). */
export type Place = z.output<typeof PlaceSchema>;
/** A place as written by a publisher. */
export type PlaceInput = z.input<typeof PlaceSchema>;
/** A UK address. */
export type Address = z.output<typeof AddressSchema>;
