import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

const SMALL = 'packages/cli/test/fixtures/small.json';
const NOW = ['--now', '2026-05-01'];
let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** No stack trace, no internal file names. */
const clean = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |\.ts:\d+|node:internal/);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'artsrx-validate-'));
});

describe('artsrx validate', () => {
  it('exits 0 and says valid for a valid JSON dataset', async () => {
    const run = await runCli(['validate', SMALL, ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${SMALL}\n\u2714 valid: 0 errors, 0 warnings, 0 notes\n`);
  });

  it('writes the documented JSON shape with --format json', async () => {
    const run = await runCli(['validate', SMALL, ...NOW, '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual({ valid: true, counts: { error: 0, warning: 0, info: 0 }, issues: [], stats: { organisations: 1, places: 1, assets: 0, activities: 1 } });
  });

  it('writes Markdown with --format markdown', async () => {
    const run = await runCli(['validate', SMALL, ...NOW, '--format', 'markdown']);
    expect(run.stdout).toBe(`## ${SMALL}: valid\n\n0 errors, 0 warnings, 0 notes\n`);
  });

  it('exits 1 and lists issues when there is an error, with no colour when not a terminal', async () => {
    const d = JSON.parse(readFileSync(SMALL, 'utf8')) as { activities: { activityTypes: string[] }[] };
    d.activities[0]!.activityTypes = ['singing-group'];
    const run = await runCli(['validate', file('bad.json', JSON.stringify(d)), ...NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\u201csinging-group\u201d is not an activity type (activityTypes[0]). Did you mean \u201csinging\u201d?');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours text output when FORCE_COLOR is set (as on a terminal), and never in JSON output', async () => {
    const d = JSON.parse(readFileSync(SMALL, 'utf8')) as { activities: { activityTypes: string[] }[] };
    d.activities[0]!.activityTypes = ['singing-group'];
    const path = file('bad-colour.json', JSON.stringify(d));
    const text = await runCli(['validate', path, ...NOW], { env: { FORCE_COLOR: '1' } });
    expect(text.stdout).toContain('\u001b[31merror');
    const json = await runCli(['validate', path, ...NOW, '--format', 'json'], { env: { FORCE_COLOR: '1' } });
    expect(json.stdout).not.toContain('\u001b[');
  });

  it('honours --fail-on warning and --rule code=off', async () => {
    const d = JSON.parse(readFileSync(SMALL, 'utf8')) as { organisations: { lastVerified: string }[] };
    d.organisations[0]!.lastVerified = '2024-01-01';
    const path = file('stale.json', JSON.stringify(d));
    expect((await runCli(['validate', path, ...NOW])).code).toBe(0);
    expect((await runCli(['validate', path, ...NOW, '--fail-on', 'warning'])).code).toBe(1);
    const off = await runCli(['validate', path, ...NOW, '--fail-on', 'warning', '--rule', 'stale_record=off']);
    expect(off.code).toBe(0);
    const bad = await runCli(['validate', path, '--rule', 'stale_recrod=off']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown rule "stale_recrod"');
  });

  it('reads stdin given as -', async () => {
    const run = await runCli(['validate', '-', ...NOW], { stdin: readFileSync(SMALL, 'utf8') });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<stdin>\n\u2714 valid');
  });

  it('detects a referral and never echoes its personal values', async () => {
    const referral = JSON.parse(readFileSync('packages/validate/test/fixtures/validateReferral/in/nhs_number_in_text.json', 'utf8')) as unknown;
    const run = await runCli(['validate', file('referral.json', JSON.stringify(referral)), ...NOW, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).issues[0].code).toBe('nhs_number_in_text');
    expect(run.stdout + run.stderr).not.toContain('943 476 5919');
  });

  it('detects a person profile', async () => {
    const run = await runCli(['validate', file('profile.json', '{"maxDistanceKm": 5, "attendance": "sometimes"}'), '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).issues[0]).toMatchObject({ code: 'unknown_value', pointer: '/attendance' });
  });

  describe('bad input: a clear message and exit 1 or 2, never a stack trace', () => {
    it('truncated JSON: says where it broke (exit 1)', async () => {
      const text = readFileSync(SMALL, 'utf8');
      const cut = text.slice(0, 400);
      const lastLine = cut.split('\n');
      const run = await runCli(['validate', file('cut.json', cut)]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`This is not valid JSON: it breaks at line ${lastLine.length}, column ${lastLine.at(-1)!.length + 1}: the text ends in the middle of`);
      expect(run.stdout).toContain('(is the file cut short?)');
      clean(run.stderr);
    });

    it('not JSON at all (exit 1, with the position)', async () => {
      const run = await runCli(['validate', file('words.json', 'hello world\n')]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('it breaks at line 1, column 1');
    });

    it('a UTF-8 byte-order mark is accepted', async () => {
      const run = await runCli(['validate', file('bom.json', `\uFEFF${readFileSync(SMALL, 'utf8')}`), ...NOW]);
      expect(run.code).toBe(0);
    });

    it('binary garbage (exit 2)', async () => {
      const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
      const run = await runCli(['validate', file('garbage.bin', bytes)]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toMatch(/garbage\.bin looks like a binary file, not text/);
      clean(run.stderr);
    });

    it('invalid UTF-8 without NUL bytes (exit 2)', async () => {
      const run = await runCli(['validate', file('latin1.json', Buffer.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x7d]))]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is not UTF-8 text');
    });

    it('an empty file (exit 2)', async () => {
      const run = await runCli(['validate', file('empty.json', '')]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(`artsrx: ${join(dir, 'empty.json')} is empty: there is nothing to validate`);
    });

    it('a file of only spaces (exit 2)', async () => {
      const run = await runCli(['validate', file('spaces.json', '  \n\n ')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('holds only spaces and line breaks');
    });

    it('a directory (exit 2)', async () => {
      const run = await runCli(['validate', dir]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(`artsrx: ${dir} is a folder, not a file: give the path of a file inside it`);
    });

    it('a missing file (exit 2), still reporting the other files', async () => {
      const run = await runCli(['validate', 'no/such.json', SMALL, ...NOW]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe('artsrx: no/such.json: no such file');
      expect(run.stdout).toContain('\u2714 valid');
    });

    it('JSON nested a hundred thousand levels deep (exit 1)', async () => {
      const run = await runCli(['validate', file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`), '--format', 'json']);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).issues[0]).toMatchObject({ code: 'too_deep' });
      clean(run.stderr);
    });

    it('a 50 MB string (exit 1, not echoed whole)', async () => {
      const d = JSON.parse(readFileSync(SMALL, 'utf8')) as { activities: { name: string }[] };
      d.activities[0]!.name = 'x'.repeat(50 * 1024 * 1024);
      const run = await runCli(['validate', file('huge.json', JSON.stringify(d)), ...NOW, '--format', 'json']);
      expect(run.code).toBe(1);
      expect(run.stdout.length).toBeLessThan(5000);
      expect(JSON.parse(run.stdout).issues[0]).toMatchObject({ code: 'out_of_range', pointer: '/activities/0/name' });
    });

    it('NaN (exit 1, named)', async () => {
      const run = await runCli(['validate', file('nan.json', '{"standard": "artsrx", "places": [{"geo": {"coordinates": [NaN, 53.4]}}]}')]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('NaN is not a JSON value');
    });

    it('__proto__ and constructor keys are reported as unknown fields, nothing more', async () => {
      const d = JSON.parse(readFileSync(SMALL, 'utf8')) as Record<string, unknown>;
      const text = JSON.stringify(d).replace(/^\{/, '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}, ');
      const run = await runCli(['validate', file('proto.json', text), ...NOW, '--format', 'json']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).issues.map((i: { pointer: string }) => i.pointer)).toEqual(['/__proto__', '/constructor']);
    });

    it('CSV: reads it in the ArtsRx layout and reports problems by row and column (validateCsv.test.ts has more)', async () => {
      const run = await runCli(['validate', file('sheet.csv', 'id,name,artForms\nact-1,Choir,music\n')]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('"name" is not an ArtsRx column');
    });
  });

  describe('NDJSON', () => {
    it('reports one bad line in a large NDJSON file by its line number and checks every other line', async () => {
      const path = join(dir, 'big.ndjson');
      expect((await runCli(['generate', '--activities', '4000', '--seed', '9', '--now', '2026-05-01', '--out', path])).code).toBe(0);
      const lines = readFileSync(path, 'utf8').split('\n');
      lines[2999] = lines[2999]!.slice(0, 40);
      writeFileSync(path, lines.join('\n'));
      const run = await runCli(['validate', path, ...NOW, '--format', 'json']);
      expect(run.code).toBe(1);
      const result = JSON.parse(run.stdout) as { issues: { code: string; line: number }[]; stats: { lines: number; activities: number } };
      expect(result.issues[0]).toMatchObject({ code: 'invalid_json', line: 3000 });
      expect(result.stats.lines).toBe(lines.length - 1);
      // The broken line's record is missing, so later references to it may not resolve; nothing else is wrong.
      expect(new Set(result.issues.map((i) => i.code))).toEqual(new Set(result.issues.length > 1 ? ['invalid_json', 'unresolved_reference'] : ['invalid_json']));
    });

    it('streams NDJSON from stdin', async () => {
      const gen = await runCli(['generate', '-n', '20', '-s', '1', '--now', '2026-05-01']);
      const run = await runCli(['validate', '-', ...NOW, '--format', 'json'], { stdin: gen.stdout });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).stats.activities).toBe(20);
    });
  });
});
