export { toFhir, type ToFhirOptions } from './toFhir.js';
export { fromFhir, type FromFhirResult } from './fromFhir.js';
export { FHIR_URLS } from './fhirUrls.js';
export type { FhirBundle, FhirBundleEntry, FhirCodeableConcept, FhirCoding, FhirExtension, FhirIdentifier, FhirReference, FhirResource } from './types.js';
export type { AdapterIssue } from '../_lib/_adapterIssue.js';
