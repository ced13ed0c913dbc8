// Civil-date arithmetic for the Open Referral schedule code: calendar sums only, no time zone.
// UTC offsets come from `timeZoneOffset` of `@artsrx/schedule`.

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` date. */
export function _dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** `YYYY-MM-DD` of a day number. */
export function _dateOf(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** Minutes since midnight of `HH:MM`. */
export function _minutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** `HH:MM` of minutes since midnight (wrapped into one day). */
export function _hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `Z` or `+HH:MM` / `-HH:MM` for an offset in minutes. */
export function _offsetText(offset: number): string {
  if (offset === 0) return 'Z';
  const sign = offset > 0 ? '+' : '-';
  const a = Math.abs(offset);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Weekday code of a day number (1970-01-01 was a Thursday). */
export function _weekday(day: number): 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU' {
  return (['TH', 'FR', 'SA', 'SU', 'MO', 'TU', 'WE'] as const)[((day % 7) + 7) % 7]!;
}
