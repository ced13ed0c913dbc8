import { fromFhir, toFhir } from '@artsrx/adapters/fhir';
import { ReferralSchema, type Referral } from '@artsrx/schema';
import { _parseJsonText } from '../_lib/_dataset.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import type { ConvertFormat, FormatFromOptions, FormatInput, FormatToOptions, FormatToResult } from './types.js';

/** A format that converts one referral (personal data) rather than a dataset. */
export interface ReferralConvertFormat {
  /** Writes one referral (already checked by `ReferralSchema`). */
  toReferral: (referral: Referral, options: FormatToOptions) => Promise<FormatToResult>;
  /** Reads one referral; `referral` is null when none could be read (the report says why). */
  fromReferral: (input: FormatInput, options: FormatFromOptions) => Promise<{ referral: Referral | null; report: string[] }>;
}

/** True for a registry entry that converts referrals. */
export function isReferralFormat(format: ConvertFormat): format is ConvertFormat & ReferralConvertFormat {
  return typeof (format as Partial<ReferralConvertFormat>).toReferral === 'function';
}

/**
 * FHIR R4 (UK Core): `artsrx convert REFERRAL --to fhir` writes a transaction Bundle
 * (ServiceRequest, Task, QuestionnaireResponse, pseudonymous Patient) with `@artsrx/adapters/fhir`;
 * reading a Bundle gives the referral back with a report of what was not carried. Free text is
 * never written, so the report says so when the referral had any. A dataset holds no referrals,
 * so `to` refuses one with a clear message.
 */
export const fhirFormat: ConvertFormat & ReferralConvertFormat = {
  description: 'FHIR R4 transaction Bundle of one referral (UK Core ServiceRequest, Task, QuestionnaireResponse)',
  async to() {
    throw new _CliError('fhir converts one referral, not a dataset: give a referral file (artsrx convert REFERRAL.json --to fhir)', EXIT.usage);
  },
  async toReferral(referral) {
    const report: string[] = [];
    const text = [referral.goals !== undefined && 'goals', referral.endReason !== undefined && 'end reason', referral.history.some((e) => e.note !== undefined) && 'history notes'].filter(Boolean);
    if (text.length > 0) report.push(`free text (${text.join(', ')}) is not written to FHIR: it stays in the case record`);
    return { output: `${JSON.stringify(toFhir(referral), null, 2)}\n`, report };
  },
  async fromReferral(input) {
    const { referral, report } = fromFhir(_parseJsonText(input.text, input.path));
    return { referral: referral === null ? null : ReferralSchema.parse(referral), report: report.map((i) => `${i.severity}: ${i.message}${i.pointer !== undefined ? ` (at ${i.pointer})` : ''}`) };
  },
};
