/**
 * mulberry32: a tiny, fast seeded pseudo-random generator (32-bit state). The same seed always
 * gives the same sequence, so benchmarks measure the same data on every run. Not for anything
 * that needs good statistical quality or secrecy; the dataset generators use `_Random` (sfc32).
 *
 * @param seed - Any number; it is taken as an unsigned 32-bit integer.
 * @returns A function giving the next number in [0, 1) on each call.
 *
 * @example
 * ```ts
 * const random = mulberry32(42);
 * random(); //=> 0.6011037519201636
 * ```
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
