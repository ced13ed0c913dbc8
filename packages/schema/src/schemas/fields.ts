import * as z from 'zod/mini';
import { en } from 'zod/locales';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { isTimeZone } from '../vocab/isTimeZone.js';
import { _isLanguageTag } from '../_lib/isLanguageTag.js';

// zod/mini loads no locale, so every issue without a message of ours would read "Invalid input".
// Keep classic zod's English messages for `.safeParse` callers (the adapters, the CLI) unless the
// app has chosen a locale (about 3 KiB min, 1 KiB gzip). The validator writes its own messages.
if (z.config().localeError === undefined) z.config(en());

/**
 * The GOV.UK Bulk Data Transfer postcode pattern (12 November 2015), wrapped as a whole so
 * `^` and `$` bind to every alternative, not only the first.
 */
export const UK_POSTCODE_PATTERN =
  /^(?:([Gg][Ii][Rr] 0[Aa]{2})|((([A-Za-z][0-9]{1,2})|(([A-Za-z][A-Ha-hJ-Yj-y][0-9]{1,2})|(([A-Za-z][0-9][A-Za-z])|([A-Za-z][A-Ha-hJ-Yj-y][0-9][A-Za-z]?))))\s?[0-9][A-Za-z]{2}))$/;

/** Outward code of a UK postcode ("postcode district"), e.g. `L1`, `M15`, `SW1A`. */
export const POSTCODE_DISTRICT_PATTERN = /^(?:[A-Za-z][0-9]{1,2}|[A-Za-z][A-Ha-hJ-Yj-y][0-9]{1,2}|[A-Za-z][0-9][A-Za-z]|[A-Za-z][A-Ha-hJ-Yj-y][0-9][A-Za-z])$/;

/** An ONS Government Statistical Service code: country letter plus 8 digits, e.g. `E08000012`. */
export const GSS_CODE_PATTERN = /^[EWSNK]\d{8}$/;

/** An NHS ODS organisation code: 3 to 6 upper-case letters and digits (practice `E86619`, PCN `U12345`, ICB `QYG`). */
export const ODS_CODE_PATTERN = /^[A-Z0-9]{3,6}$/;

/** Local wall-clock time `HH:MM`, 00:00–23:59. */
export const LOCAL_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * A copy of `schema` described for one field: zod/mini's form of classic zod's
 * `.meta({ description })`. It registers the description on a clone, so a shared schema
 * (`IdSchema`, `UrlSchema`, …) keeps its own title and description.
 */
export function _describe<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

/** A record id: any non-blank string without control characters, line breaks or text-direction overrides, at most 500 characters. */
export const IdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(500),
    // The characters of UNSAFE_TEXT_CHARACTERS (below), written out: ids end up in URLs, file names and terminals.
    z.regex(
      /^[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]([^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069])?$/,
      'An id must not be blank, start or end with a space, or contain control characters, line breaks or text-direction overrides',
    ),
  )
  .register(z.globalRegistry, { id: 'Id', title: 'Id', description: 'Identifier unique within the dataset; ideally a URL or UUID so it stays unique when datasets are merged.' });

/**
 * Characters a name must not contain: C0 controls (U+0000–U+001F, so also tab, CR and LF), DEL and
 * the C1 controls (U+007F–U+009F), the line and paragraph separators (U+2028, U+2029: line breaks
 * too), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069:
 * "Trojan Source" spoofing, garbled terminals and CSV exports). Zero-width joiners and
 * non-joiners (U+200C, U+200D) and the directional marks (U+200E, U+200F, U+061C) stay allowed:
 * emoji and many scripts need them. Written without the `u` flag and with `\uXXXX` escapes so the
 * same source means the same thing to zod and to a JSON Schema validator (which adds `u`).
 */
export const UNSAFE_TEXT_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * A name as a whole: not only white space (so at least one visible character), and none of
 * {@link UNSAFE_TEXT_CHARACTERS}. One pattern, so the JSON Schema stays a plain `pattern` (linear:
 * the look-ahead runs once, at the start).
 */
export const NAME_PATTERN = /^(?!\s*$)[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;

/** Message of a name that fails {@link NAME_PATTERN}. */
export const NAME_UNSAFE_MESSAGE = 'A name must not contain control characters, line breaks or text-direction overrides';

/**
 * A human-readable name: at least one visible character, at most 300 characters, and no control
 * characters, line breaks or text-direction overrides ({@link UNSAFE_TEXT_CHARACTERS}).
 */
export const NameSchema = z
  .string()
  .check(
    z.maxLength(300),
    z.regex(NAME_PATTERN, {
      // One issue, saying which of the two rules the name breaks.
      error: (issue) => (typeof issue.input === 'string' && UNSAFE_TEXT_CHARACTERS.test(issue.input) ? NAME_UNSAFE_MESSAGE : 'A name needs at least one visible character'),
    }),
  )
  .register(z.globalRegistry, {
    id: 'Name',
    title: 'Name',
    description: 'Name as people know it; at least one visible character, and no control characters, line breaks or text-direction overrides.',
  });

/** Free text of bounded length. */
export function _text(max: number) {
  return z.string().check(z.maxLength(max));
}

/** An http(s) URL. */
export const UrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .check(z.maxLength(2000))
  .register(z.globalRegistry, { id: 'Url', title: 'URL', description: 'A web address starting http:// or https://.', format: 'uri', pattern: '^https?://' });

/** An email address. */
export const EmailSchema = z
  .email()
  .check(z.maxLength(320))
  .register(z.globalRegistry, { id: 'Email', title: 'Email address', description: 'An email address.' });

/** A UK or international phone number as written, digits with optional spaces, brackets, dashes and a leading +. */
export const PhoneSchema = z
  .string()
  .check(z.regex(/^\+?[0-9 ()-]{6,25}$/, 'A phone number has 6 to 25 digits, spaces, brackets or dashes'))
  .register(z.globalRegistry, { id: 'Phone', title: 'Phone number', description: 'A phone number: digits with optional spaces, brackets, dashes and a leading +.' });

/** A local calendar date `YYYY-MM-DD`. */
export const LocalDateSchema = z.iso.date().register(z.globalRegistry, { id: 'LocalDate', title: 'Date', description: 'A calendar date, YYYY-MM-DD.' });

/** A date-time with a UTC offset or `Z`, ISO 8601 / RFC 3339. */
export const DateTimeSchema = z.iso
  .datetime({ offset: true })
  .register(z.globalRegistry, { id: 'DateTime', title: 'Date and time', description: 'A date and time with a UTC offset or Z, e.g. 2026-10-21T18:30:00+01:00.' });

/** A date, or a date-time with an offset. */
export const DateOrDateTimeSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .register(z.globalRegistry, { id: 'DateOrDateTime', title: 'Date or date-time', description: 'A calendar date (YYYY-MM-DD) or a date-time with a UTC offset.' });

/** Local wall-clock time `HH:MM`. */
export const LocalTimeSchema = z
  .string()
  .check(z.regex(LOCAL_TIME_PATTERN, 'A time is written HH:MM in 24-hour clock, e.g. 18:30'))
  .register(z.globalRegistry, { id: 'LocalTime', title: 'Local time', description: 'Local wall-clock time, HH:MM in the 24-hour clock.' });

/** An IANA time zone name known to this runtime. */
export const TimeZoneSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/, 'A time zone is an IANA name such as Europe/London'),
    z.refine(isTimeZone, 'Unknown time zone: use an IANA name such as Europe/London'),
  )
  .register(z.globalRegistry, { id: 'TimeZone', title: 'Time zone', description: 'An IANA time zone name such as Europe/London, never a numeric offset.' });

/** A UK postcode in the official format. */
export const PostcodeSchema = z
  .string()
  .check(z.regex(UK_POSTCODE_PATTERN, 'A UK postcode looks like L1 4DQ or M15 4FN'))
  .register(z.globalRegistry, { id: 'Postcode', title: 'UK postcode', description: 'A UK postcode in the GOV.UK format, e.g. L1 4DQ.' });

/** The outward code of a UK postcode. */
export const PostcodeDistrictSchema = z
  .string()
  .check(z.regex(POSTCODE_DISTRICT_PATTERN, 'A postcode district is the first half of a postcode, e.g. L1 or WA10'))
  .register(z.globalRegistry, { id: 'PostcodeDistrict', title: 'Postcode district', description: 'The outward code (first half) of a UK postcode, e.g. WA10.' });

/** An ONS GSS code. */
export const GssCodeSchema = z
  .string()
  .check(z.regex(GSS_CODE_PATTERN, 'A GSS code is a letter and 8 digits, e.g. E08000012'))
  .register(z.globalRegistry, { id: 'GssCode', title: 'GSS code', description: 'An ONS Government Statistical Service area code, e.g. E08000012 (Liverpool).' });

/** An NHS ODS organisation code. */
export const OdsCodeSchema = z
  .string()
  .check(z.regex(ODS_CODE_PATTERN, 'An ODS code is 3 to 6 capital letters and digits, e.g. E86619'))
  .register(z.globalRegistry, { id: 'OdsCode', title: 'ODS code', description: 'An NHS Organisation Data Service code: GP practice (E86619), PCN (U12345), ICB (QYG).' });

/** A BCP 47 language tag. */
export const LanguageTagSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'A language is a BCP 47 tag such as en, cy or bfi (British Sign Language)'),
    z.refine(_isLanguageTag, 'Not a well-formed BCP 47 language tag'),
  )
  .register(z.globalRegistry, { id: 'LanguageTag', title: 'Language', description: 'A BCP 47 language tag: en, cy (Welsh), bfi (British Sign Language), pl, ur.' });

/** An SPDX licence id (e.g. OGL-UK-3.0, CC-BY-4.0) or a URL. */
export const LicenseSchema = z
  .union([z.enum(spdxIds as [string, ...string[]]), UrlSchema])
  .register(z.globalRegistry, { id: 'License', title: 'Licence', description: 'An SPDX licence identifier such as OGL-UK-3.0 or CC-BY-4.0, or the URL of the licence.' });

/** A GeoJSON Point in WGS84: `[longitude, latitude]`, exactly what `@turf/helpers` `point()` makes. */
export const PointSchema = z
  .object({
    type: z.literal('Point'),
    coordinates: _describe(
      z.tuple([
        _describe(z.number().check(z.gte(-180), z.lte(180)), 'Longitude, −180 to 180 (first).'),
        _describe(z.number().check(z.gte(-90), z.lte(90)), 'Latitude, −90 to 90 (second).'),
      ]),
      '[longitude, latitude] in WGS84 — longitude first.',
    ),
  })
  .register(z.globalRegistry, { id: 'Point', title: 'GeoJSON Point', description: 'A GeoJSON Point: [longitude, latitude] in WGS84 (longitude first).' });

/** Where a record came from. */
export const ProvenanceSchema = z
  .looseObject({
    source: _describe(
      z.enum(['directory', 'self-published', 'asset-mapping', 'survey', 'other']),
      'How the record was gathered: imported from a directory, published by the organisation itself, recorded at a community asset-mapping workshop, a survey, or other.',
    ),
    recordedBy: _describe(z.optional(_text(300)), 'Who recorded it (an organisation or role, not a private person\u2019s contact details).'),
    recordedAt: _describe(DateOrDateTimeSchema, 'When the record was first recorded.'),
    illustrative: _describe(z.optional(z.boolean()), 'True when the record is invented for an example or test and describes nothing real.'),
    notes: _describe(z.optional(_text(2000)), 'Free-text notes on the source.'),
    inferred: _describe(
      z.optional(
        z.array(
          z.looseObject({
            field: _describe(z.string().check(z.maxLength(100)), 'The field that was filled in, e.g. abcdCategory.'),
            by: _describe(z.string().check(z.maxLength(100)), 'What inferred it, e.g. @artsrx/classify@0.1.0.'),
            confidence: _describe(z.number().check(z.gte(0), z.lte(1)), 'Confidence of the inference, 0 to 1.'),
            at: _describe(DateOrDateTimeSchema, 'When it was inferred.'),
          }),
        ),
      ),
      'Fields whose values were inferred by a tool rather than stated by the publisher.',
    ),
  })
  .register(z.globalRegistry, { id: 'Provenance', title: 'Provenance', description: 'Who recorded a record, from what source and when.' });

/** How to get in touch. */
export const ContactSchema = z
  .looseObject({
    name: _describe(z.optional(_text(300)), 'Name of the contact point or role, e.g. "Referrals team".'),
    email: _describe(z.optional(EmailSchema), 'Email address.'),
    phone: _describe(z.optional(PhoneSchema), 'Phone number.'),
    url: _describe(z.optional(UrlSchema), 'Web page or form.'),
  })
  .register(z.globalRegistry, { id: 'Contact', title: 'Contact', description: 'How to get in touch: a name or role, email, phone, web page.' });

/** An amount of money in pounds sterling, 0 or more. */
export const MoneySchema = z
  .number()
  .check(z.gte(0), z.lte(100000))
  .register(z.globalRegistry, { id: 'Money', title: 'Amount (GBP)', description: 'An amount in pounds sterling, 0 or more.' });

/** Where a record comes from and how fresh it is, shared by every open-data record. */
export const recordMetaShape = {
  provenance: _describe(ProvenanceSchema, 'Where the record came from.'),
  lastVerified: _describe(z.optional(LocalDateSchema), 'When someone last checked the record was right.'),
};

/** The `type` discriminator a record may carry (required on NDJSON lines). */
export function _typeField<const T extends string>(type: T) {
  return _describe(z.optional(z.literal(type)), `Record type; required on NDJSON lines ("${type}").`);
}

/** Point, coordinates, provenance etc. as TypeScript types. */
export type Point = z.output<typeof PointSchema>;
/** Provenance of a record. */
export type Provenance = z.output<typeof ProvenanceSchema>;
/** A contact point. */
export type Contact = z.output<typeof ContactSchema>;
