import type { AbcdCategoryId } from './types.js';

/**
 * Facts about a record, other than its words, that the ABCD rules can use.
 * - `charity-number`: a registered charity identifier (org-id schemes GB-CHC, GB-SC, GB-NIC on the
 *   record or its organisation) or the words "registered charity" / "charity number".
 * - `company-number`: a Companies House number (GB-COH).
 * - `nhs-code`: an NHS ODS code (GB-NHS) or an `odsCode`.
 * - `building`: the record has places (`placeIds`/`placeId`) or names a building (`BUILDING_TERMS`).
 * - `person-name`: the name reads as a person and a role: "Jean (retired art teacher)",
 *   "Pat - quilter", "Dave the drummer".
 */
export type AbcdFact = 'charity-number' | 'company-number' | 'nhs-code' | 'building' | 'person-name';

/** A rule over facts: when all of `when` hold, suggest `value` with `weight`, saying `evidence`. */
export interface AbcdSignal {
  /** Facts that must all hold. */
  readonly when: readonly AbcdFact[];
  /** The ABCD category suggested. */
  readonly value: AbcdCategoryId;
  /** Confidence the rule alone gives (0–1). */
  readonly weight: number;
  /** The evidence shown to people. */
  readonly evidence: string;
}

/** Rules over facts; the first rule that holds for a value wins over later ones for the same value. */
export const ABCD_SIGNALS: readonly AbcdSignal[] = [
  { when: ['charity-number', 'building'], value: 'institution', weight: 0.8, evidence: 'registered charity number and a building → institution' },
  { when: ['charity-number'], value: 'institution', weight: 0.5, evidence: 'registered charity number → institution' },
  { when: ['nhs-code'], value: 'institution', weight: 0.9, evidence: 'NHS organisation code → institution' },
  { when: ['company-number'], value: 'economic', weight: 0.4, evidence: 'Companies House number → economic' },
  { when: ['person-name'], value: 'individual', weight: 0.85, evidence: "the name is a person's first name and a role → individual" },
];

/** Words that name a building, for the `building` fact. */
export const BUILDING_TERMS: readonly string[] = [
  'building', 'hall', 'centre', 'center', 'theatre', 'theater', 'museum', 'library', 'gallery', 'studio', 'studios',
  'mill', 'church', 'chapel', 'house', 'premises', 'venue', 'rooms',
];

/** Phrases that state a charity registration in words. */
export const CHARITY_TERMS: readonly string[] = ['registered charity', 'charity number', 'charity no', 'charity reg', 'scottish charity'];
