const formatters = new Map<string, Intl.DateTimeFormat>();

/** UTC offset in minutes of `zone` at the instant `ms`, read from the runtime's time zone data. */
export function _offsetAt(zone: string, ms: number): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, f);
  }
  const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? '0'));
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

function localText(ms: number, offset: number): string {
  return new Date(ms + offset * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

const HOUR = 3_600_000;

type _Change = { at: number; from: number; to: number };
/** Changes by zone and year: zone data does not change while a program runs, and scanning a year costs ~1,500 Intl calls. */
const yearCache = new Map<string, _Change[]>();

/** Every change of UTC offset in `zone` from the start of `fromYear` to the end of `toYear`. */
export function _transitions(zone: string, fromYear: number, toYear: number): _Change[] {
  const out: _Change[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const key = `${zone}|${year}`;
    let changes = yearCache.get(key);
    if (!changes) {
      changes = scanYear(zone, year);
      yearCache.set(key, changes);
    }
    out.push(...changes);
  }
  return out;
}

function scanYear(zone: string, year: number): _Change[] {
  const out: _Change[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let t = Date.UTC(year, 0, 1);
  let previous = _offsetAt(zone, t);
  // Offsets change at most a few times a year, and never twice within 12 hours.
  for (; t < end; t += 12 * HOUR) {
    const next = _offsetAt(zone, t + 12 * HOUR);
    if (next === previous) continue;
    let lo = t;
    let hi = t + 12 * HOUR;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (_offsetAt(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: previous, to: next });
    previous = next;
  }
  return out;
}

/**
 * A VTIMEZONE for an IANA zone covering `fromYear`…`toYear`, written as explicit observances
 * (one STANDARD or DAYLIGHT per change of offset, RFC 5545 §3.6.5) from the runtime's zone data.
 */
export function _vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const initial = _offsetAt(zone, start);
  const changes = _transitions(zone, fromYear, toYear);
  const offsets = [initial, ...changes.map((c) => c.to)];
  const standard = Math.min(...offsets);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: string, at: number, from: number, to: number) => {
    lines.push(`BEGIN:${kind}`, `DTSTART:${localText(at, from)}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`);
  };
  observance(initial === standard ? 'STANDARD' : 'DAYLIGHT', start, initial, initial);
  for (const c of changes) observance(c.to === standard ? 'STANDARD' : 'DAYLIGHT', c.at, c.from, c.to);
  lines.push('END:VTIMEZONE');
  return lines;
}
