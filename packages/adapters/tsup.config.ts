import { existsSync } from 'node:fs';
import { packageConfig } from '../../tsup.base.js';

// One entry per adapter subpath (`@artsrx/adapters/csv`, …), so apps import only what they use.
const adapters = ['openreferral', 'openactive', 'schemaorg', 'geojson', 'csv', 'ical', 'fhir'];
const entries = Object.fromEntries(
  adapters.filter((name) => existsSync(`src/${name}/index.ts`)).map((name) => [name, `src/${name}/index.ts`]),
);

// Node-only Open Referral HTTP code (server, harvester) is its own subpath: `@artsrx/adapters/openreferral/node`.
if (existsSync('src/openreferral/node.ts')) entries['openreferral/node'] = 'src/openreferral/node.ts';

export default packageConfig(entries);
