/** Rounds to `dp` decimal places (half away from zero; `dp` may be negative), never returning -0. */
export function _round(value: number, dp: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = Math.sign(value);
  const abs = Math.abs(value);
  const r = dp >= 0 ? (sign * Math.round(abs * 10 ** dp + 1e-9)) / 10 ** dp : sign * Math.round(abs / 10 ** -dp) * 10 ** -dp;
  return Object.is(r, -0) ? 0 : r;
}

/** Rounds to `sf` significant figures. */
export function _roundSignificant(value: number, sf: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return _round(value, sf - 1 - magnitude);
}
