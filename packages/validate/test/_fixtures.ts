import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The fixed "now" every fixture is judged at. */
export const FIXTURE_NOW = new Date('2026-05-01T12:00:00Z');

/** Fixture cases of one function: `in/<case>.json` (or `.txt`, passed as text) and `out/<case>.json`. */
export function fixtures(fn: string): { name: string; input: unknown; expected: unknown }[] {
  const dir = join(root, fn);
  return readdirSync(join(dir, 'in'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.(json|txt)$/, '');
      const text = readFileSync(join(dir, 'in', file), 'utf8');
      return {
        name,
        input: file.endsWith('.txt') ? text : (JSON.parse(text) as unknown),
        expected: JSON.parse(readFileSync(join(dir, 'out', `${name}.json`), 'utf8')) as unknown,
      };
    });
}

/** A valid dataset (the `valid` fixture), freshly parsed. */
export function validDataset(): Record<string, any> {
  return JSON.parse(readFileSync(join(root, 'validateDataset/in/valid.json'), 'utf8')) as Record<string, any>;
}
