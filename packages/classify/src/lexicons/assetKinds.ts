import type { AssetKindId, Lexicon } from './types.js';

/** Keywords for the asset kinds (see `ASSET_KINDS`). */
export const ASSET_KIND_LEXICON: Lexicon<AssetKindId> = {
  vocabulary: 'asset-kind',
  keepInRequirements: false,
  headOfName: true,
  ignore: ['out of the house', 'out of the home', 'at home', 'from home', 'in house', 'open house'],
  rules: [
    { value: 'group', weight: 0.85, terms: ['choir*', 'club', 'clubs', 'group', 'groups', 'society', 'circle', 'guild', 'knit and natter', 'friends of', 'band', 'ensemble', 'troupe', 'collective', 'men in sheds', 'mens shed*', 'jam', 'open mic*', 'association', 'u3a', 'forum', 'singers', 'chorus'] },
    { value: 'group', weight: 0.4, terms: ['members', 'we meet', 'meets', 'volunteer run', 'run by volunteers'] },
    { value: 'organisation', weight: 0.85, terms: ['registered charity', 'charity', 'cic', 'community interest company', 'ltd', 'limited', 'trust', 'council', 'nhs', 'company', 'organisation', 'organization', 'agency', 'university', 'college', 'school', 'department', 'charitable'] },
    { value: 'venue', weight: 0.85, terms: ['hall', 'village hall', 'church hall', 'community centre', 'community center', 'arts centre', 'arts center', 'theatre', 'theater', 'playhouse', 'library', 'museum', 'gallery', 'studio', 'studios', 'venue', 'rooms', 'room hire', 'for hire', 'to hire', 'cinema', 'concert hall', 'youth centre', 'youth zone', 'church', 'chapel', 'cathedral', 'building', 'mill', 'space', 'makerspace', 'pub'] },
    { value: 'programme', weight: 0.85, terms: ['programme', 'program', 'project', 'on prescription', 'course', 'courses', 'service', 'scheme', 'initiative', 'pilot', 'week course', 'week programme'] },
    { value: 'skill', weight: 0.8, terms: ['retired', 'happy to teach', 'happy to show', 'happy to share', 'happy to run', 'offers to', 'offer to', 'ive been', 'self taught', 'skills to share', 'my skills', 'i can teach', 'can teach', 'teaches', 'fluent in'] },
    { value: 'heritage-site', weight: 0.85, terms: ['listed', 'grade i', 'grade ii', 'scheduled monument', 'monument', 'castle', 'abbey', 'priory', 'ruins', 'hill fort', 'historic building*', 'heritage site', 'heritage centre', 'stately home', 'country house', 'conservation area', 'windmill', 'memorial', 'war memorial', 'mill'] },
    { value: 'public-art', weight: 0.9, terms: ['mural*', 'sculpture trail', 'sculptures', 'sculpture', 'statue*', 'public art', 'installation', 'street art', 'graffiti wall'] },
    { value: 'green-space', weight: 0.85, terms: ['park', 'country park', 'garden', 'gardens', 'community garden', 'allotment*', 'wood', 'woods', 'woodland*', 'forest', 'nature reserve', 'meadow*', 'green space', 'beach', 'dunes', 'moor', 'moorland', 'fell', 'fells', 'hill', 'valley', 'clough', 'river', 'canal', 'reservoir', 'lake', 'estuary', 'coast', 'bay', 'common', 'playing field*'] },
    { value: 'festival', weight: 0.9, terms: ['festival*', 'carnival*', 'mela', 'parade', 'procession', 'gala', 'fiesta', 'celebration*', 'open days', 'fete', 'fair', 'walks'] },
    { value: 'collection', weight: 0.85, terms: ['collection', 'collections', 'archive', 'archives', 'oral history', 'oral histories', 'record office', 'recordings', 'recorded interviews', 'photographs', 'handling collection'] },
    { value: 'business', weight: 0.85, terms: ['cafe', 'coffee shop', 'tea room*', 'shop', 'bookshop*', 'business', 'social enterprise*', 'cic', 'ltd', 'market', 'pub', 'salon', 'family run', 'independent', 'sells', 'selling', 'traders', 'stalls'] },
  ],
};
