import type { AbcdCategoryId, Lexicon } from './types.js';

/**
 * Keywords for the ABCD asset categories (see `ABCD_CATEGORIES` for the definitions).
 * A term in the name counts more than the same term in the description, so "Church Hall"
 * (physical) and "a choir that meets in the church hall" (association) come out differently.
 * Structured facts (a charity number, a building) are in `ABCD_SIGNALS`.
 */
export const ABCD_LEXICON: Lexicon<AbcdCategoryId> = {
  vocabulary: 'abcd-category',
  keepInRequirements: false,
  descriptionWeight: 0.6,
  headOfName: true,
  ignore: ['out of the house', 'out of the home', 'at home', 'from home', 'in house', 'open house', 'full house', 'on the house', 'old friends', 'we go', 'i go'],
  rules: [
    // individual: one person and what they can offer
    { value: 'individual', weight: 0.8, terms: ['retired', 'happy to teach', 'happy to show', 'happy to share', 'happy to run', 'happy to help', 'offers to', 'offer to', 'ive been', 'i have been', 'i can teach', 'i can show', 'lived experience of', 'self taught', 'local musician', 'local artist', 'local historian', 'local photographer', 'keen photographer', 'community connector', 'she loves', 'he loves', 'skills to share', 'my skills', 'a local storyteller', 'storyteller who', 'a retired', 'volunteer tutor'] },
    { value: 'individual', weight: 0.45, terms: ['she', 'her', 'he', 'him', 'his', 'herself', 'himself', 'teaches', 'fixes', 'tells', 'musician who', 'photographer who', 'teacher who', 'artist who', 'a person', 'expert'] },
    // association: groups run mainly by volunteers
    { value: 'association', weight: 0.85, terms: ['choir*', 'club', 'clubs', 'group', 'groups', 'society', 'societies', 'circle', 'guild', 'knit and natter', 'natter', 'friends of', 'volunteer run', 'volunteer led', 'community run', 'community led', 'friends', 'friends group', 'run by volunteers', 'run by its members', 'run by members', 'members', 'membership', 'amateur*', 'collective', 'forum', 'mens shed*', 'men in sheds', 'community shed*', 'jam', 'troupe', 'association', 'community association', 'residents association', 'tenants association', 'u3a', 'womens institute', 'wi', 'band', 'meet up', 'meetup', 'we meet', 'get together', 'singers', 'ensemble', 'chorus', 'crew', 'network', 'parish church', 'church', 'chapel', 'mosque', 'synagogue', 'gurdwara', 'temple', 'congregation', 'faith group', 'open mic*'] },
    { value: 'association', weight: 0.4, terms: ['meets', 'meet', 'sessions', 'volunteers', 'volunteer', 'all welcome', 'everyone welcome', 'new members', 'we', 'our', 'subscription', 'annual membership', 'weekly', 'fortnightly', 'every monday', 'every tuesday', 'every wednesday', 'every thursday', 'every friday', 'every saturday', 'every sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'] },
    // institution: public bodies, charities and professional organisations
    { value: 'institution', weight: 0.85, terms: ['museum*', 'library', 'libraries', 'gallery', 'art gallery', 'theatre', 'theater', 'playhouse', 'arts centre', 'arts center', 'council', 'borough council', 'nhs', 'nhs trust', 'mental health trust', 'hospital', 'hospitals', 'hospice', 'school', 'schools', 'primary school', 'academy', 'college', 'university', 'record office', 'archives', 'cathedral', 'philharmonic', 'concert hall', 'registered charity', 'charity', 'charitable', 'youth zone', 'youth centre', 'family hub', 'childrens centre', 'gp', 'gps', 'surgery', 'medical practice', 'health centre', 'recovery college', 'on prescription', 'programme', 'program', 'service', 'services', 'professional', 'professionals', 'arts organisation', 'arts organization', 'staff', 'national portfolio', 'officer', 'development officer', 'arts officer', 'trust', 'department', 'public health', 'local authority', 'producing theatre', 'company', 'agency', 'alzheimers society', 'age uk'] },
    { value: 'institution', weight: 0.4, terms: ['referred', 'referral*', 'funded', 'led by a professional', 'trained', 'learning programme', 'education', 'courses', 'course', 'classes', 'team', 'collections'] },
    // physical: land, buildings and facilities
    { value: 'physical', weight: 0.85, terms: ['hall', 'village hall', 'church hall', 'community centre', 'community center', 'building', 'buildings', 'mill', 'chapel', 'disused', 'empty', 'for sale', 'to hire', 'for hire', 'room hire', 'rooms', 'meeting rooms', 'to rent', 'studios', 'park', 'playing field*', 'allotment*', 'memorial', 'war memorial', 'monument', 'statue', 'sculpture trail', 'sculptures', 'mural', 'public art', 'windmill', 'castle', 'hill fort', 'tower', 'listed', 'grade i', 'grade ii', 'grade ii listed', 'conservation area', 'country house', 'pavilion', 'square', 'bridge', 'derelict', 'closed since', 'baths', 'swimming baths', 'workshop space', 'venue', 'mansion house', 'site', 'grounds', 'kitchen', 'step free', 'car park', 'bus route*'] },
    { value: 'physical', weight: 0.4, terms: ['house', 'houses', 'shed', 'victorian', 'georgian', 'space', 'built', 'restored', 'converted', 'former', 'old', 'open on', 'open seven days', 'seating'] },
    // economic: businesses, social enterprises, markets, funders, in-kind resources
    { value: 'economic', weight: 0.85, terms: ['cafe', 'cafes', 'coffee shop', 'tea room*', 'shop', 'shops', 'bookshop*', 'gift shop', 'charity shop', 'business', 'businesses', 'social enterprise*', 'cic', 'community interest company', 'ltd', 'limited', 'plc', 'market', 'markets', 'market hall', 'time bank*', 'timebank*', 'grant', 'grants', 'funding', 'fund', 'funder*', 'bursar*', 'pub', 'salon', 'hairdresser*', 'traders', 'trader', 'stalls', 'for profit', 'commercial', 'sells', 'sell', 'selling', 'sold', 'family run', 'independent', 'employs', 'skills swap', 'swap skills', 'in kind', 'sponsorship'] },
    { value: 'economic', weight: 0.4, terms: ['price', 'prices', 'per hour', 'customers', 'company'] },
    // cultural: heritage, traditions, festivals, stories, languages
    { value: 'cultural', weight: 0.85, terms: ['tradition', 'traditions', 'centuries old', 'festival*', 'carnival*', 'mela', 'parade', 'procession', 'celebration*', 'rushbearing', 'well dressing', 'walking day', 'heritage open days', 'stories', 'story of', 'storytelling tradition', 'oral history', 'oral histories', 'memories', 'dialect', 'language', 'languages', 'folklore', 'legend', 'recipe*', 'customs', 'new year', 'diwali', 'eid', 'st patricks', 'bonfire night', 'remembrance', 'identity'] },
    // "heritage" is often only a name ("Heritage Court", "Heritage Coffee"): it adds to other cultural evidence but never decides alone.
    { value: 'cultural', weight: 0.6, support: true, terms: ['heritage'] },
    { value: 'cultural', weight: 0.6, terms: ['archive', 'photographic archive', 'family stories', 'glassmaking heritage', 'industrial heritage'] },
    { value: 'cultural', weight: 0.4, terms: ['collection', 'annual', 'every year', 'each year', 'every june', 'every may', 'every september', 'each winter', 'each august', 'traditional', 'culture', 'cultural', 'history', 'since 1*', 'since the', 'years', 'community celebration'] },
    // natural: landscapes valued for culture and wellbeing
    { value: 'natural', weight: 0.85, terms: ['beach', 'beaches', 'bay', 'coast', 'coastline', 'coastal', 'sands', 'dunes', 'sand dunes', 'estuary', 'salt marsh', 'saltmarsh', 'wood', 'woods', 'woodland*', 'forest', 'ancient woodland', 'river', 'riverbank', 'stream', 'canal', 'towpath', 'lake', 'reservoir', 'moor', 'moors', 'moorland', 'fell', 'fells', 'hill', 'hills', 'mountain*', 'valley', 'clough', 'waterfall', 'nature reserve', 'country park', 'meadow*', 'wetland*', 'marsh', 'landscape', 'views', 'birdwatching', 'wildlife'] },
    { value: 'natural', weight: 0.4, terms: ['nature', 'outdoors', 'footpaths', 'trails', 'sunset'] },
  ],
};
