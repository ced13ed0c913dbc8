/**
 * Finds where JSON text nests deeper than `maxDepth`, without parsing it: counts brackets
 * outside strings. Returns the offset of the first bracket past the limit, or undefined.
 * Runs before `JSON.parse` so no later step (zod, our rule walkers, `JSON.stringify`) can
 * overflow the stack on a hostile file.
 */
export function _scanDepth(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the string: jump to each next quote and check it is not escaped.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i === -1) return undefined;
        let backslashes = 0;
        for (let j = i - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return undefined;
}
