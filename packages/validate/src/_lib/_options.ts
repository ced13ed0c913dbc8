import type { ValidateOptions } from '../types.js';

/** Checks and fills in the shared options. */
export function _options(options: ValidateOptions | undefined, fn: string): { now: Date; staleAfterMonths: number } {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError(`${fn}: options must be an object`);
  const now = options?.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError(`${fn}: options.now must be a valid Date`);
  const staleAfterMonths = options?.staleAfterMonths ?? 12;
  if (!Number.isInteger(staleAfterMonths) || staleAfterMonths < 1) throw new RangeError(`${fn}: options.staleAfterMonths must be a whole number of months, 1 or more`);
  return { now, staleAfterMonths };
}
