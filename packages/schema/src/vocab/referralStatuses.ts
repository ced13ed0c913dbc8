import { _defineVocabulary } from './_defineVocabulary.js';

/** SNOMED CT code system URI. */
export const SNOMED_CT = 'http://snomed.info/sct';

/**
 * Referral lifecycle states, each mapped to a FHIR R4 Task.status; `accepted` and `declined`
 * carry the NHS England social prescribing SNOMED CT codes.
 */
export const REFERRAL_STATUSES = _defineVocabulary({
  id: 'referral-status',
  title: 'Referral status',
  description:
    'States of a social prescribing referral. Each maps to a FHIR R4 Task.status (http://hl7.org/fhir/task-status); accepted and declined carry the SNOMED CT codes NHS England asks link workers to record.',
  terms: [
    { id: 'draft', label: 'Draft', definition: 'The referral is being prepared and has not been sent.', fhirTaskStatus: 'draft' },
    { id: 'referred', label: 'Referred', definition: 'Sent to the link-worker service or activity provider.', fhirTaskStatus: 'requested' },
    { id: 'received', label: 'Received', definition: 'Acknowledged by the receiving service.', fhirTaskStatus: 'received' },
    { id: 'contacted', label: 'Contacted', definition: 'The receiving service has spoken with the person.', fhirTaskStatus: 'in-progress' },
    { id: 'accepted', label: 'Accepted', definition: 'The person agreed to social prescribing.', fhirTaskStatus: 'accepted', snomed: { code: '871731000000106', display: 'Referral to social prescribing service' } },
    { id: 'matched', label: 'Matched', definition: 'Connected to a specific activity or asset.', fhirTaskStatus: 'ready' },
    { id: 'attending', label: 'Attending', definition: 'The person has started attending.', fhirTaskStatus: 'in-progress' },
    { id: 'completed', label: 'Completed', definition: 'The person completed the activity or programme.', fhirTaskStatus: 'completed' },
    { id: 'declined', label: 'Declined', definition: 'The person declined social prescribing.', fhirTaskStatus: 'rejected', snomed: { code: '871711000000103', display: 'Social prescribing declined' } },
    { id: 'unable-to-contact', label: 'Unable to contact', definition: 'Closed after attempts to reach the person failed.', fhirTaskStatus: 'failed' },
    { id: 'withdrawn', label: 'Withdrawn', definition: 'The person stopped before completing.', fhirTaskStatus: 'cancelled' },
    { id: 'entered-in-error', label: 'Entered in error', definition: 'The referral was recorded by mistake.', fhirTaskStatus: 'entered-in-error' },
  ],
});
