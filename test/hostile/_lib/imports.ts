// One place for the toolkit's public entries, imported from source (the tests need no build).
export * as schema from '../../../packages/schema/src/index.js';
export * as validate from '../../../packages/validate/src/index.js';
export * as validateNode from '../../../packages/validate/src/node/index.js';
export * as schedule from '../../../packages/schedule/src/index.js';
export * as classify from '../../../packages/classify/src/index.js';
export * as match from '../../../packages/match/src/index.js';
export * as referrals from '../../../packages/referrals/src/index.js';
export * as csv from '../../../packages/adapters/src/csv/index.js';
export * as geojson from '../../../packages/adapters/src/geojson/index.js';
export * as openreferral from '../../../packages/adapters/src/openreferral/index.js';
export * as openreferralNode from '../../../packages/adapters/src/openreferral/node.js';
export * as openactive from '../../../packages/adapters/src/openactive/index.js';
export * as schemaorg from '../../../packages/adapters/src/schemaorg/index.js';
export * as ical from '../../../packages/adapters/src/ical/index.js';
export * as fhir from '../../../packages/adapters/src/fhir/index.js';
