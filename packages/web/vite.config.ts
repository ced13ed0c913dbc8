import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const example = fileURLToPath(new URL('../../examples/north-west/dataset.json', import.meta.url));

// Content Security Policy of the built page: scripts only from the page itself, and no
// connections anywhere but the page's own origin (the bundled example); map tiles are images
// from OpenStreetMap. This is what makes "nothing is uploaded" checkable.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Ships the North West example beside the page and adds the CSP to the built HTML. */
function artsrxWeb(): Plugin {
  return {
    name: 'artsrx-web',
    configureServer(server) {
      server.middlewares.use('/examples/north-west.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(example));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'examples/north-west.json', source: readFileSync(example, 'utf8') });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.server ? html : html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`)),
    },
  };
}

export default defineConfig({
  base: './',
  // Build from the workspace packages' TypeScript sources: no package build needed first.
  resolve: { conditions: ['@artsrx/source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  plugins: [artsrxWeb()],
});
