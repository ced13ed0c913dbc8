/**
 * A 53-bit hash of a string (two 32-bit FNV-1a style hashes with different seeds), small enough
 * to be an exact JavaScript number. Streaming integrity checks keep these instead of the ids:
 * with a million ids the chance of any two colliding is about 1 in 16 000.
 */
export function _hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 16;
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
