import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

// Worked by hand: see src/occurrences/occurrences.test.ts for the clock-change dates.
const expected = {
  londonSpring: [{ start: '2026-03-29T02:30:00+01:00', end: '2026-03-29T03:30:00+01:00' }],
  londonAutumn: [{ start: '2026-10-25T01:30:00+01:00', end: '2026-10-25T02:30:00+00:00' }],
  london2027: [
    { start: '2027-03-28T02:30:00+01:00', end: '2027-03-28T03:00:00+01:00' },
    { start: '2027-10-31T01:30:00+01:00', end: '2027-10-31T02:00:00+00:00' },
  ],
  newYork: [
    { start: '2026-03-08T03:30:00-04:00', end: '2026-03-08T04:30:00-04:00' },
    { start: '2026-11-01T02:30:00-05:00', end: '2026-11-01T03:30:00-05:00' },
  ],
  sydney: [{ start: '2026-04-05T02:30:00+11:00', end: '2026-04-05T03:30:00+10:00' }],
  localFrom: [{ start: '2026-10-21T18:30:00+01:00', end: '2026-10-21T20:00:00+01:00' }],
};

describe('results do not depend on the host machine’s time zone', () => {
  for (const tz of ['America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'UTC']) {
    it(`gives the hand-worked clock-change results under TZ=${tz}`, () => {
      const stdout = execFileSync(tsx, ['--conditions', '@artsrx/source', path.join(here, 'tzProbe.ts')], {
        cwd: repoRoot,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(JSON.parse(stdout)).toEqual(expected);
    });
  }
});
