/**
 * Identifiers planted in personal data to prove no output repeats them: an NHS number that passes
 * the Modulus 11 check (943 476 5919, the NHS test range), an Ofcom drama mobile number, an email,
 * a full postcode and a date of birth.
 */
export const PLANTED = 'NHS 943 476 5919, ring 07700 900123 or jo.bloggs@example.org, lives at CH44 5XY, DOB 14/03/1961';

/** The pieces of {@link PLANTED} and how they might be re-written (spaces removed, lower-cased). */
export const NEEDLES: readonly RegExp[] = [
  /943\s*476\s*5919/,
  /9434765919/,
  /07700\s*900123/,
  /7700900123/,
  /jo\.bloggs/i,
  /example\.org/i,
  /CH44\s*5XY/i,
  /5XY/i,
  /14\/03\/1961/,
  /1961-03-14/,
];

/** The needles found in `output` (a string, or anything JSON can write). */
export function leaks(output: unknown): string[] {
  const text = typeof output === 'string' ? output : (JSON.stringify(output) ?? String(output));
  return NEEDLES.filter((n) => n.test(text)).map(String);
}
