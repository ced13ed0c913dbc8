/**
 * ONS names of the UK's top-level areas: the nine English regions (GSS `E12`) and the three other
 * nations (`W92`, `S92`, `N92`). Finer areas (local authorities) change too often to hard-code
 * here; take them from the ONS names-and-codes lookups.
 *
 * @example
 * REGION_NAMES.E12000002 //=> 'North West'
 */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  E12000001: 'North East',
  E12000002: 'North West',
  E12000003: 'Yorkshire and The Humber',
  E12000004: 'East Midlands',
  E12000005: 'West Midlands',
  E12000006: 'East of England',
  E12000007: 'London',
  E12000008: 'South East',
  E12000009: 'South West',
  W92000004: 'Wales',
  S92000003: 'Scotland',
  N92000002: 'Northern Ireland',
};
