import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

const provenance = { source: 'other', recordedAt: '2026-01-01', illustrative: true };
const wednesdays = { timezone: 'Europe/London', startDate: '2026-01-07', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' } };
const dataset = {
  standard: 'artsrx',
  version: '0.1.0',
  publisher: { name: 'CLI test' },
  license: 'CC0-1.0',
  generatedAt: '2026-11-01T00:00:00Z',
  places: [
    { id: 'hall', name: 'Community Hall', address: { lines: ['1 High St'], town: 'Liverpool', country: 'GB' }, geo: { type: 'Point', coordinates: [-2.98, 53.4095] }, venueFeatures: { 'step-free-access': true }, provenance },
  ],
  activities: [
    { id: 'choir', name: 'Wednesday Choir', organisationId: 'org', artForms: ['music'], activityTypes: ['singing'], format: 'ongoing-group', attendanceMode: 'in-person', placeId: 'hall', status: 'active', schedule: wednesdays, lastVerified: '2026-10-01', provenance },
    { id: 'pottery', name: 'Pottery Club', organisationId: 'org', artForms: ['crafts'], activityTypes: ['ceramics'], format: 'course', attendanceMode: 'in-person', placeId: 'hall', status: 'active', schedule: wednesdays, provenance },
    { id: 'ended', name: 'Old Choir', organisationId: 'org', artForms: ['music'], format: 'drop-in', attendanceMode: 'in-person', placeId: 'hall', status: 'ended', provenance },
    { id: 'broken', name: 'Missing fields' },
  ],
};
const profile = {
  location: { type: 'Point', coordinates: [-2.98, 53.405] },
  maxDistanceKm: 5,
  interests: { activityTypes: ['singing'] },
  availability: [{ day: 'WE', from: '17:00', to: '22:00' }],
};

function files(p: unknown = profile): { data: string; person: string } {
  const dir = mkdtempSync(join(tmpdir(), 'artsrx-match-'));
  const data = join(dir, 'dataset.json');
  const person = join(dir, 'profile.json');
  writeFileSync(data, JSON.stringify(dataset));
  writeFileSync(person, JSON.stringify(p));
  return { data, person };
}

describe('artsrx match', () => {
  it('prints the documented JSON shape', async () => {
    const { data, person } = files();
    const run = await runCli(['match', data, '--profile', person, '--now', '2026-11-26T12:00:00Z', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('artsrx: skipped 1 invalid record in ' + data + ' (run artsrx validate to see why)\n');
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['results', 'considered']);
    expect(out.considered).toBe(3);
    expect(out.results.map((r: { activityId: string }) => r.activityId)).toEqual(['choir', 'pottery']);
    expect(out.results[0]).toMatchObject({ activityId: 'choir', nextSessions: ['2026-12-02T18:30:00+00:00', '2026-12-09T18:30:00+00:00', '2026-12-16T18:30:00+00:00'] });
    expect(out.results[0].distanceKm).toBeCloseTo(0.5, 1);
    for (const c of out.results[0].criteria) expect(Object.keys(c)).toEqual(['criterion', 'outcome', 'weight', 'contribution', 'reason']);
  });

  it('prints a list a person can read: rank, name, where, when next, why', async () => {
    const { data, person } = files();
    const run = await runCli(['match', data, '--profile', person, '--now', '2026-11-26T12:00:00Z', '--limit', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Best 1 of 3 activities:',
        '',
        // distance 2 x 0.87 (0.5 km, half-score at 2.5 km) + places unknown 0.5 x 0.5 + interests 3
        // + freshness 0.5 + schedule 2 x 0.89 (first session 6.3 of 28 days away, 4 of 4 weeks) = 7.27 of 8
        '1. Wednesday Choir (91% match)',
        '   Where: Community Hall, Liverpool · 0.5 km (0.3 miles) away',
        '   Next:  Wed 2 Dec 18:30, Wed 9 Dec 18:30, Wed 16 Dec 18:30',
        '   Why:   Singing and choirs: one of your interests; Wednesdays 6:30pm \u2014 you said Wednesday evenings are free; Details checked 2 months ago',
        '   Ask:   No information on places left',
        '',
      ].join('\n'),
    );
  });

  it('never echoes the profile when it is invalid', async () => {
    const { data, person } = files({ ...profile, age: 'forty-two' });
    const run = await runCli(['match', data, '--profile', person]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a valid person profile (/age:');
    expect(run.stderr).not.toContain('forty-two');
  });

  it('rejects a bad --limit as a usage error', async () => {
    const { data, person } = files();
    const run = await runCli(['match', data, '--profile', person, '--limit', 'ten']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('artsrx: --limit must be a whole number, got "ten"\n');
  });
});
