import { ReferralSchema } from '@artsrx/schema';
import { _Collector } from '../_lib/_collector.js';
import { _options } from '../_lib/_options.js';
import { _readDocument } from '../_lib/_readDocument.js';
import { _PERSONAL_KINDS, _personalData } from '../_lib/_personal.js';
import { _emptyStats, _result } from '../_lib/_result.js';
import { _structure } from '../_lib/_structure.js';
import { _dotted, _pointer } from '../_lib/_text.js';
import { _walk } from '../_lib/_walk.js';
import type { ValidateOptions, ValidationResult } from '../types.js';

/** Options for {@link validateReferral}. */
export type ValidateReferralOptions = ValidateOptions;

const KIND_WORDS = new Map<string, string>(_PERSONAL_KINDS);

/**
 * Validates a social prescribing referral (personal data). Messages name fields, never their
 * content. Besides the schema it flags NHS numbers (10 digits passing the Modulus 11 check),
 * phone numbers, email addresses, full postcodes and dates of birth in the free-text fields
 * (`goals`, `endReason`, `history[].note`, and the `subject.pseudonym`), and a history out of
 * time order or disagreeing with `status`.
 *
 * @param input - a parsed referral, or its JSON text
 * @param options - {@link ValidateReferralOptions} (`now` dates the date-of-birth heuristic)
 * @returns `{ valid, counts, issues, stats }`
 * @example
 * validateReferral({ ...referral, goals: 'NHS no 943 476 5919' }).issues[0].code //=> 'nhs_number_in_text'
 * validateReferral({ ...referral, goals: 'NHS no 943 476 5919' }).issues[0].message //=> 'The text of goals seems to contain an NHS number'
 */
export function validateReferral(input: unknown, options: ValidateReferralOptions = {}): ValidationResult {
  const { now } = _options(options, 'validateReferral');
  const out = new _Collector(options);
  const value = _readDocument(input, out, 'A referral');
  if (value === undefined) return _result(out, _emptyStats());
  const r = value;
  const where = { recordId: typeof r.id === 'string' ? r.id : undefined };
  const before = out.issues.length;
  const parsed = _structure(ReferralSchema, r, out, { prefix: [], where, personal: true });
  _walk(ReferralSchema, r, out, [], where, parsed === undefined ? new Set(out.issues.slice(before).map((i) => i.pointer)) : undefined);

  // Free text that must not carry personal data.
  const texts: [PropertyKey[], unknown][] = [
    [['goals'], r.goals],
    [['endReason'], r.endReason],
  ];
  const subject = r.subject as Record<string, unknown> | undefined;
  if (subject && typeof subject === 'object') texts.push([['subject', 'pseudonym'], subject.pseudonym]);
  if (Array.isArray(r.history)) r.history.forEach((e, i) => texts.push([['history', i, 'note'], (e as Record<string, unknown> | null)?.note]));
  for (const [path, text] of texts) {
    if (typeof text !== 'string') continue;
    for (const code of _personalData(text, now)) {
      out.add(code, _pointer(path), `The text of ${_dotted(path)} seems to contain ${KIND_WORDS.get(code)}`, where, 'Delete it from the text; referral records never carry it (the validator does not repeat it)');
    }
  }

  // History in time order, ending in the current status.
  if (Array.isArray(r.history) && r.history.length > 0) {
    let last = -Infinity;
    let reported = false;
    r.history.forEach((e, i) => {
      const at = typeof (e as Record<string, unknown> | null)?.at === 'string' ? Date.parse((e as { at: string }).at) : Number.NaN;
      if (Number.isNaN(at)) return;
      if (at < last && !reported) {
        out.add('history_out_of_order', `/history/${i}/at`, `History event ${i + 1} is earlier than the event before it`, where, 'Order the history by time, oldest first');
        reported = true;
      }
      last = Math.max(last, at);
    });
    const latest = r.history.at(-1) as Record<string, unknown> | null;
    if (latest && typeof latest.status === 'string' && typeof r.status === 'string' && latest.status !== r.status) {
      out.add('status_not_latest', '/status', 'The status is not the status of the latest history event', where, 'Append a history event for the current status, or correct status');
    }
  }
  return _result(out, _emptyStats());
}
