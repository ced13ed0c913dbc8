import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toOpenReferral } from '@artsrx/adapters/openreferral';
import { createOpenReferralServer } from '@artsrx/adapters/openreferral/node';
import { DatasetSchema } from '@artsrx/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

const dataset = DatasetSchema.parse(JSON.parse(readFileSync('examples/north-west/dataset.json', 'utf8')));
let server: Server;
let url: string;

beforeAll(async () => {
  server = createOpenReferralServer(toOpenReferral(dataset, { now: new Date('2026-11-01T00:00:00Z') }).feed);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('artsrx harvest', () => {
  it('harvests a live ORUK API on loopback into an ArtsRx dataset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-harvest-'));
    const out = join(dir, 'harvested.json');
    const run = await runCli(['harvest', url, '--out', out, '--per-page', '20', '--report', join(dir, 'report.txt'), '--now', '2026-11-01']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`harvested ${dataset.activities.length} services from 4 page(s)`);
    const harvested = DatasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(harvested.activities.map((a) => a.name).sort()).toEqual(dataset.activities.map((a) => a.name).sort());
  });

  it('writes the raw feed with --raw, and exits 2 for a bad URL', async () => {
    const raw = await runCli(['harvest', url, '--raw', '--max-pages', '1', '--per-page', '10']);
    expect(raw.code).toBe(0);
    const feed = JSON.parse(raw.stdout) as { services: unknown[]; api_details: unknown };
    expect(feed.services).toHaveLength(10);
    expect(raw.stderr).toContain('resume with --start-page 2');
    expect((await runCli(['harvest', 'ftp://example.org/'])).code).toBe(2);
  });
});
