import { DatasetHeaderSchema } from '@artsrx/schema';
import * as z from 'zod/mini';

/** The dataset-level fields of a JSON dataset; the record lists are checked one record at a time. */
export const _DatasetTopSchema = z.extend(z.omit(DatasetHeaderSchema, { type: true }), {
  organisations: z.optional(z.unknown()),
  places: z.optional(z.unknown()),
  assets: z.optional(z.unknown()),
  activities: z.optional(z.unknown()),
});
