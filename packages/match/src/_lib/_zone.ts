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

/** Wall-clock fields of `ms` in `zone`. */
export function _wall(ms: number, zone: string): _Wall {
  let y = 0, m = 0, d = 0, hh = 0, mm = 0;
  for (const p of fmt(zone).formatToParts(ms)) {
    if (p.type === 'year') y = +p.value;
    else if (p.type === 'month') m = +p.value;
    else if (p.type === 'day') d = +p.value;
    else if (p.type === 'hour') hh = +p.value;
    else if (p.type === 'minute') mm = +p.value;
  }
  const day = _days(y, m, d);
  const offset = Math.round((Date.UTC(y, m - 1, d, hh, mm) - Math.floor(ms / 60000) * 60000) / 60000);
  return { y, m, d, hh, mm, wd: _weekday(day), offset };
}

/** Days since 1970-01-01 of a civil date. */
export function _days(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** Civil date of a day number. */
export function _civil(day: number): { y: number; m: number; d: number } {
  const t = new Date(day * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday. */
export function _weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The instant of a local wall-clock time in a zone (the later offset wins in a gap; the first in an overlap). */
export function _zonedToMs(day: number, minutes: number, zone: string): number {
  const guess = day * 86400000 + minutes * 60000;
  const o1 = _wall(guess, zone).offset;
  let ms = guess - o1 * 60000;
  const o2 = _wall(ms, zone).offset;
  if (o2 !== o1) {
    const alt = guess - o2 * 60000;
    if (_wall(alt, zone).offset === o2) ms = Math.min(ms, alt);
  }
  return ms;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO 8601 with the zone's UTC offset, e.g. 2026-03-25T18:30:00+00:00. */
export function _iso(ms: number, zone: string): string {
  const w = _wall(ms, zone);
  const sign = w.offset < 0 ? '-' : '+';
  const off = Math.abs(w.offset);
  return `${w.y}-${pad(w.m)}-${pad(w.d)}T${pad(w.hh)}:${pad(w.mm)}:00${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}
