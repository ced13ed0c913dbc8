import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

// `artsrx validate` on spreadsheets: the CSV hook (src/_lib/_validateCsv.ts).
const dir = mkdtempSync(join(tmpdir(), 'artsrx-validate-csv-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const NOW = ['--now', '2026-05-01'];
const HEAD = 'activity_id,activity_name,art_forms,format,attendance_mode,status,organisation_name,place_name,postcode,start_date,start_time,end_time,latitude,longitude';

interface JsonIssue {
  code: string;
  severity: string;
  line?: number;
  message: string;
}

describe('artsrx validate FILE.csv', () => {
  it('passes a good sheet in the default layout (exit 0)', async () => {
    const path = file('good.csv', `${HEAD}\na1,Sing for Joy,music,drop-in,in-person,active,Joyful Voices,Central Library,L3 8EW,07/01/2026,18:30,20:00,53.4094,-2.9805\n`);
    const run = await runCli(['validate', path, ...NOW, '--format', 'json']);
    expect(JSON.parse(run.stdout).counts.error).toBe(0);
    expect(run.code).toBe(0);
  });

  it('reports cell problems with their row and column (exit 1)', async () => {
    const path = file(
      'bad.csv',
      `${HEAD}\na1,Sing for Joy,music,drop-in,in-person,active,Joyful Voices,Central Library,L3 8EW,31/02/2026,18:30,20:00,53.4094,-2.9805\na2,Knit,knitting,drop-in,in-person,active,Joyful Voices,Central Library,L3 8EW,2026-01-08,10:00,12:00,-2.98,53.40\n`,
    );
    const run = await runCli(['validate', path, ...NOW, '--format', 'json']);
    expect(run.code).toBe(1);
    const issues = (JSON.parse(run.stdout) as { issues: JsonIssue[] }).issues;
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.line)).toEqual([2, 2, 3, 3]);
    expect(errors[0]!.message).toBe('Row 2, column "start_date": "31/02/2026" is not a date.');
    expect(errors.some((i) => i.message.startsWith('Row 3, column "art_forms"'))).toBe(true);
  });

  it('maps other headers with --mapping FILE, and names the mapped column in messages', async () => {
    const mapping = file('mapping.json', JSON.stringify({ columns: { activity_name: 'Group', art_forms: 'What' }, defaults: { format: 'ongoing-group', attendance_mode: 'in-person', status: 'active', organisation_name: 'Volunteers' } }));
    const path = file('mapped.csv', 'Group,What\nChoir,music\nPainters,paint\n');
    const run = await runCli(['validate', path, '--mapping', mapping, ...NOW, '--format', 'json']);
    expect(run.code).toBe(1);
    const errors = (JSON.parse(run.stdout) as { issues: JsonIssue[] }).issues.filter((i) => i.severity === 'error');
    expect(errors[0]).toMatchObject({ code: 'csv_unknown_term', line: 3 });
    expect(errors[0]!.message).toBe('Row 3, column "What": "paint" is not one of the allowed values.');
  });

  it('exits 2 for a mapping that is not JSON or names an unknown column', async () => {
    const path = file('one.csv', 'activity_name,art_forms\nChoir,music\n');
    const notJson = await runCli(['validate', path, '--mapping', file('bad.json', '{columns')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('not JSON');
    const unknown = await runCli(['validate', path, '--mapping', file('unknown.json', '{"columns": {"nope": "x"}}')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"nope" is not an ArtsRx CSV column');
  });

  it('reads a sheet as CSV when told with --type csv', async () => {
    const path = file('sheet.txt', `${HEAD}\na1,Sing,music,drop-in,in-person,active,Org,Hall,L3 8EW,2026-01-07,18:30,20:00,53.4,-2.98\n`);
    expect((await runCli(['validate', path, '--type', 'csv', ...NOW])).code).toBe(0);
  });
});
