import { _defineVocabulary } from './_defineVocabulary.js';

/** UNESCO Framework for Cultural Statistics (2009) domains used in the art-form crosswalk. */
export const UNESCO_DOMAINS = {
  A: 'Cultural and Natural Heritage',
  B: 'Performance and Celebration',
  C: 'Visual Arts and Crafts',
  D: 'Books and Press',
  E: 'Audio-visual and Interactive Media',
  F: 'Design and Creative Services',
} as const;

/** A UNESCO FCS 2009 cultural domain letter. */
export type UnescoDomain = keyof typeof UNESCO_DOMAINS;

/**
 * Art forms (level 1): the Arts Council England disciplines, plus museums, libraries,
 * film/digital, design and nature-based culture, each crosswalked to a UNESCO 2009 domain.
 */
export const ART_FORMS = _defineVocabulary({
  id: 'art-form',
  title: 'Art form',
  description:
    'Level 1 of the two-level art vocabulary: Arts Council England disciplines (music, theatre, dance, visual arts, literature, combined arts, museums, libraries) extended for participatory arts, each crosswalked to a UNESCO Framework for Cultural Statistics (2009) domain.',
  terms: [
    { id: 'music', label: 'Music', definition: 'Singing, playing, writing or listening to music.', unescoDomain: 'B' },
    { id: 'theatre', label: 'Theatre', definition: 'Drama, improvisation, storytelling, puppetry and circus.', unescoDomain: 'B' },
    { id: 'dance', label: 'Dance', definition: 'All forms of dance and movement to music, including seated dance.', unescoDomain: 'B' },
    { id: 'visual-arts', label: 'Visual arts', definition: 'Drawing, painting, printmaking, sculpture, photography and mixed media.', unescoDomain: 'C' },
    { id: 'crafts', label: 'Crafts', definition: 'Ceramics, textiles, knitting, woodwork, mosaic and other making.', unescoDomain: 'C' },
    { id: 'literature', label: 'Literature', definition: 'Creative writing, poetry, shared reading and spoken word.', unescoDomain: 'D' },
    { id: 'combined-arts', label: 'Combined arts', definition: 'Where art forms meet: festivals, carnival, outdoor arts and multi-arts workshops.', unescoDomain: 'B' },
    { id: 'museums-heritage', label: 'Museums and heritage', definition: 'Museum and gallery visits, object handling, reminiscence, local history and heritage walks.', unescoDomain: 'A' },
    { id: 'libraries', label: 'Libraries', definition: 'Library-based cultural programmes and digital skills.', unescoDomain: 'D' },
    { id: 'film-digital', label: 'Film and digital', definition: 'Film-making, animation, digital art, screenings and podcasting.', unescoDomain: 'E' },
    { id: 'design', label: 'Design', definition: 'Design, architecture and making with a design focus.', unescoDomain: 'F' },
    { id: 'nature-culture', label: 'Nature and culture', definition: 'Creative activities in and about nature, such as creative gardening and nature art.', unescoDomain: 'A' },
  ],
});
