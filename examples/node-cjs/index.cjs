// A CommonJS script that uses the published ArtsRx packages through require(), as older Node
// projects and tools do. Usage: node index.cjs path/to/dataset.json
'use strict';
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { fromCsv } = require('@artsrx/adapters/csv');
const { toGeoJSON } = require('@artsrx/adapters/geojson');
const { createMatcher } = require('@artsrx/match');
const { DatasetSchema, ABCD_CATEGORIES } = require('@artsrx/schema');
const { occurrences } = require('@artsrx/schedule');
const { validateDataset } = require('@artsrx/validate');

const file = process.argv[2];
assert.ok(file, 'usage: node index.cjs path/to/dataset.json');
const input = JSON.parse(readFileSync(file, 'utf8'));
const now = new Date('2026-12-01T00:00:00Z');

// The packages come from node_modules (the packed tarballs), through their "require" builds.
for (const name of ['@artsrx/schema', '@artsrx/validate', '@artsrx/match', '@artsrx/adapters/csv']) {
  const path = require.resolve(name);
  assert.match(path, /\/node_modules\/@artsrx\/[a-z]+\/dist\/[a-z]+\.cjs$/, `${name} resolved to ${path}`);
}

const report = validateDataset(input, { now });
assert.equal(report.valid, true, 'the North West example is valid');

const dataset = DatasetSchema.parse(input);
const { results } = createMatcher(dataset).match(
  { location: { type: 'Point', coordinates: [-2.285, 53.4885] }, maxDistanceKm: 10, interests: { artForms: ['crafts'] }, availability: [{ day: 'MO', from: '09:00', to: '13:00' }] },
  { now },
);
assert.equal(results[0] && results[0].activityId, 'act-start-ceramics');

const ceramics = dataset.activities.find((a) => a.id === 'act-start-ceramics');
assert.equal(occurrences(ceramics.schedule, { from: now, count: 2 }).length, 2);
const places = toGeoJSON(dataset).value.features.length;
const csv = fromCsv('activity_name,art_forms,format,attendance_mode,status,organisation_name\nChoir,music,ongoing-group,online,active,Friends\n');
assert.equal(csv.value.activities.length, 1);
assert.ok(ABCD_CATEGORIES.ids.includes('institution'));

console.log(`node-cjs: ok — ${dataset.activities.length} activities valid, best match ${results[0].activityId}, ${places} places mapped`);
