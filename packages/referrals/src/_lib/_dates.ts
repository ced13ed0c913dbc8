const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds since the epoch of an RFC 3339 date-time with offset, or NaN. */
export function _instant(value: unknown): number {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return Number.NaN;
  return Date.parse(value);
}

/** Milliseconds of a date (UTC midnight) or date-time, or NaN. */
export function _instantOrDate(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  if (DATE.test(value)) {
    const t = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value ? Number.NaN : t;
  }
  return _instant(value);
}

/** True for a real calendar date `YYYY-MM-DD`. */
export function _isDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value) && !Number.isNaN(_instantOrDate(value));
}

/** The calendar date part (`YYYY-MM-DD`) of a date or date-time as written (local to its offset). */
export function _datePart(value: string): string {
  return value.slice(0, 10);
}

/** Whole days from date a to date b (both `YYYY-MM-DD`). */
export function _daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
