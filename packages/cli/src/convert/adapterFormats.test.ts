import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

// The csv, geojson, ics, openactive and schemaorg entries of `artsrx convert`.
const DATASET = 'packages/adapters/test/openactive/dataset.json';
const NOW = ['--now', '2026-03-20T00:00:00Z'];

describe('artsrx convert with the app and map formats', () => {
  it('writes CSV and reads it back, reporting losses on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-csv-'));
    const csv = join(dir, 'out.csv');
    const out = await runCli(['convert', DATASET, '--to', 'csv', '--out', csv, ...NOW]);
    expect(out.code).toBe(0);
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFFactivity_id,activity_name,')).toBe(true);
    const back = await runCli(['convert', csv, '--from', 'csv', ...NOW]);
    expect(back.code).toBe(0);
    expect((JSON.parse(back.stdout) as { activities: { id: string }[] }).activities.map((a) => a.id)).toContain('act-sing');
  });

  it('writes GeoJSON with next sessions counted from --now', async () => {
    const run = await runCli(['convert', DATASET, '--to', 'geojson', ...NOW]);
    expect(run.code).toBe(0);
    const fc = JSON.parse(run.stdout) as { type: string; features: { properties: { nextSession?: string; id: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    // Hand-checked: after Friday 20 March the hall's first session is the Monday painting group, 23 March 10:00 GMT.
    expect(fc.features.find((f) => f.properties.id === 'place-hall')?.properties.nextSession).toBe('2026-03-23T10:00:00+00:00');
  });

  it('writes an iCalendar file', async () => {
    const run = await runCli(['convert', DATASET, '--to', 'ics', ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(run.stdout).toContain('UID:act-sing@data.example.org');
  });

  it('writes schema.org JSON-LD as one @graph', async () => {
    const run = await runCli(['convert', DATASET, '--to', 'schemaorg', ...NOW]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { '@context': string; '@graph': { '@type': string }[] };
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'].map((n) => n['@type'])).toContain('EventSeries');
  });

  it('writes OpenActive RPDE feeds as a folder, reports what it left out, and reads a page back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artsrx-oa-'));
    const run = await runCli(['convert', DATASET, '--to', 'openactive', '--out', dir, ...NOW]);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'feeds')).sort()).toEqual(['course-instances', 'events', 'places', 'scheduled-sessions', 'session-series']);
    expect(run.stderr).toContain('act-painting');
    const back = await runCli(['convert', join(dir, 'feeds/session-series/page-1.json'), '--from', 'openactive', ...NOW]);
    expect(back.code).toBe(0);
    expect((JSON.parse(back.stdout) as { activities: { id: string }[] }).activities.map((a) => a.id).sort()).toEqual(['act-drama', 'act-online-singing', 'act-sing']);
  });
});
