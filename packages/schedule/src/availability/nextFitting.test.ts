import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '@artsrx/schema';
import { nextFitting } from './nextFitting.js';

const twiceWeekly: ScheduleInput = {
  startDate: '2026-10-19',
  startTime: '18:30',
  endTime: '20:00',
  repeat: { frequency: 'weekly', byDay: ['MO', 'WE'] },
  exceptDates: ['2026-10-28'],
};

describe('nextFitting', () => {
  it('returns the next sessions that fit, skipping days the person is busy and days off', () => {
    const got = nextFitting(twiceWeekly, [{ day: 'WE', from: '18:00', to: '21:00' }], { from: '2026-10-20' });
    expect(got.map((o) => o.start)).toEqual(['2026-10-21T18:30:00+01:00', '2026-11-04T18:30:00+00:00', '2026-11-11T18:30:00+00:00']);
  });

  it('honours count and horizonDays', () => {
    const slots = [{ day: 'MO' as const, from: '09:00', to: '22:00' }];
    expect(nextFitting(twiceWeekly, slots, { from: '2026-10-20', count: 1 }).map((o) => o.start)).toEqual(['2026-10-26T18:30:00+00:00']);
    // Within 7 days of 20 Oct there is only Monday 26 Oct.
    expect(nextFitting(twiceWeekly, slots, { from: '2026-10-20', horizonDays: 7 })).toHaveLength(1);
    expect(nextFitting(twiceWeekly, slots, { from: '2026-10-20', horizonDays: 0 })).toEqual([]);
  });

  it('uses the person’s zone', () => {
    // 18:30–20:00 London is 13:30–15:00 in New York on 21 Oct (BST/EDT) and on 4 Nov (GMT/EST).
    const ny = [{ day: 'WE' as const, from: '13:00', to: '16:00' }];
    expect(nextFitting(twiceWeekly, ny, { from: '2026-10-20', zone: 'America/New_York', count: 2 }).map((o) => o.start)).toEqual([
      '2026-10-21T18:30:00+01:00',
      '2026-11-04T18:30:00+00:00',
    ]);
  });

  it('is empty with no availability', () => {
    expect(nextFitting(twiceWeekly, [], { from: '2026-10-20' })).toEqual([]);
  });

  it('throws a RangeError for a bad horizonDays', () => {
    expect(() => nextFitting(twiceWeekly, [], { from: '2026-10-20', horizonDays: 1.5 })).toThrow(/options\.horizonDays/);
  });
});
