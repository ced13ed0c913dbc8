/**
 * Structural checks of the matcher's inputs: only what the matcher reads, never the whole
 * schema (validate first). Every message names the field and never echoes a value: profiles are
 * personal data.
 */
import { ArtsRxMatchError, ArtsRxMatchRangeError, type MatchErrorCode } from '../matcher/ArtsRxMatchError.js';

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(code: MatchErrorCode, field: string, message: string): never {
  throw new ArtsRxMatchError(code, field, message);
}

/** A number in [min, max] (whole when `int`): ArtsRxMatchError for a non-number, ArtsRxMatchRangeError outside the range. */
export function _checkNumber(name: string, v: unknown, min: number, max: number, int = false): void {
  if (typeof v !== 'number' || Number.isNaN(v)) fail('invalid_option', name, `${name} must be a number`);
  if (v < min || v > max || (int && !Number.isInteger(v))) throw new ArtsRxMatchRangeError('invalid_option', name, `${name} must be ${int ? 'a whole number ' : ''}from ${min} to ${max}`);
}

/** `value` is absent (undefined or null) or a list (of strings, when `strings`). */
function list(code: MatchErrorCode, field: string, value: unknown, what: string, strings = false): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) fail(code, field, `${field} must be a list of ${what}`);
  if (strings) for (let k = 0; k < value.length; k++) if (typeof value[k] !== 'string') fail(code, field, `${field} must be a list of ${what}`);
}

/** The dataset and each record are objects; the list fields the matcher iterates are lists. O(n), once per matcher. */
export function _checkDataset(dataset: unknown): void {
  if (!isObject(dataset)) fail('invalid_dataset', 'dataset', 'dataset must be an ArtsRx dataset object with an activities list');
  const activities = dataset.activities;
  if (!Array.isArray(activities)) fail('invalid_dataset', 'dataset.activities', 'dataset.activities must be a list of activities');
  const places = dataset.places;
  if (places !== undefined && !Array.isArray(places)) fail('invalid_dataset', 'dataset.places', 'dataset.places must be a list of places');
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    const at = `dataset.activities[${i}]`;
    if (!isObject(a)) fail('invalid_dataset', at, `${at} must be an activity object`);
    // Fields read only when present (null reads as absent, except where the matcher uses it).
    if (a.artForms != null) list('invalid_dataset', `${at}.artForms`, a.artForms, 'art form ids');
    if (a.activityTypes != null) list('invalid_dataset', `${at}.activityTypes`, a.activityTypes, 'activity type ids');
    if (a.suitableFor != null) list('invalid_dataset', `${at}.suitableFor`, a.suitableFor, 'need ids');
    if (a.fiveWays != null) list('invalid_dataset', `${at}.fiveWays`, a.fiveWays, 'Five Ways ids');
    if (a.languages !== undefined && !Array.isArray(a.languages)) fail('invalid_dataset', `${at}.languages`, `${at}.languages must be a list of language tags`);
    if (a.languages !== undefined) list('invalid_dataset', `${at}.languages`, a.languages, 'language tags', true);
    if (a.cost !== undefined && !isObject(a.cost)) fail('invalid_dataset', `${at}.cost`, `${at}.cost must be an object`);
    if (a.schedule != null && !isObject(a.schedule)) fail('invalid_dataset', `${at}.schedule`, `${at}.schedule must be a schedule object`);
  }
  if (places === undefined) return;
  for (let k = 0; k < places.length; k++) {
    const p = places[k];
    const at = `dataset.places[${k}]`;
    if (!isObject(p)) fail('invalid_dataset', at, `${at} must be a place object`);
    const address = p.address;
    if (isObject(address) && address.postcode != null && typeof address.postcode !== 'string') fail('invalid_dataset', `${at}.address.postcode`, `${at}.address.postcode must be a string`);
    const areaCodes = p.areaCodes;
    if (isObject(areaCodes) && areaCodes.localAuthority != null && typeof areaCodes.localAuthority !== 'string') fail('invalid_dataset', `${at}.areaCodes.localAuthority`, `${at}.areaCodes.localAuthority must be a string`);
  }
}

/** `createMatcher` options. */
export function _checkMatcherOptions(options: unknown): void {
  if (!isObject(options)) fail('invalid_option', 'options', 'options must be an object');
  if (options.resolveLocation !== undefined && typeof options.resolveLocation !== 'function') fail('invalid_option', 'options.resolveLocation', 'options.resolveLocation must be a function');
}

/** The profile fields the matcher reads. O(size of the profile), per query. */
export function _checkProfile(profile: unknown): void {
  if (!isObject(profile)) fail('invalid_profile', 'profile', 'profile must be a PersonProfile object');
  // null reads as absent wherever the matcher reads it with `??` or `?.`.
  if (profile.timezone != null && typeof profile.timezone !== 'string') fail('invalid_profile', 'profile.timezone', 'profile.timezone must be an IANA time zone name such as Europe/London');
  const interests = profile.interests;
  if (interests != null) {
    if (!isObject(interests)) fail('invalid_profile', 'profile.interests', 'profile.interests must be an object');
    list('invalid_profile', 'profile.interests.activityTypes', interests.activityTypes, 'activity type ids');
    list('invalid_profile', 'profile.interests.artForms', interests.artForms, 'art form ids');
  }
  list('invalid_profile', 'profile.needs', profile.needs, 'need ids');
  list('invalid_profile', 'profile.fiveWays', profile.fiveWays, 'Five Ways ids');
  list('invalid_profile', 'profile.format', profile.format, 'format ids');
  list('invalid_profile', 'profile.languages', profile.languages, 'language tags', true);
  const access = profile.accessNeeds;
  if (access != null) {
    if (!isObject(access)) fail('invalid_profile', 'profile.accessNeeds', 'profile.accessNeeds must be an object');
    list('invalid_profile', 'profile.accessNeeds.venueFeatures', access.venueFeatures, 'venue feature ids');
    list('invalid_profile', 'profile.accessNeeds.accessSupport', access.accessSupport, 'access support ids');
  }
  const availability = profile.availability;
  if (availability !== undefined) {
    if (!Array.isArray(availability)) fail('invalid_profile', 'profile.availability', 'profile.availability must be a list of time slots');
    for (let k = 0; k < availability.length; k++) if (!isObject(availability[k])) fail('invalid_profile', 'profile.availability', 'profile.availability must be a list of time slots');
  }
}

/** `match` options other than the numbers (checked where they are read). */
export function _checkMatchOptions(options: unknown): void {
  if (!isObject(options)) fail('invalid_option', 'options', 'options must be an object');
  const now = options.now;
  if (now !== undefined && typeof now !== 'string' && !(now instanceof Date)) fail('invalid_option', 'options.now', 'options.now must be a Date or an ISO 8601 date-time string');
  if (options.weights != null && !isObject(options.weights)) fail('invalid_option', 'options.weights', 'options.weights must be an object of criterion weights');
  const d = options.diversify;
  if (d != null && typeof d !== 'boolean') {
    if (!isObject(d)) fail('invalid_option', 'options.diversify', 'options.diversify must be true, false or an object');
    list('invalid_option', 'options.diversify.by', d.by, "'organisation' and 'artForm'");
  }
}

/** Errors thrown by the caller's own `resolveLocation` pass through unchanged. */
export const _callerErrors = new WeakSet<object>();

/**
 * A `TypeError`/`RangeError` from inside the matcher that the checks above did not foresee: a
 * record field of a type it cannot read. Reported as `invalid_dataset`, without the original
 * message (it may quote data).
 */
export function _unreadable(e: unknown): unknown {
  if (e instanceof ArtsRxMatchError || (typeof e === 'object' && e !== null && _callerErrors.has(e))) return e;
  if (e instanceof TypeError || e instanceof RangeError) {
    return new ArtsRxMatchError('invalid_dataset', 'dataset', 'dataset has a record with a field of a type the matcher cannot read; validate the dataset first (validateDataset)');
  }
  return e;
}
