// Node-only part of the Open Referral adapter (`@artsrx/adapters/openreferral/node`): HTTP.
export { createOpenReferralServer, type OpenReferralServerOptions } from './node/createOpenReferralServer.js';
export { harvestOpenReferral, type HarvestOpenReferralOptions, type HarvestOpenReferralResult, type HarvestProgress } from './node/harvestOpenReferral.js';
