import { fitsAvailability, occurrences } from '@artsrx/schedule';
import type { AvailabilitySlot, Schedule } from '@artsrx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _fitsAvailability, _sessionsBetween } from './_sessions.js';

const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
// Sessions around both 2026 UK clock changes and the New York ones.
const instant = fc.integer({ min: Date.parse('2026-03-07T00:00:00Z'), max: Date.parse('2026-11-08T00:00:00Z') }).map((ms) => Math.floor(ms / 900000) * 900000);
const slot = fc.record({ day: fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'), from: time, to: fc.oneof(time, fc.constant('23:59')) }) as fc.Arbitrary<AvailabilitySlot>;

describe('_fitsAvailability', () => {
  it('agrees with fitsAvailability of @artsrx/schedule', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 26 * 60 }), fc.array(slot, { maxLength: 4 }), fc.constantFrom(...zones), (startMs, minutes, availability, zone) => {
        const endMs = startMs + minutes * 60000;
        const session = { start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString(), startMs, endMs };
        expect(_fitsAvailability(session, availability, zone)).toBe(fitsAvailability(session, availability, zone));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('_sessionsBetween', () => {
  it('returns exactly the occurrences of @artsrx/schedule in the window', () => {
    const schedule = { timezone: 'Europe/London', startDate: '2026-01-07', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } } as Schedule;
    const from = Date.parse('2026-10-20T00:00:00Z');
    const until = Date.parse('2026-11-10T00:00:00Z');
    expect(_sessionsBetween(schedule, from, until).map(({ start, end }) => ({ start, end }))).toEqual(occurrences(schedule, { from: new Date(from), until: new Date(until) }));
  });

  it('yields no sessions, never a throw, for a schedule it cannot expand', () => {
    expect(_sessionsBetween({ timezone: 'Not/AZone' } as Schedule, 0, 86400000)).toEqual([]);
  });
});
