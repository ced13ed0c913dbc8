import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** A workspace package that is published to npm. */
export interface PublishedPackage {
  name: string;
  version: string;
  dir: string;
  manifest: Record<string, unknown>;
}

/** Every package under packages/ that is not private, in alphabetical order of folder. */
export function publishedPackages(): PublishedPackage[] {
  const root = join(repoRoot, 'packages');
  return readdirSync(root)
    .sort()
    .map((folder) => join(root, folder))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown> }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: String(manifest.name), version: String(manifest.version), dir, manifest }));
}

/**
 * Packs one package with pnpm (which rewrites `workspace:` ranges to real versions, as publishing
 * does) into `dest`, and returns the tarball's path. The package must be built first.
 */
export function pack(pkg: PublishedPackage, dest: string): string {
  mkdirSync(dest, { recursive: true });
  const before = new Set(readdirSync(dest));
  execFileSync(pnpmCommand()[0]!, [...pnpmCommand().slice(1), 'pack', '--pack-destination', dest], { cwd: pkg.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const made = readdirSync(dest).filter((f) => f.endsWith('.tgz') && !before.has(f));
  const expected = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
  const tarball = made.find((f) => f === expected) ?? made[0] ?? (readdirSync(dest).includes(expected) ? expected : undefined);
  if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}`);
  return join(dest, tarball);
}

/** How to run the pnpm that runs this script (`npm_execpath` under `pnpm run`), else `pnpm` on the PATH. */
export function pnpmCommand(): string[] {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm/.test(exec)) return exec.endsWith('.js') || exec.endsWith('.cjs') ? [process.execPath, exec] : [exec];
  return ['pnpm'];
}

/** Names of the private workspace packages (never published). */
export function privatePackages(): string[] {
  const root = join(repoRoot, 'packages');
  return readdirSync(root)
    .map((folder) => join(root, folder, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name?: string; private?: boolean })
    .filter((m) => m.private === true && typeof m.name === 'string')
    .map((m) => m.name!);
}
