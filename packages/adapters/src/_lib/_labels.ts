import { ABCD_CATEGORIES, ACCESS_SUPPORT, ACTIVITY_TYPES, ART_FORMS, VENUE_FEATURES, type Vocabulary } from '@artsrx/schema';

const index = (vocab: Vocabulary) => new Map(vocab.terms.map((t) => [t.id, t.label]));
const LABELS = {
  artForm: index(ART_FORMS),
  activityType: index(ACTIVITY_TYPES),
  abcd: index(ABCD_CATEGORIES),
  venueFeature: index(VENUE_FEATURES),
  accessSupport: index(ACCESS_SUPPORT),
};

/** The human label of a vocabulary term id (the id itself when unknown). */
export function _label(kind: keyof typeof LABELS, id: string): string {
  return LABELS[kind].get(id) ?? id;
}

/** Makes a kebab-case id fragment from a name. */
export function _slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'unnamed'
  );
}

/** A postal address on one line: lines, town, postcode. */
export function _addressLine(address: { lines: string[]; town?: string | undefined; postcode?: string | undefined } | undefined): string | undefined {
  if (!address) return undefined;
  return [...address.lines, address.town, address.postcode].filter((s): s is string => typeof s === 'string' && s !== '').join(', ');
}
