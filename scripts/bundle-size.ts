// Browser bundle sizes of @artsrx/validate and @artsrx/match: what a web page pays to validate
// or match, measured with esbuild from the BUILT packages (run `pnpm build` first), minified and
// gzipped (level 9), everything bundled (zod, kdbush, …) as a browser app would ship it.
// Usage: pnpm size
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './_packages.js';

// Resolved from packages/web, which depends on every package measured here.
const resolveDir = join(repoRoot, 'packages/web');
const cases: Array<{ label: string; code: string }> = [
  { label: '@artsrx/validate — validateDataset', code: "export { validateDataset } from '@artsrx/validate';" },
  { label: '@artsrx/validate — everything', code: "export * from '@artsrx/validate';" },
  { label: '@artsrx/match — createMatcher', code: "export { createMatcher } from '@artsrx/match';" },
  { label: '@artsrx/match — everything', code: "export * from '@artsrx/match';" },
  { label: 'validate + match together', code: "export { validateDataset } from '@artsrx/validate'; export { createMatcher } from '@artsrx/match';" },
  { label: 'baseline: zod (all of it)', code: "export * from 'zod';" },
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const rows: string[][] = [];
for (const { label, code } of cases) {
  const result = await build({
    stdin: { contents: code, resolveDir, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
    nodePaths: [join(repoRoot, 'packages/validate/node_modules'), join(repoRoot, 'packages/schema/node_modules')],
  });
  const bytes = result.outputFiles[0]!.contents;
  const inputs = Object.entries(result.metafile.outputs)[0]![1].inputs;
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = m ? m[1]! : path.includes('packages/') ? `@artsrx/${/packages\/([^/]+)/.exec(path)![1]}` : path;
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  byPackage.delete('@artsrx/web');
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, b]) => `${n} ${kb(b)}`).join(', ');
  rows.push([label, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length), top]);
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['bundle', 'min', 'min+gzip'][i]!.length));
const line = (r: string[]) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]!.padStart(widths[2]!)}  ${r[3] ?? ''}`;
process.stdout.write(`${line(['bundle', 'min', 'min+gzip', 'largest parts (minified)'])}\n${rows.map(line).join('\n')}\n`);
