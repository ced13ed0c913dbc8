/**
 * The small part of FHIR R4 (4.0.1) that the referral mapping writes and reads. Plain JSON
 * shapes; no FHIR library needed at run time.
 */

/** A FHIR Coding. */
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

/** A FHIR CodeableConcept. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** A FHIR Identifier. */
export interface FhirIdentifier {
  system?: string;
  value?: string;
}

/** A FHIR Reference. */
export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
}

/** A FHIR Extension (only the value types this mapping uses). */
export interface FhirExtension {
  url: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueDateTime?: string;
  valueDate?: string;
  extension?: FhirExtension[];
}

/** Any FHIR resource. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  meta?: { profile?: string[] };
  extension?: FhirExtension[];
  [key: string]: unknown;
}

/** One entry of a transaction Bundle. */
export interface FhirBundleEntry {
  fullUrl?: string;
  resource?: FhirResource;
  request?: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; ifNoneExist?: string };
}

/** A FHIR Bundle. */
export interface FhirBundle {
  resourceType: 'Bundle';
  type: string;
  timestamp?: string;
  entry?: FhirBundleEntry[];
}
