import { _defineVocabulary } from './_defineVocabulary.js';

/**
 * ABCD asset categories: Kretzmann & McKnight's three building blocks (individuals,
 * associations, institutions) plus the three categories widely used in UK asset mapping
 * (physical, economic, cultural), and the extension `natural` (communitymap.ca).
 */
export const ABCD_CATEGORIES = _defineVocabulary({
  id: 'abcd-category',
  title: 'ABCD asset category',
  description:
    'The kind of community asset in asset-based community development (ABCD): Kretzmann & McKnight (1993) plus the physical, economic and cultural categories used in UK asset mapping (e.g. LJMU, Wirral), and natural as an extension.',
  terms: [
    { id: 'individual', label: 'Individual', definition: "People's skills, talents, passions and lived experience offered to others, such as a retired potter who teaches neighbours." },
    { id: 'association', label: 'Association', definition: 'Groups mainly run by volunteers: choirs, amateur dramatics, knit-and-natter groups, reading groups, friends-of-park groups.' },
    { id: 'institution', label: 'Institution', definition: 'Public bodies, charities and professional organisations: libraries, museums, galleries, theatres, arts centres, schools, NHS services, councils.' },
    { id: 'physical', label: 'Physical', definition: 'Land, buildings and facilities: community halls, studios, green spaces, heritage sites, public art.' },
    { id: 'economic', label: 'Economic', definition: 'Local businesses, social enterprises, markets, time banks, funders and in-kind space.' },
    { id: 'cultural', label: 'Cultural', definition: "A community's heritage, traditions, festivals, stories and languages." },
    { id: 'natural', label: 'Natural', definition: 'Natural features valued for culture and wellbeing: rivers, coastline, woods, landscapes (extension category).' },
  ],
});
