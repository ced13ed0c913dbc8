import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests spawn the CLI from here so `--import tsx` resolves). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Path of the CLI entry point, run from source (no build needed). */
export const BIN = resolve(REPO_ROOT, 'packages/cli/src/bin.ts');

/** The CLI bundled from the same sources by the test run's global setup (test/setup/bundleCli.ts). */
export const TEST_BIN = resolve(REPO_ROOT, 'node_modules/.cache/artsrx-test/artsrx.mjs');

/** How to start the program: the bundle when the global setup made it, else tsx on the sources. */
function _command(): string[] {
  return existsSync(TEST_BIN) ? [TEST_BIN] : ['--import', 'tsx', '--conditions=@artsrx/source', BIN];
}

/** What a CLI run produced. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options for {@link runCli}. */
export interface RunCliOptions {
  /** Text or bytes piped to stdin (stdin is closed empty when left out). */
  stdin?: string | Uint8Array;
  /** Working directory; default the repository root. */
  cwd?: string;
  /** Extra environment variables (NO_COLOR and FORCE_COLOR are cleared unless given here). */
  env?: Record<string, string>;
}

/**
 * Spawns the real `artsrx` program built from source (the bundle the global setup makes, or
 * `node --import tsx --conditions=@artsrx/source packages/cli/src/bin.ts ...args` without it),
 * and resolves with its exit code, stdout and stderr. Use it for every CLI test.
 *
 * @example
 * const { code, stdout } = await runCli(['schema', 'place']);
 */
export function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const child = spawn(process.execPath, [..._command(), ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the program may exit before reading all of stdin
    child.stdin.end(options.stdin ?? '');
  });
}
