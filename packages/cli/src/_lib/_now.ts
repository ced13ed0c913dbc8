import { _CliError } from './_errors.js';

/** Parses a `--now` option (an ISO date or date-time), default the current time. */
export function _parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new _CliError(`--now must be an ISO date or date-time such as 2026-05-01 or 2026-05-01T12:00:00Z, got "${value}"`);
  }
  return date;
}
