import fc from 'fast-check';

// A fixed seed so `pnpm test` is the same on every run (CI must not fail on a lucky draw);
// ARTSRX_PROPERTY_SEED=<n> and ARTSRX_PROPERTY_SCALE=<k> search elsewhere and deeper.
fc.configureGlobal({ seed: Number(process.env.ARTSRX_PROPERTY_SEED ?? 20261126) });

/** Keys an attacker or a careless exporter would use: prototype names, ArtsRx and adapter field names. */
export const KEYS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty',
  'type', 'id', 'name', 'description', 'standard', 'version', 'activities', 'places', 'organisations', 'assets',
  'schedule', 'startDate', 'endDate', 'startTime', 'endTime', 'timezone', 'repeat', 'frequency', 'interval', 'byDay', 'byMonthDay', 'count', 'until', 'except', 'occurrences',
  'geo', 'coordinates', 'location', 'postcodeDistrict', 'areaCode', 'interests', 'artForms', 'activityTypes', 'availability', 'day', 'from', 'to',
  'history', 'status', 'at', 'note', 'subject', 'consent', 'measures', 'items', 'attendance', 'goals',
  'features', 'properties', 'geometry', 'services', 'contents', 'schedules', 'entry', 'resource', 'resourceType', 'data', 'kind', 'state', '@type', '@id',
] as const;

/** Strings that break things: dates and times that do not exist, numbers as text, markup, controls, lone surrogates, long runs. */
export const NASTY_STRINGS = [
  '', ' ', '\u0000', '\u001b[31m', '\r\n', '\u202e', '\ud800', '\udfff', '\ufeff', '0', '-1', '1e400', 'NaN', 'Infinity', 'null', 'true', '[]', '{}',
  '2026-02-30', '2026-13-01', '2026-00-00', '0000-01-01', '9999-12-31', '25:00', '24:00', '23:60', '-00:01', '2026-03-29T01:30:00', '2026-10-25T01:30:00+01:00',
  'MO', '5MO', '-1FR', 'XX', 'weekly', 'monthly', 'Europe/London', 'Mars/Olympus', 'UTC', 'Etc/GMT+14',
  '</script>', '<img src=x onerror=alert(1)>', '=HYPERLINK("x")', '@SUM(1)', "'; DROP TABLE x; --", '../../etc/passwd', 'javascript:alert(1)',
  'CH44 5XY', 'L1', 'E08000012', 'music', 'singing', 'low-mood', 'SWEMWBS', 'completed', 'in-person',
  'a'.repeat(5000), ' '.repeat(3000), '/'.repeat(3000), "'".repeat(3000), '-'.repeat(3000),
] as const;

const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const str = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) }, { weight: 2, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) });
const num = fc.oneof(fc.integer({ min: -10, max: 100 }), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 53, -(2 ** 53), 0.5, 1e21), fc.double({ noNaN: true, noDefaultInfinity: true }));

/**
 * JSON text of a hostile value: duplicate keys, `__proto__` as an own key (JSON.parse makes it
 * one), odd strings and numbers; parsed, it is what a reader of a file or a feed would get.
 */
export const hostileJsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    str.map((s) => JSON.stringify(s)),
    num.map((n) => JSON.stringify(n)),
    fc.constantFrom('true', 'false', 'null'),
    fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 6 }).map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

/** A parsed hostile value (own `__proto__` keys included). */
export const hostileJson: fc.Arbitrary<unknown> = hostileJsonText.map((t) => JSON.parse(t) as unknown);

/** Every path (list of keys) to a value inside `value`. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) paths((value as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

/**
 * A valid document with up to `max` of its values (anywhere, at any depth) replaced by hostile
 * values, or with hostile keys added beside them: the inputs most likely to reach deep code.
 */
export function mutated(base: unknown, max = 4): fc.Arbitrary<unknown> {
  const all = paths(base);
  return fc.array(fc.tuple(fc.nat(all.length - 1), hostileJson, fc.boolean(), key), { minLength: 1, maxLength: max }).map((edits) => {
    const doc = JSON.parse(JSON.stringify(base)) as unknown;
    let root = doc;
    for (const [i, value, addKey, k] of edits) {
      const path = all[i]!;
      if (path.length === 0) {
        if (addKey && root !== null && typeof root === 'object' && !Array.isArray(root)) Object.defineProperty(root, k, { value, enumerable: true, writable: true, configurable: true });
        else root = value;
        continue;
      }
      let parent: unknown = root;
      for (const p of path.slice(0, -1)) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[p] : undefined;
      if (parent === null || typeof parent !== 'object') continue;
      const last = path[path.length - 1]!;
      if (addKey && !Array.isArray(parent)) Object.defineProperty(parent, k, { value, enumerable: true, writable: true, configurable: true });
      else (parent as Record<string | number, unknown>)[last] = value;
    }
    return root;
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

const date = fc.oneof(
  fc.record({ y: fc.integer({ min: 1960, max: 2100 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc.constantFrom('2026-03-29', '2026-10-25', '2024-02-29', '2026-02-29', ...NASTY_STRINGS.slice(0, 30)),
);
const time = fc.oneof(fc.record({ h: fc.integer({ min: 0, max: 25 }), m: fc.integer({ min: 0, max: 61 }) }).map(({ h, m }) => `${pad(h)}:${pad(m)}`), fc.constantFrom('01:30', '00:00', '23:59', '24:00', '9:00', ''));
const byDay = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU', '1MO', '-1FR', '5SU', '+2WE', '0MO', '6TU', 'XX', '');

/** A schedule with plausible and impossible parts in any combination. */
export const anySchedule = fc.record(
  {
    timezone: fc.constantFrom('Europe/London', 'UTC', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Mars/Olympus', '', 'europe/london'),
    startDate: date,
    endDate: date,
    startTime: time,
    endTime: time,
    repeat: fc.record(
      {
        frequency: fc.constantFrom('daily', 'weekly', 'monthly', 'yearly', 'hourly', ''),
        interval: fc.oneof(fc.integer({ min: -2, max: 60 }), fc.constantFrom(0, 1e9, 0.5)),
        byDay: fc.array(byDay, { maxLength: 4 }),
        byMonthDay: fc.array(fc.integer({ min: -32, max: 32 }), { maxLength: 3 }),
        count: fc.oneof(fc.integer({ min: -1, max: 30 }), fc.constant(1e9)),
        until: date,
      },
      { requiredKeys: [] },
    ),
    except: fc.array(date, { maxLength: 3 }),
    occurrences: fc.array(fc.record({ start: fc.oneof(date.map((d) => `${d}T10:00:00Z`), date), end: fc.oneof(date.map((d) => `${d}T11:00:00Z`), date) }, { requiredKeys: [] }), { maxLength: 3 }),
    online: fc.boolean(),
  },
  { requiredKeys: [] },
);

