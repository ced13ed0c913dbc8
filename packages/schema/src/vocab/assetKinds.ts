import { _defineVocabulary } from './_defineVocabulary.js';

/** Finer kinds of asset, below the ABCD category. */
export const ASSET_KINDS = _defineVocabulary({
  id: 'asset-kind',
  title: 'Asset kind',
  description: 'A finer description of what an asset is, independent of its ABCD category.',
  terms: [
    { id: 'organisation', label: 'Organisation', definition: 'A constituted organisation: a charity, company, public body or trust.' },
    { id: 'venue', label: 'Venue', definition: 'A building or room where activities take place.' },
    { id: 'group', label: 'Group', definition: 'A group of people who meet to do something together.' },
    { id: 'programme', label: 'Programme', definition: 'A funded programme or project, such as an arts-on-prescription service.' },
    { id: 'skill', label: 'Skill', definition: "A person's skill or experience offered to others." },
    { id: 'heritage-site', label: 'Heritage site', definition: 'A historic building, monument or site.' },
    { id: 'public-art', label: 'Public art', definition: 'A sculpture, mural or other artwork in a public place.' },
    { id: 'green-space', label: 'Green space', definition: 'A park, garden, allotment, wood or other green space.' },
    { id: 'festival', label: 'Festival', definition: 'A festival, carnival or recurring celebration.' },
    { id: 'collection', label: 'Collection', definition: 'A collection or archive: objects, photographs, records, oral histories.' },
    { id: 'business', label: 'Business', definition: 'A business or social enterprise, such as a café that hosts a craft group.' },
    { id: 'other', label: 'Other', definition: 'None of the above.' },
  ],
});
