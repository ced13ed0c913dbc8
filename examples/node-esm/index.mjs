// A Node.js ES module that uses the published ArtsRx packages, as an npm user would.
// Usage: node index.mjs path/to/dataset.json
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromCsv } from '@artsrx/adapters/csv';
import { toGeoJSON } from '@artsrx/adapters/geojson';
import { createMatcher } from '@artsrx/match';
import { ART_FORMS, DatasetSchema } from '@artsrx/schema';
import { occurrences } from '@artsrx/schedule';
import { validateDataset } from '@artsrx/validate';

const file = process.argv[2];
assert.ok(file, 'usage: node index.mjs path/to/dataset.json');
const input = JSON.parse(readFileSync(file, 'utf8'));
const now = new Date('2026-12-01T00:00:00Z');

// The packages come from node_modules (the packed tarballs), through their "import" builds.
for (const name of ['@artsrx/schema', '@artsrx/validate', '@artsrx/match', '@artsrx/adapters/csv']) {
  const url = import.meta.resolve(name);
  assert.match(url, /\/node_modules\/@artsrx\/[a-z]+\/dist\/[a-z]+\.js$/, `${name} resolved to ${url}`);
}

const report = validateDataset(input, { now });
assert.equal(report.valid, true, 'the North West example is valid');
assert.equal(report.counts.error, 0);

const dataset = DatasetSchema.parse(input);
const matcher = createMatcher(dataset);
const { results } = matcher.match(
  { location: { type: 'Point', coordinates: [-2.285, 53.4885] }, maxDistanceKm: 10, interests: { artForms: ['crafts'] }, availability: [{ day: 'MO', from: '09:00', to: '13:00' }] },
  { now },
);
assert.equal(results[0]?.activityId, 'act-start-ceramics');

const ceramics = dataset.activities.find((a) => a.id === 'act-start-ceramics');
const sessions = occurrences(ceramics.schedule, { from: now, count: 1 });
assert.equal(sessions.length, 1);

const places = toGeoJSON(dataset).value.features.length;
assert.equal(places, dataset.places.filter((p) => p.geo).length);

const csv = fromCsv('activity_name,art_forms,format,attendance_mode,status,organisation_name\nChoir,music,ongoing-group,online,active,Friends\n');
assert.equal(csv.value.activities.length, 1);
assert.ok(ART_FORMS.ids.includes('music'));

console.log(`node-esm: ok — ${dataset.activities.length} activities valid, best match ${results[0].activityId}, ${places} places mapped`);
