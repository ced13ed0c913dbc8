import type { AdapterIssue } from '../../_lib/_adapterIssue.js';

/** One Open Referral object (service, organization, location, …) as JSON. */
export type OpenReferralRecord = Record<string, unknown>;

/** The two Open Referral profiles ArtsRx writes. */
export type OpenReferralProfile = 'oruk-3.0' | 'hsds-3.0';

/**
 * A whole Open Referral feed held in memory, keyed by API endpoint: what `toOpenReferral` writes,
 * what `harvestOpenReferral` collects, and what `fromOpenReferral` reads. Each list holds full
 * records (`services` nested as `/services/{id}` returns them).
 */
export interface OpenReferralFeed {
  /** The `GET /` document: `version`, `profile`, `openapi_url`. */
  api_details?: OpenReferralRecord;
  /** Full services. */
  services?: OpenReferralRecord[];
  /** Organizations. */
  organizations?: OpenReferralRecord[];
  /** Services at locations, each with its `location`. */
  service_at_locations?: OpenReferralRecord[];
  /** Taxonomies. */
  taxonomies?: OpenReferralRecord[];
  /** Taxonomy terms. */
  taxonomy_terms?: OpenReferralRecord[];
}

/**
 * A report entry: one thing not carried, assumed, or wrong in the input. `field` names the
 * ArtsRx field concerned (`Activity.capacity`) or, on import, the Open Referral field
 * (`service.fees`). `recordIds` lists every record concerned when one entry covers many.
 */
export type OpenReferralIssue = AdapterIssue & { field?: string; recordIds?: string[] };
