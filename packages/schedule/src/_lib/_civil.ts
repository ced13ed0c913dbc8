/**
 * Civil-calendar helpers on "day numbers" (days since 1970-01-01 in the proleptic Gregorian
 * calendar). These are calendar sums only: no time zone or UTC offset is involved here.
 */

const DAY_MS = 86_400_000;

/** Weekday codes in ISO order, Monday first (index 0). */
export const _WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type _Weekday = (typeof _WEEKDAYS)[number];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** Day number of a civil date (month 1–12). */
export function _dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

const parsedDates = new Map<string, number | undefined>();
const parsedTimes = new Map<string, number | undefined>();

/** Parses `YYYY-MM-DD` to a day number, or `undefined` when it is not a real date (memoised). */
export function _parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (parsedDates.has(value)) return parsedDates.get(value);
  const m = DATE_RE.exec(value);
  let out: number | undefined;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= _daysInMonth(y, mo)) out = _dayNumber(y, mo, d);
  }
  if (parsedDates.size > 100_000) parsedDates.clear();
  parsedDates.set(value, out);
  return out;
}

/** Parses `HH:MM` (or `HH:MM:SS`, seconds ignored) to minutes after midnight (memoised). */
export function _parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (parsedTimes.has(value)) return parsedTimes.get(value);
  const m = TIME_RE.exec(value);
  const out = m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
  if (parsedTimes.size > 100_000) parsedTimes.clear();
  parsedTimes.set(value, out);
  return out;
}

/** Civil fields of a day number. */
export function _civil(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday index of a day number: 0 = Monday … 6 = Sunday. */
export function _weekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Number of days in a month (month 1–12). */
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function _daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DIM[month - 1] as number;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n < 1000 ? String(n).padStart(4, '0') : String(n);
}

const dateCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (memoised: schedules revisit the same days). */
export function _formatDate(dayNumber: number): string {
  let s = dateCache.get(dayNumber);
  if (s === undefined) {
    const { year, month, day } = _civil(dayNumber);
    s = `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
    if (dateCache.size > 200_000) dateCache.clear();
    dateCache.set(dayNumber, s);
  }
  return s;
}

/** `HH:MM` of minutes after midnight. */
export function _formatTime(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** `±HH:MM` of an offset in minutes. */
export function _formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const a = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
}

export { DAY_MS as _DAY_MS, pad2 as _pad2 };
