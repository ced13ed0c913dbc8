const UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * Wraps a JSON-LD document in a `<script type="application/ld+json">` element that is safe to
 * put in an HTML page: `<`, `>`, `&`, U+2028 and U+2029 are written as JSON `\u` escapes, so no
 * value can close the script (`</script>`) or open a comment, and JSON parsers read back exactly
 * the same data. Never HTML-entity-encode inside the script; that would change the data.
 *
 * @param doc - A JSON-LD document (any JSON value).
 * @returns The script element as a string.
 * @throws TypeError when `doc` cannot be written as JSON (undefined, a function, a cycle, a BigInt).
 * @example
 * ```ts
 * toJsonLdScript({ '@context': 'https://schema.org', name: '</script>' });
 * //=> '<script type="application/ld+json">{"@context":"https://schema.org","name":"\\u003c/script\\u003e"}</script>'
 * ```
 */
export function toJsonLdScript(doc: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(doc);
  } catch (error) {
    throw new TypeError(`doc cannot be written as JSON: ${(error as Error).message}`);
  }
  if (json === undefined) throw new TypeError('doc cannot be written as JSON');
  return `<script type="application/ld+json">${json.replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!)}</script>`;
}
