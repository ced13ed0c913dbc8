import { _isObject, _objects, _str, type _Json } from './_json.js';

/**
 * Rewrites an ORUK 1.0 service in the HSDS 3.0 shape the importer reads: `regular_schedules`
 * become `schedules`, `service_taxonomys` become `attributes`, `eligibilitys` give the age range,
 * `physical_addresses` and `accessibility_for_disabilities` move to the 3.0 names. Fields with no
 * 3.0 home (`deliverable_type`, `attending_access`, `holiday_schedules`, `reviews`) are kept under
 * their own names so the importer reports them.
 */
export function _fromOruk1(service: _Json): _Json {
  const out: _Json = { ...service };
  const schedules = [..._objects(service.regular_schedules)];
  delete out.regular_schedules;
  if (schedules.length > 0) out.schedules = [..._objects(service.schedules), ...schedules];
  const eligibility = _objects(service.eligibilitys);
  if (eligibility.length > 0) {
    delete out.eligibilitys;
    const mins = eligibility.map((e) => e.minimum_age).filter((v): v is number => typeof v === 'number');
    const maxs = eligibility.map((e) => e.maximum_age).filter((v): v is number => typeof v === 'number');
    if (out.minimum_age === undefined && mins.length > 0) out.minimum_age = Math.min(...mins);
    if (out.maximum_age === undefined && maxs.length > 0) out.maximum_age = Math.max(...maxs);
    const words = eligibility.map((e) => _str(e.eligibility)).filter((v): v is string => v !== undefined);
    if (words.length > 0) out.eligibility_groups = words;
  }
  const taxonomies = _objects(service.service_taxonomys);
  if (taxonomies.length > 0) {
    delete out.service_taxonomys;
    out.attributes = [
      ..._objects(service.attributes),
      ...taxonomies.map((t) => {
        const tax = _isObject(t.taxonomy) ? t.taxonomy : {};
        const id = _str(tax.id) ?? _str(t.taxonomy_id) ?? '';
        return {
          id: _str(t.id) ?? id,
          taxonomy_term: {
            id,
            name: _str(tax.name) ?? id,
            description: _str(tax.name) ?? id,
            taxonomy: _str(tax.vocabulary),
            ...(/^[a-z][a-z0-9+.-]*:/i.test(id) ? { term_uri: id } : {}),
          },
        };
      }),
    ];
  }
  const sals = _objects(service.service_at_locations);
  if (sals.length > 0) {
    out.service_at_locations = sals.map((sal) => {
      const loc = _isObject(sal.location) ? { ...sal.location } : undefined;
      if (loc !== undefined) {
        if (loc.location_type === undefined) loc.location_type = 'physical';
        const addresses = _objects(loc.physical_addresses);
        if (addresses.length > 0) {
          loc.addresses = addresses.map((a) => ({ address_type: 'physical', ...a }));
          delete loc.physical_addresses;
        }
        const access = _objects(loc.accessibility_for_disabilities);
        if (access.length > 0) {
          loc.accessibility = access.map((a) => ({ ...a, description: a.description ?? a.accessibility }));
          delete loc.accessibility_for_disabilities;
        }
      }
      const salSchedules = _objects(sal.regular_schedules);
      if (salSchedules.length > 0) out.schedules = [..._objects(out.schedules), ...salSchedules];
      const copy: _Json = { ...sal, ...(loc === undefined ? {} : { location: loc }) };
      delete copy.regular_schedules;
      return copy;
    });
  }
  if (Array.isArray(service.fundings) && out.funding === undefined) {
    out.funding = service.fundings;
    delete out.fundings;
  }
  return out;
}
