// Packs every published package (after `pnpm build`) and checks the TARBALL — what npm users get —
// with publint and with Are the Types Wrong (node10, node16 CJS and ESM, bundler resolution).
// Usage: pnpm check:packages   (exit 1 on any problem)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { pack, privatePackages, publishedPackages, repoRoot } from './_packages.js';

const dest = mkdtempSync(join(tmpdir(), 'artsrx-packs-'));
const attw = join(repoRoot, 'node_modules/.bin/attw');
let failures = 0;

for (const pkg of publishedPackages()) {
  const problems: string[] = [];
  const manifest = pkg.manifest;
  if (manifest.sideEffects !== false) problems.push('package.json: "sideEffects" must be false');
  const files = manifest.files;
  // Built output only; a folder named after an export subpath (e.g. `node/` with a package.json) is the node10 fallback for it.
  const subpaths = new Set(Object.keys((manifest.exports ?? {}) as Record<string, unknown>).map((k) => k.replace(/^\.\//, '')));
  if (!Array.isArray(files) || files.some((f) => typeof f !== 'string' || !(/^(dist|bin)(\/|$)/.test(f) || subpaths.has(f.replace(/\/$/, ''))))) problems.push(`package.json: "files" should list only built output (dist), not ${JSON.stringify(files)}`);
  // A published package must not need a private one at run time (npm users could not install it).
  const privateNames = new Set(privatePackages());
  for (const dep of Object.keys((manifest.dependencies ?? {}) as Record<string, string>)) {
    if (privateNames.has(dep)) problems.push(`depends on the private package ${dep}`);
  }
  const readme = join(pkg.dir, 'README.md');
  if (!existsSync(readme)) problems.push('README.md is missing');
  else {
    const text = readFileSync(readme, 'utf8');
    if (!/\b(npm (i|install)|pnpm add|yarn add)\b/.test(text)) problems.push('README.md has no install line');
    if (!/```(ts|tsx|js|mjs|cjs|typescript|javascript|sh|bash|console)\b/.test(text)) problems.push('README.md has no example');
    if (!/docs|documentation/i.test(text)) problems.push('README.md has no link to the docs');
  }
  if (!existsSync(join(pkg.dir, 'dist'))) {
    problems.push('dist/ is missing: run `pnpm build` first');
  } else {
    const tarball = pack(pkg, dest);
    const bytes = readFileSync(tarball);
    const { messages, pkg: packed } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion', strict: true });
    for (const m of messages) problems.push(`publint ${m.type}: ${formatMessage(m, packed) ?? m.code}`);
    try {
      execFileSync(attw, [tarball, '--profile', 'strict', '--format', 'table-flipped', '--no-emoji', '--no-color'], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const out = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
      problems.push(`attw (node10, node16-cjs, node16-esm, bundler):\n${out.trim()}`);
    }
  }
  if (problems.length === 0) process.stdout.write(`ok   ${pkg.name}: publint clean, types resolve under node10, node16 (CJS and ESM) and bundler\n`);
  else {
    failures += 1;
    process.stdout.write(`FAIL ${pkg.name}\n${problems.map((p) => `  - ${p.replace(/\n/g, '\n    ')}`).join('\n')}\n`);
  }
}

rmSync(dest, { recursive: true, force: true });
process.stdout.write(`${failures === 0 ? 'All packages are release-ready.' : `${failures} package(s) are not release-ready.`}\n`);
process.exit(failures === 0 ? 0 : 1);
