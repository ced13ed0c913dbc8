/** Small builders for hand-made test datasets (illustrative records, not real activities). */
import { DatasetSchema, type Dataset } from '@artsrx/schema';

export const PROVENANCE = { source: 'other', recordedAt: '2026-01-01', illustrative: true } as const;
export const WEDNESDAY_EVENINGS = {
  timezone: 'Europe/London',
  startDate: '2026-01-07',
  startTime: '18:30',
  endTime: '20:00',
  repeat: { frequency: 'weekly', byDay: ['WE'] },
} as const;

export function place(id: string, lng: number, lat: number, extra: Record<string, unknown> = {}) {
  return { id, name: `Place ${id}`, geo: { type: 'Point', coordinates: [lng, lat] }, provenance: PROVENANCE, ...extra };
}

export function activity(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `Activity ${id}`,
    organisationId: `org-${id}`,
    artForms: ['music'],
    activityTypes: ['singing'],
    format: 'ongoing-group',
    attendanceMode: 'in-person',
    status: 'active',
    schedule: WEDNESDAY_EVENINGS,
    provenance: PROVENANCE,
    lastVerified: '2026-10-01',
    ...extra,
  };
}

export function dataset(places: unknown[], activities: unknown[]): Dataset {
  return DatasetSchema.parse({
    standard: 'artsrx',
    version: '0.1.0',
    publisher: { name: 'ArtsRx tests' },
    license: 'CC0-1.0',
    generatedAt: '2026-11-01T00:00:00Z',
    places,
    activities,
  });
}
