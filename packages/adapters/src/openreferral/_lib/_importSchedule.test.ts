import { describe, expect, it } from 'vitest';
import { _importSchedule } from './_importSchedule.js';

// Single-session Open Referral rows read as explicit sessions in Europe/London, by the RFC 5545
// rules used everywhere in ArtsRx. Worked by hand: on 25 Oct 2026 London's clocks go back at
// 02:00 BST, so 01:30 happens twice and the first instance is 01:30 BST = 00:30Z; on 29 Mar 2026
// they go forward at 01:00 GMT, so 01:30 does not exist and moves forward by the hour, to 02:30 BST.
describe('_importSchedule: one-off sessions across the clock changes', () => {
  const row = (date: string, opens: string, closes: string) => ({ opens_at: opens, closes_at: closes, valid_from: date, valid_to: date });

  it('takes the first 01:30 on the night the clocks go back, and moves a skipped 01:30 forward', () => {
    const { schedule } = _importSchedule([row('2026-10-25', '01:30', '03:00'), row('2026-03-29', '01:30', '03:00')], '2026-01-01');
    expect(schedule?.occurrences).toEqual([
      { start: '2026-03-29T02:30:00+01:00', end: '2026-03-29T03:00:00+01:00' },
      { start: '2026-10-25T01:30:00+01:00', end: '2026-10-25T03:00:00Z' },
    ]);
  });

  it('reads an ordinary summer and winter session at their own offsets', () => {
    const { schedule } = _importSchedule([row('2026-07-01', '18:30', '20:00'), row('2026-12-01', '18:30', '20:00')], '2026-01-01');
    expect(schedule?.occurrences).toEqual([
      { start: '2026-07-01T18:30:00+01:00', end: '2026-07-01T20:00:00+01:00' },
      { start: '2026-12-01T18:30:00Z', end: '2026-12-01T20:00:00Z' },
    ]);
  });
});
