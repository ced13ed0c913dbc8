import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Where the test copy of the `artsrx` program is bundled (inside node_modules, so never committed). */
export const TEST_BIN = resolve(import.meta.dirname, '../../node_modules/.cache/artsrx-test/artsrx.mjs');

/**
 * Bundles the CLI from source once per test run. CLI tests spawn this bundle instead of
 * `node --import tsx …`, which recompiles every module on every spawn: with a hundred CLI tests
 * that is minutes of CI time. Same sources, same entry point as the published `artsrx` bin.
 */
export default async function bundleCli(): Promise<void> {
  await build({
    entryPoints: [resolve(import.meta.dirname, '../../packages/cli/src/bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@artsrx/source'],
    outfile: TEST_BIN,
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __artsrxRequire } from 'node:module'; const require = __artsrxRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
