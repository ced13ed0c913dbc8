import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../test/runCli.js';

const NW = 'examples/north-west/dataset.json';
// The ORUK validator's example feed (official files, read in place from ../shared/reference, never copied).
const MOCK = resolve(REPO_ROOT, '../shared/reference/openreferral/oruk-validator-mocks/V3.0-UK-Default');
const NOW = ['--now', '2026-11-01'];

describe('artsrx convert --from oruk DIR', () => {
  it('reads a static API folder given as the folder, the same as given as DIR/api_details.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-oruk-dir-'));
    expect((await runCli(['convert', NW, '--to', 'oruk', '--out', dir, ...NOW])).code).toBe(0);
    const [folder, file] = await Promise.all([runCli(['convert', dir, '--from', 'oruk', ...NOW]), runCli(['convert', join(dir, 'api_details.json'), '--from', 'oruk', ...NOW])]);
    expect(folder.code).toBe(0);
    expect(file.code).toBe(0);
    const original = JSON.parse(readFileSync(NW, 'utf8')) as { activities: unknown[] };
    expect((JSON.parse(folder.stdout) as { activities: unknown[] }).activities).toHaveLength(original.activities.length);
    expect(folder.stdout).toBe(file.stdout);
    expect(folder.stderr).toBe(file.stderr);
  });

  it('reads the ORUK validator\u2019s example feed folder (service_list.json, service_full.json, …)', async () => {
    const run = await runCli(['convert', MOCK, '--from', 'oruk', ...NOW]);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout) as { activities: { id: string; name: string }[]; organisations: unknown[] };
    expect(dataset.activities.map((a) => [a.id, a.name])).toEqual([['ac148810-d857-441c-9679-408f346de14b', 'Community Counselling']]);
    expect(dataset.organisations.length).toBeGreaterThan(0);
  });

  it('exits 2 naming what is missing for an empty folder and for a folder of unrelated files', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'artsrx-oruk-empty-'));
    const other = mkdtempSync(join(tmpdir(), 'artsrx-oruk-other-'));
    writeFileSync(join(other, 'README.md'), '# Notes\n');
    writeFileSync(join(other, 'activities.csv'), 'activity_name,art_forms\nChoir,music\n');
    mkdirSync(join(other, 'services'));
    for (const dir of [empty, other]) {
      const run = await runCli(['convert', dir, '--from', 'oruk', ...NOW]);
      expect(run.code, dir).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`artsrx: ${dir} is not an Open Referral UK export: no api_details.json and no services (services.json, services/*.json, service_list.json or service_full.json) in it. Give a folder as \`artsrx convert --to oruk\` writes it, or one feed file\n`);
    }
  });

  it('exits 2 for a path that does not exist, and reports a feed file in the folder that is not JSON', async () => {
    const missing = join(tmpdir(), 'artsrx-no-such-folder', 'feed');
    const run = await runCli(['convert', missing, '--from', 'oruk', ...NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`artsrx: ${missing}: no such file\n`);

    const dir = mkdtempSync(join(tmpdir(), 'artsrx-oruk-broken-'));
    expect((await runCli(['convert', NW, '--to', 'oruk', '--out', dir, ...NOW])).code).toBe(0);
    writeFileSync(join(dir, 'taxonomies.json'), '{ not json');
    const broken = await runCli(['convert', dir, '--from', 'oruk', ...NOW]);
    expect(broken.code).toBe(0);
    expect(broken.stderr).toContain(`note: warning: ${join(dir, 'taxonomies.json')} is not valid JSON and was left out\n`);
  });
});
