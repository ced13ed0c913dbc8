// A browser app bundled by Vite from the published ArtsRx packages: validate and match a small
// dataset entirely in the page.
import { createMatcher } from '@artsrx/match';
import { DatasetSchema, STANDARD_VERSION } from '@artsrx/schema';
import { validateDataset } from '@artsrx/validate';

const provenance = { source: 'directory', recordedAt: '2026-11-20' };
const input = {
  standard: 'artsrx',
  version: STANDARD_VERSION,
  publisher: { name: 'Smoke test' },
  license: 'CC-BY-4.0',
  generatedAt: '2026-11-20T09:00:00Z',
  organisations: [{ id: 'org-1', name: 'Bootle Library Friends', provenance, lastVerified: '2026-11-20' }],
  places: [{ id: 'pl-1', name: 'Bootle Library', geo: { type: 'Point', coordinates: [-2.9926, 53.4466] }, accessibilityNotes: 'Step-free.', provenance, lastVerified: '2026-11-20' }],
  assets: [],
  activities: [
    {
      id: 'act-1',
      name: 'Knit and natter',
      organisationId: 'org-1',
      artForms: ['crafts'],
      format: 'ongoing-group',
      attendanceMode: 'in-person',
      placeId: 'pl-1',
      schedule: { timezone: 'Europe/London', startDate: '2026-09-03', startTime: '14:00', endTime: '16:00', repeat: { frequency: 'weekly', byDay: ['TH'] } },
      accessSupport: { relaxed: true },
      status: 'active',
      provenance,
      lastVerified: '2026-11-20',
    },
  ],
};

const now = new Date('2026-12-01T00:00:00Z');
const report = validateDataset(input, { now });
const { results } = createMatcher(DatasetSchema.parse(input)).match(
  { location: { type: 'Point', coordinates: [-2.99, 53.45] }, maxDistanceKm: 5, interests: { artForms: ['crafts'] } },
  { now },
);
const result = document.getElementById('result');
result.textContent = `valid=${report.valid} errors=${report.counts.error} best=${results[0] ? results[0].activityId : 'none'} next=${results[0] ? results[0].nextSessions[0] : 'none'}`;
result.dataset.done = 'true';
