import * as z from 'zod/mini';
import { _describe, _text, DateTimeSchema, LocalDateSchema, LocalTimeSchema, TimeZoneSchema } from './fields.js';

/** A weekday, optionally with an ordinal for monthly repeats: `WE`, `1SA` (first Saturday), `-1FR` (last Friday). */
export const BY_DAY_PATTERN = /^(?:-?[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)$/;

/** How a series repeats (an RFC 5545 RRULE subset). */
export const RepeatSchema = z
  .looseObject({
    frequency: _describe(z.enum(['daily', 'weekly', 'monthly']), 'How often the series repeats.'),
    interval: _describe(z.optional(z.int().check(z.gte(1), z.lte(52))), 'Every n days, weeks or months; default 1.'),
    byDay: _describe(
      z.optional(
        z
          .array(z.string().check(z.regex(BY_DAY_PATTERN, 'A day is MO, TU, WE, TH, FR, SA or SU, with an optional ordinal for monthly repeats (1SA, -1FR)')))
          .check(z.minLength(1), z.maxLength(35)),
      ),
      'Days: MO…SU for weekly; with an ordinal for monthly (1SA = first Saturday, -1FR = last Friday).',
    ),
    count: _describe(z.optional(z.int().check(z.gte(1), z.lte(10000))), 'Number of sessions in the series.'),
  })
  .register(z.globalRegistry, { id: 'Repeat', title: 'Repeat rule', description: 'How a series repeats: daily, weekly or monthly, every interval, on given days, for count sessions.' });

/** One explicit session with offset date-times. */
export const OccurrenceSchema = z
  .looseObject({
    start: _describe(DateTimeSchema, 'Start, with its UTC offset.'),
    end: _describe(DateTimeSchema, 'End, with its UTC offset.'),
  })
  .register(z.globalRegistry, { id: 'Occurrence', title: 'Occurrence', description: 'One session: start and end date-times with UTC offsets.' });

const hasRule = { required: ['startDate', 'startTime', 'endTime'] };
const hasList = { required: ['occurrences'] };

/** A list of local dates, at most 1000. */
const _dates = () => z.array(LocalDateSchema).check(z.maxLength(1000));

/**
 * When an activity happens: local wall-clock times in a named IANA zone (RFC 5545 and
 * OpenActive Schedule), never a numeric offset.
 */
export const ScheduleSchema = z
  .looseObject({
    timezone: _describe(z._default(TimeZoneSchema, 'Europe/London'), 'IANA time zone of the local times; default Europe/London.'),
    startDate: _describe(z.optional(LocalDateSchema), 'Local date of the first session.'),
    endDate: _describe(z.optional(LocalDateSchema), 'Local date after which there are no sessions.'),
    startTime: _describe(z.optional(LocalTimeSchema), 'Local start time, HH:MM.'),
    endTime: _describe(z.optional(LocalTimeSchema), 'Local end time, HH:MM; at or before startTime means the session ends the next day.'),
    repeat: _describe(z.optional(RepeatSchema), 'How the series repeats; absent means one session on startDate.'),
    exceptDates: _describe(z.optional(_dates()), 'Local dates with no session (half term, bank holidays).'),
    extraDates: _describe(z.optional(_dates()), 'Local dates with an extra session at the usual time.'),
    occurrences: _describe(
      z.optional(z.array(OccurrenceSchema).check(z.minLength(1), z.maxLength(10000))),
      'Explicit sessions for irregular programmes; use instead of a repeat rule.',
    ),
    notes: _describe(z.optional(_text(2000)), 'Anything else people need to know, e.g. "term time only".'),
  })
  .check(
    z.superRefine((s, ctx) => {
      const rule = s.startDate !== undefined && s.startTime !== undefined && s.endTime !== undefined;
      if (!rule && s.occurrences === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'A schedule needs startDate, startTime and endTime, or a list of occurrences',
          path: [],
        });
      }
      if (s.occurrences !== undefined && s.repeat !== undefined) {
        ctx.addIssue({ code: 'custom', message: 'Give either a repeat rule or a list of occurrences, not both', path: ['occurrences'] });
      }
    }),
  )
  .register(z.globalRegistry, {
    id: 'Schedule',
    title: 'Schedule',
    description: 'When an activity happens, in local time in a named time zone.',
    anyOf: [hasRule, hasList],
    not: { required: ['repeat', 'occurrences'] },
  });

/** A schedule (parsed). */
export type Schedule = z.output<typeof ScheduleSchema>;
/** A schedule as written by a publisher. */
export type ScheduleInput = z.input<typeof ScheduleSchema>;
/** A repeat rule. */
export type Repeat = z.output<typeof RepeatSchema>;
/** An explicit occurrence. */
export type Occurrence = z.output<typeof OccurrenceSchema>;
