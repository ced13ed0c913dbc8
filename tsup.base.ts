import { defineConfig, type Options } from 'tsup';

/**
 * The one build shape every package shares: ESM + CJS with declarations, dependencies left
 * external, targeting the Node 20 floor (browsers with ES2022 run it too).
 */
export function packageConfig(entry: Record<string, string> = { index: 'src/index.ts' }, extra: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    skipNodeModulesBundle: true,
    ...extra,
  });
}
