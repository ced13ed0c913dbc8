import { defineConfig } from 'vitest/config';

// Tests run against src/ through the "@artsrx/source" export condition: no build needed.
const conditions = ['@artsrx/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup/failOnConsole.ts'],
    globalSetup: ['./test/setup/bundleCli.ts'],
    testTimeout: 30_000,
    benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
  },
});
