import { ACTIVITY_TYPES } from '@artsrx/schema';
import { ABCD_LEXICON } from '../lexicons/abcdCategories.js';
import { ABCD_SIGNALS, BUILDING_TERMS, CHARITY_TERMS, type AbcdFact } from '../lexicons/abcdSignals.js';
import { ADDRESS_WORDS, LOCATION_FACTOR, MENTION_FACTOR, MENTION_WORDS } from '../lexicons/contextWords.js';
import { ACTIVITY_TYPE_LEXICON } from '../lexicons/activityTypes.js';
import { ART_FORM_LEXICON } from '../lexicons/artForms.js';
import { ASSET_KIND_LEXICON } from '../lexicons/assetKinds.js';
import { FIRST_NAMES, PERSON_TITLES } from '../lexicons/firstNames.js';
import { FIVE_WAYS_BY_ACTIVITY_TYPE, FIVE_WAYS_BY_ART_FORM, FIVE_WAYS_LEXICON } from '../lexicons/fiveWays.js';
import type { AbcdCategoryId, ActivityTypeId, AssetKindId, Lexicon } from '../lexicons/types.js';
import { SUGGESTION_FIELDS, type Suggestion, type SuggestionField } from '../classify/types.js';
import { _findMatches, type _Match } from './_match.js';
import { _get, _getArray, _getString } from './_safe.js';
import { _tokenise, type _TextSource, type _Token } from './_tokenise.js';

/** How much a term counts, by where it was found. */
const SOURCE_FACTOR: Record<_TextSource, number> = { name: 1, description: 0.75, wellbeingValue: 0.6, context: 0.5 };
const SOURCE_LABEL: Record<_TextSource, string> = { name: 'the name', description: 'the description', wellbeingValue: 'the wellbeing value', context: 'the organisation' };
/** For single-valued fields, a strong runner-up lowers the leader's confidence by up to this share. */
const RIVAL_DISCOUNT = 0.25;
/** Terms in the name other than its head word count for this share. */
const HEAD_FACTOR = 0.5;
/** However many ABCD hints a description holds, together they count for at most this: what a thing is called says most about what it is. */
const ABCD_TEXT_CAP = 0.75;
/**
 * "A mental health charity using music…", "Amateur theatre with its own playhouse…": the first
 * category word in the first few words of a description says what the thing is, almost as the name does.
 */
const DESCRIPTION_HEAD_FACTOR = 0.9;
const DESCRIPTION_HEAD_WORDS = 5;
/** Below this, no ABCD category has real evidence. */
const NO_SIGNAL = 0.3;
/** What the "arts activity, so probably a volunteer group" guess is worth: never enough to be applied by default. */
const ACTIVITY_PRIOR = 0.4;

const ART_FORM_OF = new Map<string, string>(ACTIVITY_TYPES.terms.map((t) => [t.id, t.artForm]));
const CHARITY_SCHEMES = new Set(['GB-CHC', 'GB-SC', 'GB-NIC']);
const BUILDING_LEXICON: Lexicon = { vocabulary: 'asset-kind', keepInRequirements: false, rules: [{ value: 'building', weight: 1, terms: BUILDING_TERMS }] };
const MENTION_LEXICON: Lexicon = { vocabulary: 'art-form', keepInRequirements: true, rules: [{ value: 'mention', weight: 1, terms: MENTION_WORDS }] };
const CHARITY_LEXICON: Lexicon = { vocabulary: 'abcd-category', keepInRequirements: false, rules: [{ value: 'charity', weight: 1, terms: CHARITY_TERMS }] };
// A first name and a role: "Jean (retired art teacher)", "Pat - quilter", "Eric, local historian", "Dave the drummer".
// A hyphen counts only with a space beside it: "Dementia-friendly cinema" is not a person. The role
// starts in lower case: "Parkrun – Riverside" is an event and a place.
const PERSON_NAME = /^\s*[A-Z][a-z]{1,14}(?:\s*[\u2013\u2014,(:]|\s+-|-\s|\s+the\s)\s*[a-z]/;
const KNOWN_FIRST_NAMES = new Set(FIRST_NAMES);
const TITLES = new Set(PERSON_TITLES);
/** "Paul Street", "Edith Hall": an address or a building, not a surname. */
const NOT_SURNAMES = new Set([...ADDRESS_WORDS, ...BUILDING_TERMS, 'court', 'close', 'park', 'gardens', 'square', 'place', 'way', 'drive', 'walk', 'arms', 'inn', 'lodge']);
/** Words that may follow a first name in a person's entry: "Tom on our street", "Pat (neighbour)". */
const PERSON_NAME_END = /^(?:\s*$|\s*[\u2013\u2014,(:-]|\s+[a-z])/;
const NOT_FIRST_NAMES = new Set(['The', 'Our', 'New', 'Old', 'Art', 'Arts', 'Print', 'Music', 'Craft', 'Crafts', 'Dance', 'Film', 'Drama', 'Choir', 'Garden', 'Community', 'Creative', 'Heritage', 'Library', 'Museum', 'Theatre', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

interface Contribution {
  readonly key: string;
  readonly weight: number;
  readonly evidence: string;
  /** True for evidence from the description and other long text, which a tally may cap. */
  readonly fromText?: boolean;
  /** True for catch-all evidence, ignored when a specific value is found (see `LexiconRule.fallback`). */
  readonly fallback?: boolean;
  /** True for supporting evidence, which counts only beside non-supporting evidence for the same value (see `LexiconRule.support`). */
  readonly support?: boolean;
}

class Tally {
  private readonly byValue = new Map<string, Map<string, Contribution>>();

  /** @param textCap - the most that description evidence alone can add up to (1 = no cap). */
  constructor(private readonly textCap = 1) {}

  add(value: string, c: Contribution): void {
    const forValue = this.byValue.get(value) ?? new Map<string, Contribution>();
    const prev = forValue.get(c.key);
    if (prev === undefined || prev.weight < c.weight) forValue.set(c.key, c);
    this.byValue.set(value, forValue);
  }

  /** Independent chances: 1 − (1 − a)(1 − b)…, with description evidence capped at `textCap`. */
  private combine(list: readonly Contribution[]): number {
    const missName = list.filter((c) => c.fromText !== true).reduce((p, c) => p * (1 - c.weight), 1);
    const fromText = Math.min(this.textCap, 1 - list.filter((c) => c.fromText === true).reduce((p, c) => p * (1 - c.weight), 1));
    return Math.min(0.99, 1 - missName * (1 - fromText));
  }

  has(value: string): boolean {
    return this.byValue.has(value);
  }

  /** Values with their combined confidence (independent chances) and evidence, best first. */
  results(single: boolean): { value: string; confidence: number; evidence: string[] }[] {
    const specific = [...this.byValue.values()].some((cs) => {
      const list = [...cs.values()].filter((c) => c.fallback !== true);
      return list.some((c) => c.support !== true) && this.combine(list) >= 0.5;
    });
    const out = [...this.byValue.entries()]
      .map(([value, cs]) => [value, [...cs.values()].filter((c) => !specific || c.fallback !== true)] as const)
      .filter(([, cs]) => cs.some((c) => c.support !== true))
      .map(([value, cs]) => {
        const list = [...cs].sort((a, b) => b.weight - a.weight || (a.evidence < b.evidence ? -1 : a.evidence > b.evidence ? 1 : 0));
        return { value, confidence: this.combine(list), evidence: list.map((c) => c.evidence) };
      });
    if (single && out.length > 1) {
      const raw = out.map((o) => o.confidence);
      out.forEach((o, i) => {
        const rival = Math.max(0, ...raw.filter((_, j) => j !== i));
        o.confidence = o.confidence * (1 - RIVAL_DISCOUNT * rival);
      });
    }
    for (const o of out) o.confidence = Math.round(o.confidence * 100) / 100;
    return out.sort((a, b) => b.confidence - a.confidence || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
}

/** Why a match counts for less, if it does. */
function _context(m: _Match, mentioned: boolean): string {
  return (m.located ? ' (where it happens)' : '') + (mentioned ? ' (what is funded or offered)' : '');
}

function _evidence(m: _Match, label: string): string {
  return `'${m.text}' in ${SOURCE_LABEL[m.source]} → ${label}`;
}

/** Matches of a lexicon with the weight each one carries: by source, location and the name's head. */
function _weighed<V extends string>(tokens: readonly _Token[], lexicon: Lexicon<V>): { m: _Match<V>; weight: number; mentioned: boolean; describesItself: boolean }[] {
  const matches = _findMatches(tokens, lexicon);
  let head = -1;
  if (lexicon.headOfName === true) {
    const ofAt = tokens.findIndex((t) => t.source === 'name' && t.word === 'of');
    // "Tai Chi in the Park": a term after a location word is where the thing happens, never its head.
    const inName = matches.filter((m) => m.source === 'name' && !m.located);
    const beforeOf = ofAt >= 0 ? inName.filter((m) => m.start < ofAt) : [];
    const pool = beforeOf.length > 0 ? beforeOf : inName;
    for (const m of pool) head = Math.max(head, m.start);
  }
  // What follows "grants for", "funding for" is what is funded, not what the record is or does.
  const mentionedFrom = new Map<number, number>();
  if (lexicon.vocabulary !== 'five-ways') {
    for (const w of _findMatches(tokens, MENTION_LEXICON)) {
      const sentence = (tokens[w.start] as _Token).sentence;
      mentionedFrom.set(sentence, Math.min(mentionedFrom.get(sentence) ?? Infinity, w.end));
    }
  }
  const isMentioned = (m: _Match<V>): boolean => {
    const from = mentionedFrom.get((tokens[m.start] as _Token).sentence);
    return from !== undefined && m.start >= from;
  };
  let descriptionHead = -1;
  if (lexicon.headOfName === true) {
    const first = tokens.findIndex((t) => t.source === 'description');
    const opening = matches.filter((m) => m.source === 'description' && !m.located && m.rule.support !== true && !isMentioned(m) && m.start - first < DESCRIPTION_HEAD_WORDS && (tokens[m.start] as _Token).sentence === (tokens[first] as _Token).sentence);
    descriptionHead = opening.reduce((best, m) => (best < 0 || m.start < best ? m.start : best), -1);
  }
  return matches.map((m) => {
    let weight = m.rule.weight * (m.source === 'description' ? (lexicon.descriptionWeight ?? SOURCE_FACTOR.description) : SOURCE_FACTOR[m.source]);
    if (m.located) weight *= LOCATION_FACTOR;
    if (head >= 0 && m.source === 'name' && m.start !== head) weight *= HEAD_FACTOR;
    const describesItself = m.source === 'description' && m.start === descriptionHead;
    if (describesItself) weight = m.rule.weight * DESCRIPTION_HEAD_FACTOR;
    const mentioned = isMentioned(m);
    if (mentioned) weight *= MENTION_FACTOR;
    return { m, weight, mentioned, describesItself };
  });
}

function _addMatches<V extends string>(tally: Tally, tokens: readonly _Token[], lexicon: Lexicon<V>, label: (value: string) => string): void {
  for (const { m, weight, mentioned, describesItself } of _weighed(tokens, lexicon)) {
    const value = m.rule.value;
    const evidence = _evidence(m, label(value)) + _context(m, mentioned) + (describesItself ? ' (what the description says it is)' : '');
    tally.add(value, { key: `${m.term}|${m.source}`, weight, evidence, fromText: m.source !== 'name' && !describesItself, fallback: m.rule.fallback === true, support: m.rule.support === true });
  }
}

/** The words and facts of a record, read defensively. */
export interface _RecordText {
  readonly tokens: readonly _Token[];
  readonly name: string;
  readonly facts: ReadonlySet<AbcdFact>;
  /** Valid activity type ids the record already states. */
  readonly statedActivityTypes: readonly string[];
}

function _findById(list: unknown[], id: unknown): unknown {
  if (typeof id !== 'string') return undefined;
  return list.find((x) => _get(x, 'id') === id);
}

/** Reads a record (or a bare string, taken as a name) into tokens and facts. Never throws. */
export function _readRecord(record: unknown, dataset: unknown): _RecordText {
  const name = typeof record === 'string' ? record.slice(0, 20000) : (_getString(record, 'name') ?? _getString(record, 'title') ?? '');
  const description = _getString(record, 'description') ?? '';
  const wellbeing = _getString(record, 'wellbeingValue') ?? '';
  const a = _tokenise(name, 'name');
  const b = _tokenise(description, 'description', a.nextClause);
  const c = _tokenise(wellbeing, 'wellbeingValue', b.nextClause);
  const tokens = [...a.tokens, ...b.tokens, ...c.tokens];

  const facts = new Set<AbcdFact>();
  const organisation = _findById(_getArray(dataset, 'organisations'), _get(record, 'organisationId'));
  const identifiers = [..._getArray(record, 'identifiers'), ..._getArray(organisation, 'identifiers')];
  for (const id of identifiers) {
    const scheme = _get(id, 'scheme');
    if (typeof scheme !== 'string') continue;
    if (CHARITY_SCHEMES.has(scheme)) facts.add('charity-number');
    if (scheme === 'GB-COH') facts.add('company-number');
    if (scheme === 'GB-NHS') facts.add('nhs-code');
  }
  if (typeof _get(record, 'odsCode') === 'string') facts.add('nhs-code');
  if (_findMatches(tokens, CHARITY_LEXICON).length > 0) facts.add('charity-number');
  if (_getArray(record, 'placeIds').length > 0 || typeof _get(record, 'placeId') === 'string' || _findMatches(tokens, BUILDING_LEXICON).length > 0) {
    facts.add('building');
  }
  const firstWord = /^\s*([A-Za-z]+)/.exec(name)?.[1] ?? '';
  if ((PERSON_NAME.test(name) && !NOT_FIRST_NAMES.has(firstWord)) || _isListedPerson(name, a.tokens)) facts.add('person-name');
  const statedActivityTypes = _getArray(record, 'activityTypes').filter((t): t is string => typeof t === 'string' && ART_FORM_OF.has(t));
  return { tokens, name, facts, statedActivityTypes };
}

/**
 * A name that is a known first name (or a title) on its own, with a surname, or before a role or
 * a lower-case phrase: "Barbara", "Sunita Rao, painter", "Mr Okafor, storyteller", "Tom on our
 * street". Not when the name also holds a strong ABCD word: "Jack's Cafe" is a café.
 */
function _isListedPerson(name: string, nameTokens: readonly _Token[]): boolean {
  const m = /^\s*([A-Z][a-z]+)\.?(?:\s+([A-Z][a-z'\u2019-]+))?/.exec(name);
  if (m === null) return false;
  const first = (m[1] as string).toLowerCase();
  if (!KNOWN_FIRST_NAMES.has(first) && !(TITLES.has(first) && m[2] !== undefined)) return false;
  // With a surname the rest must end the name or start a role; without one, the next word is lower case.
  if (!PERSON_NAME_END.test(name.slice(m[0].length))) return false;
  if (m[2] !== undefined && NOT_SURNAMES.has(m[2].toLowerCase())) return false;
  return !_findMatches(nameTokens, ABCD_LEXICON).some((x) => x.rule.weight >= 0.85);
}

/** What kind of record is being classified: fields differ for assets and activities. */
export type _RecordKind = 'asset' | 'activity';

/** Suggests values for every field that applies to the record kind. */
export function _suggest(text: _RecordText, kind: _RecordKind, minConfidence: number): Suggestion[] {
  const { tokens, facts } = text;
  const tallies = new Map<SuggestionField, Tally>(SUGGESTION_FIELDS.map((f) => [f, new Tally(f === 'abcdCategory' ? ABCD_TEXT_CAP : 1)]));
  const tally = (f: SuggestionField) => tallies.get(f) as Tally;

  // Activity types, and through them art forms.
  for (const { m, weight, mentioned } of _weighed(tokens, ACTIVITY_TYPE_LEXICON)) {
    const artForm = ART_FORM_OF.get(m.rule.value) ?? '?';
    const evidence = _evidence(m, `${artForm} / ${m.rule.value}`) + _context(m, mentioned);
    const fallback = m.rule.fallback === true;
    const support = m.rule.support === true;
    tally('activityTypes').add(m.rule.value, { key: `${m.term}|${m.source}`, weight, evidence, fallback, support });
    tally('artForms').add(artForm, { key: `${m.term}|${m.source}`, weight, evidence, fallback, support });
  }
  _addMatches(tally('artForms'), tokens, ART_FORM_LEXICON, (v) => v);
  // Activity types the publisher stated say which art forms the record covers.
  for (const t of text.statedActivityTypes) {
    const artForm = ART_FORM_OF.get(t);
    if (artForm !== undefined) tally('artForms').add(artForm, { key: `stated:${t}`, weight: 0.95, evidence: `stated activity type ${t} → ${artForm}` });
  }

  // Five Ways: keywords, then what the activity types and art forms imply.
  _addMatches(tally('fiveWays'), tokens, FIVE_WAYS_LEXICON, (v) => v);
  const types = tally('activityTypes').results(false).filter((r) => r.confidence >= 0.5);
  for (const t of types) {
    for (const way of FIVE_WAYS_BY_ACTIVITY_TYPE[t.value as ActivityTypeId] ?? []) {
      tally('fiveWays').add(way, { key: `type:${t.value}`, weight: 0.6 * t.confidence, evidence: `activity type ${t.value} → ${way}` });
    }
  }
  for (const f of tally('artForms').results(false).filter((r) => r.confidence >= 0.5)) {
    for (const way of FIVE_WAYS_BY_ART_FORM[f.value as keyof typeof FIVE_WAYS_BY_ART_FORM] ?? []) {
      tally('fiveWays').add(way, { key: `form:${f.value}`, weight: 0.5 * f.confidence, evidence: `art form ${f.value} → ${way}` });
    }
  }

  if (kind === 'asset') {
    const abcd = tally('abcdCategory');
    _addMatches(abcd, tokens, ABCD_LEXICON, (v) => v);
    const used = new Set<string>();
    for (const s of ABCD_SIGNALS) {
      if (used.has(s.value) || !s.when.every((f) => facts.has(f))) continue;
      used.add(s.value);
      abcd.add(s.value, { key: `signal:${s.value}`, weight: s.weight, evidence: s.evidence });
    }
    // An arts activity with nothing to say who runs it ("Knit Wits", "Community Orchestra") is, in
    // community directories, most often a volunteer-run group: a guess, and labelled as one.
    const best = abcd.results(true)[0];
    const artForm = tally('artForms').results(false)[0];
    if ((best === undefined || best.confidence < NO_SIGNAL) && artForm !== undefined && artForm.confidence >= 0.5) {
      abcd.add('association', { key: 'prior:association', weight: ACTIVITY_PRIOR, evidence: 'an arts activity with no sign of who runs it → association (most such entries are volunteer-run groups; a guess)' });
    }
    const kinds = tally('assetKind');
    _addMatches(kinds, tokens, ASSET_KIND_LEXICON, (v) => v);
    // A person's skill is the asset when the record is about one person.
    const top = abcd.results(true)[0];
    const implied: Partial<Record<AbcdCategoryId, AssetKindId>> = { individual: 'skill', natural: 'green-space', association: 'group', cultural: 'festival' };
    const impliedKind = top ? implied[top.value as AbcdCategoryId] : undefined;
    if (top && impliedKind && top.confidence >= 0.5) {
      kinds.add(impliedKind, { key: `abcd:${top.value}`, weight: 0.5 * top.confidence, evidence: `ABCD category ${top.value} → ${impliedKind}` });
    }
  }

  const fields: readonly SuggestionField[] = kind === 'asset' ? ['abcdCategory', 'assetKind', 'artForms', 'fiveWays'] : ['artForms', 'activityTypes', 'fiveWays'];
  const out: Suggestion[] = [];
  for (const field of fields) {
    const single = field === 'abcdCategory' || field === 'assetKind';
    for (const r of tally(field).results(single)) {
      if (r.confidence >= minConfidence && r.confidence > 0) out.push({ field, value: r.value, confidence: r.confidence, evidence: r.evidence });
    }
  }
  return out;
}
