import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

const dataset = JSON.stringify({
  standard: 'artsrx',
  activities: [
    {
      id: 'act-choir',
      name: 'Community choir',
      schedule: { timezone: 'Europe/London', startDate: '2026-10-21', startTime: '18:30', endTime: '20:00', repeat: { frequency: 'weekly' }, exceptDates: ['2026-11-04'] },
    },
    { id: 'act-none', name: 'Drop-in' },
  ],
});

describe('artsrx occurrences', () => {
  it('prints JSON with the UTC offset changing when the clocks go back (25 Oct 2026)', async () => {
    const run = await runCli(['occurrences', '-', '--activity', 'act-choir', '--from', '2026-10-01', '--count', '3', '--format', 'json'], { stdin: dataset });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      activityId: 'act-choir',
      timezone: 'Europe/London',
      occurrences: [
        { start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' },
        { start: '2026-10-28T18:30:00+00:00', end: '2026-10-28T20:00:00+00:00' },
        { start: '2026-11-11T18:30:00+00:00', end: '2026-11-11T20:00:00+00:00' },
      ],
    });
  });

  it('prints text for people by default', async () => {
    const run = await runCli(['occurrences', '-', '--activity', 'act-choir', '--from', '2026-10-22', '--count', '2'], { stdin: dataset });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Community choir (Europe/London)\nWednesdays 6:30–8pm, from 21 Oct 2026; not 4 Nov\n  Wed 28 Oct 2026  18:30–20:00  (UTC+00:00)\n  Wed 11 Nov 2026  18:30–20:00  (UTC+00:00)\n',
    );
  });

  it('exits 2 with a clear message for a missing activity', async () => {
    const missing = await runCli(['occurrences', '-', '--activity', 'act-x'], { stdin: dataset });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('artsrx: <stdin> has no activity with id "act-x"\n');
  });

  it('exits 2 for a missing or unreadable file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-occ-'));
    const nofile = await runCli(['occurrences', join(dir, 'nope.json'), '--activity', 'act-choir']);
    expect(nofile.code).toBe(2);
    expect(nofile.stderr).toContain('no such file');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"standard": "artsrx", ');
    expect((await runCli(['occurrences', broken, '--activity', 'act-choir'])).code).toBe(2);
  });

  it('exits 2 for a --from that is not a date', async () => {
    const from = await runCli(['occurrences', '-', '--activity', 'act-choir', '--from', 'soon'], { stdin: dataset });
    expect(from.code).toBe(2);
    expect(from.stderr).toContain('--from must be an ISO date');
  });

  it('exits 1 for an activity without a schedule', async () => {
    const run = await runCli(['occurrences', '-', '--activity', 'act-none'], { stdin: dataset });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('artsrx: activity "act-none" has no schedule\n');
  });
});
