import type { Referral, ReferralStatus } from '@artsrx/schema';
import { _isDate } from '../_lib/_dates.js';
import type { ReferralResult } from '../_lib/_types.js';

/** One session of attendance. */
export interface AttendanceInput {
  /** Session date `YYYY-MM-DD`. */
  date: string;
  /** True when the person attended, false when they did not. */
  attended: boolean;
}

/** States in which sessions can be recorded: once matched to an activity (and late, after it ended). */
const RECORDABLE: readonly ReferralStatus[] = ['matched', 'attending', 'completed', 'withdrawn'];

/**
 * Records whether the person attended one session, keeping attendance in date order. The input
 * is never mutated. Refused: before the referral is matched to an activity (`not_attending`), a
 * second record for the same date (`duplicate_attendance`), a malformed date (`invalid_date`), and
 * when the person has not agreed to attendance being recorded (`no_consent`, consent scope
 * `attendance`).
 *
 * @param referral - The referral.
 * @param session - The session date and whether the person attended.
 * @returns `{ ok: true, referral }` or `{ ok: false, error }`.
 * @example
 * recordAttendance(referral, { date: '2026-02-03', attended: true })
 * //=> { ok: true, referral: { …, attendance: [{ date: '2026-02-03', attended: true }] } }
 */
export function recordAttendance(referral: Referral, session: AttendanceInput): ReferralResult {
  if (session === null || typeof session !== 'object') throw new TypeError('recordAttendance: session must be an object');
  if (!_isDate(session.date)) return { ok: false, error: { code: 'invalid_date', message: 'A session date is written YYYY-MM-DD, e.g. 2026-02-03.', pointer: '/date' } };
  if (typeof session.attended !== 'boolean') throw new TypeError('recordAttendance: session.attended must be true or false');
  if (!referral.subject.consent.scopes.includes('attendance')) {
    return { ok: false, error: { code: 'no_consent', message: 'The person has not agreed to attendance being recorded (consent scope "attendance").', pointer: '/subject/consent/scopes' } };
  }
  if (!RECORDABLE.includes(referral.status)) {
    return { ok: false, error: { code: 'not_attending', message: `Attendance is recorded once the referral is matched to an activity; this one is ${referral.status}.`, pointer: '/status' } };
  }
  const existing = referral.attendance ?? [];
  if (existing.some((a) => a.date === session.date)) {
    return { ok: false, error: { code: 'duplicate_attendance', message: 'Attendance for that date is already recorded.', pointer: '/attendance' } };
  }
  const attendance = [...existing, { date: session.date, attended: session.attended }].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ok: true, referral: { ...referral, attendance } };
}
