import { expect } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT, runCli, type CliRun } from '../../../packages/cli/test/runCli.js';

export { REPO_ROOT, runCli, type CliRun };

/** The small valid dataset the CLI tests use. */
export const SMALL_PATH = resolve(REPO_ROOT, 'packages/cli/test/fixtures/small.json');

/** A parsed copy of {@link SMALL_PATH}. */
export function smallDataset(): Record<string, unknown> & { activities: Record<string, unknown>[]; places: Record<string, unknown>[]; organisations: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(SMALL_PATH, 'utf8'));
}

/** A fresh temporary folder for one test file's inputs (under os.tmpdir(), never in the repository). */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `artsrx-hostile-${label}-`));
}

/** A run ended with one of `codes`, and neither stream shows a stack trace. */
export function expectClean(run: CliRun, codes: readonly number[], label = ''): void {
  expect(codes, `${label}: exit ${run.code}\nstderr: ${run.stderr.slice(0, 500)}`).toContain(run.code);
  expect(run.stderr, `${label}: stack trace on stderr`).not.toMatch(/^\s+at .+[:(]/m);
  expect(run.stdout, `${label}: stack trace on stdout`).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)/m);
  expect(run.stderr, `${label}: unexpected error`).not.toMatch(/unexpected error|TypeError|RangeError|SyntaxError|ReferenceError/);
}
