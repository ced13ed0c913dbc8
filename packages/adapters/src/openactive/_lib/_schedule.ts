import type { Schedule } from '@artsrx/schema';
import { toOpenActiveSchedule } from '@artsrx/schedule';

/** Minutes from startTime to endTime (the next day when endTime is at or before startTime). */
export function _sessionMinutes(startTime: string, endTime: string): number {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const d = m(endTime) - m(startTime);
  return d > 0 ? d : d + 1440;
}

/** An ISO 8601 duration for a number of minutes, e.g. 90 → `PT1H30M`. */
export function _isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 || h === 0 ? `${m}M` : ''}`;
}

/** An instant as OpenActive prefers it: UTC with seconds, `2026-10-21T17:30:00Z`. */
export function _utc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * OpenActive Schedules for a rule-based schedule: the rule from `@artsrx/schedule`'s
 * `toOpenActiveSchedule`, plus a one-day Schedule for each extra date (an OpenActive Schedule
 * cannot list extra dates). Empty for explicit occurrences.
 */
export function _openActiveSchedules(schedule: Schedule, scheduledEventType: string, idTemplate: string | undefined): Record<string, unknown>[] {
  const main = toOpenActiveSchedule(schedule, { scheduledEventType, ...(idTemplate ? { idTemplate } : {}) });
  if (!main) return [];
  const { repeatFrequency: _f, byDay: _d, byMonthDay: _m, repeatCount: _c, exceptDate: _e, endDate: _end, startDate: _start, ...base } = main;
  const extras = (schedule.extraDates ?? []).map((d) => ({ ...base, startDate: d, endDate: d, repeatFrequency: 'P1D', repeatCount: 1 }));
  return [main as unknown as Record<string, unknown>, ...extras];
}
