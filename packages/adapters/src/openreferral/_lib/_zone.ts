// Civil-date arithmetic and UTC offsets in IANA zones, with Intl only (runs in browsers).

const formatters = new Map<string, Intl.DateTimeFormat>();

function _formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

// Offsets change only at transitions, which fall on quarter hours in every IANA zone: cache the
// offset per zone and quarter hour (Intl formatting is the slow part of exporting schedules).
const cache = new Map<string, number>();
const QUARTER = 15 * 60000;

/** Offset of `zone` from UTC at the instant `epochMs`, in minutes (east positive). */
export function _offsetAtInstant(zone: string, epochMs: number): number {
  const key = `${zone}|${Math.floor(epochMs / QUARTER)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size > 200000) cache.clear();
  const offset = _computeOffset(zone, Math.floor(epochMs / QUARTER) * QUARTER);
  cache.set(key, offset);
  return offset;
}

function _computeOffset(zone: string, epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of _formatter(zone).formatToParts(new Date(epochMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

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

/**
 * Offset of `zone` from UTC for the wall-clock time `time` on `date`, in minutes. A time that
 * is skipped by a clock change gets the offset after the change (RFC 5545 moves it forward); a
 * time that happens twice gets the first (the offset before the change).
 */
export function _offsetAtLocal(zone: string, date: string, time: string): number {
  const wall = _dayNumber(date) * 86400000 + _minutes(time) * 60000;
  const before = _offsetAtInstant(zone, wall - 86400000 / 2);
  const after = _offsetAtInstant(zone, wall + 86400000 / 2);
  // The first reading of the wall time: try the earlier offset, then the later one.
  for (const off of [Math.max(before, after), Math.min(before, after)]) {
    if (_offsetAtInstant(zone, wall - off * 60000) === off) return off;
  }
  return after;
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
