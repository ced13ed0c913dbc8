import type { ArtFormId, Lexicon } from './types.js';

/**
 * Phrases in which art words do not mean art: "drawing crowds", a walking or food festival.
 * Shared by the art-form and activity-type lexicons.
 */
export const NOT_ARTS: readonly string[] = [
  'drawing crowds', 'drawing thousands', 'drawing people', 'drawing visitors', 'draws crowds', 'draws thousands', 'draws visitors',
  'large print', 'reading room*', 'gig rowing', 'rowing gig*', 'inspired painters', 'inspired artists', 'inspired poets', 'inspired writers',
  'walking festival*', 'food festival*', 'food and drink festival*', 'beer festival*', 'cycling festival*', 'sports festival*', 'festival of sport',
];

/**
 * Keywords that name an art form directly (a theatre, a museum, "music"). Art forms are also
 * suggested through the activity types they are parents of (see `ACTIVITY_TYPE_LEXICON`), so
 * this list holds only what does not name a finer activity.
 */
export const ART_FORM_LEXICON: Lexicon<ArtFormId> = {
  vocabulary: 'art-form',
  keepInRequirements: true,
  // A digital-skills session is a library programme (through its activity type), not digital art.
  ignore: [...NOT_ARTS, 'to music', 'to the music', 'video call*', 'digital drop in', 'digital skills', 'digital inclusion', 'digital champion*'],
  rules: [
    { value: 'music', weight: 0.9, terms: ['music', 'musical', 'musician*', 'songs', 'song', 'philharmonic', 'opera', 'operas', 'operatic', 'folk music', 'gospel', 'hymn*', 'brass', 'symphony', 'jazz', 'blues', 'rock and roll', 'dj', 'djing', 'music studio*', 'music room', 'recording studio*'] },
    { value: 'theatre', weight: 0.9, terms: ['theatre*', 'theater*', 'playhouse', 'drama', 'comedy club', 'cabaret', 'stand up comedy', 'panto', 'pantomime'] },
    { value: 'dance', weight: 0.9, terms: ['dance', 'dances', 'dancing', 'dancer*', 'danced', 'choreograph*', 'movement to music', 'dance studio*'] },
    { value: 'visual-arts', weight: 0.85, terms: ['art therapy', 'art class*', 'art classes', 'art group*', 'art club*', 'art society', 'art school', 'art teacher', 'fine art*', 'visual art*', 'art gallery', 'art galleries', 'gallery', 'galleries', 'art history', 'art exhibition*', 'contemporary art', 'artwork*', 'art studio*', 'artist studio*', 'artists studio*', 'art museum', 'public art', 'mural*', 'street art'] },
    { value: 'visual-arts', weight: 0.55, terms: ['open studio*', 'art', 'artist', 'artists', 'exhibit', 'exhibits', 'exhibition*'] },
    // A studio may be for yoga, recording or television: it adds to other visual-arts evidence only.
    { value: 'visual-arts', weight: 0.55, support: true, terms: ['studio', 'studios'] },
    { value: 'crafts', weight: 0.85, terms: ['craft', 'crafts', 'crafty', 'crafting', 'crafters', 'craftspeople', 'craftsmen', 'craftsman', 'handmade', 'hand made', 'jewellery', 'jewelry', 'glassmaking', 'glass making', 'stained glass', 'fused glass', 'glass painting', 'glass blowing', 'glassblowing', 'ceramics studio*', 'pottery studio*', 'makers', 'maker', 'making things', 'basket weav*', 'basket mak*', 'basketry', 'candle making'] },
    { value: 'literature', weight: 0.85, terms: ['literature', 'literary', 'bookshop*', 'book shop*', 'bookseller*', 'author', 'authors', 'storybook*', 'dialect verse', 'publishing', 'zine', 'zines'] },
    { value: 'literature', weight: 0.55, terms: ['reading', 'readers', 'story', 'books', 'library books'] },
    { value: 'literature', weight: 0.4, terms: ['book'] },
    { value: 'combined-arts', weight: 0.85, terms: ['arts centre*', 'arts center*', 'creative people and places', 'socially engaged art*', 'social arts practice', 'collaborative art*', 'participatory art*', 'arts festival*', 'combined arts', 'multi arts', 'multi artform', 'outdoor arts', 'live art', 'arts day', 'carnival*', 'festival*', 'mela', 'parade*', 'procession*', 'lantern parade*', 'fiesta', 'spectacle'] },
    { value: 'combined-arts', weight: 0.6, fallback: true, terms: ['community arts', 'arts on prescription', 'art on prescription', 'creative arts', 'celebration*'] },
    { value: 'combined-arts', weight: 0.3, fallback: true, terms: ['arts', 'creative', 'creativity', 'lantern*', 'arts and crafts', 'creative activities', 'creative workshop*'] },
    { value: 'museums-heritage', weight: 0.9, terms: ['museum*', 'historian*', 'archive*', 'archaeolog*', 'listed building', 'scheduled monument*', 'monument*', 'war memorial*', 'memorials', 'plaque', 'plaques', 'centuries old', 'preservation trust*', 'preservation societ*', 'civic trust', 'civic society', 'national trust', 'english heritage', 'historic england', 'stately home', 'country house', 'conservation area', 'blue plaque*', 'remembrance', 'record office', 'local studies', 'antiques', 'antique', 'collection talk*', 'slow looking', 'reminisc*', 'windmill', 'castle', 'abbey', 'priory', 'ruins', 'hill fort', 'folklore',
      // "heritage" and "history" count only in phrases that are about them; alone they are supporting words (below)
      'heritage centre*', 'heritage center*', 'heritage site*', 'heritage trail*', 'heritage walk*', 'heritage tour*', 'heritage open day*', 'heritage project*', 'heritage group*', 'heritage society', 'heritage railway*', 'heritage volunteer*', 'industrial heritage', 'local heritage', 'our heritage', 'built heritage', 'cultural heritage', 'maritime heritage', 'mining heritage',
      'local history', 'social history', 'oral history', 'oral histories', 'family history', 'living history', 'military history', 'history society', 'history group*', 'history talk*', 'history walk*', 'history centre*', 'history of the', 'history of our', 'history of this', 'history of its', 'histories'] },
    // Words that often appear in passing ("meets in the historic Town Hall", "Heritage Court", "plant collections"): they add to heritage evidence but never suggest it alone.
    { value: 'museums-heritage', weight: 0.45, support: true, terms: ['heritage', 'history', 'historic', 'historical', 'listed', 'grade i', 'grade ii', 'memorial', 'collections', 'victorian', 'georgian', 'edwardian', 'medieval', 'tudor', 'century', 'centuries', 'tradition', 'traditions', 'years ago'] },
    { value: 'libraries', weight: 0.9, terms: ['library', 'libraries', 'libary', 'librarian*', 'rhyme time*', 'bookstart', 'home library service'] },
    { value: 'film-digital', weight: 0.9, terms: ['film', 'films', 'filmmak*', 'cinema*', 'movie*', 'podcast*', 'radio', 'animat*', 'video', 'videos', 'digital art*', 'television', 'tv', 'youtube', 'gaming', 'video game*', 'media studio*'] },
    { value: 'film-digital', weight: 0.4, terms: ['digital', 'screen', 'screens', 'media'] },
    { value: 'design', weight: 0.5, terms: ['design', 'designing'] },
    { value: 'design', weight: 0.85, terms: ['designer*', 'architect*', 'technical drawing', 'draughtsman', 'draughtsmen', 'draftsman', 'draftsmen', 'makerspace*', 'maker space*', 'hackspace*', '3d print*', 'laser cut*', 'fashion', 'typography'] },
    { value: 'nature-culture', weight: 0.85, terms: ['creative gardening', 'nature art*', 'land art', 'art outdoors', 'natural materials', 'creative by nature', 'art in nature', 'natural dye*', 'plant dye*', 'green arts', 'eco art*', 'environmental art*', 'nature writing', 'nature journal*', 'willow weaving', 'willow sculpture*', 'living willow', 'willow work*', 'willow craft*', 'from willow', 'with willow', 'therapeutic gardening', 'therapeutic horticulture'] },
    { value: 'nature-culture', weight: 0.5, support: true, terms: ['willow'] },
  ],
};
