import { _WEEKDAYS, _civil, _pad2 } from './_civil.js';

/** iCalendar local date-time `YYYYMMDDTHHMMSS` of a local day and minutes after midnight. */
export function _icalLocal(dayNumber: number, minutes: number): string {
  const extra = Math.floor(minutes / 1440);
  const { year, month, day } = _civil(dayNumber + extra);
  const m = minutes - extra * 1440;
  return `${String(year).padStart(4, '0')}${_pad2(month)}${_pad2(day)}T${_pad2(Math.floor(m / 60))}${_pad2(m % 60)}00`;
}

/** iCalendar UTC date-time `YYYYMMDDTHHMMSSZ` of an instant. */
export function _icalUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** iCalendar weekday code of an ISO weekday index. */
export function _icalDay(weekday: number): string {
  return _WEEKDAYS[weekday] as string;
}

