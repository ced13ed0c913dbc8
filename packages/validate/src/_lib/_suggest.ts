/** Levenshtein distance, stopping early once it exceeds `max`. */
export function _distance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The candidate someone most likely meant by `input`, or undefined: same letters ignoring case
 * and punctuation; then a close spelling (edit distance up to a third of the length); then a
 * candidate the input starts with or contains ("singing-group" → "singing"); then a label
 * that contains the input ("choir" → the term labelled "Singing and choirs").
 */
export function _suggest(input: string, candidates: readonly string[], labels?: ReadonlyMap<string, string>): string | undefined {
  if (input.length === 0 || input.length > 200) return undefined;
  const n = norm(input);
  if (n.length === 0) return undefined;
  for (const c of candidates) if (norm(c) === n) return c;
  let best: string | undefined;
  let bestD = Math.max(1, Math.floor(n.length / 3));
  for (const c of candidates) {
    const d = _distance(n, norm(c), bestD);
    if (d < bestD || (d === bestD && best === undefined)) {
      best = c;
      bestD = d;
    }
  }
  if (best !== undefined && bestD <= Math.max(1, Math.floor(n.length / 3))) return best;
  let longest: string | undefined;
  for (const c of candidates) {
    const m = norm(c);
    if (m.length >= 3 && (n.startsWith(m) || n.includes(m)) && (longest === undefined || m.length > norm(longest).length)) longest = c;
  }
  if (longest !== undefined) return longest;
  if (n.length >= 4) {
    for (const c of candidates) if (norm(c).startsWith(n)) return c;
    if (labels) for (const c of candidates) if (norm(labels.get(c) ?? '').includes(n)) return c;
  }
  return undefined;
}
