/** Wall-clock fields of an instant in a zone. */
export interface _Wall {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  /** 0 = Monday … 6 = Sunday. */
  wd: number;
  /** Minutes east of UTC. */
  offset: number;
  /** Local day number (days since 1970-01-01). */
  day: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(zone, f);
  }
  return f;
}

/** UTC offset (minutes east) of `zone` at `ms`, read from Intl. */
function offsetAt(ms: number, zone: string): number {
  let y = 0, m = 0, d = 0, hh = 0, mm = 0;
  for (const p of fmt(zone).formatToParts(ms)) {
    if (p.type === 'year') y = +p.value;
    else if (p.type === 'month') m = +p.value;
    else if (p.type === 'day') d = +p.value;
    else if (p.type === 'hour') hh = +p.value;
    else if (p.type === 'minute') mm = +p.value;
  }
  return Math.round((Date.UTC(y, m - 1, d, hh, mm) - Math.floor(ms / 60000) * 60000) / 60000);
}

const QUARTER = 900_000;
const offsets = new Map<string, Map<number, number>>();

/**
 * UTC offset of `zone` at `ms`, remembered per quarter hour: time zone transitions fall on
 * quarter hours of UTC, so every instant of a quarter hour shares its offset. Intl is slow;
 * this is called for every session a query looks at.
 */
export function _offset(ms: number, zone: string): number {
  let cache = offsets.get(zone);
  if (cache === undefined) {
    if (offsets.size > 1000) offsets.clear();
    offsets.set(zone, (cache = new Map()));
  }
  const q = Math.floor(ms / QUARTER);
  let o = cache.get(q);
  if (o === undefined) {
    if (cache.size > 100_000) cache.clear();
    cache.set(q, (o = offsetAt(q * QUARTER, zone)));
  }
  return o;
}

/** Is `zone` an IANA time zone this runtime knows? */
export function _isZone(zone: string): boolean {
  try {
    fmt(zone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields of `ms` in `zone`. */
export function _wall(ms: number, zone: string): _Wall {
  const offset = _offset(ms, zone);
  const t = new Date(ms + offset * 60000);
  const day = Math.floor((ms + offset * 60000) / 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: t.getUTCHours(), mm: t.getUTCMinutes(), wd: _weekday(day), offset, day };
}

/** 0 = Monday … 6 = Sunday. */
function _weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
