/** A JSON object as found in an Open Referral document. */
export type _Json = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function _isObject(value: unknown): value is _Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an array of objects; anything else becomes an empty array. */
export function _objects(value: unknown): _Json[] {
  return Array.isArray(value) ? value.filter(_isObject) : [];
}

/** A trimmed non-empty string, or undefined. */
export function _str(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? undefined : t;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A finite number (numeric strings accepted), or undefined. */
export function _num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/**
 * Copies an object without the keys whose value is undefined, null, an empty string or an empty
 * array: Open Referral UK asks publishers to leave empty optional fields out.
 */
export function _compact<T extends _Json>(object: T): T {
  const out: _Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}
