import { DatasetHeaderSchema } from '@artsrx/schema';
import * as z from 'zod';

/** The dataset-level fields of a JSON dataset; the record lists are checked one record at a time. */
export const _DatasetTopSchema = DatasetHeaderSchema.omit({ type: true }).extend({
  organisations: z.unknown().optional(),
  places: z.unknown().optional(),
  assets: z.unknown().optional(),
  activities: z.unknown().optional(),
});
