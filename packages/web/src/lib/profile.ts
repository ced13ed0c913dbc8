import type { PersonProfile } from '@artsrx/schema';

/** What the "try a match" form holds, as strings straight from its inputs. */
export interface MatchForm {
  lat: string;
  lng: string;
  distanceKm: string;
  attendance: string;
  artForms: string[];
  freeTimes: Array<{ day: string; from: string; to: string }>;
}

/**
 * Turns the form into a person profile, or says in words what is missing or wrong. The profile
 * stays in the page: it is passed to the matcher and never stored or sent anywhere.
 */
export function profileFromForm(form: MatchForm): { profile: PersonProfile } | { error: string } {
  const profile: Record<string, unknown> = {};
  const lat = form.lat.trim() === '' ? undefined : Number(form.lat);
  const lng = form.lng.trim() === '' ? undefined : Number(form.lng);
  if ((lat === undefined) !== (lng === undefined)) return { error: 'Give both latitude and longitude, or neither (click the map to set both).' };
  if (lat !== undefined && lng !== undefined) {
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) return { error: 'Latitude must be a number from −90 to 90.' };
    if (!Number.isFinite(lng) || lng < -180 || lng > 180) return { error: 'Longitude must be a number from −180 to 180.' };
    profile.location = { type: 'Point', coordinates: [lng, lat] };
  }
  if (form.distanceKm.trim() !== '') {
    const km = Number(form.distanceKm);
    if (!Number.isFinite(km) || km < 0 || km > 1000) return { error: 'Distance must be a number of kilometres from 0 to 1000.' };
    profile.maxDistanceKm = km;
  }
  if (form.attendance === 'in-person' || form.attendance === 'online' || form.attendance === 'either') profile.attendance = form.attendance;
  if (form.artForms.length > 0) profile.interests = { artForms: [...form.artForms] };
  const slots = [];
  for (const slot of form.freeTimes) {
    if (!/^(MO|TU|WE|TH|FR|SA|SU)$/.test(slot.day) || !/^\d\d:\d\d$/.test(slot.from) || !/^\d\d:\d\d$/.test(slot.to)) {
      return { error: 'Each free time needs a day, a start time and an end time.' };
    }
    if (slot.to <= slot.from) return { error: `A free time on ${slot.day} ends before it starts.` };
    slots.push({ day: slot.day, from: slot.from, to: slot.to });
  }
  if (slots.length > 0) profile.availability = slots;
  return { profile: profile as PersonProfile };
}
