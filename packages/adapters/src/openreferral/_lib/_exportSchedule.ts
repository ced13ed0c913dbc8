import type { Schedule } from '@artsrx/schema';
import { toOpenReferralSchedule } from '@artsrx/schedule';
import { _orId } from './_ids.js';
import { _compact, type _Json } from './_json.js';
import { _ruleDates } from './_ruleDates.js';
import type { OpenReferralIssue } from './_types.js';
import { _dateOf, _dayNumber } from './_civil.js';

/** Where the schedule rows go and what the target can hold. */
export interface _ScheduleContext {
  activityId: string;
  serviceId: string;
  serviceAtLocationId?: string;
  /** Emit the HSDS fields that the ORUK 3.0 schema leaves out (`until`, `count`, `wkst`, `timezone`). */
  hsdsFields: boolean;
  /** Today, as a day number: open-ended series are listed up to `today + horizonDays`. */
  today: number;
  horizonDays: number;
  /** Most one-session rows to write for irregular programmes. */
  maxRows: number;
}

type Issue = Omit<OpenReferralIssue, 'recordId'>;

/**
 * Projects an ArtsRx schedule onto Open Referral schedule rows with `@artsrx/schedule`'s
 * `toOpenReferralSchedule`, which never writes a wrong time: one row per run of sessions sharing
 * a UTC offset (split at clock changes and around dates without a session), one-session rows for
 * extra dates, irregular sessions and every-n-days rules, open-ended series up to a horizon.
 * Rows cover the whole series from its start. Then, for the round trip, the series end goes in
 * the last row's `until` (absent on an open-ended series), and what the target profile cannot
 * hold is stripped and reported.
 */
export function _exportSchedule(schedule: Schedule, ctx: _ScheduleContext): { rows: _Json[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const first = schedule.startDate ?? schedule.occurrences?.[0]?.start.slice(0, 10);
  if (first === undefined) return { rows: [], issues };
  const startDay = _dayNumber(first);
  const repeat = schedule.repeat;
  const openEnded = schedule.occurrences === undefined && repeat !== undefined && schedule.endDate === undefined && repeat.count === undefined;
  const lastOccurrence = schedule.occurrences?.reduce((max, o) => (o.end > max ? o.end : max), first).slice(0, 10);
  const endDay = openEnded
    ? Math.max(startDay, ctx.today) + ctx.horizonDays
    : schedule.endDate !== undefined
      ? _dayNumber(schedule.endDate) + 1
      : lastOccurrence !== undefined
        ? _dayNumber(lastOccurrence) + 1
        : repeat?.count !== undefined
          ? (_ruleDates({ ...schedule, exceptDates: [] }, startDay + 366 * 50).at(-1)?.day ?? startDay) + 2
          : startDay + 2;
  const extraEnd = Math.max(endDay, ...(schedule.extraDates ?? []).map((d) => _dayNumber(d) + 1));
  const { rows: projected, losses } = toOpenReferralSchedule(schedule, { from: first, horizonDays: Math.max(1, extraEnd - startDay) });

  const rows: _Json[] = [];
  let n = 0;
  let singles = 0;
  for (const r of projected) {
    const single = r.count === 1;
    if (single && ++singles > ctx.maxRows) continue;
    rows.push(
      _compact({
        id: _orId('schedule', `${ctx.activityId}#${n++}`),
        service_id: ctx.serviceId,
        service_at_location_id: ctx.serviceAtLocationId,
        freq: r.freq,
        interval: r.interval,
        byday: r.byday,
        bymonthday: r.bymonthday,
        wkst: ctx.hsdsFields ? r.wkst : undefined,
        // Every run of a rule keeps the series' first date as its RRULE anchor (valid_from bounds
        // the run), so `interval` keeps its phase and readers can tell where the series began.
        dtstart: !single && schedule.startDate !== undefined && repeat !== undefined ? schedule.startDate : r.dtstart,
        until: ctx.hsdsFields ? r.until : undefined,
        count: ctx.hsdsFields ? r.count : undefined,
        timezone: ctx.hsdsFields ? r.timezone : undefined,
        valid_from: r.valid_from,
        valid_to: r.valid_to,
        opens_at: r.opens_at,
        closes_at: r.closes_at,
        description: r.description,
        notes: schedule.notes,
      }),
    );
  }
  if (singles > ctx.maxRows) {
    issues.push({ code: 'openreferral_schedule_truncated', severity: 'warning', field: 'Activity.schedule', message: `Only the first ${ctx.maxRows} of ${singles} single sessions were written as schedule rows.` });
  }
  // The series end, for readers: the last rule row carries it in `until`; an open-ended series has none there.
  const extra = new Set(schedule.extraDates ?? []);
  const ruleRows = schedule.occurrences === undefined && repeat !== undefined ? rows.filter((r) => !extra.has(String(r.valid_from)) || r.valid_from !== r.valid_to) : [];
  const lastRule = ruleRows.reduce<_Json | undefined>((last, r) => (last === undefined || String(r.valid_from) > String(last.valid_from) ? r : last), undefined);
  if (ctx.hsdsFields && lastRule !== undefined) {
    if (openEnded) delete lastRule.until;
    else if (schedule.endDate !== undefined) lastRule.until = schedule.endDate;
  }

  for (const loss of losses) {
    const daily = /daily repeat/.test(loss);
    issues.push({ code: daily ? 'openreferral_schedule_as_dates' : 'openreferral_schedule_projection', severity: daily ? 'warning' : 'info', ...(daily ? { field: 'Activity.schedule.repeat' } : {}), message: loss });
  }
  if (repeat !== undefined && !(repeat.frequency === 'daily' && (repeat.interval ?? 1) > 1) && projected.length > 0 && projected.every((r) => r.count === 1)) {
    issues.push({ code: 'openreferral_schedule_as_dates', severity: 'warning', field: 'Activity.schedule.repeat', message: 'No two sessions in a row share a UTC offset and a run, so the series is written as single sessions; readers will not see the repeat rule.' });
  }
  if (repeat?.count !== undefined) {
    issues.push({ code: 'openreferral_schedule_count', severity: 'warning', field: 'Activity.schedule.repeat.count', message: `Open Referral UK has no session count; the ${repeat.count} sessions are written as dated rows.` });
  }
  const lastWritten = rows.reduce((max, r) => (typeof r.valid_to === 'string' && r.valid_to > max ? r.valid_to : max), first);
  const beyond = (schedule.exceptDates ?? []).filter((d) => d > lastWritten);
  if (openEnded && beyond.length > 0) {
    issues.push({
      code: 'openreferral_not_carried',
      severity: 'warning',
      field: 'Activity.schedule.exceptDates',
      message: `${beyond.length} date${beyond.length === 1 ? '' : 's'} without a session after ${_dateOf(endDay)} (${beyond.join(', ')}) ${beyond.length === 1 ? 'is' : 'are'} beyond the rows written; export again later to carry ${beyond.length === 1 ? 'it' : 'them'}.`,
    });
  }
  if (!ctx.hsdsFields && !openEnded && schedule.endDate !== undefined) {
    issues.push({ code: 'openreferral_not_carried', severity: 'warning', field: 'Activity.schedule.endDate', message: `The series end date ${schedule.endDate} has no field in the ORUK 3.0 schema (no "until"); only the rows' validity dates show it.` });
    const trailing = (schedule.exceptDates ?? []).filter((d) => d > lastWritten && d <= schedule.endDate!);
    if (trailing.length > 0) {
      issues.push({ code: 'openreferral_not_carried', severity: 'warning', field: 'Activity.schedule.exceptDates', message: `Without a series end date, the dates without a session after the last one (${trailing.join(', ')}) cannot be told apart from the end of the series.` });
    }
  }
  return { rows, issues };
}
