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
function _days(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** 0 = Monday … 6 = Sunday. */
function _weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
