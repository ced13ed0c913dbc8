/** Where a piece of text came from in a record; name matches count for more than description matches. */
export type _TextSource = 'name' | 'description' | 'wellbeingValue' | 'context';

/** One word of a record's text, lower-cased and stripped of accents and apostrophes. */
export interface _Token {
  /** The normalised word: `[a-z0-9]+`. */
  readonly word: string;
  /** The original word as written, for evidence. */
  readonly raw: string;
  /** Which field it came from. */
  readonly source: _TextSource;
  /** Clause number: punctuation and "but" start a new clause, so negation never crosses them. */
  readonly clause: number;
  /** Sentence number: ". ! ? ;" and line breaks start a new one (a new field does too). */
  readonly sentence: number;
}

const CLAUSE_BREAK = /[.,;:!?()[\]{}|/\\\n\r\u2013\u2014"\u201c\u201d]/;
const SENTENCE_BREAK = /[.;!?\n\r]/;

/**
 * Splits text into words and clauses in one linear pass (no backtracking regexes).
 * "Don't" becomes "dont", "&" becomes "and", accents are dropped, hyphens split words
 * ("knit-and-natter" → knit, and, natter).
 */
export function _tokenise(text: string, source: _TextSource, firstClause = 0): { tokens: _Token[]; nextClause: number } {
  const tokens: _Token[] = [];
  let clause = firstClause;
  // Sentence numbers start at the same number as clauses and grow no faster, so they stay distinct across fields.
  let sentence = firstClause;
  // NFKD separates accents from letters; the combining marks are then dropped below.
  const s = text.normalize('NFKD');
  let word = '';
  let raw = '';
  const flush = () => {
    if (word !== '') {
      if (word === 'but' || word === 'however' || word === 'although') clause += 1;
      else tokens.push({ word, raw: raw.replace(/(?<!['\u2019])['\u2019]+$/, ''), source, clause, sentence });
    }
    word = '';
    raw = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const code = ch.charCodeAt(0);
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) {
      word += ch;
      raw += ch;
    } else if (code >= 65 && code <= 90) {
      word += ch.toLowerCase();
      raw += ch;
    } else if (code >= 0x300 && code <= 0x36f) {
      // combining accent: skip, keeping "café" as "cafe"
    } else if ((ch === "'" || ch === '\u2019') && word !== '') {
      // apostrophe inside a word: "don't" → "dont"; a possessive "'s" is dropped ("Margaret's" → "margaret")
      const next = s[i + 1];
      const after = s[i + 2];
      if ((next === 's' || next === 'S') && (after === undefined || !/[A-Za-z]/.test(after))) {
        raw += ch + next;
        i += 1;
      } else raw += ch;
    } else if (ch === '&') {
      flush();
      tokens.push({ word: 'and', raw: '&', source, clause, sentence });
    } else {
      flush();
      if (CLAUSE_BREAK.test(ch)) clause += 1;
      if (SENTENCE_BREAK.test(ch)) sentence += 1;
    }
  }
  flush();
  return { tokens, nextClause: clause + 1 };
}
