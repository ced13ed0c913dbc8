import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { _csvReader, fromCsv, fromCsvStream } from './fromCsv.js';

const header = { publisher: { name: 'Test' }, license: 'OGL-UK-3.0', generatedAt: '2026-11-01T09:00:00Z' };
const TEXT =
  '\uFEFFactivity_id,activity_name,art_forms,format,attendance_mode,status,organisation_name,place_name,activity_description\r\n' +
  'a1,Sing for Joy,music,drop-in,in-person,active,Joyful Voices,Central Library,"Line one,\r\nline ""two"""\r\n' +
  'a2,Café Créatif,visual-arts,ongoing-group,in-person,active,Joyful Voices,Central Library,plain\r\n' +
  'a3,Bad,musick,drop-in,in-person,active,Joyful Voices,,\r\n';

// A small seeded generator of awkward CSV: quoted cells with line breaks of either kind, stray
// and unclosed quotes, byte-order marks, three delimiters and three kinds of line break.
function awkwardCsv(seed: number): string {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T,>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const delim = pick([',', ',', ';', '\t']);
  const nl = pick(['\n', '\r\n', '\n', '\r']);
  const cols = ['activity_id', 'activity_name', 'art_forms', 'format', 'attendance_mode', 'status', 'organisation_name', 'activity_description', 'latitude', 'longitude'].slice(0, 3 + Math.floor(rnd() * 8));
  const cell = () => pick(['', 'music', 'drop-in', 'in-person', 'active', 'Org', '"quoted, cell"', '"multi\nline"', '"multi\r\nline ""q"""', '"a\rb"', 'x"y', '"unclosed', '"a"b', '53.4', 'bad', ' ', '\uFEFF']);
  const lines = [(rnd() < 0.2 ? '\uFEFF' : '') + cols.map((c) => (rnd() < 0.1 ? `"${c}"` : c)).join(delim)];
  const n = Math.floor(rnd() * 30);
  for (let i = 0; i < n; i++) lines.push(rnd() < 0.05 ? '' : cols.map(() => (rnd() < 0.5 ? pick([`a${i}`, `Name ${i % 5}`, 'music', 'drop-in', 'in-person', 'active', `Org ${i % 3}`]) : cell())).join(delim));
  return lines.join(nl) + (rnd() < 0.5 ? nl : '');
}

describe('fromCsvStream', () => {
  it('gives what fromCsv gives on the whole text, for text or bytes in any pieces', async () => {
    const whole = fromCsv(TEXT, { header });
    expect(whole.value.activities.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(whole.issues.map((i) => [i.code, i.row])).toEqual([['csv_unknown_term', 4], ['csv_invalid_record', 4]]);
    const bytes = new TextEncoder().encode(TEXT);
    for (const size of [1, 2, 3, 7, 64]) {
      // Byte pieces cut through the middle of "é" and of the byte-order mark.
      const pieces = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
      expect(await fromCsvStream(pieces, { header })).toEqual(whole);
      expect(await fromCsvStream(Readable.from(pieces.map((p) => Buffer.from(p))), { header })).toEqual(whole);
      expect(await fromCsvStream([...TEXT].join('\0').split('\0'), { header })).toEqual(whole);
    }
    expect(await fromCsvStream(new Blob([bytes]).stream() as unknown as AsyncIterable<Uint8Array>, { header })).toEqual(whole);
  });

  it('reports a file that cannot be read as CSV the same way, with the same line, and never throws', async () => {
    const text = `${TEXT}a4,"unclosed,music\r\n`.repeat(3);
    const whole = fromCsv(text, { header });
    expect(whole.issues.map((i) => i.code)).toEqual(['csv_unreadable']);
    expect(whole.value.activities).toEqual([]);
    expect(await fromCsvStream([text.slice(0, 100), text.slice(100)], { header })).toEqual(whole);
    expect((await fromCsvStream([], { header })).issues.map((i) => i.code)).toEqual(['csv_empty']);
  });

  it('cuts batches only between rows: any batch size and any pieces give the whole-text result', () => {
    for (let seed = 1; seed <= 250; seed++) {
      const text = awkwardCsv(seed);
      const whole = fromCsv(text, { header });
      const batch = 1 + (seed % 37);
      const reader = _csvReader({ header }, batch);
      for (let i = 0, n = 1; i < text.length; i += n, n = 1 + ((i * 7 + seed) % 23)) reader.write(text.slice(i, i + n));
      expect(reader.end(), `seed ${seed}, batch ${batch}`).toEqual(whole);
    }
  });

  it('keeps at most maxIssues issues, then says how many more there were', async () => {
    const text = `activity_id,activity_name\n${'act-1,Choir\n'.repeat(50)}`;
    const all = fromCsv(text, { header });
    const n = all.issues.length;
    expect(all.issues.filter((i) => i.code === 'csv_duplicate_id')).toHaveLength(49);
    const capped = await fromCsvStream([text], { header, maxIssues: 10 });
    expect(capped.issues.slice(0, 10)).toEqual(all.issues.slice(0, 10));
    expect(capped.issues[10]).toMatchObject({ code: 'csv_issues_truncated', severity: 'info', message: `${n - 10} more problem(s) were found and not listed: only the first 10 are kept.` });
    expect(capped.issues).toHaveLength(11);
    expect(fromCsv(text, { header, maxIssues: n })).toEqual(all);
    expect(() => fromCsv(text, { maxIssues: -1 })).toThrow(TypeError);
  });

  it('throws a TypeError for a source that is not pieces of text or bytes', async () => {
    await expect(fromCsvStream('a,b\n' as never)).rejects.toThrow(TypeError);
    await expect(fromCsvStream(42 as never)).rejects.toThrow(TypeError);
    await expect(fromCsvStream([42] as never)).rejects.toThrow(TypeError);
    await expect(fromCsvStream([], { mapping: { columns: { nope: 'x' } } })).rejects.toThrow(/nope/);
  });
});
