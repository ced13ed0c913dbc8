import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toOpenActive } from '../../src/openactive/index.js';
import { loadDataset, proveOpenActiveExport } from './_proveExport.js';
import { requested, validateOpenActive } from './_validator.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = loadDataset(path.join(here, 'dataset.json'));

proveOpenActiveExport('fixture', fixture);

describe('the offline validator harness', () => {
  it('really fails broken data (so a pass means something)', async () => {
    const { value } = toOpenActive(fixture, { baseUrl: 'https://data.example.org/openactive' });
    const broken = { ...value.sessionSeries[0]!, activity: [{ '@type': 'Concept', '@id': 'https://openactive.io/activity-list#not-a-concept', prefLabel: 'Painting', inScheme: 'https://openactive.io/activity-list' }] };
    delete (broken as Record<string, unknown>)['organizer'];
    const types = (await validateOpenActive(broken)).filter((r) => r.severity === 'failure').map((r) => r.type);
    expect(types).toContain('missing_required_field');
    expect(types).toContain('activity_not_in_activity_list');
  });

  it('served every remote vocabulary from the shared reference copies and our own context', () => {
    expect([...new Set(requested)].sort()).toEqual(['https://openactive.io/activity-list', 'https://openactive.io/ns-beta', 'https://openactive.io/ns-extension', 'https://w3id.org/artsrx/openactive/context.jsonld']);
  });
});
