import { v5 as uuidv5 } from 'uuid';

/** UUID v5 namespace of the FHIR entries ArtsRx writes (v5 of `https://w3id.org/artsrx/fhir/` in the URL namespace). Never change it. */
const NAMESPACE = uuidv5('https://w3id.org/artsrx/fhir/', uuidv5.URL);

/** A deterministic `urn:uuid:` full URL for one resource of one referral. */
export function _fullUrl(referralId: string, part: string): string {
  return `urn:uuid:${uuidv5(`${referralId}\u0000${part}`, NAMESPACE)}`;
}
