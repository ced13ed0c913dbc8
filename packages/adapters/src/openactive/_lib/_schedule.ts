import type { Schedule } from '@artsrx/schema';

const DAY_URL: Record<string, string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
};
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

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
 * OpenActive Schedules for a rule-based schedule: the rule, plus a one-day Schedule for each
 * extra date (an OpenActive Schedule cannot list extra dates). Empty for explicit occurrences.
 */
export function _openActiveSchedules(schedule: Schedule, scheduledEventType: string, idTemplate: string | undefined): Record<string, unknown>[] {
  if (schedule.startDate === undefined || schedule.startTime === undefined || schedule.endTime === undefined) return [];
  const base = {
    '@type': 'Schedule',
    scheduledEventType,
    startTime: schedule.startTime,
    endTime: schedule.endTime,
    duration: _isoDuration(_sessionMinutes(schedule.startTime, schedule.endTime)),
    scheduleTimezone: schedule.timezone,
    ...(idTemplate ? { idTemplate } : {}),
  };
  const r = schedule.repeat;
  const main: Record<string, unknown> = { ...base, startDate: schedule.startDate };
  if (r) {
    main['repeatFrequency'] = `P${r.interval ?? 1}${{ daily: 'D', weekly: 'W', monthly: 'M' }[r.frequency]}`;
    if (r.byDay) main['byDay'] = r.byDay.map((d) => DAY_URL[d] ?? d);
    else if (r.frequency === 'weekly') main['byDay'] = [DAY_URL[WEEKDAYS[new Date(`${schedule.startDate}T12:00:00Z`).getUTCDay()]!]];
    else if (r.frequency === 'monthly') main['byMonthDay'] = [Number(schedule.startDate.slice(8, 10))];
    if (r.count !== undefined) main['repeatCount'] = r.count;
    if (schedule.endDate) main['endDate'] = schedule.endDate;
    if (schedule.exceptDates?.length) main['exceptDate'] = schedule.exceptDates;
  } else {
    main['repeatFrequency'] = 'P1D';
    main['repeatCount'] = 1;
    main['endDate'] = schedule.startDate;
  }
  const extras = (schedule.extraDates ?? []).map((d) => ({ ...base, startDate: d, endDate: d, repeatFrequency: 'P1D', repeatCount: 1 }));
  return [main, ...extras];
}
