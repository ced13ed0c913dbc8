import { describe, expect, it } from 'vitest';
import { fitsAvailability } from './fitsAvailability.js';

const wed = [{ day: 'WE' as const, from: '18:00', to: '21:00' }];

describe('fitsAvailability', () => {
  it('accepts a session wholly inside a slot on its local day', () => {
    expect(fitsAvailability({ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' }, wed)).toBe(true);
  });

  it('accepts a session that exactly fills the slot', () => {
    expect(fitsAvailability({ start: '2026-10-21T18:00:00+01:00', end: '2026-10-21T21:00:00+01:00' }, wed)).toBe(true);
  });

  it('rejects a session that starts before or ends after the slot', () => {
    expect(fitsAvailability({ start: '2026-10-21T17:30:00+01:00', end: '2026-10-21T19:00:00+01:00' }, wed)).toBe(false);
    expect(fitsAvailability({ start: '2026-10-21T20:30:00+01:00', end: '2026-10-21T21:30:00+01:00' }, wed)).toBe(false);
  });

  it('rejects a session on another day', () => {
    expect(fitsAvailability({ start: '2026-10-22T18:30:00+01:00', end: '2026-10-22T20:00:00+01:00' }, wed)).toBe(false);
  });

  it('does not join two slots: the session must fit inside one', () => {
    const split = [
      { day: 'WE' as const, from: '18:00', to: '19:00' },
      { day: 'WE' as const, from: '19:00', to: '21:00' },
    ];
    expect(fitsAvailability({ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' }, split)).toBe(false);
  });

  it('reads the session in the person’s zone: written in UTC, it is still 18:30 BST in London', () => {
    expect(fitsAvailability({ start: '2026-10-21T17:30:00Z', end: '2026-10-21T19:00:00Z' }, wed)).toBe(true);
    // The same session is 13:30–15:00 on Wednesday in New York.
    expect(fitsAvailability({ start: '2026-10-21T17:30:00Z', end: '2026-10-21T19:00:00Z' }, wed, 'America/New_York')).toBe(false);
    expect(fitsAvailability({ start: '2026-10-21T17:30:00Z', end: '2026-10-21T19:00:00Z' }, [{ day: 'WE', from: '13:00', to: '15:00' }], 'America/New_York')).toBe(true);
  });

  it('treats a slot ending 23:59 as free until midnight', () => {
    const late = [{ day: 'SA' as const, from: '20:00', to: '23:59' }];
    expect(fitsAvailability({ start: '2026-10-24T22:00:00+01:00', end: '2026-10-25T00:00:00+01:00' }, late)).toBe(true);
    expect(fitsAvailability({ start: '2026-10-24T22:00:00+01:00', end: '2026-10-25T00:30:00+01:00' }, late)).toBe(false);
  });

  it('is false for unreadable dates or an unknown zone', () => {
    expect(fitsAvailability({ start: 'soon', end: 'later' }, wed)).toBe(false);
    expect(fitsAvailability({ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' }, wed, 'Mars/Olympus')).toBe(false);
  });

  it('throws a TypeError for an availability that is not an array', () => {
    expect(() => fitsAvailability({ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' }, null as never)).toThrow(TypeError);
  });
});
