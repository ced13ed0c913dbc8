import { VOCAB_BASE } from '@artsrx/schema';

const BASE = 'https://w3id.org/artsrx/fhir/';

/**
 * Every URL the FHIR mapping uses: the UK Core profile it claims, NHS and SNOMED CT systems, and
 * the ArtsRx identifier systems, code systems (the ArtsRx vocabularies), questionnaires and
 * extensions for what FHIR R4 has no element for.
 *
 * @example
 * FHIR_URLS.ukCoreServiceRequest
 * //=> 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest'
 */
export const FHIR_URLS = {
  ukCoreServiceRequest: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest',
  snomed: 'http://snomed.info/sct',
  odsOrganisation: 'https://fhir.nhs.uk/Id/ods-organization-code',
  nhsNumber: 'https://fhir.nhs.uk/Id/nhs-number',
  referralId: 'https://w3id.org/artsrx/id/referral',
  measureId: 'https://w3id.org/artsrx/id/measure',
  pseudonym: 'https://w3id.org/artsrx/id/pseudonym',
  activityId: 'https://w3id.org/artsrx/id/activity',
  assetId: 'https://w3id.org/artsrx/id/asset',
  referralStatus: `${VOCAB_BASE}referral-status`,
  need: `${VOCAB_BASE}need`,
  referrerRole: `${VOCAB_BASE}referrer-role`,
  questionnaire: `${BASE}Questionnaire/`,
  extReferrerRole: `${BASE}StructureDefinition/referrer-role`,
  extConsent: `${BASE}StructureDefinition/referral-consent`,
  extAgeBand: `${BASE}StructureDefinition/age-band`,
  extHistory: `${BASE}StructureDefinition/referral-history`,
  extAttendance: `${BASE}StructureDefinition/session-attendance`,
  extPhase: `${BASE}StructureDefinition/measure-phase`,
} as const;
