import type { RuleLevel, Severity } from '../types.js';

/** One rule of the catalogue: what it checks, how serious it is, and how to fix what it finds. */
export interface RuleInfo {
  /** Stable snake_case code; never renamed once released. */
  readonly code: string;
  /** Default severity (a `rules` option can change it or turn the rule off). */
  readonly severity: Severity;
  readonly level: RuleLevel;
  /** What it applies to. */
  readonly appliesTo: 'any' | 'dataset' | 'referral' | 'profile';
  /** Short title. */
  readonly title: string;
  /** What it means, for a directory editor. */
  readonly meaning: string;
  /** How to fix it. */
  readonly fix: string;
}

const rule = (r: RuleInfo) => r;

/**
 * Every rule the validator applies, in one place. `docs/rules.md` is generated from this list
 * (`pnpm docs:rules`), so the documentation and the code cannot disagree.
 */
export const RULES = [
  // ── Reading the file ────────────────────────────────────────────────────────────────────
  rule({ code: 'invalid_json', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Not valid JSON',
    meaning: 'The file (or an NDJSON line) cannot be read as JSON. The message says the line and column where it broke and why: a missing comma or bracket, a trailing comma, single quotes, NaN, or a file that was cut short.',
    fix: 'Open the file in a text editor at that line and column and correct it. Spreadsheet exports should be converted with `artsrx convert --from csv`.' }),
  rule({ code: 'too_deep', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Nested too deeply',
    meaning: 'The JSON is nested hundreds of levels deep; no ArtsRx document is. It is refused before parsing so it cannot exhaust memory.',
    fix: 'Check that the file is the ArtsRx document you meant to validate.' }),
  rule({ code: 'not_an_object', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Not a JSON object',
    meaning: 'A dataset, record, referral or profile is a JSON object `{ … }`; this is a list, text, number or null.',
    fix: 'Wrap the records in a dataset object with `standard`, `version`, `publisher`, `license`, `generatedAt` and the record lists.' }),
  rule({ code: 'unknown_record_type', severity: 'error', level: 'structure', appliesTo: 'dataset', title: 'Unknown record type',
    meaning: 'Every NDJSON line needs a `type`: `DatasetHeader`, `Organisation`, `Place`, `Asset` or `Activity`.',
    fix: 'Add the right `type` to the line (the message suggests one when the spelling is close).' }),
  // ── Structure (the schema) ──────────────────────────────────────────────────────────────
  rule({ code: 'missing_field', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Required field missing',
    meaning: 'A field every record of this kind must have is missing, such as an activity’s `artForms` or a record’s `provenance`.',
    fix: 'Add the field. The hint says what it holds.' }),
  rule({ code: 'wrong_type', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Wrong kind of value',
    meaning: 'A field holds the wrong kind of value: text where a number is expected, a single value where a list is expected, and so on.',
    fix: 'Write the value in the expected form, e.g. `"artForms": ["music"]` rather than `"artForms": "music"`.' }),
  rule({ code: 'unknown_value', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Not one of the allowed values',
    meaning: 'A field that takes a term from a vocabulary (art form, activity type, status, …) holds something else. The message suggests the closest term.',
    fix: 'Use one of the listed values exactly, in lower case with hyphens (`visual-arts`, not `Visual Arts`).' }),
  rule({ code: 'invalid_format', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Wrong format',
    meaning: 'A date, time, postcode, web address, email, phone number, time zone, id or code is not written in the required format, or a name or id holds control characters, line breaks or text-direction overrides (the message names each by code point, e.g. `U+202E`, and shows it as `[U+202E]`, never raw).',
    fix: 'Follow the example in the hint: dates are `2026-05-01`, times `18:30`, postcodes `L1 4DQ`, web addresses start with `https://`. Delete invisible characters the message names; write a line break or tab in a name as a space.' }),
  rule({ code: 'out_of_range', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Too small, too large, too long or too short',
    meaning: 'A number is outside its allowed range (latitude −90 to 90, an age over 120), a text is too long, or a list is empty when it needs an item.',
    fix: 'Correct the value; the message gives the allowed range.' }),
  rule({ code: 'invalid_value', severity: 'error', level: 'structure', appliesTo: 'any', title: 'Invalid value',
    meaning: 'A value breaks a rule of the standard that the other structure rules do not cover, e.g. an activity that names neither an asset nor an organisation, or a schedule with neither a time nor a list of sessions.',
    fix: 'Read the message: it says what the standard expects.' }),
  // ── Integrity ───────────────────────────────────────────────────────────────────────────
  rule({ code: 'duplicate_id', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'Id used twice',
    meaning: 'Two records in the dataset have the same `id`, so references to it are ambiguous. Ids must be unique across all record types.',
    fix: 'Give each record its own id; a URL or UUID stays unique when datasets are merged.' }),
  rule({ code: 'unresolved_reference', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'Reference to a missing record',
    meaning: 'A `placeId`, `placeIds`, `organisationId` or `assetId` names a record that is not in the dataset, or a record of another kind (a place id used as an organisation).',
    fix: 'Add the missing record, or correct the id.' }),
  rule({ code: 'in_person_without_place', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'In-person activity without a place',
    meaning: 'An activity with `attendanceMode` `in-person` or `mixed` has no `placeId`, so nobody can tell where to go.',
    fix: 'Add a Place record and set the activity’s `placeId`; if it only runs online, set `attendanceMode` to `online`.' }),
  rule({ code: 'online_with_place', severity: 'info', level: 'integrity', appliesTo: 'dataset', title: 'Online activity with a place',
    meaning: 'An `online` activity has a `placeId`. Online activities need no place.',
    fix: 'If people can also come in person, set `attendanceMode` to `mixed`; otherwise remove `placeId`.' }),
  // ── Quality ─────────────────────────────────────────────────────────────────────────────
  rule({ code: 'coordinates_swapped', severity: 'error', level: 'quality', appliesTo: 'dataset', title: 'Latitude and longitude swapped',
    meaning: 'The point is outside the UK, but would be inside it with the two numbers the other way round. GeoJSON writes longitude first: `[-2.99, 53.41]`.',
    fix: 'Swap the two numbers so longitude (about −8 to 2 in the UK) comes first.' }),
  rule({ code: 'coordinates_outside_uk', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Point outside the UK',
    meaning: 'The point is outside the UK, the Channel Islands and the Isle of Man. Most often the numbers were typed wrongly or a sign was lost (−2.99 written as 2.99).',
    fix: 'Check the point on a map and correct it.' }),
  rule({ code: 'coordinates_zero', severity: 'error', level: 'quality', appliesTo: 'dataset', title: 'Point at 0, 0',
    meaning: 'The point is `[0, 0]`, in the Atlantic off Africa: a missing location was filled with zeros.',
    fix: 'Remove `geo` if the location is unknown, or give the right point.' }),
  rule({ code: 'postcode_format', severity: 'info', level: 'quality', appliesTo: 'dataset', title: 'Postcode not in standard form',
    meaning: 'The postcode is valid but not written the standard way: capitals with one space before the last three characters.',
    fix: 'Write it like `L1 4DQ`.' }),
  rule({ code: 'stale_record', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Not checked for over a year',
    meaning: 'The record’s `lastVerified` date is more than 12 months ago (configurable), so it may be out of date: groups end, venues move, times change.',
    fix: 'Check the record with the organisation and update `lastVerified` to the date you checked.' }),
  rule({ code: 'never_verified', severity: 'info', level: 'quality', appliesTo: 'dataset', title: 'No date last checked',
    meaning: 'The record has no `lastVerified` date, so people cannot tell how fresh it is.',
    fix: 'Add `lastVerified` with the date someone last checked the record was right.' }),
  rule({ code: 'verified_in_future', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Checked in the future',
    meaning: 'The `lastVerified` date is after today, which usually means a typing error in the year or the day and month swapped.',
    fix: 'Correct the date (YYYY-MM-DD).' }),
  rule({ code: 'in_person_without_point', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'In-person activity without a map point',
    meaning: 'The activity is in person, but its place has no `geo` point, so it cannot be shown on a map or found by distance.',
    fix: 'Add `geo` to the place: `{ "type": "Point", "coordinates": [longitude, latitude] }`.' }),
  rule({ code: 'missing_accessibility', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'No accessibility information',
    meaning: 'Neither the activity (`accessSupport`) nor its place (`venueFeatures`, `accessibilityNotes`) says anything about access. Link workers cannot refer someone who uses a wheelchair or a hearing loop without it.',
    fix: 'Record what is known: step-free access, accessible toilet, hearing loop, dementia-friendly sessions; `false` for what is known to be missing.' }),
  rule({ code: 'referrals_without_route', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Accepts referrals but says not from whom',
    meaning: 'The activity accepts social prescribing referrals, but `socialPrescribing.routes` is empty.',
    fix: 'List who can refer: `link-worker`, `gp`, `self`, `other-professional`.' }),
  rule({ code: 'referrals_without_contact', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Accepts referrals but no contact',
    meaning: 'The activity accepts referrals but gives no contact (on `socialPrescribing`, the activity, its asset or its organisation) for a link worker to send them to.',
    fix: 'Add `socialPrescribing.contact` with an email, phone or web form for referrals.' }),
  rule({ code: 'ended_but_active', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Schedule ended but status active',
    meaning: 'The schedule’s last session is in the past (as `@artsrx/schedule` expands it, counts included), yet the activity’s `status` is `active`.',
    fix: 'Set `status` to `ended`, or extend the schedule if it carries on.' }),
  rule({ code: 'likely_duplicate', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Likely duplicate',
    meaning: 'Two places within 100 metres of each other have the same or a near-identical name, or two activities at the same place have the same name. Names are compared ignoring case, accents, punctuation, “&”/“and”, “St.”/“Saint”, centre/center and theatre/theater, and little words like “the” and “of”. Place names are near-identical when every word of the shorter matches a word of the longer, exactly or as a typing slip (one edit — a letter added, left out, changed, or two swapped — in words of 5 or more letters, two from 9 letters, first letter the same), and the longer has at most one word more: “St Marys Church Hall” and “St. Mary’s Parish Church Hall”, “Brierfield Library” and “Brierfield Public Library”, “Commnity Centre” and “Community Centre”. Never flagged as near-identical: an extra word naming a kind of place or a street (“St Mary’s Church” and “St Mary’s Church Hall” are a church and its hall), two different kinds (“Library”, “Museum”), or different numbers, letters or words like “north”, “old”, “upper” (“Room 1”/“Room 2”, “Studio A”/“Studio B”). In a ~100 m square holding more than 64 places (usually points at a postcode or town centre) only the same name is looked for, and so does the streaming NDJSON validator (`validateNdjson`, `artsrx validate` on NDJSON), which keeps no names in memory so that a 1 GiB file validates in under 250 MB.',
    fix: 'If they are the same, merge them and keep one id (list the other in `sameAs`); if not, make the names tell them apart.' }),
  rule({ code: 'personal_contact_on_individual', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Personal contact details on a person’s skill',
    meaning: 'An asset in the `individual` ABCD category (a person’s skill) carries an email address or phone number. Individuals are published only with consent and never with personal contact details.',
    fix: 'Remove the email and phone, and give a contact through an organisation (a referrals team or a general inbox) instead.' }),
  rule({ code: 'unknown_property', severity: 'warning', level: 'quality', appliesTo: 'any', title: 'Unknown field',
    meaning: 'A field name is not part of the standard. It is kept, but no tool will read it; often it is a misspelling (the message suggests the field you probably meant).',
    fix: 'Correct the spelling, or remove the field.' }),
  rule({ code: 'empty_text', severity: 'warning', level: 'quality', appliesTo: 'any', title: 'Empty text',
    meaning: 'A text field is empty or holds only spaces.',
    fix: 'Fill it in, or leave the field out altogether.' }),
  // ── Schedules (from @artsrx/schedule's checkSchedule, on activities whose schedule is well formed) ──
  rule({ code: 'schedule_unknown_timezone', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'Unknown time zone',
    meaning: 'The schedule’s `timezone` is not an IANA time zone this software knows.', fix: 'Use an IANA name such as `Europe/London`.' }),
  rule({ code: 'schedule_incomplete', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'Schedule incomplete',
    meaning: 'The schedule has neither `startDate` + `startTime` + `endTime` nor a list of `occurrences`.', fix: 'Add the start date and times, or list the sessions.' }),
  rule({ code: 'schedule_ends_before_start', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'Schedule ends before it starts',
    meaning: 'The schedule’s `endDate` is before its `startDate`.', fix: 'Correct the dates; a common cause is day and month swapped.' }),
  rule({ code: 'schedule_ordinal_needs_monthly', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'Ordinal day outside a monthly repeat',
    meaning: 'A day with an ordinal such as `1SA` (first Saturday) is used in a daily or weekly repeat, where it means nothing.', fix: 'Use `"frequency": "monthly"`, or drop the number (`SA`).' }),
  rule({ code: 'schedule_occurrence_unreadable', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'Session date unreadable',
    meaning: 'An explicit session’s start or end is not a date and time.', fix: 'Write them like `2026-10-21T18:30:00+01:00`.' }),
  rule({ code: 'schedule_occurrence_ends_before_start', severity: 'error', level: 'integrity', appliesTo: 'dataset', title: 'Session ends before it starts',
    meaning: 'An explicit session ends at or before it starts.', fix: 'Correct the start or end.' }),
  rule({ code: 'schedule_except_date_outside_series', severity: 'warning', level: 'integrity', appliesTo: 'dataset', title: 'Day off that is not a session day',
    meaning: 'A date in `exceptDates` is before the series starts, after its last session, or not one of its session days, so it cancels nothing.', fix: 'Check the date: it should be a day the group would otherwise meet.' }),
  rule({ code: 'schedule_count_end_date_disagree', severity: 'warning', level: 'integrity', appliesTo: 'dataset', title: 'Count and end date disagree',
    meaning: 'The schedule gives both a number of sessions (`repeat.count`) and an `endDate`, and they end the series on different days.', fix: 'Keep one of them, or make them agree.' }),
  rule({ code: 'schedule_session_in_clock_change', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Session in a clock-change hour',
    meaning: 'A session starts or ends in an hour the clocks skip (spring) or repeat (autumn), so the time people read is ambiguous or does not exist.', fix: 'Move the session out of the hour when the clocks change (01:00–02:00 in the UK).' }),
  rule({ code: 'schedule_ended', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Schedule has ended',
    meaning: 'No session ends after today. (For an activity whose `status` is `active` this is reported as `ended_but_active`; for one marked `ended` it is not reported.)', fix: 'Add the new dates, or mark the activity as ended.' }),
  rule({ code: 'schedule_session_24_hours', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Session lasts 24 hours',
    meaning: '`endTime` equals `startTime`, which means a session that lasts a whole day.', fix: 'Check the end time.' }),
  rule({ code: 'schedule_end_date_without_repeat', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'End date on a one-off',
    meaning: 'A schedule without a repeat rule (one session) has an `endDate` after its `startDate`.', fix: 'Add a repeat rule if it meets more than once, or remove `endDate`.' }),
  rule({ code: 'schedule_no_sessions', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'No sessions at all',
    meaning: 'The schedule produces no session, e.g. every session day is excluded.', fix: 'Check the dates, the repeat rule and the excluded dates.' }),
  rule({ code: 'schedule_occurrence_offset_mismatch', severity: 'warning', level: 'quality', appliesTo: 'dataset', title: 'Session written with the wrong UTC offset',
    meaning: 'An explicit session is written with a UTC offset the time zone does not use on that day (e.g. +00:00 in British Summer Time).', fix: 'Check the time; the hint shows how it should be written.' }),
  rule({ code: 'schedule_first_session_after_start_date', severity: 'info', level: 'quality', appliesTo: 'dataset', title: 'Start date is not a session day',
    meaning: 'A weekly schedule’s `startDate` is not one of its session days, so the first session is later than the start date suggests.', fix: 'Set `startDate` to the first real session.' }),
  rule({ code: 'schedule_extra_date_is_regular_session', severity: 'info', level: 'quality', appliesTo: 'dataset', title: 'Extra date is a regular session',
    meaning: 'A date in `extraDates` is a session day anyway.', fix: 'Remove it from `extraDates`.' }),
  // ── Referrals (personal data) ──────────────────────────────────────────────────────────
  rule({ code: 'nhs_number_in_text', severity: 'error', level: 'quality', appliesTo: 'referral', title: 'NHS number in free text',
    meaning: 'A free-text field of a referral contains a 10-digit number that passes the NHS number check digit test. Referrals carry a pseudonym, never an NHS number.',
    fix: 'Delete the number from the text. The validator never repeats it.' }),
  rule({ code: 'phone_in_text', severity: 'error', level: 'quality', appliesTo: 'referral', title: 'Phone number in free text',
    meaning: 'A free-text field of a referral contains what looks like a UK phone number.',
    fix: 'Delete it: contact details stay in the clinical system, not in the referral record.' }),
  rule({ code: 'email_in_text', severity: 'error', level: 'quality', appliesTo: 'referral', title: 'Email address in free text',
    meaning: 'A free-text field of a referral contains an email address.',
    fix: 'Delete it: contact details stay in the clinical system.' }),
  rule({ code: 'postcode_in_text', severity: 'error', level: 'quality', appliesTo: 'referral', title: 'Full postcode in free text',
    meaning: 'A free-text field of a referral contains a full postcode, which can identify a household. Referrals hold only the postcode district (`subject.postcodeDistrict`).',
    fix: 'Delete the postcode from the text; keep only the district, e.g. `L8`.' }),
  rule({ code: 'date_of_birth_in_text', severity: 'error', level: 'quality', appliesTo: 'referral', title: 'Date of birth in free text',
    meaning: 'A free-text field of a referral mentions a date of birth. Referrals hold an age band instead.',
    fix: 'Delete it and set `subject.ageBand`.' }),
  rule({ code: 'history_out_of_order', severity: 'warning', level: 'integrity', appliesTo: 'referral', title: 'History not in time order',
    meaning: 'The referral’s `history` events are not in time order; the history is append-only.',
    fix: 'Order the events by `at`, oldest first.' }),
  rule({ code: 'status_not_latest', severity: 'warning', level: 'integrity', appliesTo: 'referral', title: 'Status differs from the latest history event',
    meaning: 'The referral’s `status` is not the status of its latest `history` event.',
    fix: 'Append a history event for the current status, or correct `status`.' }),
] as const satisfies readonly RuleInfo[];

/** A rule code. */
export type RuleCode = (typeof RULES)[number]['code'];

/** Rules by code. */
export const RULES_BY_CODE: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.code, r]));
