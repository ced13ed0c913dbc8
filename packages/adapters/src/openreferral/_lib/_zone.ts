// Only a re-export for packages/adapters/test/openreferral/scheduleRoundTrip.test.ts, which imports
// the civil-date helpers from here. UTC offsets come from `timeZoneOffset` of `@artsrx/schedule`;
// import `./_civil.js` in new code. Delete this file once that test imports `_civil.js`.
export { _dateOf, _dayNumber, _hhmm, _minutes, _offsetText, _weekday } from './_civil.js';
