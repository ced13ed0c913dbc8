import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { occurrences, type OccurrencesOptions } from '../src/index.js';

// Readable input/expected pairs, every expected value worked out by hand from the published
// clock-change dates (see src/occurrences/occurrences.test.ts). Never regenerate them from the code.
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/occurrences');

describe('occurrences fixtures', () => {
  for (const file of readdirSync(path.join(dir, 'in')).filter((f) => f.endsWith('.json'))) {
    it(file.replace(/\.json$/, ''), () => {
      const input = JSON.parse(readFileSync(path.join(dir, 'in', file), 'utf8')) as { schedule: Parameters<typeof occurrences>[0]; options: OccurrencesOptions };
      const expected = JSON.parse(readFileSync(path.join(dir, 'out', file), 'utf8')) as unknown;
      expect(occurrences(input.schedule, input.options)).toEqual(expected);
    });
  }
});
