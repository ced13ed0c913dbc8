/** RFC 6901 JSON Pointer from a path. */
export function _pointer(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return out;
}

const WORDS: Record<string, string> = {
  geo: 'map point',
  uprn: 'UPRN',
  url: 'web address',
  id: 'id',
  ids: 'ids',
  gss: 'GSS',
  ods: 'ODS',
  abcd: 'ABCD',
  sameAs: 'same-as links',
  fiveWays: 'Five Ways to Wellbeing',
  lastVerified: 'date last checked',
  coordinates: 'coordinates',
  byDay: 'days',
  exceptDates: 'dates without a session',
  extraDates: 'extra session dates',
  areaCodes: 'area codes',
  localAuthority: 'local authority code',
  isFree: 'free or not',
};

/** A field name in words: `attendanceMode` → "attendance mode", `placeIds` → "place ids". */
export function _words(key: PropertyKey): string {
  const k = String(key);
  if (WORDS[k] !== undefined) return WORDS[k];
  return k
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .replace(/\bid\b/, 'id')
    .replace(/\burl\b/, 'web address');
}

/** Describes a path inside a record for a person: ["schedule", "repeat", "byDay", 0] → "the 1st of the days (schedule.repeat.byDay[0])". */
export function _fieldName(path: readonly PropertyKey[]): string {
  let last = path.length - 1;
  while (last >= 0 && typeof path[last] === 'number') last--;
  if (last < 0) return 'the record';
  const code = _dotted(path);
  const index = path[last + 1];
  const words = _words(path[last]!);
  if (typeof index === 'number') return `item ${index + 1} of the ${words} (${code})`;
  return `the ${words} (${code})`;
}

/** `["schedule", "repeat", "byDay", 0]` → `schedule.repeat.byDay[0]`. */
export function _dotted(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

/**
 * Characters never printed as they are: C0 and C1 controls and DEL (terminal escapes, bells,
 * backspaces, carriage returns), line and paragraph separators, and the bidirectional embeddings,
 * overrides, isolates and marks (text that reads differently from what it is). Zero-width joiners
 * are left alone: emoji and many scripts need them and they move nothing.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `U+202E` for a character. */
export function _codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when `s` holds a character {@link _visible} would escape. */
export function _hasUnsafe(s: string): boolean {
  return UNSAFE.test(s);
}

/** Text safe to print to a terminal or a Markdown table: each unsafe character shown as `[U+202E]`. */
export function _visible(s: string): string {
  return UNSAFE.test(s) ? s.replace(UNSAFE_ALL, (c) => `[${_codePoint(c)}]`) : s;
}

/** What kind of unsafe character `c` is, in words. */
function _unsafeKind(c: string): string {
  if (c === '\t') return 'tab';
  if (/[\n\r\u000b\u000c\u0085\u2028\u2029]/.test(c)) return 'line break';
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(c)) return 'text-direction control';
  return 'control character';
}

/**
 * The unsafe characters of `s` in words, e.g. "a text-direction control (U+202E, U+202C)" or
 * "a tab (U+0009) and a line break (U+000A)"; undefined when it has none.
 */
export function _describeUnsafe(s: string): string | undefined {
  const byKind = new Map<string, Set<string>>();
  for (const c of s.match(UNSAFE_ALL) ?? []) {
    const kind = _unsafeKind(c);
    if (!byKind.has(kind)) byKind.set(kind, new Set());
    byKind.get(kind)!.add(_codePoint(c));
  }
  if (byKind.size === 0) return undefined;
  const parts = [...byKind].map(([kind, codes]) => {
    const shown = [...codes].slice(0, 4);
    return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} (${shown.join(', ')}${codes.size > shown.length ? ', …' : ''})`;
  });
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** A value quoted for a message, shortened, with unsafe characters shown as `[U+…]`: “singing-group”. */
export function _quote(value: unknown): string {
  if (typeof value === 'string') {
    const s = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `\u201c${_visible(s)}\u201d`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return _kind(value);
}

/** The kind of a JSON value, in words. */
export function _kind(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value;
}

/** A list of allowed values for a hint, shortened after `max`. */
export function _list(values: readonly string[], max = 15): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}

/** 1st, 2nd, 3rd, 4th… */
export function _ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
