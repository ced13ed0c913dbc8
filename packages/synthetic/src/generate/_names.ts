import type { ActivityType } from '@artsrx/schema';

/** Names people give groups of each activity type; a neighbourhood or day is added in front. */
export const ACTIVITY_NOUNS: Partial<Record<ActivityType, readonly string[]>> = {
  singing: ['Community Choir', 'Singers', 'Singing for Wellbeing', 'Sing-along', 'Singing for the Brain Group', 'Gospel Choir', 'Pop Choir'],
  instrumental: ['Ukulele Club', 'Community Orchestra', 'Guitar Circle', 'Brass Band', 'Folk Session'],
  songwriting: ['Songwriting Workshop', 'Song Circle'],
  drumming: ['Drumming Circle', 'Samba Band', 'Djembe Group'],
  'music-listening': ['Music Café', 'Lunchtime Concerts', 'Vinyl Club'],
  drama: ['Community Theatre', 'Drama Group', 'Players'],
  improvisation: ['Improv Club', 'Comedy Improv'],
  storytelling: ['Storytelling Circle', 'Story Café'],
  puppetry: ['Puppet Makers'],
  'circus-skills': ['Circus Skills', 'Juggling Club'],
  'dance-for-health': ['Dance for Parkinson\u2019s', 'Dance for Health', 'Falls Prevention Dance'],
  'seated-dance': ['Seated Dance', 'Chair-based Dance'],
  'social-dance': ['Tea Dance', 'Line Dancing', 'Ballroom Social'],
  'contemporary-dance': ['Contemporary Dance Class', 'Creative Movement'],
  'folk-dance': ['Ceilidh Club', 'Folk Dance Group', 'Clog Dancers'],
  drawing: ['Life Drawing', 'Sketching Club', 'Drawing Group'],
  painting: ['Painting Group', 'Watercolour Class', 'Art Club'],
  printmaking: ['Printmaking Workshop', 'Lino Print Club'],
  sculpture: ['Sculpture Studio'],
  photography: ['Photography Walk', 'Camera Club'],
  'mixed-media': ['Collage Club', 'Mixed Media Art'],
  ceramics: ['Pottery Class', 'Clay Studio'],
  textiles: ['Sewing Bee', 'Quilting Circle', 'Embroidery Group'],
  'knitting-crochet': ['Knit and Natter', 'Crochet Club', 'Stitch and Chat'],
  woodwork: ['Men\u2019s Shed', 'Woodwork Workshop'],
  mosaic: ['Mosaic Makers'],
  'creative-writing': ['Writers\u2019 Group', 'Life Writing', 'Creative Writing Class'],
  poetry: ['Poetry Group', 'Poetry Café'],
  'shared-reading': ['Shared Reading Group', 'Read Aloud Club'],
  'spoken-word': ['Spoken Word Night'],
  'festival-arts': ['Festival Makers'],
  'carnival-arts': ['Carnival Costume Workshop'],
  'multi-arts-workshop': ['Creative Wellbeing Workshop', 'Arts for Wellbeing', 'Make and Create'],
  reminiscence: ['Memory Café', 'Reminiscence Group'],
  'object-handling': ['Museum Object Handling'],
  'heritage-walk': ['Heritage Walk', 'History Walk'],
  'local-history': ['Local History Group', 'Oral History Project'],
  'museum-visit': ['Museum Wellbeing Visits', 'Gallery Tours'],
  'library-programme': ['Library Craft Club', 'Library Creative Hour'],
  'digital-skills': ['Digital Drop-in', 'Tablet Club'],
  'film-making': ['Film-making Course', 'Community Film Club'],
  animation: ['Animation Workshop'],
  'digital-art': ['Digital Art Club'],
  'film-screening': ['Film Club', 'Dementia-friendly Screenings'],
  'design-making': ['Makers\u2019 Space', 'Repair and Make'],
  'creative-gardening': ['Garden Art Group', 'Creative Gardening'],
  'nature-art': ['Nature Art Walks', 'Outdoor Art Club'],
};

/** Neighbourhood-like names, generic enough to belong to any English town. */
export const NEIGHBOURHOODS = [
  'Northside', 'Southside', 'Old Town', 'Riverside', 'Parkside', 'Hillside', 'Market', 'Canalside', 'Victoria', 'Central',
  'Westgate', 'Eastfield', 'Millbrook', 'Greenbank', 'Church Lane', 'Station Road', 'High Street', 'Broadway', 'Moorside', 'Brookfield',
  'Oakwood', 'Ashton Park', 'Meadowbank', 'Castle', 'Abbey', 'Bridge End', 'Kingsway', 'Queens Park', 'Fairfield', 'Newtown',
] as const;

/** Kinds of venue. */
export const VENUE_KINDS = [
  'Community Centre', 'Library', 'Arts Centre', 'Church Hall', 'Museum', 'Gallery', 'Methodist Hall', 'Community Hub',
  'Youth and Community Centre', 'Quaker Meeting House', 'Studio', 'Methodist Church', 'Social Club', 'Leisure Centre',
] as const;

/** Street names for addresses and for telling same-named venues apart. */
export const STREETS = [
  'Mill Lane', 'Church Street', 'Victoria Road', 'King Street', 'Queen Street', 'Park Road', 'Station Road', 'High Street', 'New Road',
  'School Lane', 'Chapel Street', 'North Road', 'South Street', 'Albert Road', 'Market Street', 'Bridge Street', 'Green Lane', 'Manor Road',
  'West Street', 'Grange Road', 'Castle Street', 'Union Street', 'George Street', 'York Road', 'London Road', 'Water Lane',
  'Springfield Road', 'Cross Street', 'Broad Street', 'Elm Grove', 'Oak Avenue', 'Ash Grove', 'Beech Road', 'Holly Bank', 'Moor Lane',
  'Wellington Road', 'Nelson Street', 'Stanley Road', 'Derby Road', 'Richmond Terrace',
] as const;

/** Kinds of organisation. */
export const ORG_KINDS = [
  'Community Arts', 'Arts Collective', 'Creative Wellbeing CIC', 'Heritage Trust', 'Music Project', 'Arts Centre Trust', 'Dance Company',
  'Writers\u2019 Network', 'Community Association', 'Makers CIC', 'Arts and Health Partnership', 'Library Service Friends', 'Theatre Company',
] as const;
