import * as z from 'zod';
import { ActivitySchema } from './activity.js';
import { AssetSchema } from './asset.js';
import { DateTimeSchema, EmailSchema, LicenseSchema, NameSchema, UrlSchema } from './fields.js';
import { OrganisationSchema } from './organisation.js';
import { PlaceSchema } from './place.js';

/** Semantic version of the standard a document follows. */
export const STANDARD_VERSION = '0.1.0';

/** The dataset-level fields, shared by the JSON Dataset and the NDJSON DatasetHeader. */
export const datasetHeaderShape = {
  standard: z.literal('artsrx').meta({ description: 'Always "artsrx".' }),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'The version is a semantic version such as 0.1.0')
    .meta({ description: `Version of the ArtsRx standard the document follows, e.g. "${STANDARD_VERSION}".` }),
  publisher: z
    .looseObject({
      name: NameSchema.meta({ description: 'Name of the publisher.' }),
      url: UrlSchema.optional().meta({ description: 'Publisher website.' }),
      email: EmailSchema.optional().meta({ description: 'Publisher contact email.' }),
    })
    .meta({ description: 'Who publishes the dataset.' }),
  license: LicenseSchema.meta({ description: 'Licence: SPDX id (OGL-UK-3.0, CC-BY-4.0) or URL.' }),
  generatedAt: DateTimeSchema.meta({ description: 'When the dataset was generated.' }),
};

/** A published ArtsRx dataset. */
export const DatasetSchema = z
  .looseObject({
    ...datasetHeaderShape,
    organisations: z.array(OrganisationSchema).default([]).meta({ description: 'Organisations.' }),
    places: z.array(PlaceSchema).default([]).meta({ description: 'Places.' }),
    assets: z.array(AssetSchema).default([]).meta({ description: 'Assets.' }),
    activities: z.array(ActivitySchema).default([]).meta({ description: 'Activities.' }),
  })
  .meta({ id: 'Dataset', title: 'ArtsRx dataset', description: 'A published ArtsRx dataset of organisations, places, assets and activities.' });

/** The first line of an NDJSON dataset: the dataset-level fields. */
export const DatasetHeaderSchema = z
  .looseObject({ type: z.literal('DatasetHeader'), ...datasetHeaderShape })
  .meta({ id: 'DatasetHeader', title: 'Dataset header', description: 'The optional first line of an NDJSON dataset, holding the dataset-level fields.' });

/** One NDJSON line: a header or a typed record. */
export const DatasetLineSchema = z
  .discriminatedUnion('type', [
    DatasetHeaderSchema,
    OrganisationSchema.safeExtend({ type: z.literal('Organisation') }),
    PlaceSchema.safeExtend({ type: z.literal('Place') }),
    AssetSchema.safeExtend({ type: z.literal('Asset') }),
    ActivitySchema.safeExtend({ type: z.literal('Activity') }),
  ])
  .meta({ id: 'DatasetLine', title: 'NDJSON dataset line', description: 'One line of an NDJSON dataset: a DatasetHeader or a record with its type.' });

/** A dataset (parsed: arrays always present). */
export type Dataset = z.output<typeof DatasetSchema>;
/** A dataset as written by a publisher (arrays optional). */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** An NDJSON header line. */
export type DatasetHeader = z.output<typeof DatasetHeaderSchema>;
/** One NDJSON line. */
export type DatasetLine = z.output<typeof DatasetLineSchema>;
