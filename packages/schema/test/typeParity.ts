// Compile-only check (run by types.test.ts): the types json-schema-to-typescript generates from
// the published JSON Schemas are assignable both ways to the zod input types.
import type { Activity as JsonActivity } from '../../../schemas/types/activity.js';
import type { Asset as JsonAsset } from '../../../schemas/types/asset.js';
import type { ArtsRxDataset as JsonDataset } from '../../../schemas/types/dataset.js';
import type { Organisation as JsonOrganisation } from '../../../schemas/types/organisation.js';
import type { PersonProfile as JsonPersonProfile } from '../../../schemas/types/person-profile.js';
import type { Place as JsonPlace } from '../../../schemas/types/place.js';
import type { Referral as JsonReferral } from '../../../schemas/types/referral.js';
import type { Schedule as JsonSchedule } from '../../../schemas/types/schedule.js';
import type { ActivityInput, AssetInput, DatasetInput, OrganisationInput, PersonProfileInput, PlaceInput, ReferralInput, ScheduleInput } from '../src/index.js';

type Both<A, B> = [A] extends [B] ? ([B] extends [A] ? true : 'json → zod fails') : 'zod → json fails';
const ok = <T extends true>(value: T) => value;

export const checks = [
  ok<Both<DatasetInput, JsonDataset>>(true),
  ok<Both<OrganisationInput, JsonOrganisation>>(true),
  ok<Both<PlaceInput, JsonPlace>>(true),
  ok<Both<AssetInput, JsonAsset>>(true),
  ok<Both<ActivityInput, JsonActivity>>(true),
  ok<Both<ScheduleInput, JsonSchedule>>(true),
  ok<Both<ReferralInput, JsonReferral>>(true),
  ok<Both<PersonProfileInput, JsonPersonProfile>>(true),
];
