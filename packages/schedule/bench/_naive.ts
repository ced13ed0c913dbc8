import type { ScheduleInput } from '@artsrx/schema';
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarWeeks, format, formatISO, startOfDay } from 'date-fns';

const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * The baseline: the obvious way to find the next sessions of a weekly schedule with date-fns and
 * TZDate, scanning day by day from `from` and building each session's start and end.
 */
export function naiveNext(s: ScheduleInput, from: Date, n: number): { start: string; end: string }[] {
  const zone = s.timezone ?? 'Europe/London';
  const [sh, sm] = s.startTime!.split(':').map(Number) as [number, number];
  const [eh, em] = s.endTime!.split(':').map(Number) as [number, number];
  const overnight = eh * 60 + em <= sh * 60 + sm ? 1 : 0;
  const startDate = new TZDate(`${s.startDate}T00:00:00`, zone);
  const byDay = s.repeat?.byDay ?? [CODES[startDate.getDay()]!];
  const interval = s.repeat?.interval ?? 1;
  const except = s.exceptDates ?? [];
  const out: { start: string; end: string }[] = [];
  const first = addDays(startOfDay(new TZDate(from.getTime(), zone)), -1);
  for (let i = 0; out.length < n && i < 3700; i++) {
    const d = addDays(first, i);
    if (d < startDate) continue;
    if (!byDay.includes(CODES[d.getDay()]!)) continue;
    if (differenceInCalendarWeeks(d, startDate, { weekStartsOn: 1 }) % interval !== 0) continue;
    if (except.includes(format(d, 'yyyy-MM-dd'))) continue;
    const start = new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), sh, sm, zone);
    const end = new TZDate(d.getFullYear(), d.getMonth(), d.getDate() + overnight, eh, em, zone);
    if (end.getTime() <= from.getTime()) continue;
    out.push({ start: formatISO(start), end: formatISO(end) });
  }
  return out;
}
