import * as z from 'zod/mini';
import { ActivitySchema } from './activity.js';
import { AssetSchema } from './asset.js';
import { _describe, DateTimeSchema, EmailSchema, LicenseSchema, NameSchema, UrlSchema } from './fields.js';
import { OrganisationSchema } from './organisation.js';
import { PlaceSchema } from './place.js';

/** Semantic version of the standard a document follows. */
export const STANDARD_VERSION = '0.1.0';

/** The dataset-level fields, shared by the JSON Dataset and the NDJSON DatasetHeader. */
export const datasetHeaderShape = {
  standard: _describe(z.literal('artsrx'), 'Always "artsrx".'),
  version: _describe(
    z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'The version is a semantic version such as 0.1.0')),
    `Version of the ArtsRx standard the document follows, e.g. "${STANDARD_VERSION}".`,
  ),
  publisher: _describe(
    z.looseObject({
      name: _describe(NameSchema, 'Name of the publisher.'),
      url: _describe(z.optional(UrlSchema), 'Publisher website.'),
      email: _describe(z.optional(EmailSchema), 'Publisher contact email.'),
    }),
    'Who publishes the dataset.',
  ),
  license: _describe(LicenseSchema, 'Licence: SPDX id (OGL-UK-3.0, CC-BY-4.0) or URL.'),
  generatedAt: _describe(DateTimeSchema, 'When the dataset was generated.'),
};

/** A published ArtsRx dataset. */
export const DatasetSchema = z
  .looseObject({
    ...datasetHeaderShape,
    organisations: _describe(z._default(z.array(OrganisationSchema), []), 'Organisations.'),
    places: _describe(z._default(z.array(PlaceSchema), []), 'Places.'),
    assets: _describe(z._default(z.array(AssetSchema), []), 'Assets.'),
    activities: _describe(z._default(z.array(ActivitySchema), []), 'Activities.'),
  })
  .register(z.globalRegistry, { id: 'Dataset', title: 'ArtsRx dataset', description: 'A published ArtsRx dataset of organisations, places, assets and activities.' });

/** The first line of an NDJSON dataset: the dataset-level fields. */
export const DatasetHeaderSchema = z
  .looseObject({ type: z.literal('DatasetHeader'), ...datasetHeaderShape })
  .register(z.globalRegistry, { id: 'DatasetHeader', title: 'Dataset header', description: 'The optional first line of an NDJSON dataset, holding the dataset-level fields.' });

/** One NDJSON line: a header or a typed record. */
export const DatasetLineSchema = z
  .discriminatedUnion('type', [
    DatasetHeaderSchema,
    z.safeExtend(OrganisationSchema, { type: z.literal('Organisation') }),
    z.safeExtend(PlaceSchema, { type: z.literal('Place') }),
    z.safeExtend(AssetSchema, { type: z.literal('Asset') }),
    z.safeExtend(ActivitySchema, { type: z.literal('Activity') }),
  ])
  .register(z.globalRegistry, { id: 'DatasetLine', title: 'NDJSON dataset line', description: 'One line of an NDJSON dataset: a DatasetHeader or a record with its type.' });

/** A dataset (parsed: arrays always present). */
export type Dataset = z.output<typeof DatasetSchema>;
/** A dataset as written by a publisher (arrays optional). */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** An NDJSON header line. */
export type DatasetHeader = z.output<typeof DatasetHeaderSchema>;
/** One NDJSON line. */
export type DatasetLine = z.output<typeof DatasetLineSchema>;
