/** Kinds of personal data searched for in free text, with the rule code each raises. */
export const _PERSONAL_KINDS = [
  ['nhs_number_in_text', 'an NHS number'],
  ['email_in_text', 'an email address'],
  ['phone_in_text', 'a phone number'],
  ['postcode_in_text', 'a full postcode'],
  ['date_of_birth_in_text', 'a date of birth'],
] as const;

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const TEN_DIGITS = /(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])/g;
const PHONE = /(?<![\d+])(?:\+44[\s-]?(?:\(0\))?[\s-]?\d|0\d)(?:[\s-]?\d){8,9}(?!\d)/;
const POSTCODE = /\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b/;
const DOB_WORDS = /\b(?:d\.?\s?o\.?\s?b\.?|date of birth|born (?:on |in )?\d)/i;
const DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;

/** True when ten digits pass the NHS number Modulus 11 check. */
export function _isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

/**
 * Which kinds of personal data a text seems to contain (codes from `_PERSONAL_KINDS`). The
 * text itself is never returned or logged. A date of birth is a date next to "DOB", "date of
 * birth" or "born", or a full date more than 16 years before `now`.
 */
export function _personalData(text: string, now: Date): Set<string> {
  const found = new Set<string>();
  if (text.length > 100_000) text = text.slice(0, 100_000);
  let rest = text;
  for (const m of text.matchAll(TEN_DIGITS)) {
    if (_isNhsNumber(`${m[1]}${m[2]}${m[3]}`)) {
      found.add('nhs_number_in_text');
      rest = rest.replace(m[0], ' ');
    }
  }
  if (EMAIL.test(rest)) found.add('email_in_text');
  if (PHONE.test(rest)) found.add('phone_in_text');
  if (POSTCODE.test(rest)) found.add('postcode_in_text');
  if (DOB_WORDS.test(rest)) found.add('date_of_birth_in_text');
  else {
    const limit = now.getUTCFullYear() - 16;
    for (const m of rest.matchAll(DATE)) if (Number(m[3]) <= limit && Number(m[3]) >= 1900) found.add('date_of_birth_in_text');
  }
  return found;
}
