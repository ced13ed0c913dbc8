import { _orId, type _IdKind } from './_lib/_ids.js';

/** The Open Referral object kinds whose ids {@link openReferralId} derives. */
export type OpenReferralIdKind = _IdKind;

const KINDS = new Set<string>([
  'organization', 'service', 'location', 'service_at_location', 'address', 'accessibility', 'schedule', 'cost_option',
  'contact', 'phone', 'language', 'service_area', 'attribute', 'organization_identifier', 'taxonomy', 'taxonomy_term',
]);

/**
 * The Open Referral id (a UUID v5) that {@link toOpenReferral} gives an ArtsRx record. The same
 * ArtsRx id always gives the same UUID, so a re-export keeps every id stable and a consumer can
 * update records in place.
 *
 * @param kind - The Open Referral object: `service` for an activity, `organization`,
 *   `location` for a place, `service_at_location` for an activity at its place.
 * @param artsrxId - The ArtsRx record id.
 * @returns A lower-case UUID string.
 * @throws TypeError when `kind` is not an Open Referral object kind or `artsrxId` is empty.
 * @example
 * openReferralId('service', 'act-choir');
 * //=> a UUID such as 'f3c2…', identical on every run
 */
export function openReferralId(kind: OpenReferralIdKind, artsrxId: string): string {
  if (!KINDS.has(kind)) throw new TypeError(`openReferralId: kind must be an Open Referral object name, got ${JSON.stringify(kind)}`);
  if (typeof artsrxId !== 'string' || artsrxId === '') throw new TypeError('openReferralId: artsrxId must be a non-empty string');
  return _orId(kind, artsrxId);
}
