// The main `@artsrx/adapters/openreferral` entry must run in browsers: nothing it imports, directly
// or through its own files, may use a Node built-in. HTTP lives in the `/node` subpath.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './_schemas.js';

const src = path.join(repoRoot, 'packages/adapters/src');

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function closure(entry: string): { files: Set<string>; external: Set<string> } {
  const files = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else external.add(spec);
    }
  };
  visit(entry);
  return { files, external };
}

describe('@artsrx/adapters/openreferral', () => {
  it('main entry imports no Node built-in, directly or indirectly', () => {
    const { files, external } = closure(path.join(src, 'openreferral/index.ts'));
    expect(files.size).toBeGreaterThan(5);
    expect([...external].filter((s) => s.startsWith('node:') || ['http', 'https', 'fs', 'net', 'path', 'stream'].includes(s))).toEqual([]);
    expect([...files].some((f) => f.includes(`${path.sep}node${path.sep}`))).toBe(false);
  });

  it('the /node entry is where node:http lives', () => {
    const { external } = closure(path.join(src, 'openreferral/node.ts'));
    expect(external).toContain('node:http');
  });
});
