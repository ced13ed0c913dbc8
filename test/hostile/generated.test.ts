import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { expectClean, runCli, smallDataset, tempDir } from './_lib/cli.js';
import { classify, fhir, geojson, match, openactive, openreferral, schedule, schemaorg, validate as V, validateNode } from './_lib/imports.js';
import { expectNoPollution } from './_lib/pollution.js';

// Inputs too big to commit, generated at run time into os.tmpdir(): 100 000 levels of nesting,
// arrays of a million items, a single 200 MB NDJSON line, multi-megabyte strings, cycles.

const NOW = new Date('2026-05-01T00:00:00Z');
const DEPTH = 100_000;

function deepObject(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let cur = root;
  for (let i = 0; i < depth; i++) {
    const next: Record<string, unknown> = {};
    cur.a = next;
    cur = next;
  }
  return root;
}

function deepArray(depth: number): unknown[] {
  const root: unknown[] = [];
  let cur = root;
  for (let i = 0; i < depth; i++) {
    const next: unknown[] = [];
    cur.push(next);
    cur = next;
  }
  return root;
}

function cyclic(): Record<string, unknown> {
  const a: Record<string, unknown> = { id: 'x', name: 'Cycle', type: 'Activity' };
  a.self = a;
  a.schedule = a;
  a.activities = [a];
  a.places = [a];
  a.features = [a];
  a.services = [a];
  a.entry = [{ resource: a }];
  a.items = [{ data: a }];
  return a;
}

/** Calls `f`; it may return anything or throw a TypeError/RangeError with a message, never a stack overflow or other error. */
function bounded(label: string, f: () => unknown): void {
  try {
    f();
  } catch (error) {
    expect(error, `${label} threw ${String(error)}`).toBeInstanceOf(Error);
    // Named subclasses (ArtsRxMatchError is a TypeError) count as what they extend.
    expect(error instanceof TypeError || error instanceof RangeError, `${label}: ${(error as Error).name}: ${(error as Error).message}`).toBe(true);
    // toJsonLdScript documents its TypeError for what JSON.stringify cannot write (cycles, too deep).
    if (!label.startsWith('toJsonLdScript')) expect((error as Error).message, label).not.toMatch(/Maximum call stack|too much recursion/i);
  }
  expectNoPollution();
}

describe('deep nesting (100 000 levels)', () => {
  const text = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
  const objText = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

  it('parseJson and validateDataset refuse JSON text nested that deep with too_deep', () => {
    for (const t of [text, objText, `{"standard":"artsrx","activities":[${objText}]}`]) {
      const parsed = V.parseJson(t);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issue.code).toBe('too_deep');
      expect(V.validateDataset(t).issues.map((i) => i.code)).toEqual(['too_deep']);
    }
  });

  it('every entry that takes outside data copes with a 100 000-level object or array built in memory, and with cycles', () => {
    const inputs: [string, unknown][] = [
      ['deep object', deepObject(DEPTH)],
      ['deep array', deepArray(DEPTH)],
      ['cycle', cyclic()],
    ];
    for (const [what, deep] of inputs) {
      const wrapped = { standard: 'artsrx', version: '0.1.0', activities: [deep], places: [deep], organisations: [deep], assets: [deep] };
      bounded(`validateDataset ${what}`, () => V.validateDataset(deep, { now: NOW }));
      bounded(`validateDataset wrapped ${what}`, () => V.validateDataset(wrapped, { now: NOW }));
      bounded(`validateRecord ${what}`, () => V.validateRecord({ type: 'Activity', id: 'a', name: deep, schedule: deep }, { now: NOW }));
      bounded(`validateReferral ${what}`, () => V.validateReferral({ id: 'r', history: deep, subject: deep }, { now: NOW }));
      bounded(`validateProfile ${what}`, () => V.validateProfile({ interests: deep, location: deep }, { now: NOW }));
      bounded(`classifyAsset ${what}`, () => classify.classifyAsset({ name: 'Choir', description: deep }));
      bounded(`classifyActivity ${what}`, () => classify.classifyActivity(deep));
      bounded(`fromGeoJSON ${what}`, () => geojson.fromGeoJSON({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: deep }, properties: deep }] }));
      bounded(`fromOpenReferral ${what}`, () => openreferral.fromOpenReferral({ services: [deep, { id: 's', name: 'S', schedules: [deep], service_at_locations: deep }] }));
      bounded(`fromOpenActive ${what}`, () => openactive.fromOpenActive({ items: [{ state: 'updated', kind: 'SessionSeries', data: deep }] }));
      bounded(`fromFhir ${what}`, () => fhir.fromFhir({ resourceType: 'Bundle', entry: [{ resource: deep }] }));
      bounded(`occurrences ${what}`, () => schedule.occurrences(deep as never, { from: '2026-01-01T00:00:00Z', count: 3 }));
      bounded(`describeSchedule ${what}`, () => schedule.describeSchedule(deep as never));
      bounded(`checkSchedule ${what}`, () => schedule.checkSchedule(deep as never));
      bounded(`createMatcher ${what}`, () => match.createMatcher({ activities: [deep], places: [deep] } as never).match({ interests: deep } as never));
      // toJsonLdScript documents a TypeError for what JSON cannot write (cycles, too deep).
      bounded(`toJsonLdScript ${what}`, () => schemaorg.toJsonLdScript(deep));
    }
  });

  it('artsrx validate: a 100 000-level JSON file exits 1 with too_deep; NDJSON lines that deep get ordinary issues', async () => {
    const dir = tempDir('deep');
    writeFileSync(join(dir, 'deep.json'), objText);
    const lines = [JSON.stringify({ type: 'DatasetHeader', standard: 'artsrx', version: '0.1.0', publisher: { name: 'x' }, license: 'CC-BY-4.0', generatedAt: '2026-05-01T00:00:00Z' }), objText, `{"type":"Activity","id":"x","name":"n","description":${objText}}`, JSON.stringify({ type: 'Organisation', id: 'o', name: 'O' })];
    writeFileSync(join(dir, 'deep.ndjson'), `${lines.join('\n')}\n`);
    const run = await runCli(['validate', join(dir, 'deep.json'), join(dir, 'deep.ndjson'), '--format', 'json', '--now', '2026-05-01']);
    expectClean(run, [1], 'deep');
    const out = JSON.parse(run.stdout) as { issues: { code: string; line?: number }[] }[];
    expect(out[0]!.issues.map((i) => i.code)).toContain('too_deep');
    // NDJSON lines are parsed one at a time (V8's JSON.parse does not recurse) and walked at most 32 levels deep.
    expect(out[1]!.issues.filter((i) => i.line === 2).map((i) => i.code)).toEqual(['unknown_record_type']);
    expect(out[1]!.issues.filter((i) => i.line === 3).map((i) => i.code)).toContain('wrong_type');
  }, 60_000);
});

describe('huge arrays and long strings', () => {
  it('validateDataset: a million non-objects are all counted, at most maxIssues listed', () => {
    const result = V.validateDataset({ standard: 'artsrx', version: '0.1.0', activities: new Array(1_000_000).fill(0) }, { now: NOW, maxIssues: 1000 });
    expect(result.valid).toBe(false);
    expect(result.issues.length).toBeLessThanOrEqual(1000);
    expect(result.counts.error).toBeGreaterThanOrEqual(1_000_000);
  });

  it('validateRecord: a 10 MB name and a 10 MB id give out_of_range, and no issue repeats them (issue 11 fix: recordId is cut at 500)', () => {
    const big = 'n'.repeat(10 * 1024 * 1024);
    const result = V.validateRecord({ type: 'Activity', id: big, name: big, ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`extra${i}`, i])) }, { now: NOW });
    expect(result.issues.map((i) => i.code)).toContain('out_of_range');
    expect(result.issues.length).toBeGreaterThan(200);
    for (const format of [V.formatText(result), V.formatJson(result), V.formatMarkdown(result)]) expect(format.length).toBeLessThan(1_000_000);
  });

  it('classify, match and the adapters on a 5 MB description stay bounded', () => {
    const d = smallDataset();
    const text = 'sing '.repeat(1024 * 1024);
    d.activities[0]!.description = text;
    bounded('classifyActivity 5 MB', () => classify.classifyActivity(d.activities[0]));
    bounded('match 5 MB', () => match.createMatcher(d as never).match({ interests: { artForms: ['music'] } }));
    bounded('fromOpenReferral 5 MB', () => openreferral.fromOpenReferral({ services: [{ id: 's', name: text, description: text, fees_description: `free${' '.repeat(1_000_000)}x` }] }));
  });

  it('artsrx validate: a JSON array of a million items exits 1 with a bounded report', async () => {
    const dir = tempDir('array');
    const file = join(dir, 'array.json');
    writeFileSync(file, `{"standard":"artsrx","version":"0.1.0","activities":[${new Array(1_000_000).fill('0').join(',')}]}`);
    const run = await runCli(['validate', file, '--format', 'json', '--max-issues', '100', '--now', '2026-05-01']);
    expectClean(run, [1], 'array');
    const out = JSON.parse(run.stdout) as { issues: unknown[]; counts: { error: number } };
    expect(out.issues.length).toBeLessThanOrEqual(100);
    expect(out.counts.error).toBeGreaterThanOrEqual(1_000_000);
  }, 60_000);
});

describe('a single 200 MB NDJSON line', () => {
  const header = JSON.stringify({ type: 'DatasetHeader', standard: 'artsrx', version: '0.1.0', publisher: { name: 'x' }, license: 'CC-BY-4.0', generatedAt: '2026-05-01T00:00:00Z' });
  const org = JSON.stringify({ type: 'Organisation', id: 'o', name: 'O', lastVerified: '2026-04-01' });
  const MB = 1024 * 1024;

  async function* stream(): AsyncGenerator<Uint8Array> {
    yield Buffer.from(`${header}\n{"type":"Activity","id":"a","name":"`);
    const chunk = Buffer.alloc(MB, 'x');
    for (let i = 0; i < 200; i++) yield chunk;
    yield Buffer.from(`"}\n${org}\n{"type":"Place"\n`);
  }

  it('validateNdjson reports the line as too long by number, skips it without holding it, and checks the lines after it', async () => {
    const result = await validateNode.validateNdjson(stream(), { now: NOW });
    const long = result.issues.find((i) => i.code === 'out_of_range' && i.line === 2);
    expect(long?.message).toMatch(/longer than 64 MB/);
    expect(result.issues.some((i) => i.code === 'invalid_json' && i.line === 4)).toBe(true);
    expect(result.stats.lines).toBe(4);
  }, 60_000);

  it('artsrx validate on the file: exit 1, the same two issues, no stack trace', async () => {
    const dir = tempDir('line');
    const file = join(dir, 'one-line.ndjson');
    const out = createWriteStream(file);
    for await (const chunk of stream()) if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const run = await runCli(['validate', file, '--format', 'json', '--now', '2026-05-01']);
    expectClean(run, [1], '200 MB line');
    const issues = (JSON.parse(run.stdout) as { issues: { code: string; line?: number }[] }).issues;
    expect(issues.some((i) => i.code === 'out_of_range' && i.line === 2)).toBe(true);
    expect(issues.some((i) => i.code === 'invalid_json' && i.line === 4)).toBe(true);
  }, 90_000);

  it('validateNdjson on a stream of strings with CR, lone CR and no final newline', async () => {
    const result = await validateNode.validateNdjson(Readable.from([`${header}\r\n`, `${org}\r`, '\n\n', org.replace('"o"', '"o2"')]), { now: NOW });
    // CR LF split across chunks is one line end; the last line needs no newline.
    expect(result.issues.filter((i) => i.code === 'invalid_json')).toEqual([]);
    expect(result.stats.organisations).toBe(2);
  });
});
