import { NEEDS, REFERRAL_STATUSES, REFERRER_ROLES, type Measure, type Referral } from '@artsrx/schema';
import { _fullUrl } from './_lib/_uuid.js';
import { FHIR_URLS as U } from './fhirUrls.js';
import type { FhirBundle, FhirBundleEntry, FhirExtension, FhirReference, FhirResource } from './types.js';

/** Options of {@link toFhir}. */
export interface ToFhirOptions {
  /** `Bundle.timestamp`. Default: none (so the same referral always gives the same Bundle). */
  timestamp?: string;
}

type Term = { id: string; label: string; fhirTaskStatus?: string; snomed?: { code: string; display: string } };
const STATUS = new Map<string, Term>(REFERRAL_STATUSES.terms.map((t) => [t.id, t as Term]));
const NEED_LABEL = new Map<string, string>(NEEDS.terms.map((t) => [t.id, t.label]));
const ROLE_LABEL = new Map<string, string>(REFERRER_ROLES.terms.map((t) => [t.id, t.label]));
const ACCEPTED = STATUS.get('accepted')!.snomed!;
const DECLINED = STATUS.get('declined')!.snomed!;

/** ServiceRequest.status (request-status) for each referral state. */
const REQUEST_STATUS: Record<string, string> = {
  draft: 'draft',
  completed: 'completed',
  declined: 'revoked',
  'unable-to-contact': 'revoked',
  withdrawn: 'revoked',
  'entered-in-error': 'entered-in-error',
};

const conditional = (type: string, system: string, value: string) => `${type}?identifier=${system}|${encodeURIComponent(value)}`;

function measureResource(referral: Referral, m: Measure, index: number, patient: string, request: string): FhirResource {
  const items: Record<string, unknown>[] = [];
  (m.items ?? []).forEach((v, i) => items.push({ linkId: String(i + 1), answer: [{ valueInteger: v }] }));
  if (m.score !== undefined) items.push({ linkId: 'score', answer: [{ valueDecimal: m.score }] });
  if (m.level !== undefined) items.push({ linkId: 'level', answer: [{ valueInteger: m.level }] });
  const qr: FhirResource = {
    resourceType: 'QuestionnaireResponse',
    extension: [{ url: U.extPhase, valueCode: m.phase }],
    identifier: { system: U.measureId, value: `${referral.id}/measures/${index}` },
    basedOn: [{ reference: request }],
    questionnaire: `${U.questionnaire}${m.instrument}`,
    status: 'completed',
    subject: { reference: patient },
    authored: m.at,
  };
  if (items.length > 0) qr.item = items;
  return qr;
}

/**
 * Converts a referral to a FHIR R4 transaction Bundle for an NHS or link-worker system:
 *
 * - `Patient` — pseudonymous only: the ArtsRx pseudonym as identifier, the age band as an
 *   extension, the postcode district as `address.postalCode`. No name, NHS number, birth date
 *   or contact details (ArtsRx holds none).
 * - `ServiceRequest` claiming the UK Core profile: code SNOMED CT 871731000000106 "Referral to
 *   social prescribing service", `intent` order, `priority` routine, `authoredOn` (when first
 *   referred), `requester` (ODS code), `reasonCode` (ArtsRx needs), `performer` (the activity or
 *   asset matched), consent and referrer role as extensions.
 * - `Task` for the workflow: `status` from the vocabulary's FHIR Task status, `businessStatus`
 *   the ArtsRx state, `code` SNOMED CT 871731000000106 once the person has accepted,
 *   `statusReason` SNOMED CT 871711000000103 when declined, the history and attendance as
 *   extensions.
 * - One `QuestionnaireResponse` per outcome measure (answers in published item order; a total as
 *   `score`; PAM as score and level only).
 *
 * Entries are conditional updates keyed on ArtsRx identifiers, so sending a newer Bundle updates
 * the same resources. Free text (goals, history notes, the written end reason) is never put in
 * the Bundle: it stays in the case record. Deterministic: the same referral gives the same Bundle.
 *
 * @param referral - A referral (as parsed by `ReferralSchema`).
 * @param options - Optional timestamp.
 * @returns A FHIR R4 transaction Bundle (valid against the FHIR R4 JSON Schema).
 * @example
 * toFhir(referral).entry.map((e) => e.resource.resourceType)
 * //=> ['Patient', 'ServiceRequest', 'Task', 'QuestionnaireResponse', 'QuestionnaireResponse']
 */
export function toFhir(referral: Referral, options: ToFhirOptions = {}): FhirBundle {
  if (referral === null || typeof referral !== 'object') throw new TypeError('toFhir: referral must be an object');
  const patientUrl = _fullUrl(referral.id, 'Patient');
  const requestUrl = _fullUrl(referral.id, 'ServiceRequest');
  const taskUrl = _fullUrl(referral.id, 'Task');
  const subject = referral.subject;

  const patient: FhirResource = {
    resourceType: 'Patient',
    identifier: [{ system: U.pseudonym, value: subject.pseudonym }],
  };
  if (subject.ageBand !== undefined) patient.extension = [{ url: U.extAgeBand, valueCode: subject.ageBand }];
  if (subject.postcodeDistrict !== undefined) patient.address = [{ postalCode: subject.postcodeDistrict, country: 'GB' }];

  const consent: FhirExtension = {
    url: U.extConsent,
    extension: [
      { url: 'given', valueBoolean: subject.consent.given },
      { url: 'recordedAt', valueDateTime: subject.consent.recordedAt },
      ...subject.consent.scopes.map((s) => ({ url: 'scope', valueCode: s })),
    ],
  };
  const referredAt = referral.history.find((e) => e.status === 'referred')?.at ?? referral.createdAt;
  const requester: FhirReference =
    referral.referrer.organisationCode !== undefined
      ? { type: 'Organization', identifier: { system: U.odsOrganisation, value: referral.referrer.organisationCode } }
      : { display: ROLE_LABEL.get(referral.referrer.role) ?? referral.referrer.role };
  const performer: FhirReference[] = [];
  if (referral.target?.activityId !== undefined) performer.push({ type: 'HealthcareService', identifier: { system: U.activityId, value: referral.target.activityId } });
  if (referral.target?.assetId !== undefined) performer.push({ identifier: { system: U.assetId, value: referral.target.assetId } });

  const measureUrls = (referral.measures ?? []).map((_, i) => _fullUrl(referral.id, `QuestionnaireResponse/${i}`));
  const serviceRequest: FhirResource = {
    resourceType: 'ServiceRequest',
    meta: { profile: [U.ukCoreServiceRequest] },
    extension: [{ url: U.extReferrerRole, valueCode: referral.referrer.role }, consent],
    identifier: [{ system: U.referralId, value: referral.id }],
    status: REQUEST_STATUS[referral.status] ?? 'active',
    intent: 'order',
    priority: 'routine',
    code: { coding: [{ system: U.snomed, code: ACCEPTED.code, display: ACCEPTED.display }] },
    subject: { reference: patientUrl },
    authoredOn: referredAt,
    requester,
    reasonCode: referral.reasons.map((n) => ({ coding: [{ system: U.need, code: n, display: NEED_LABEL.get(n) ?? n }] })),
  };
  if (performer.length > 0) serviceRequest.performer = performer;
  if (measureUrls.length > 0) serviceRequest.supportingInfo = measureUrls.map((reference) => ({ reference }));

  const status = STATUS.get(referral.status);
  const last = referral.history[referral.history.length - 1];
  const task: FhirResource = {
    resourceType: 'Task',
    extension: [
      ...referral.history.map((e) => ({
        url: U.extHistory,
        extension: [{ url: 'status', valueCode: e.status }, { url: 'at', valueDateTime: e.at }, ...(e.by !== undefined ? [{ url: 'by', valueCode: e.by }] : [])],
      })),
      ...(referral.attendance ?? []).map((a) => ({ url: U.extAttendance, extension: [{ url: 'date', valueDate: a.date }, { url: 'attended', valueBoolean: a.attended }] })),
    ],
    identifier: [{ system: U.referralId, value: referral.id }],
    basedOn: [{ reference: requestUrl }],
    status: status?.fhirTaskStatus ?? 'requested',
    businessStatus: { coding: [{ system: U.referralStatus, code: referral.status, display: status?.label ?? referral.status }] },
    intent: 'order',
    priority: 'routine',
    focus: { reference: requestUrl },
    for: { reference: patientUrl },
    authoredOn: referral.createdAt,
  };
  if (last !== undefined) task.lastModified = last.at;
  // NHS England codes 871731000000106 when the person accepts: the Task carries it once they have.
  if (referral.history.some((e) => e.status === 'accepted')) task.code = { coding: [{ system: U.snomed, code: ACCEPTED.code, display: ACCEPTED.display }] };
  if (referral.status === 'declined') task.statusReason = { coding: [{ system: U.snomed, code: DECLINED.code, display: DECLINED.display }] };

  const entry: FhirBundleEntry[] = [
    { fullUrl: patientUrl, resource: patient, request: { method: 'PUT', url: conditional('Patient', U.pseudonym, subject.pseudonym) } },
    { fullUrl: requestUrl, resource: serviceRequest, request: { method: 'PUT', url: conditional('ServiceRequest', U.referralId, referral.id) } },
    { fullUrl: taskUrl, resource: task, request: { method: 'PUT', url: conditional('Task', U.referralId, referral.id) } },
    ...(referral.measures ?? []).map((m, i) => ({
      fullUrl: measureUrls[i]!,
      resource: measureResource(referral, m, i, patientUrl, requestUrl),
      request: { method: 'PUT' as const, url: conditional('QuestionnaireResponse', U.measureId, `${referral.id}/measures/${i}`) },
    })),
  ];
  const bundle: FhirBundle = { resourceType: 'Bundle', type: 'transaction', entry };
  if (options.timestamp !== undefined) bundle.timestamp = options.timestamp;
  return bundle;
}
