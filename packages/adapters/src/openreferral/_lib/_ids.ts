import { v5 as uuidv5 } from 'uuid';

/**
 * UUID v5 namespace of every Open Referral id ArtsRx derives: the v5 UUID of the URL
 * `https://w3id.org/artsrx/` in the RFC 4122 URL namespace. Never change it: ids exported
 * before would all change.
 */
export const _ARTSRX_NAMESPACE = uuidv5('https://w3id.org/artsrx/', uuidv5.URL);

/** The kinds of Open Referral object whose ids ArtsRx derives. */
export type _IdKind =
  | 'organization'
  | 'service'
  | 'location'
  | 'service_at_location'
  | 'address'
  | 'accessibility'
  | 'schedule'
  | 'cost_option'
  | 'contact'
  | 'phone'
  | 'language'
  | 'service_area'
  | 'attribute'
  | 'organization_identifier'
  | 'taxonomy'
  | 'taxonomy_term';

/** Deterministic UUID v5 for an Open Referral object derived from an ArtsRx key. */
export function _orId(kind: _IdKind, key: string): string {
  return uuidv5(`${kind}:${key}`, _ARTSRX_NAMESPACE);
}
