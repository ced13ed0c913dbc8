import type { Lexicon, LexiconRule } from '../lexicons/types.js';
import { ADDRESS_WORDS, LOCATION_WORDS, NEVER_LOCATED } from '../lexicons/contextWords.js';
import type { _TextSource, _Token } from './_tokenise.js';

interface CompiledWord {
  readonly text: string;
  readonly prefix: boolean;
}

interface CompiledTerm<V extends string> {
  readonly term: string;
  readonly words: readonly CompiledWord[];
  readonly rule: LexiconRule<V>;
}

interface CompiledLexicon<V extends string> {
  readonly exact: Map<string, CompiledTerm<V>[]>;
  readonly prefix: Map<string, CompiledTerm<V>[]>;
  readonly keepInRequirements: boolean;
  /** Phrases inside which terms do not count. */
  readonly ignore: Lexicon | undefined;
}

/** One place a lexicon term was found in a record. */
export interface _Match<V extends string = string> {
  readonly rule: LexiconRule<V>;
  /** The term as written in the lexicon. */
  readonly term: string;
  /** The words as written in the record. */
  readonly text: string;
  readonly source: _TextSource;
  readonly start: number;
  readonly end: number;
  /** True when the term follows a location word ("at the library"): it says where, not what. */
  readonly located: boolean;
}

const cache = new WeakMap<Lexicon, CompiledLexicon<string>>();

function _compile<V extends string>(lexicon: Lexicon<V>): CompiledLexicon<V> {
  const hit = cache.get(lexicon);
  if (hit) return hit as unknown as CompiledLexicon<V>;
  const exact = new Map<string, CompiledTerm<V>[]>();
  const prefix = new Map<string, CompiledTerm<V>[]>();
  for (const rule of lexicon.rules) {
    for (const term of rule.terms) {
      const words = term
        .toLowerCase()
        .split(' ')
        .filter((w) => w !== '')
        .map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
      const first = words[0];
      if (first === undefined || first.text === '') continue;
      const map = first.prefix ? prefix : exact;
      const list = map.get(first.text) ?? [];
      list.push({ term, words, rule });
      map.set(first.text, list);
    }
  }
  const ignore: Lexicon | undefined =
    lexicon.ignore && lexicon.ignore.length > 0 ? { vocabulary: lexicon.vocabulary, keepInRequirements: true, rules: [{ value: 'ignore', weight: 1, terms: lexicon.ignore }] } : undefined;
  const compiled: CompiledLexicon<V> = { exact, prefix, keepInRequirements: lexicon.keepInRequirements, ignore };
  cache.set(lexicon as unknown as Lexicon, compiled as unknown as CompiledLexicon<string>);
  return compiled;
}

const NEGATORS = new Set(['no', 'not', 'without', 'never', 'non', 'nor', 'neither', 'dont', 'doesnt', 'isnt', 'arent', 'cant', 'cannot', 'wont', 'wasnt', 'unsuitable']);
/** Words after a negator that make it additive, not negative: "not just", "not only". */
const NOT_NEGATING_NEXT = new Set(['just', 'only', 'matter', 'doubt']);
/** Words that turn a negation into a requirement being waived: "no experience needed". */
const REQUIREMENT_WORDS = new Set(['needed', 'need', 'needs', 'necessary', 'required', 'requirement', 'essential', 'expected', 'experience', 'auditions', 'audition', 'skills', 'ability']);
const NEGATION_WINDOW = 3;
const ADDRESS = new Set(ADDRESS_WORDS);
const LOCATION = new Set(LOCATION_WORDS);
const NOT_LOCATED = new Set(NEVER_LOCATED);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'local']);
const LOCATION_WINDOW = 4;
/** Words that end a place phrase: in "in the park with music", music is not where it happens. */
const PHRASE_BREAKS = new Set(['with', 'and', 'or', 'for', 'to', 'who', 'which', 'where', 'that', 'plus']);

function _located(tokens: readonly _Token[], start: number): boolean {
  const at = tokens[start] as _Token;
  for (let k = 1; k <= LOCATION_WINDOW; k++) {
    const t = tokens[start - k];
    if (t === undefined || t.clause !== at.clause || t.source !== at.source || PHRASE_BREAKS.has(t.word)) return false;
    // "at" alone is enough ("at St Mary's"); others need a determiner after them ("in the hall", not "classes in art history").
    if (LOCATION.has(t.word)) return t.word === 'at' || DETERMINERS.has(tokens[start - k + 1]?.word ?? '');
  }
  return false;
}

function _wordMatches(w: CompiledWord, token: _Token | undefined, first: _Token): boolean {
  if (token === undefined || token.source !== first.source || token.clause !== first.clause) return false;
  return w.prefix ? token.word.startsWith(w.text) : token.word === w.text;
}

/** How a match is negated: not at all, plainly ("not suitable for dancing"), or as a waived requirement. */
function _negation(tokens: readonly _Token[], start: number): 'none' | 'plain' | 'requirement' {
  const at = tokens[start] as _Token;
  for (let k = 1; k <= NEGATION_WINDOW; k++) {
    const t = tokens[start - k];
    if (t === undefined || t.clause !== at.clause || t.source !== at.source) break;
    if (!NEGATORS.has(t.word)) continue;
    const next = tokens[start - k + 1];
    if (next !== undefined && NOT_NEGATING_NEXT.has(next.word)) continue;
    // Is the rest of the clause a waived requirement ("no … needed", "no need to …")?
    for (let j = start - k + 1; j < tokens.length; j++) {
      const u = tokens[j] as _Token;
      if (u.clause !== at.clause || u.source !== at.source) break;
      if (REQUIREMENT_WORDS.has(u.word)) return 'requirement';
    }
    return 'plain';
  }
  return 'none';
}

/**
 * Finds every term of a lexicon in the tokens, in time linear in the number of tokens (times
 * the length of the longest word). Overlapping terms: the longer wins. Negated terms are dropped.
 */
export function _findMatches<V extends string>(tokens: readonly _Token[], lexicon: Lexicon<V>): _Match<V>[] {
  const compiled = _compile(lexicon);
  const found: _Match<V>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as _Token;
    const candidates: CompiledTerm<V>[] = [];
    const ex = compiled.exact.get(token.word);
    if (ex) candidates.push(...ex);
    for (let k = 1; k <= token.word.length && k <= 40; k++) {
      const px = compiled.prefix.get(token.word.slice(0, k));
      if (px) candidates.push(...px);
    }
    for (const c of candidates) {
      let ok = true;
      for (let j = 1; j < c.words.length; j++) {
        if (!_wordMatches(c.words[j] as CompiledWord, tokens[i + j], token)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const end = i + c.words.length;
      const after = tokens[end];
      if (after !== undefined && after.source === token.source && after.clause === token.clause && ADDRESS.has(after.word)) continue;
      const text = tokens
        .slice(i, end)
        .map((t) => t.raw)
        .join(' ');
      found.push({ rule: c.rule, term: c.term, text, source: token.source, start: i, end, located: !NOT_LOCATED.has(c.term) && _located(tokens, i) });
    }
  }
  // Longest match wins: drop a match inside a longer one (same-span matches from different rules all stay).
  const bestEndAt = new Map<number, number>();
  for (const m of found) bestEndAt.set(m.start, Math.max(bestEndAt.get(m.start) ?? 0, m.end));
  const starts = [...bestEndAt.keys()].sort((a, b) => a - b);
  const reachBefore = new Map<number, number>();
  let reach = -1;
  for (const s of starts) {
    reachBefore.set(s, reach);
    reach = Math.max(reach, bestEndAt.get(s) as number);
  }
  // Words inside an ignored phrase ("out of the house") carry no terms of this lexicon.
  const blocked = new Set<number>();
  if (compiled.ignore) for (const m of _findMatches(tokens, compiled.ignore)) for (let i = m.start; i < m.end; i++) blocked.add(i);
  const kept: _Match<V>[] = [];
  for (const m of found) {
    let inside = false;
    for (let i = m.start; i < m.end && !inside; i++) inside = blocked.has(i);
    if (inside) continue;
    if ((reachBefore.get(m.start) as number) >= m.end) continue;
    if ((bestEndAt.get(m.start) as number) > m.end) continue;
    const neg = _negation(tokens, m.start);
    if (neg === 'plain') continue;
    if (neg === 'requirement' && !compiled.keepInRequirements) continue;
    kept.push(m);
  }
  return kept;
}
