// No imports: the smoke test runs the workspace's Vite against this folder, whose node_modules
// holds only the packed ArtsRx tarballs and their dependencies.
export default {
  base: './',
  logLevel: 'warn',
  build: { outDir: 'dist', target: 'es2022' },
};
