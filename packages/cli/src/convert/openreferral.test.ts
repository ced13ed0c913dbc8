import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

const NW = 'examples/north-west/dataset.json';
const ORUK1 = 'packages/adapters/test/openreferral/fixtures/oruk1-page.json';

describe('artsrx convert --to oruk|hsds / --from oruk|oruk1|hsds', () => {
  it('writes a static ORUK API folder and reads it back, the report on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-oruk-'));
    const run = await runCli(['convert', NW, '--to', 'oruk', '--out', dir, '--now', '2026-11-01']);
    expect(run.code).toBe(0);
    for (const f of ['api_details.json', 'services.json', 'organizations.json', 'taxonomies.json', 'taxonomy_terms.json']) expect(existsSync(join(dir, f)), f).toBe(true);
    const original = JSON.parse(readFileSync(NW, 'utf8')) as { activities: unknown[] };
    expect(readdirSync(join(dir, 'services'))).toHaveLength(original.activities.length);
    const page = JSON.parse(readFileSync(join(dir, 'services.json'), 'utf8')) as { total_items: number; page_number: number };
    expect(page).toMatchObject({ total_items: original.activities.length, page_number: 1 });
    expect(run.stderr).toMatch(/^note: warning: Activity\.capacity is not carried/m);

    const back = await runCli(['convert', join(dir, 'api_details.json'), '--from', 'oruk', '--now', '2026-11-01']);
    expect(back.code).toBe(0);
    const dataset = JSON.parse(back.stdout) as { activities: unknown[] };
    expect(dataset.activities).toHaveLength(original.activities.length);
  });

  it('writes HSDS 3.0 and sends the report to --report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-hsds-'));
    const report = join(dir, 'report.txt');
    const run = await runCli(['convert', NW, '--to', 'hsds', '--out', join(dir, 'api'), '--report', report, '--now', '2026-11-01']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readFileSync(report, 'utf8')).toContain('Asset.* is not carried');
    const first = readdirSync(join(dir, 'api', 'services'))[0]!;
    const service = JSON.parse(readFileSync(join(dir, 'api', 'services', first), 'utf8')) as Record<string, unknown>;
    expect(service.status).toBeDefined();
  });

  it('reads an ORUK 1.0 page', async () => {
    const run = await runCli(['convert', ORUK1, '--from', 'oruk1', '--now', '2026-02-01']);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout) as { activities: { id: string }[] };
    expect(dataset.activities.map((a) => a.id)).toEqual(['svc-101', 'svc-102']);
    expect(run.stderr).toContain('note: warning: service.deliverable_type is not carried');
    // No art form on the poetry circle: @artsrx/classify suggests literature from its name.
    const poetry = dataset.activities[1] as unknown as { artForms: string[] };
    expect(poetry.artForms).toContain('literature');
    expect(run.stderr).toContain('the classifier suggested literature');
  });
});
