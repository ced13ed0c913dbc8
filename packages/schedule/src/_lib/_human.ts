import { _civil, _weekday } from './_civil.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Weekday names, Monday first. */
export const _DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "21 Oct 2026" (or "21 Oct" without the year). */
export function _humanDate(dayNumber: number, withYear = true): string {
  const { year, month, day } = _civil(dayNumber);
  return withYear ? `${day} ${MONTHS[month - 1]} ${year}` : `${day} ${MONTHS[month - 1]}`;
}

/** "Wednesday 21 Oct 2026". */
export function _humanDayDate(dayNumber: number): string {
  return `${_DAY_NAMES[_weekday(dayNumber)]} ${_humanDate(dayNumber)}`;
}

/** "6:30pm", "8pm", "12pm", "midnight". */
export function _humanTime(minutes: number): string {
  if (minutes === 0 || minutes === 1440) return 'midnight';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${h < 12 ? 'am' : 'pm'}`;
}

/** "6:30–8pm", "11am–1pm", "10pm–2am (next day)". */
export function _humanTimeRange(start: number, end: number): string {
  const overnight = end <= start;
  const a = _humanTime(start);
  const b = _humanTime(end);
  const sameHalf = !overnight && a !== 'midnight' && b !== 'midnight' && start < 720 === end < 720;
  const left = sameHalf ? a.replace(/[ap]m$/, '') : a;
  return `${left}–${b}${overnight && end !== 0 ? ' (next day)' : ''}`;
}

/** "a, b and c" / "a or b". */
export function _humanList(items: readonly string[], conj = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conj} ${items[items.length - 1]}`;
}
