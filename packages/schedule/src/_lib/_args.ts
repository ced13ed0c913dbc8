import type { _Zone } from './_zone.js';
import { _parseInstant } from './_zone.js';

/** Reads an instant argument or throws a TypeError/RangeError naming it. */
let lastValue: unknown;
let lastZone: _Zone | undefined;
let lastMs = Number.NaN;

export function _instantArg(value: unknown, name: string, zone: _Zone): number {
  // Callers often expand many schedules from the same `from` string.
  if (typeof value === 'string' && value === lastValue && zone === lastZone) return lastMs;
  if (!(value instanceof Date) && typeof value !== 'string') {
    throw new TypeError(`${name} must be a Date or an ISO 8601 date or date-time string`);
  }
  const ms = _parseInstant(value, zone);
  if (ms !== ms) {
    // A local date-time needs a known zone; an unknown zone is bad data, so fall back to UTC parsing.
    if (typeof value === 'string' && !zone.valid) {
      const utc = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
      if (utc === utc) return utc;
    }
    throw new RangeError(`${name} is not a valid date or date-time: ${String(value)}`);
  }
  lastValue = value;
  lastZone = zone;
  lastMs = ms;
  return ms;
}

/** Reads an optional positive integer argument. */
export function _countArg(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number, 0 or more`);
  }
  return value;
}
