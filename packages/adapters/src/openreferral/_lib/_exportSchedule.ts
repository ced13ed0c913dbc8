import type { Schedule } from '@artsrx/schema';
import { _orId } from './_ids.js';
import { _compact, type _Json } from './_json.js';
import { _ruleDates } from './_ruleDates.js';
import type { OpenReferralIssue } from './_types.js';
import { _dateOf, _dayNumber, _offsetAtLocal, _offsetText } from './_zone.js';

/** Where the schedule rows go and what the target can hold. */
export interface _ScheduleContext {
  activityId: string;
  serviceId: string;
  serviceAtLocationId?: string;
  /** Emit HSDS fields that the ORUK 3.0 schema leaves out (`until`). */
  hsdsFields: boolean;
  /** Today, as a day number: open-ended series are listed up to `today + horizonDays`. */
  today: number;
  horizonDays: number;
  /** Most one-off rows to write for irregular programmes. */
  maxRows: number;
}

type Issue = Omit<OpenReferralIssue, 'recordId'>;

const DAY_NAMES: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };

function _describe(schedule: Schedule, start: string, end: string): string {
  const r = schedule.repeat;
  const when = `${start}\u2013${end}`;
  if (r === undefined) return `${when} on ${schedule.startDate ?? ''}`.trim();
  const every = (r.interval ?? 1) > 1 ? `Every ${r.interval} ${r.frequency === 'daily' ? 'days' : r.frequency === 'weekly' ? 'weeks' : 'months'}` : r.frequency === 'daily' ? 'Every day' : r.frequency === 'weekly' ? 'Every week' : 'Every month';
  const days = (r.byDay ?? []).map((d) => {
    const m = /^(-?\d)?([A-Z]{2})$/.exec(d);
    if (m === null) return d;
    const name = DAY_NAMES[m[2]!] ?? m[2]!;
    if (m[1] === undefined) return name;
    const n = Number(m[1]);
    return `${n === -1 ? 'last' : ['first', 'second', 'third', 'fourth', 'fifth'][n - 1] ?? m[1]} ${name}`;
  });
  return `${every}${days.length > 0 ? ` on ${days.join(', ')}` : ''}, ${when} (${schedule.timezone} time)`;
}

/**
 * Projects an ArtsRx schedule onto Open Referral schedule rows without ever writing a wrong
 * time. HSDS times carry a fixed UTC offset, so a series that crosses a clock change becomes
 * one row per offset period (`valid_from`/`valid_to` bound each period), and `exceptDates` split
 * the periods too. Rules HSDS cannot express (every n days) and explicit occurrences become
 * one-off rows. Open-ended series are listed up to a horizon.
 */
export function _exportSchedule(schedule: Schedule, ctx: _ScheduleContext): { rows: _Json[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rows: _Json[] = [];
  const zone = schedule.timezone;
  let n = 0;
  const base = (extra: _Json): _Json =>
    _compact({
      id: _orId('schedule', `${ctx.activityId}#${n++}`),
      service_id: ctx.serviceId,
      service_at_location_id: ctx.serviceAtLocationId,
      ...extra,
      notes: schedule.notes,
    });
  const oneOff = (date: string, start: string, end: string, description?: string): _Json => {
    const open = `${start}${_offsetText(_offsetAtLocal(zone, date, start))}`;
    // An end at or before the start is on the next day.
    const endDate = end <= start ? _dateOf(_dayNumber(date) + 1) : date;
    const close = `${end}${_offsetText(_offsetAtLocal(zone, endDate, end))}`;
    return base({ dtstart: date, valid_from: date, valid_to: date, opens_at: open, closes_at: close, description: description ?? `${start}\u2013${end} on ${date} (${zone} time)` });
  };

  if (schedule.occurrences !== undefined) {
    const list = schedule.occurrences.slice(0, ctx.maxRows);
    for (const o of list) {
      const date = o.start.slice(0, 10);
      const open = `${o.start.slice(11, 16)}${_offsetOf(o.start)}`;
      const close = `${o.end.slice(11, 16)}${_offsetOf(o.end)}`;
      rows.push(base({ dtstart: date, valid_from: date, valid_to: date, opens_at: open, closes_at: close, description: `One session on ${date}` }));
    }
    if (schedule.occurrences.length > list.length) {
      issues.push({ code: 'openreferral_schedule_truncated', severity: 'warning', message: `Only the first ${list.length} of ${schedule.occurrences.length} listed sessions were exported as schedule rows.` });
    }
    return { rows, issues };
  }
  if (schedule.startDate === undefined || schedule.startTime === undefined || schedule.endTime === undefined) return { rows, issues };
  const { startTime: start, endTime: end } = schedule;
  const repeat = schedule.repeat;
  const openEnded = repeat !== undefined && schedule.endDate === undefined && repeat.count === undefined;
  const lastDay = openEnded
    ? Math.max(_dayNumber(schedule.startDate), ctx.today) + ctx.horizonDays
    : _dayNumber(schedule.startDate) + 366 * 20;
  const dates = _ruleDates(schedule, lastDay);

  const ruleFits = repeat !== undefined && !(repeat.frequency === 'daily' && (repeat.interval ?? 1) > 1);
  if (!ruleFits) {
    const kept = dates.filter((d) => !d.excepted);
    for (const d of kept.slice(0, ctx.maxRows)) rows.push(oneOff(_dateOf(d.day), start, end));
    if (repeat !== undefined) {
      issues.push({
        code: 'openreferral_schedule_as_dates',
        severity: 'warning',
        field: 'Activity.schedule.repeat',
        message: `Open Referral repeats only weekly or monthly, so the sessions of this every-${repeat.interval}-days series are listed one by one.`,
      });
    }
    if (kept.length > ctx.maxRows) {
      issues.push({ code: 'openreferral_schedule_truncated', severity: 'warning', message: `Only the first ${ctx.maxRows} of ${kept.length} sessions were exported as schedule rows.` });
    }
  } else {
    // Group the dates into runs with one pair of offsets and no excepted date inside.
    const endNextDay = end <= start;
    const runs: { first: number; last: number; open: number; close: number }[] = [];
    let current: (typeof runs)[number] | undefined;
    for (const d of dates) {
      if (d.excepted) {
        current = undefined;
        continue;
      }
      const date = _dateOf(d.day);
      const open = _offsetAtLocal(zone, date, start);
      const close = _offsetAtLocal(zone, endNextDay ? _dateOf(d.day + 1) : date, end);
      if (current !== undefined && current.open === open && current.close === close) current.last = d.day;
      else {
        current = { first: d.day, last: d.day, open, close };
        runs.push(current);
      }
    }
    const daily = repeat.frequency === 'daily';
    const monthly = repeat.frequency === 'monthly';
    const startDay = _dayNumber(schedule.startDate);
    const lastOccurrence = dates.length > 0 ? dates[dates.length - 1]!.day : startDay;
    const until = schedule.endDate ?? (repeat.count !== undefined ? _dateOf(lastOccurrence) : undefined);
    for (const run of runs) {
      rows.push(
        base({
          dtstart: schedule.startDate,
          valid_from: _dateOf(run.first),
          valid_to: _dateOf(run.last),
          freq: monthly ? 'MONTHLY' : 'WEEKLY',
          interval: repeat.interval ?? 1,
          byday: daily ? (repeat.byDay ?? ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).join(',') : repeat.byDay?.join(','),
          bymonthday: monthly && repeat.byDay === undefined ? String(Number(schedule.startDate.slice(8, 10))) : undefined,
          until: ctx.hsdsFields ? until : undefined,
          opens_at: `${start}${_offsetText(run.open)}`,
          closes_at: `${end}${_offsetText(run.close)}`,
          description: _describe(schedule, start, end),
        }),
      );
    }
    if (runs.length > 1 && new Set(runs.map((r) => `${r.open}/${r.close}`)).size > 1) {
      issues.push({
        code: 'openreferral_schedule_split_by_offset',
        severity: 'info',
        message: `The sessions cross a clock change, and Open Referral times carry a fixed UTC offset, so the series is written as ${runs.length} schedule rows, each valid for one period with its own offset.`,
      });
    }
    if (openEnded) {
      issues.push({
        code: 'openreferral_schedule_horizon',
        severity: 'info',
        message: `The series has no end date; the schedule rows cover sessions up to ${_dateOf(lastDay)} because later clock changes cannot be written as one row. Export again to extend them.`,
      });
    }
    if (repeat.count !== undefined) {
      issues.push({
        code: 'openreferral_schedule_count',
        severity: 'warning',
        field: 'Activity.schedule.repeat.count',
        message: `Open Referral UK has no session count; the ${repeat.count} sessions are written as a series ending on ${_dateOf(lastOccurrence)}.`,
      });
    }
    const lastRun = runs[runs.length - 1];
    const trailing = (schedule.exceptDates ?? []).filter((d) => lastRun !== undefined && _dayNumber(d) > lastRun.last && (until === undefined || d <= until));
    if (!ctx.hsdsFields && trailing.length > 0 && !openEnded) {
      issues.push({
        code: 'openreferral_not_carried',
        severity: 'warning',
        field: 'Activity.schedule.exceptDates',
        message: `Without a series end date (not in the ORUK 3.0 schema), the dates without a session after the last one (${trailing.join(', ')}) cannot be told apart from the end of the series.`,
      });
    }
    if (!ctx.hsdsFields && until !== undefined) {
      issues.push({
        code: 'openreferral_not_carried',
        severity: 'warning',
        field: 'Activity.schedule.endDate',
        message: `The series end date ${until} has no field in the ORUK 3.0 schema (no "until"); only the rows' validity dates show it.`,
      });
    }
    const beyond = (schedule.exceptDates ?? []).filter((d) => _dayNumber(d) > lastDay);
    if (openEnded && beyond.length > 0) {
      issues.push({
        code: 'openreferral_not_carried',
        severity: 'warning',
        field: 'Activity.schedule.exceptDates',
        message: `${beyond.length} date${beyond.length === 1 ? '' : 's'} without a session after ${_dateOf(lastDay)} (${beyond.join(', ')}) ${beyond.length === 1 ? 'is' : 'are'} beyond the rows written; export again later to carry ${beyond.length === 1 ? 'it' : 'them'}.`,
      });
    }
    if ((schedule.exceptDates ?? []).length > 0) {
      issues.push({
        code: 'openreferral_schedule_exceptions',
        severity: 'info',
        message: 'Open Referral has no "no session on" dates; the series is split into validity periods around them.',
      });
    }
  }
  for (const extra of schedule.extraDates ?? []) rows.push(oneOff(extra, start, end, `Extra session ${start}\u2013${end} on ${extra} (${zone} time)`));
  return { rows, issues };
}

function _offsetOf(dateTime: string): string {
  const m = /(Z|[+-]\d{2}:\d{2})$/.exec(dateTime);
  return m === null || m[1] === '+00:00' || m[1] === '-00:00' ? 'Z' : m[1]!;
}
