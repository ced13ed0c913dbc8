import { ABCD_CATEGORIES } from '@artsrx/schema';

/**
 * Marker colours by ABCD category: the Okabe–Ito palette, told apart by people with colour-vision
 * deficiencies; each marker also carries the category's initial, so colour is never the only cue.
 */
export const ABCD_COLOURS: Record<string, { fill: string; text: string }> = {
  individual: { fill: '#E69F00', text: '#000000' },
  association: { fill: '#56B4E9', text: '#000000' },
  institution: { fill: '#0072B2', text: '#FFFFFF' },
  physical: { fill: '#009E73', text: '#000000' },
  economic: { fill: '#F0E442', text: '#000000' },
  cultural: { fill: '#CC79A7', text: '#000000' },
  natural: { fill: '#D55E00', text: '#000000' },
};

/** Grey for a place with no asset that says its category. */
export const NO_CATEGORY = { fill: '#595959', text: '#FFFFFF' };

/** The label of an ABCD category id ("Institution"), or the id itself when unknown. */
export function categoryLabel(id: string | undefined): string {
  if (id === undefined) return 'No category';
  return ABCD_CATEGORIES.terms.find((t) => t.id === id)?.label ?? id;
}

/** The most common category among a place's assets (ties: vocabulary order), if any. */
export function dominantCategory(categories: ReadonlyArray<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const c of categories) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | undefined;
  for (const id of ABCD_CATEGORIES.ids) {
    const n = counts.get(id) ?? 0;
    if (n > 0 && (best === undefined || n > (counts.get(best) ?? 0))) best = id;
  }
  return best;
}
