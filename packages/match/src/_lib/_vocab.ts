import { ACCESS_SUPPORT, ACTIVITY_FORMATS, ACTIVITY_TYPES, ART_FORMS, FIVE_WAYS, NEEDS, VENUE_FEATURES } from '@artsrx/schema/vocab';

/** Bit positions of vocabulary terms, so set overlaps are a couple of integer operations. */
function bits(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

export const _ART_FORM_BIT = bits(ART_FORMS.ids);
export const _NEED_BIT = bits(NEEDS.ids);
export const _FIVE_WAYS_BIT = bits(FIVE_WAYS.ids);
export const _SUPPORT_BIT = bits(ACCESS_SUPPORT.ids);
export const _VENUE_BIT = bits(VENUE_FEATURES.ids);
export const _FORMAT_BIT = bits(ACTIVITY_FORMATS.ids);
/** Activity types need more than 31 bits: positions 0–29 go in the low word, the rest in the high word. */
export const _TYPE_BIT = bits(ACTIVITY_TYPES.ids);

/** Level-1 art form of each activity type (the vocabulary's `artForm` parent). */
export const _TYPE_ART_FORM: ReadonlyMap<string, string> = new Map(
  ACTIVITY_TYPES.terms.map((t) => [t.id, (t as { artForm: string }).artForm]),
);

const labels = new Map<string, string>();
for (const v of [ACCESS_SUPPORT, ACTIVITY_FORMATS, ACTIVITY_TYPES, ART_FORMS, FIVE_WAYS, NEEDS, VENUE_FEATURES]) {
  for (const t of v.terms) labels.set(`${v.id}:${t.id}`, t.label);
}

/** The label of a vocabulary term, e.g. `_label('art-form', 'music')` → "Music". */
export function _label(vocab: string, id: string): string {
  return labels.get(`${vocab}:${id}`) ?? id;
}

/** Mask of a list of ids under a bit map. */
export function _mask(ids: readonly string[] | undefined, map: ReadonlyMap<string, number>): number {
  let m = 0;
  if (ids) for (const id of ids) {
    const b = map.get(id);
    if (b !== undefined) m |= 1 << b;
  }
  return m >>> 0;
}

/** Low and high words of an activity-type mask. */
export function _typeMask(ids: readonly string[] | undefined): [number, number] {
  let lo = 0;
  let hi = 0;
  if (ids) for (const id of ids) {
    const b = _TYPE_BIT.get(id);
    if (b === undefined) continue;
    if (b < 30) lo |= 1 << b;
    else hi |= 1 << (b - 30);
  }
  return [lo >>> 0, hi >>> 0];
}

/** Ids whose bits are set in a mask, in vocabulary order. */
export function _idsOf(mask: number, map: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (const [id, b] of map) if (mask & (1 << b)) out.push(id);
  return out;
}

/** Number of set bits. */
export function _popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bit of the level-1 art form of each activity type. */
export const _TYPE_ART_FORM_MASK: ReadonlyMap<string, number> = new Map(
  ACTIVITY_TYPES.terms.map((t) => [t.id, 1 << _ART_FORM_BIT.get((t as { artForm: string }).artForm)!]),
);

/** Activity-type bits of the low and high words, for reading masks back as ids. */
export const _TYPE_BIT_LO: ReadonlyMap<string, number> = new Map([..._TYPE_BIT].filter(([, b]) => b < 30));
export const _TYPE_BIT_HI: ReadonlyMap<string, number> = new Map([..._TYPE_BIT].filter(([, b]) => b >= 30).map(([id, b]) => [id, b - 30]));
