// Consumer smoke tests: packs every published package (after `pnpm build`), installs the
// TARBALLS with npm into a fresh folder outside the workspace, and runs the three examples
// there: a Node ES module, a CommonJS script, and a Vite browser bundle loaded in Chromium.
// Usage: pnpm smoke   (exit 1 on any failure)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack, publishedPackages, repoRoot } from './_packages.js';

const work = mkdtempSync(join(tmpdir(), 'artsrx-smoke-'));
const dataset = join(repoRoot, 'examples/north-west/dataset.json');
const step = (text: string) => process.stdout.write(`-- ${text}\n`);
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  step('pack the published packages');
  const packages = publishedPackages();
  const missing = packages.filter((p) => !existsSync(join(p.dir, 'dist')));
  if (missing.length > 0) throw new Error(`not built: ${missing.map((p) => p.name).join(', ')} — run \`pnpm build\` first`);
  const deps: Record<string, string> = {};
  for (const pkg of packages) deps[pkg.name] = `file:${pack(pkg, join(work, 'packs'))}`;
  process.stdout.write(`   ${Object.keys(deps).join(', ')}\n`);

  step('install the tarballs with npm in a folder outside the workspace');
  const consumer = join(work, 'consumer');
  for (const example of ['node-esm', 'node-cjs', 'browser-vite']) cpSync(join(repoRoot, 'examples', example), join(consumer, example), { recursive: true, filter: (src) => !/node_modules|dist/.test(src.slice(repoRoot.length)) });
  // overrides: a package's own "@artsrx/schema": "^0.0.0" must use the local tarball too, never the registry.
  const overrides = Object.fromEntries(Object.keys(deps).map((name) => [name, `$${name}`]));
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'artsrx-consumer', private: true, dependencies: deps, overrides }, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], consumer);
  const installed = readdirSync(join(consumer, 'node_modules/@artsrx')).sort();
  process.stdout.write(`   node_modules/@artsrx: ${installed.join(', ')}\n`);

  step('Node ES module (import)');
  process.stdout.write(`   ${run(process.execPath, ['index.mjs', dataset], join(consumer, 'node-esm')).trim()}\n`);

  step('CommonJS (require)');
  process.stdout.write(`   ${run(process.execPath, ['index.cjs', dataset], join(consumer, 'node-cjs')).trim()}\n`);

  if (deps['@artsrx/cli']) {
    step('the artsrx command from the packed @artsrx/cli');
    const bin = join(consumer, 'node_modules/.bin/artsrx');
    process.stdout.write(`   artsrx --version: ${run(bin, ['--version'], consumer).trim()}\n`);
    const out = JSON.parse(run(bin, ['validate', dataset, '--format', 'json'], consumer)) as { valid: boolean; counts: unknown };
    if (out.valid !== true) throw new Error(`artsrx validate says the North West example is not valid: ${JSON.stringify(out.counts)}`);
    process.stdout.write(`   artsrx validate: valid, ${JSON.stringify(out.counts)}\n`);
  }

  step('Vite browser bundle, loaded in Chromium');
  const vite = join(repoRoot, 'packages/web/node_modules/vite/bin/vite.js');
  run(process.execPath, [vite, 'build'], join(consumer, 'browser-vite'));
  const assets = join(consumer, 'browser-vite/dist/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  for (const f of js) {
    const code = readFileSync(join(assets, f), 'utf8');
    if (/from\s*["']node:|require\(["']node:/.test(code)) throw new Error(`the browser bundle ${f} imports a node: module`);
  }
  const text = await loadInChromium(join(consumer, 'browser-vite/dist'));
  if (!/^valid=true errors=0 best=act-1 next=2026-12-03T14:00:00(\.000)?(Z|\+00:00)$/.test(text)) throw new Error(`the browser bundle showed: ${text}`);
  process.stdout.write(`   page shows: ${text}\n`);
  process.stdout.write('smoke: all consumer examples passed\n');
} catch (error) {
  const e = error as { message?: string; stdout?: string; stderr?: string };
  process.stdout.write(`smoke: FAILED — ${e.message ?? String(error)}\n${e.stdout ?? ''}${e.stderr ?? ''}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The little of playwright-core used here (it is a dependency of packages/web, not of the root).
interface Chromium {
  launch(options: { executablePath: string; args: string[] }): Promise<{
    newPage(): Promise<{
      route(url: string, handler: (route: { request(): { url(): string }; continue(): Promise<void>; abort(): Promise<void> }) => unknown): Promise<void>;
      on(event: 'pageerror', listener: (error: Error) => void): void;
      goto(url: string): Promise<unknown>;
      locator(selector: string): { waitFor(options: { timeout: number }): Promise<void>; innerText(): Promise<string> };
    }>;
    close(): Promise<void>;
  }>;
}

/** Serves a folder on 127.0.0.1 and returns the text the page writes into #result. */
async function loadInChromium(root: string): Promise<string> {
  // playwright-core and the static server are the web package's test tools.
  const { serve, CHROMIUM, CHROMIUM_ARGS } = await import('../packages/web/test/_site.js');
  const { chromium } = createRequire(join(repoRoot, 'packages/web/package.json'))('playwright-core') as { chromium: Chromium };
  const { url, server } = await serve(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.locator('#result[data-done]').waitFor({ timeout: 15_000 }).catch(() => undefined);
    if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
    return await page.locator('#result').innerText();
  } finally {
    await browser.close();
    server.close();
  }
}
