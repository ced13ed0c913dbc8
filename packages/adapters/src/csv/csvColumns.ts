import {
  ABCD_CATEGORIES,
  ACCESS_SUPPORT,
  ACTIVITY_FORMATS,
  ACTIVITY_TYPES,
  ART_FORMS,
  ASSET_KINDS,
  ATTENDANCE_MODES,
  FIVE_WAYS,
  NEEDS,
  VENUE_FEATURES,
} from '@artsrx/schema';

/** How a cell is read and written. */
export type CsvColumnKind =
  | 'id'
  | 'text'
  | 'list'
  | 'enum'
  | 'enumList'
  | 'int'
  | 'number'
  | 'bool'
  | 'date'
  | 'dateList'
  | 'time'
  | 'trueFlags'
  | 'falseFlags'
  | 'latitude'
  | 'longitude'
  | 'occurrences';

/** One column of the default ArtsRx CSV layout. */
export interface CsvColumn {
  /** Header in the default layout (snake_case). */
  readonly name: string;
  /** Which record the column fills: the row's activity, or the organisation, place or asset it names. */
  readonly entity: 'activity' | 'organisation' | 'place' | 'asset';
  /** Property path inside that record. */
  readonly path: readonly string[];
  /** How the cell is read and written. */
  readonly kind: CsvColumnKind;
  /** Allowed ids, for enum, enumList and flag columns. */
  readonly values?: readonly string[];
  /** What goes in the column, for people filling in a spreadsheet. */
  readonly description: string;
}

const c = (
  name: string,
  entity: CsvColumn['entity'],
  path: string,
  kind: CsvColumnKind,
  description: string,
  values?: readonly string[],
): CsvColumn => ({ name, entity, path: path.split('.'), kind, description, ...(values ? { values } : {}) });

const ROUTES = ['link-worker', 'gp', 'self', 'other-professional'] as const;
const SOURCES = ['directory', 'self-published', 'asset-mapping', 'survey', 'other'] as const;

/**
 * The default ArtsRx CSV layout: one row per activity. Organisation, place and asset columns
 * repeat on every row of an activity they belong to and are de-duplicated by id on import.
 *
 * Cells holding several values separate them with `|` (`music|dance`). Dates are written
 * `YYYY-MM-DD` and read also as `dd/mm/yyyy` (or `mm/dd/yyyy` with `dateOrder: 'mdy'`) and as
 * Excel serial numbers; times `HH:MM`. Yes/no cells take `yes`, `no`, `true`, `false`, `1`, `0`.
 * Venue features and access support are lists of ids: the `…_absent` / `…_not_offered` columns
 * list what is known to be missing; anything in neither is unknown.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.map((col) => col.name).slice(0, 3);
 * //=> ['activity_id', 'activity_name', 'activity_description']
 * ```
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  c('activity_id', 'activity', 'id', 'id', 'Id of the activity, unique in the sheet. Made from the name when left empty.'),
  c('activity_name', 'activity', 'name', 'text', 'Name of the activity.'),
  c('activity_description', 'activity', 'description', 'text', 'What happens.'),
  c('art_forms', 'activity', 'artForms', 'enumList', 'Art forms, e.g. music|dance.', ART_FORMS.ids),
  c('activity_types', 'activity', 'activityTypes', 'enumList', 'Activity types, e.g. singing.', ACTIVITY_TYPES.ids),
  c('five_ways', 'activity', 'fiveWays', 'enumList', 'Five Ways to Wellbeing.', FIVE_WAYS.ids),
  c('format', 'activity', 'format', 'enum', 'drop-in, course, ongoing-group, one-to-one or one-off-event.', ACTIVITY_FORMATS.ids),
  c('attendance_mode', 'activity', 'attendanceMode', 'enum', 'in-person, online or mixed.', ATTENDANCE_MODES.ids),
  c('status', 'activity', 'status', 'enum', 'active, temporarily-closed or ended.', ['active', 'temporarily-closed', 'ended']),
  c('suitable_for', 'activity', 'suitableFor', 'enumList', 'Needs it is designed for.', NEEDS.ids),
  c('access_support', 'activity', 'accessSupport', 'trueFlags', 'Support offered.', ACCESS_SUPPORT.ids),
  c('access_support_not_offered', 'activity', 'accessSupport', 'falseFlags', 'Support known not to be offered.', ACCESS_SUPPORT.ids),
  c('languages', 'activity', 'languages', 'list', 'Languages as BCP 47 tags, e.g. en|cy.'),
  c('session_count', 'activity', 'sessionCount', 'int', 'Sessions in a course.'),
  c('url', 'activity', 'url', 'text', 'Web page.'),
  c('contact_name', 'activity', 'contact.name', 'text', 'Contact name or role.'),
  c('contact_email', 'activity', 'contact.email', 'text', 'Contact email.'),
  c('contact_phone', 'activity', 'contact.phone', 'text', 'Contact phone.'),
  c('is_free', 'activity', 'cost.isFree', 'bool', 'yes when it costs nothing; empty when not known.'),
  c('price', 'activity', 'cost.price', 'number', 'Price per session (per course for a course) in pounds.'),
  c('concessions', 'activity', 'cost.concessions', 'text', 'Reduced prices.'),
  c('cost_notes', 'activity', 'cost.notes', 'text', 'Anything else about cost.'),
  c('min_age', 'activity', 'eligibility.minAge', 'int', 'Youngest age.'),
  c('max_age', 'activity', 'eligibility.maxAge', 'int', 'Oldest age.'),
  c('referral_required', 'activity', 'eligibility.referralRequired', 'bool', 'yes when people can only join through a referral.'),
  c('eligibility_notes', 'activity', 'eligibility.notes', 'text', 'Other eligibility rules.'),
  c('accepts_referrals', 'activity', 'socialPrescribing.acceptsReferrals', 'bool', 'yes when it takes social prescribing referrals.'),
  c('referral_routes', 'activity', 'socialPrescribing.routes', 'enumList', 'link-worker|gp|self|other-professional.', ROUTES),
  c('max_participants', 'activity', 'capacity.maxParticipants', 'int', 'Most people per session.'),
  c('waiting_list', 'activity', 'capacity.waitingList', 'bool', 'yes when there is a waiting list.'),
  c('timezone', 'activity', 'schedule.timezone', 'text', 'IANA time zone; Europe/London when empty.'),
  c('start_date', 'activity', 'schedule.startDate', 'date', 'Date of the first session.'),
  c('end_date', 'activity', 'schedule.endDate', 'date', 'Date after which there are no sessions.'),
  c('start_time', 'activity', 'schedule.startTime', 'time', 'Start time, HH:MM.'),
  c('end_time', 'activity', 'schedule.endTime', 'time', 'End time, HH:MM.'),
  c('repeat_frequency', 'activity', 'schedule.repeat.frequency', 'enum', 'daily, weekly or monthly; empty for a single session.', ['daily', 'weekly', 'monthly']),
  c('repeat_interval', 'activity', 'schedule.repeat.interval', 'int', 'Every n days, weeks or months.'),
  c('repeat_days', 'activity', 'schedule.repeat.byDay', 'list', 'Days, e.g. MO|WE, or 1SA (first Saturday).'),
  c('repeat_count', 'activity', 'schedule.repeat.count', 'int', 'Number of sessions.'),
  c('except_dates', 'activity', 'schedule.exceptDates', 'dateList', 'Dates with no session.'),
  c('extra_dates', 'activity', 'schedule.extraDates', 'dateList', 'Extra session dates.'),
  c('occurrences', 'activity', 'schedule.occurrences', 'occurrences', 'Irregular sessions: start/end date-times with offsets, separated by |.'),
  c('schedule_notes', 'activity', 'schedule.notes', 'text', 'E.g. term time only.'),
  c('last_verified', 'activity', 'lastVerified', 'date', 'When someone last checked the row.'),
  c('provenance_source', 'activity', 'provenance.source', 'enum', 'directory, self-published, asset-mapping, survey or other.', SOURCES),
  c('recorded_by', 'activity', 'provenance.recordedBy', 'text', 'Who recorded it (organisation or role).'),
  c('recorded_at', 'activity', 'provenance.recordedAt', 'date', 'When it was first recorded.'),
  c('illustrative', 'activity', 'provenance.illustrative', 'bool', 'yes when the row is invented for an example and describes nothing real.'),
  c('organisation_id', 'organisation', 'id', 'id', 'Id of the organisation that runs it. Made from the name when left empty.'),
  c('organisation_name', 'organisation', 'name', 'text', 'Name of the organisation.'),
  c('organisation_url', 'organisation', 'url', 'text', 'Organisation website.'),
  c('organisation_email', 'organisation', 'email', 'text', 'Organisation email.'),
  c('organisation_phone', 'organisation', 'phone', 'text', 'Organisation phone.'),
  c('place_id', 'place', 'id', 'id', 'Id of the place. Made from the name when left empty.'),
  c('place_name', 'place', 'name', 'text', 'Name of the venue.'),
  c('address_lines', 'place', 'address.lines', 'list', 'Street address lines, separated by |.'),
  c('town', 'place', 'address.town', 'text', 'Town or city.'),
  c('postcode', 'place', 'address.postcode', 'text', 'UK postcode.'),
  c('latitude', 'place', 'geo', 'latitude', 'Latitude in WGS84, e.g. 53.4084.'),
  c('longitude', 'place', 'geo', 'longitude', 'Longitude in WGS84, e.g. -2.9916.'),
  c('venue_features', 'place', 'venueFeatures', 'trueFlags', 'Access features the venue has.', VENUE_FEATURES.ids),
  c('venue_features_absent', 'place', 'venueFeatures', 'falseFlags', 'Access features the venue is known to lack.', VENUE_FEATURES.ids),
  c('accessibility_notes', 'place', 'accessibilityNotes', 'text', 'Access in words.'),
  c('transport_notes', 'place', 'transportNotes', 'text', 'How to get there.'),
  c('asset_id', 'asset', 'id', 'id', 'Id of the community asset that offers it.'),
  c('asset_name', 'asset', 'name', 'text', 'Name of the asset.'),
  c('abcd_category', 'asset', 'abcdCategory', 'enum', 'ABCD category of the asset.', ABCD_CATEGORIES.ids),
  c('asset_kind', 'asset', 'assetKind', 'enum', 'Kind of asset.', ASSET_KINDS.ids),
  c('asset_status', 'asset', 'status', 'enum', 'nominated, active, temporarily-closed or closed.', ['nominated', 'active', 'temporarily-closed', 'closed']),
];
