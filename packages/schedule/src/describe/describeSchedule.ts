import { _instantArg } from '../_lib/_args.js';
import { _civil } from '../_lib/_civil.js';
import { _DAY_NAMES, _humanDate, _humanDayDate, _humanList, _humanTimeRange } from '../_lib/_human.js';
import { _plan, type _Plan } from '../_lib/_plan.js';
import { _wallOf } from '../_lib/_zone.js';
import type { InstantInput, ScheduleLike } from '../types.js';

/** Options for {@link describeSchedule}. */
export interface DescribeScheduleOptions {
  /**
   * When given, a start date on or before `now` is left out ("First Saturday of each month,
   * 2–4pm" rather than "…, from 7 Mar 2026"). Default: the start date is always said.
   */
  now?: InstantInput;
}

const ORDINALS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last', [-2]: 'second to last', [-3]: 'third to last' };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (w: number) => `${_DAY_NAMES[w]}s`;

function nth(n: number): string {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function every(unit: string, interval: number): string {
  return interval === 1 ? `each ${unit}` : interval === 2 ? `every other ${unit}` : `every ${interval} ${unit}s`;
}

function pattern(plan: _Plan): { text: string; comma: boolean } {
  const days = plan.weekdays;
  if (plan.freq === 'daily') {
    const everyDay = days.length === 0 || days.length === 7;
    if (plan.interval === 1) {
      if (everyDay) return { text: 'Every day', comma: true };
      // A daily repeat limited to some days reads like a weekly one.
      if (days.length === 5 && days.every((d, i) => d === i)) return { text: 'Monday to Friday', comma: true };
      return { text: _humanList(days.map(plural)), comma: false };
    }
    return { text: `Every ${plan.interval} days${everyDay ? '' : ` (${_humanList(days.map(plural))} only)`}`, comma: true };
  }
  if (plan.freq === 'weekly') {
    if (plan.interval === 1) return { text: _humanList(days.map(plural)), comma: false };
    return { text: `${cap(every('week', plan.interval))} on ${_humanList(days.map(plural))}`, comma: true };
  }
  // monthly
  const month = every('month', plan.interval);
  if (plan.byDay.length === 0) return { text: `On the ${nth(plan.monthDay)} of ${month}`, comma: true };
  const byWeekday = new Map<number, number[]>();
  for (const b of plan.byDay) byWeekday.set(b.weekday, [...(byWeekday.get(b.weekday) ?? []), b.ordinal]);
  const parts = [...byWeekday].map(([wd, ords]) =>
    ords.includes(0) ? `every ${_DAY_NAMES[wd]}` : `${_humanList(ords.sort((a, b) => (a < 0 ? 10 - a : a) - (b < 0 ? 10 - b : b)).map((o) => ORDINALS[o] ?? `${o}`))} ${_DAY_NAMES[wd]}`,
  );
  return { text: `${cap(_humanList(parts))} of ${month}`, comma: true };
}

function dateList(days: readonly number[], refYear: number): string {
  return _humanList(
    days.map((d) => _humanDate(d, _civil(d).year !== refYear)),
    'or',
  );
}

/**
 * A plain-English sentence for people: "Wednesdays 6:30–8pm, from 21 Oct 2026; not 23 Dec or
 * 30 Dec", "First Saturday of each month, 2–4pm". Years are left off dates in the start year.
 * Zones other than Europe/London are named ("(America/New_York time)").
 *
 * @param schedule - The schedule.
 * @param options - `now`: leave out a start date that has passed.
 * @returns The description; "No sessions are listed." for a schedule that cannot be read.
 * @example
 * describeSchedule({ startDate: '2026-10-21', startTime: '18:30', endTime: '20:00',
 *   repeat: { frequency: 'weekly' }, exceptDates: ['2026-12-23', '2026-12-30'] });
 * //=> 'Wednesdays 6:30–8pm, from 21 Oct 2026; not 23 Dec or 30 Dec'
 */
export function describeSchedule(schedule: ScheduleLike, options: DescribeScheduleOptions = {}): string {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const plan = _plan(schedule);
  const nowMs = options.now === undefined ? undefined : _instantArg(options.now, 'options.now', plan.zone);
  const zoneNote = plan.zone.name === 'Europe/London' ? '' : ` (${plan.zone.name} time)`;
  if (plan.kind === 'list') {
    const items = plan.list.map((o) => {
      const s = _wallOf(plan.zone, o.startMs);
      const e = _wallOf(plan.zone, o.endMs);
      return `${_humanDayDate(s.dayNumber)}, ${_humanTimeRange(s.minutes, e.minutes)}`;
    });
    const shown = items.slice(0, 3);
    const more = items.length > 3 ? `; and ${items.length - 3} more` : '';
    return `${items.length === 1 ? '' : `${items.length} sessions: `}${shown.join('; ')}${more}${zoneNote}`;
  }
  if (plan.kind === 'invalid') return 'No sessions are listed.';

  const time = _humanTimeRange(plan.startMin, plan.endMin);
  const refYear = _civil(plan.startDay).year;
  if (plan.freq === 'once') {
    const extra = plan.extras.filter((d) => d !== plan.startDay && !plan.except.has(d));
    const also = extra.length > 0 ? `; also ${dateList(extra, refYear)}` : '';
    return `${_humanDayDate(plan.startDay)}, ${time}${zoneNote}${also}`;
  }
  const p = pattern(plan);
  let text = `${p.text}${p.comma ? ', ' : ' '}${time}${zoneNote}`;
  const startPassed = nowMs !== undefined && _wallOf(plan.zone, nowMs).dayNumber >= plan.startDay;
  const hasEnd = plan.endDay !== Number.POSITIVE_INFINITY;
  if (!startPassed && hasEnd) text += `, from ${_humanDate(plan.startDay)} to ${_humanDate(plan.endDay)}`;
  else if (!startPassed) text += `, from ${_humanDate(plan.startDay)}`;
  else if (hasEnd) text += `, until ${_humanDate(plan.endDay)}`;
  if (plan.count !== Number.POSITIVE_INFINITY) text += ` (${plan.count} session${plan.count === 1 ? '' : 's'})`;
  const except = [...plan.except].sort((a, b) => a - b);
  if (except.length > 0) text += `; not ${dateList(except, refYear)}`;
  if (plan.extras.length > 0) text += `; also ${dateList(plan.extras, refYear)}`;
  return text;
}
