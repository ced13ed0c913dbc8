import { describe, expect, it } from 'vitest';
import { profileFromForm, type MatchForm } from './profile.js';

const form = (over: Partial<MatchForm> = {}): MatchForm => ({ lat: '', lng: '', distanceKm: '', attendance: 'either', artForms: [], freeTimes: [], ...over });

describe('profileFromForm', () => {
  it('writes the point longitude first, as GeoJSON does', () => {
    expect(profileFromForm(form({ lat: '53.4885', lng: '-2.285', distanceKm: '5' }))).toEqual({
      profile: { location: { type: 'Point', coordinates: [-2.285, 53.4885] }, maxDistanceKm: 5, attendance: 'either' },
    });
  });

  it('carries interests and free times', () => {
    const built = profileFromForm(form({ artForms: ['crafts'], freeTimes: [{ day: 'MO', from: '09:00', to: '13:00' }] }));
    expect(built).toEqual({ profile: { attendance: 'either', interests: { artForms: ['crafts'] }, availability: [{ day: 'MO', from: '09:00', to: '13:00' }] } });
  });

  it('explains what is wrong instead of matching on a half-made profile', () => {
    expect(profileFromForm(form({ lat: '53' }))).toEqual({ error: expect.stringContaining('both latitude and longitude') });
    expect(profileFromForm(form({ lat: '95', lng: '0' }))).toEqual({ error: expect.stringContaining('Latitude') });
    expect(profileFromForm(form({ lat: '53', lng: 'x' }))).toEqual({ error: expect.stringContaining('Longitude') });
    expect(profileFromForm(form({ distanceKm: '-1' }))).toEqual({ error: expect.stringContaining('Distance') });
    expect(profileFromForm(form({ freeTimes: [{ day: 'MO', from: '13:00', to: '09:00' }] }))).toEqual({ error: expect.stringContaining('ends before it starts') });
  });
});
