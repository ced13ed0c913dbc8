/**
 * Names compared for likely duplicates: normalisation, and the near-identical test used within
 * one ~100 m neighbourhood (see `likely_duplicate` in rules/catalogue.ts).
 */

/** Little words that never tell two places apart. ("a" is kept at the end: "Studio A".) */
const STOP = new Set(['the', 'a', 'an', 'and', 'of', 'at', 'in', 'for', 'on']);

const APOSTROPHE = /['\u2018\u2019\u02bc`\u00b4]/;
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;

/** Spellings and abbreviations written one way. */
const SAME: Record<string, string> = {
  center: 'centre', centers: 'centres', ctr: 'centre', theater: 'theatre', theaters: 'theatres',
  mt: 'mount', rd: 'road', ave: 'avenue', sq: 'square', ln: 'lane', gdns: 'gardens',
};

/**
 * Words that name a kind of place or a street: a name with one of them more ("St Mary’s Church
 * Hall" against "St Mary’s Church") is a different place (the church’s hall), and two different
 * ones never stand for each other.
 */
const PLACE_WORDS = new Set(
  ('hall halls church chapel cathedral abbey priory minster mosque temple synagogue gurdwara mandir library museum gallery galleries '
    + 'theatre theatres cinema centre centres hub studio studios room rooms suite school academy college university institute park garden '
    + 'gardens allotment allotments house cottage lodge club pub inn tavern hotel cafe bar restaurant arena stadium pavilion ground grounds '
    + 'pool baths gym workshop shed barn farm office offices shop market station hospital surgery clinic practice castle tower chambers '
    + 'works yard warehouse factory annexe wing building block hostel home street road lane avenue grove terrace square close crescent '
    + 'drive way parade walk row mews hill green common field fields meadow wood woods bridge quay wharf dock').split(' '),
);

/** Words that tell apart places that share every other word: they must be the same in both names. */
const MARKER_WORDS = new Set(
  ('one two three four five six seven eight nine ten eleven twelve first second third fourth fifth sixth seventh eighth ninth tenth '
    + 'north south east west northern southern eastern western upper lower middle inner outer old new front back main little great big '
    + 'small ii iii iv vi vii viii ix').split(' '),
);

/** A number (`1`, `2nd`, `12b`), a single letter, or a word such as "north", "upper", "two". */
function isMarker(t: string): boolean {
  return t.length === 1 || MARKER_WORDS.has(t) || /\d/.test(t);
}

/** The words of a name for duplicate detection: lower case, no accents, punctuation, spelling variants or little words. */
export function _nameTokens(name: string): string[] {
  // Accents go through NFKD; plain ASCII (most names) skips it. Apostrophes join ("Mary’s" →
  // "marys"); anything else but a–z and 0–9 separates words, and so does a letter before a digit.
  let t = /^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (APOSTROPHE.test(t)) t = t.replace(APOSTROPHES, '');
  const words: string[] = [];
  let start = -1;
  let afterLetter = false;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    const letter = c >= 97 && c <= 122;
    if (letter || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      else if (!letter && afterLetter) {
        words.push(t.slice(start, i));
        start = i;
      }
      afterLetter = letter;
    } else if (start >= 0) {
      words.push(t.slice(start, i));
      start = -1;
      afterLetter = false;
    }
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    const last = i === words.length - 1;
    if (STOP.has(w) && !(w === 'a' && last && out.length > 0)) continue;
    if (w === 'st') w = last && out.length > 0 ? 'street' : 'saint';
    out.push(SAME[w] ?? w);
  }
  return out;
}

/** A name reduced for duplicate detection (its words joined by spaces). */
export function _normName(name: string): string {
  return _nameTokens(name).join(' ');
}

/**
 * True when the optimal-string-alignment (restricted Damerau–Levenshtein) distance between `a`
 * and `b` is at most `k`: insertions, deletions, substitutions and swaps of two neighbouring
 * letters each count 1.
 */
export function _editsWithin(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > k) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]! <= k;
}

/** Two words that differ only by a typing slip: 5+ letters, same first letter, 1 edit (2 from 9 letters). */
function typo(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return n >= 5 && a[0] === b[0] && !isMarker(a) && !isMarker(b) && !(PLACE_WORDS.has(a) && PLACE_WORDS.has(b)) && _editsWithin(a, b, n >= 9 ? 2 : 1);
}

const markers = (t: readonly string[]) => t.filter(isMarker).sort().join(' ');

/**
 * Whether two normalised names (from `_nameTokens`) are near-identical: a fuzzy token-set
 * overlap. Every word of the shorter name must match a different word of the longer one, exactly
 * or as a typo (`typo` above), and the longer may have at most one word more, which must not be a
 * kind of place or street (`PLACE_WORDS`) nor a number, letter or marker word; numbers, letters
 * and marker words must be the same in both. Names equal once their spaces are removed
 * ("Blue Coat", "Bluecoat") match too. Symmetric, and true for a name against itself.
 */
export function _similarNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const ja = a.join(' ');
  const jb = b.join(' ');
  if (ja === jb) return true;
  // The shorter first (on a tie, the smaller in code-unit order), so the answer is symmetric.
  const [s, l] = a.length < b.length || (a.length === b.length && ja < jb) ? [a, b] : [b, a];
  if (l.length - s.length > 1) return false;
  if (markers(s) !== markers(l)) return false;
  if (s.join('') === l.join('')) return true;
  const used = new Array<boolean>(l.length).fill(false);
  const rest: string[] = [];
  for (const t of s) {
    const j = l.findIndex((u, i) => !used[i] && u === t);
    if (j === -1) rest.push(t);
    else used[j] = true;
  }
  for (const t of rest) {
    const j = l.findIndex((u, i) => !used[i] && typo(t, u));
    if (j === -1) return false;
    used[j] = true;
  }
  const extra = l.find((_, i) => !used[i]);
  return extra === undefined || (!PLACE_WORDS.has(extra) && !isMarker(extra));
}
