import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_DIR, corpusFiles } from './corpus.js';
import { expectClean, runCli } from './_lib/cli.js';
import { csv, validate as V, validateNode } from './_lib/imports.js';
import { expectNoPollution } from './_lib/pollution.js';

// Every committed hostile file, through the library and through `artsrx validate`, with the
// outcome checked by hand in corpus.ts: a clear issue code (exit 1), a clear message (exit 2),
// or nothing wrong (exit 0). Never a stack trace, never a polluted Object.prototype.

const NOW = '2026-05-01';
const byFile = new Map(CORPUS.map((c) => [c.file, c]));

describe('the hostile corpus', () => {
  it('every file has an expected outcome, and every expectation a file', () => {
    expect(corpusFiles().sort()).toEqual(CORPUS.map((c) => c.file).sort());
  });

  describe('through the library (validateDataset on the UTF-8 text, validateNdjson on the bytes, fromCsv then validateDataset on CSV)', () => {
    for (const c of CORPUS) {
      it(`${c.file}: ${c.what}`, async () => {
        const bytes = readFileSync(join(CORPUS_DIR, c.file));
        const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
        if (c.file.endsWith('.csv')) {
          const read = csv.fromCsv(text);
          expectNoPollution();
          expect(Array.isArray(read.issues)).toBe(true);
          for (const code of (c.codes ?? []).filter((k) => k === 'csv_unreadable')) expect(read.issues.map((i) => i.code)).toContain(code);
          V.validateDataset(read.value, { now: new Date(NOW) });
          expectNoPollution();
          return;
        }
        const result = c.file.endsWith('.ndjson')
          ? await validateNode.validateNdjson(Readable.from([bytes]), { now: new Date(NOW) })
          : V.validateDataset(text, { now: new Date(NOW) });
        expectNoPollution();
        // Every issue is well formed and its message is one line of bounded length.
        for (const issue of result.issues) {
          expect(typeof issue.code).toBe('string');
          expect(['error', 'warning', 'info']).toContain(issue.severity);
          expect(issue.message.length).toBeLessThan(1000);
          expect(issue.message).not.toMatch(/\n/);
        }
        for (const format of [V.formatText(result), V.formatJson(result), V.formatMarkdown(result)]) expect(typeof format).toBe('string');
        JSON.parse(V.formatJson(result));
        if (c.exit === 1) {
          expect(result.valid).toBe(false);
          const codes = new Set(result.issues.map((i) => i.code));
          for (const code of c.codes ?? []) expect(codes, `${c.file} should report ${code}`).toContain(code);
          for (const code of c.absent ?? []) expect(codes, `${c.file} should not report ${code}`).not.toContain(code);
        }
        if (c.exit === 0) expect(result.counts.error, V.formatText(result)).toBe(0);
      });
    }
  });

  describe('through artsrx validate', () => {
    const readable = CORPUS.filter((c) => c.exit !== 2);
    const unreadable = CORPUS.filter((c) => c.exit === 2);

    it('readable files: the issue codes in --format json, and the exit code of the run', async () => {
      const run = await runCli(['validate', ...readable.map((c) => join(CORPUS_DIR, c.file)), '--format', 'json', '--now', NOW]);
      expectClean(run, [1], 'validate corpus');
      const out = JSON.parse(run.stdout) as { file: string; valid: boolean; counts: { error: number }; issues: { code: string }[] }[];
      expect(out).toHaveLength(readable.length);
      for (const entry of out) {
        const c = byFile.get(entry.file.slice(CORPUS_DIR.length + 1))!;
        expect(c, entry.file).toBeDefined();
        if (c.exit === 0) expect(entry.counts.error, `${c.file}: ${JSON.stringify(entry.issues.slice(0, 3))}`).toBe(0);
        else {
          expect(entry.counts.error, c.file).toBeGreaterThan(0);
          const codes = new Set(entry.issues.map((i) => i.code));
          for (const code of c.codes ?? []) expect(codes, `${c.file} should report ${code}`).toContain(code);
          for (const code of c.absent ?? []) expect(codes, `${c.file} should not report ${code}`).not.toContain(code);
        }
      }
    }, 60_000);

    it('readable files in text and Markdown: no stack trace, and no terminal control characters from the data', async () => {
      const files = readable.map((c) => join(CORPUS_DIR, c.file));
      const [text, markdown] = await Promise.all([
        runCli(['validate', ...files, '--now', NOW]),
        runCli(['validate', ...files, '--format', 'markdown', '--now', NOW]),
      ]);
      for (const run of [text, markdown]) {
        expectClean(run, [1], 'validate corpus text');
        // C0 and C1 controls, line/paragraph separators and text-direction controls from the data are shown as [U+…].
        expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      }
    }, 60_000);

    it('unreadable files: one clear line each on stderr, exit 2', async () => {
      const run = await runCli(['validate', ...unreadable.map((c) => join(CORPUS_DIR, c.file)), '--now', NOW]);
      expectClean(run, [2], 'validate unreadable');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(unreadable.length);
      for (const c of unreadable) {
        const line = lines.find((l) => l.includes(`${c.file} `) || l.includes(`${c.file}:`));
        expect(line, `${c.file}: ${run.stderr}`).toBeDefined();
        expect(line).toMatch(c.stderr!);
      }
    }, 60_000);

    it('one file of each outcome on its own gives exit 0, 1 and 2', async () => {
      const runs = await Promise.all(['utf8-bom.json', 'truncated.json', 'latin1.json'].map((f) => runCli(['validate', join(CORPUS_DIR, f), '--now', NOW])));
      expect(runs.map((r) => r.code)).toEqual([0, 1, 2]);
      for (const run of runs) expectClean(run, [0, 1, 2]);
    }, 60_000);
  });
});
