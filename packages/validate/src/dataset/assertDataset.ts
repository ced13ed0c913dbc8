import { DatasetSchema, type Dataset } from '@artsrx/schema';
import { ArtsRxValidationError } from '../errors.js';
import type { ValidateOptions } from '../types.js';
import { validateDataset } from './validateDataset.js';

/** Options for {@link assertDataset}. */
export type AssertDatasetOptions = ValidateOptions;

/**
 * Validates a dataset and returns it parsed (defaults applied), or throws an
 * {@link ArtsRxValidationError} holding every issue when there is an error. Warnings do not throw.
 *
 * @param input - a parsed dataset object, or its JSON text
 * @param options - {@link AssertDatasetOptions}
 * @returns the parsed dataset
 * @throws ArtsRxValidationError when the dataset has errors
 * @example
 * assertDataset(validDataset).activities.length //=> 12
 * assertDataset({}) // throws ArtsRxValidationError: The dataset has 5 error(s); …
 */
export function assertDataset(input: unknown, options: AssertDatasetOptions = {}): Dataset {
  const result = validateDataset(input, options);
  if (!result.valid) throw new ArtsRxValidationError(result);
  const value = typeof input === 'string' ? JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) : input;
  return DatasetSchema.parse(value);
}
