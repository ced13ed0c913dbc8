import * as z from 'zod';
import { _text, DateTimeSchema, LocalDateSchema, LocalTimeSchema, TimeZoneSchema } from './fields.js';

/** A weekday, optionally with an ordinal for monthly repeats: `WE`, `1SA` (first Saturday), `-1FR` (last Friday). */
export const BY_DAY_PATTERN = /^(?:-?[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)$/;

/** How a series repeats (an RFC 5545 RRULE subset). */
export const RepeatSchema = z
  .looseObject({
    frequency: z.enum(['daily', 'weekly', 'monthly']).meta({ description: 'How often the series repeats.' }),
    interval: z.int().min(1).max(52).optional().meta({ description: 'Every n days, weeks or months; default 1.' }),
    byDay: z
      .array(z.string().regex(BY_DAY_PATTERN, 'A day is MO, TU, WE, TH, FR, SA or SU, with an optional ordinal for monthly repeats (1SA, -1FR)'))
      .min(1)
      .max(35)
      .optional()
      .meta({ description: 'Days: MO…SU for weekly; with an ordinal for monthly (1SA = first Saturday, -1FR = last Friday).' }),
    count: z.int().min(1).max(10000).optional().meta({ description: 'Number of sessions in the series.' }),
  })
  .meta({ id: 'Repeat', title: 'Repeat rule', description: 'How a series repeats: daily, weekly or monthly, every interval, on given days, for count sessions.' });

/** One explicit session with offset date-times. */
export const OccurrenceSchema = z
  .looseObject({
    start: DateTimeSchema.meta({ description: 'Start, with its UTC offset.' }),
    end: DateTimeSchema.meta({ description: 'End, with its UTC offset.' }),
  })
  .meta({ id: 'Occurrence', title: 'Occurrence', description: 'One session: start and end date-times with UTC offsets.' });

const hasRule = { required: ['startDate', 'startTime', 'endTime'] };
const hasList = { required: ['occurrences'] };

/**
 * When an activity happens: local wall-clock times in a named IANA zone (RFC 5545 and
 * OpenActive Schedule), never a numeric offset.
 */
export const ScheduleSchema = z
  .looseObject({
    timezone: TimeZoneSchema.default('Europe/London').meta({ description: 'IANA time zone of the local times; default Europe/London.' }),
    startDate: LocalDateSchema.optional().meta({ description: 'Local date of the first session.' }),
    endDate: LocalDateSchema.optional().meta({ description: 'Local date after which there are no sessions.' }),
    startTime: LocalTimeSchema.optional().meta({ description: 'Local start time, HH:MM.' }),
    endTime: LocalTimeSchema.optional().meta({ description: 'Local end time, HH:MM; at or before startTime means the session ends the next day.' }),
    repeat: RepeatSchema.optional().meta({ description: 'How the series repeats; absent means one session on startDate.' }),
    exceptDates: z.array(LocalDateSchema).max(1000).optional().meta({ description: 'Local dates with no session (half term, bank holidays).' }),
    extraDates: z.array(LocalDateSchema).max(1000).optional().meta({ description: 'Local dates with an extra session at the usual time.' }),
    occurrences: z.array(OccurrenceSchema).min(1).max(10000).optional().meta({ description: 'Explicit sessions for irregular programmes; use instead of a repeat rule.' }),
    notes: _text(2000).optional().meta({ description: 'Anything else people need to know, e.g. "term time only".' }),
  })
  .superRefine((s, ctx) => {
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
  })
  .meta({
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
