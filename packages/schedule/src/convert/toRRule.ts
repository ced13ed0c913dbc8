import { _isRuleDay, _ruleDays } from '../_lib/_expand.js';
import { _icalDay, _icalLocal, _icalUtc } from '../_lib/_ical.js';
import { _plan } from '../_lib/_plan.js';
import { _resolve, _wallOf, type _Resolved } from '../_lib/_zone.js';
import type { ScheduleLike } from '../types.js';

/**
 * The rule for "DTSTART only", written when there are RDATEs but no repeat: RFC 5545 counts
 * DTSTART anyway, but some readers (ical.js 2.2) drop it when RDATEs come without an RRULE.
 */
const ONLY_DTSTART = 'FREQ=DAILY;COUNT=1';

/**
 * A schedule as RFC 5545 recurrence data, ready to write as a VEVENT:
 * `DTSTART;TZID={tzid}:{dtstart}`, `DTEND;TZID={tzid}:{dtend}`, `RRULE:{rrule}`,
 * `EXDATE;TZID={tzid}:{exdates}`, `RDATE;TZID={tzid}:{rdates}`. Local date-times are
 * `YYYYMMDDTHHMMSS` wall times in `tzid`; `UNTIL` inside `rrule` is UTC, as RFC 5545 requires.
 */
export interface RRuleSet {
  /** IANA zone of every local date-time here. */
  tzid: string;
  /** Local start of the first session, `YYYYMMDDTHHMMSS`. */
  dtstart: string;
  /** Local end of the first session (the next day for sessions past midnight). */
  dtend: string;
  /** Wall-clock length of a session in minutes (from startTime to endTime). */
  durationMinutes: number;
  /**
   * The rule without the `RRULE:` prefix, e.g. `FREQ=WEEKLY;BYDAY=WE;UNTIL=20261230T235959Z`;
   * `FREQ=DAILY;COUNT=1` when there is no repeat but there are RDATEs; `null` for a lone session.
   */
  rrule: string | null;
  /** Local start date-times of excluded sessions. */
  exdates: string[];
  /** Local start date-times of extra sessions. */
  rdates: string[];
  /** What the iCalendar form cannot say exactly (empty when it is exact). */
  losses: string[];
}

/**
 * Converts a schedule to RFC 5545 recurrence data (DTSTART/DTEND with TZID, RRULE, EXDATE,
 * RDATE). DTSTART is the first session the rule produces (RFC 5545 counts DTSTART as the first
 * instance), so a start date that is not itself a session day moves to the first one. Explicit
 * occurrences become DTSTART plus RDATEs; if their lengths differ, `losses` says so (write one
 * VEVENT per session then). Sessions that straddle a clock change keep their wall-clock end here
 * but an iCalendar reader applies DTEND − DTSTART as an exact duration, so their end may differ
 * by the change (start instants always agree).
 *
 * @param schedule - The schedule.
 * @returns The recurrence set, or `null` for a schedule that cannot be expanded or has no sessions at all.
 * @example
 * toRRule({ startDate: '2026-10-21', endDate: '2026-12-30', startTime: '18:30', endTime: '20:00',
 *   repeat: { frequency: 'weekly' }, exceptDates: ['2026-12-23'] });
 * //=> { tzid: 'Europe/London', dtstart: '20261021T183000', dtend: '20261021T200000', durationMinutes: 90,
 * //     rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261230T235959Z', exdates: ['20261223T183000'], rdates: [], losses: [] }
 */
export function toRRule(schedule: ScheduleLike): RRuleSet | null {
  const plan = _plan(schedule);
  if (plan.kind === 'invalid') return null;
  const tzid = plan.zone.name;
  if (plan.kind === 'list') {
    if (plan.list.length === 0) return null;
    const first = plan.list[0]!;
    const s = _wallOf(plan.zone, first.startMs);
    const e = _wallOf(plan.zone, first.endMs);
    const duration = Math.round((first.endMs - first.startMs) / 60_000);
    const losses: string[] = [];
    if (plan.list.some((o) => Math.round((o.endMs - o.startMs) / 60_000) !== duration)) {
      losses.push('The sessions have different lengths; RDATEs take the first session’s length. Write one VEVENT per session instead.');
    }
    return {
      tzid,
      dtstart: _icalLocal(s.dayNumber, s.minutes),
      dtend: _icalLocal(e.dayNumber, e.minutes),
      durationMinutes: duration,
      rrule: plan.list.length > 1 ? ONLY_DTSTART : null,
      exdates: [],
      rdates: plan.list.slice(1).map((o) => {
        const w = _wallOf(plan.zone, o.startMs);
        return _icalLocal(w.dayNumber, w.minutes);
      }),
      losses,
    };
  }
  const durationMinutes = plan.endDayOffset * 1440 + plan.endMin - plan.startMin;
  const firstRule = _ruleDays(plan, plan.startDay).next();
  const first = firstRule.done ? plan.startDay : firstRule.value;
  const local = (day: number) => _icalLocal(day, plan.startMin);
  // A rule with no sessions at all: DTSTART would still count as one, so exclude it.
  const noRuleSessions = firstRule.done === true;
  const base = {
    tzid,
    dtstart: local(first),
    dtend: _icalLocal(first, plan.startMin + durationMinutes),
    durationMinutes,
    // Only EXDATEs that remove a rule session: others say nothing, and ical.js 2.2 lets a
    // stale EXDATE hide the next one.
    exdates: [...plan.except]
      .sort((a, b) => a - b)
      .filter((d) => _isRuleDay(plan, d))
      .map(local),
    // An extra date that is already a rule day adds nothing (and some readers would repeat it).
    rdates: plan.extras
      .filter((d) => !plan.except.has(d) && !_isRuleDay(plan, d))
      .map(local),
    losses: [] as string[],
  };
  if (noRuleSessions) {
    // The rule itself never produces a session: write the extra dates alone. With none, there
    // is nothing a VEVENT could say (it always has its DTSTART).
    const [head, ...rest] = plan.extras.filter((d) => !plan.except.has(d));
    if (head === undefined) return null;
    return { ...base, dtstart: local(head), dtend: _icalLocal(head, plan.startMin + durationMinutes), rrule: rest.length > 0 ? ONLY_DTSTART : null, exdates: [], rdates: rest.map(local) };
  }
  if (plan.freq === 'once') {
    // A one-off: the start date is DTSTART itself.
    return { ...base, rrule: base.rdates.length > 0 ? ONLY_DTSTART : null };
  }
  const parts = [`FREQ=${plan.freq.toUpperCase()}`];
  if (plan.interval > 1) parts.push(`INTERVAL=${plan.interval}`);
  if (plan.freq === 'monthly') {
    if (plan.byDay.length > 0) parts.push(`BYDAY=${plan.byDay.map((b) => `${b.ordinal === 0 ? '' : b.ordinal}${_icalDay(b.weekday)}`).join(',')}`);
    else parts.push(`BYMONTHDAY=${plan.monthDay}`);
  } else if (plan.weekdays.length > 0) {
    parts.push(`BYDAY=${plan.weekdays.map(_icalDay).join(',')}`);
  }
  if (plan.freq === 'weekly' && plan.interval > 1) parts.push('WKST=MO');
  // RFC 5545 forbids COUNT with UNTIL: write whichever ends the series first.
  let useCount = plan.count !== Number.POSITIVE_INFINITY;
  if (useCount && plan.endDay !== Number.POSITIVE_INFINITY) {
    let last = plan.startDay;
    for (const d of _ruleDays({ ...plan, endDay: Number.POSITIVE_INFINITY }, plan.startDay)) last = d;
    useCount = last <= plan.endDay;
  }
  if (useCount) parts.push(`COUNT=${plan.count}`);
  else if (plan.endDay !== Number.POSITIVE_INFINITY) {
    // The last second of the end date: every session starting on it is included.
    const r: _Resolved = { ms: 0, offset: 0, kind: 'ok' };
    parts.push(`UNTIL=${_icalUtc(_resolve(plan.zone, plan.endDay + 1, 0, r).ms - 1000)}`);
  }
  return { ...base, rrule: parts.join(';') };
}
