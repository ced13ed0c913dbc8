/** Reads a property without ever throwing (a getter or proxy may throw). */
export function _get(value: unknown, key: string): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A string property, or undefined; very long text is cut to the schema's 20 000 characters. */
export function _getString(value: unknown, key: string): string | undefined {
  const v = _get(value, key);
  return typeof v === 'string' ? v.slice(0, 20000) : undefined;
}

/** An array property as an array (empty when missing or not an array). */
export function _getArray(value: unknown, key: string): unknown[] {
  const v = _get(value, key);
  try {
    return Array.isArray(v) ? [...v] : [];
  } catch {
    return [];
  }
}

/** Checks a number option, throwing a RangeError that names it. */
export function _checkUnitInterval(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be a number from 0 to 1, got ${String(value)}`);
  }
  return value;
}
