import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { validateDataset } from '@artsrx/validate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, buildSite, repoRoot, serve } from './_site.js';

// The real page in a real browser: Vite builds the site, a loopback server serves it, Debian's
// Chromium (installed by .ci/run) loads it. Every request that leaves 127.0.0.1 is blocked and
// recorded, so the test also proves the page uploads nothing (only map tiles are asked for).
const NOW = '2026-12-01';
const artifacts = join(repoRoot, 'test-artifacts');
const northWest = readFileSync(join(repoRoot, 'examples/north-west/dataset.json'), 'utf8');
const broken = readFileSync(new URL('fixtures/broken.json', import.meta.url), 'utf8');
const csv = readFileSync(new URL('fixtures/groups.csv', import.meta.url), 'utf8');

let out: string;
let server: Server;
let base: string;
let browser: Browser;
const outbound: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium), as .ci/run does`);
  out = await buildSite();
  ({ server, url: base } = await serve(out));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  mkdirSync(artifacts, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open(viewport = { width: 1280, height: 900 }): Promise<Page> {
  // A new context is a fresh profile: no cache, no storage from another test.
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outbound.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${base}?now=${NOW}`);
  return page;
}

/** Drops a file on the drop zone the way a browser does (a DataTransfer holding a File). */
async function dropFile(page: Page, name: string, text: string, type = 'application/json'): Promise<void> {
  await page.evaluate(
    ({ name, text, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      const zone = document.getElementById('drop')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text, type },
  );
}

const countOf = (page: Page, severity: string) => page.locator(`#counts [data-severity=${severity}] .n`).innerText().then(Number);

describe('the web validator in Chromium', { timeout: 90_000 }, () => {
  it('checks the dropped North West example: valid, with the counts validateDataset gives, grouped by record', async () => {
    const page = await open();
    await dropFile(page, 'dataset.json', northWest);
    await expect.poll(() => page.locator('#summary').innerText()).toMatch(/^Valid: no errors/);
    const expected = validateDataset(JSON.parse(northWest), { now: new Date(NOW) });
    expect(expected.counts.error).toBe(0);
    expect(await countOf(page, 'error')).toBe(0);
    expect(await countOf(page, 'warning')).toBe(expected.counts.warning);
    expect(await countOf(page, 'info')).toBe(expected.counts.info);
    expect(await page.locator('#issues .issue').count()).toBe(expected.issues.length);
    // Grouped by record, labelled by the record's kind and name.
    expect(await page.locator('#issues .group h3').allInnerTexts()).toContain('Place “Brunswick House (START)” (pl-brunswick-house) (1 note)');
    // The filter by rule narrows the list to one rule.
    const firstWarning = expected.issues.find((i) => i.severity === 'warning')!;
    await page.selectOption('#rule-filter', firstWarning.code);
    const codes = await page.locator('#issues .issue').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
    expect(new Set(codes)).toEqual(new Set([firstWarning.code]));
    expect(codes.length).toBe(expected.issues.filter((i) => i.code === firstWarning.code).length);
    await page.context().close();
  });

  it('reads the same example as NDJSON: the same counts, each issue with its line', async () => {
    const ndjson = readFileSync(join(repoRoot, 'examples/north-west/dataset.ndjson'), 'utf8');
    const page = await open();
    await dropFile(page, 'dataset.ndjson', ndjson, 'application/x-ndjson');
    await expect.poll(() => page.locator('#summary').innerText()).toMatch(/^Valid: no errors/);
    expect(await page.locator('#load-status').innerText()).toContain('(NDJSON)');
    const expected = validateDataset(JSON.parse(northWest), { now: new Date(NOW) });
    expect([await countOf(page, 'error'), await countOf(page, 'warning'), await countOf(page, 'info')]).toEqual([0, expected.counts.warning, expected.counts.info]);
    // Every issue is about a record, so every one names the line that record is on.
    const lineOfPlace = ndjson.split('\n').findIndex((l) => l.includes('"id":"pl-brunswick-house"')) + 1;
    expect(lineOfPlace).toBeGreaterThan(1);
    const meta = await page.locator('#issues section[data-record="pl-brunswick-house"] .issue .meta').first().innerText();
    expect(meta).toContain(`line ${lineOfPlace}`);
    await page.context().close();
  });

  it('opens a place popup on the map with its assets and activities, by mouse and by keyboard', async () => {
    const page = await open();
    await dropFile(page, 'dataset.json', northWest);
    await page.locator('#tiles-note').waitFor();
    expect(await page.locator('#tiles-note').innerText()).toContain('needs an internet connection');
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(JSON.parse(northWest).places.filter((p: { geo?: unknown }) => p.geo).length);
    // Tullie House (Carlisle) stands alone at the zoom that shows the whole region.
    await page.locator('.leaflet-marker-icon[data-place-id="pl-tullie-house"]').click();
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.locator('h3').innerText()).toBe('Tullie House Museum and Art Gallery');
    let text = await popup.innerText();
    expect(text).toContain('Tullie House Museum and Art Gallery — Institution');
    expect(text).toContain('Border stories: object handling for people living with dementia');
    // From the list of places (zooms in; for screen-reader users).
    await page.locator('#places-list summary').click();
    await page.locator('#places-list button[data-place-id="pl-brunswick-house"]').click();
    await expect.poll(() => popup.locator('h3').innerText()).toBe('Brunswick House (START)');
    text = await popup.innerText();
    expect(text).toContain('START Inspiring Minds programme — Institution');
    expect(text).toContain('START ceramics studio (Inspiring Minds)');
    await page.keyboard.press('Escape');
    // Keyboard: a marker is a focusable button; Enter opens its popup.
    await page.locator('.leaflet-marker-icon[data-place-id="pl-whitworth"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popup.locator('h3').innerText()).toBe('The Whitworth');
    await page.screenshot({ path: join(artifacts, 'web-validator-map.png'), fullPage: true });
    await page.context().close();
  });

  it('runs a match from a point on the map and shows ranked results with reasons', async () => {
    const page = await open();
    await dropFile(page, 'dataset.json', northWest);
    await page.locator('#match-section').waitFor();
    // Click the map, then type the exact point (Brunswick House, Salford).
    await page.locator('#map').click({ position: { x: 200, y: 200 } });
    expect(await page.inputValue('#m-lat')).not.toBe('');
    await page.fill('#m-lat', '53.4885');
    await page.fill('#m-lng', '-2.285');
    await page.fill('#m-distance', '10');
    await page.check('#m-interests input[value="crafts"]');
    await page.click('#m-add-time');
    await page.selectOption('#m-times li:first-child .m-day', 'MO');
    await page.fill('#m-times li:first-child .m-from', '09:00');
    await page.fill('#m-times li:first-child .m-to', '13:00');
    await page.fill('#m-date', NOW);
    await page.click('#m-run');
    await page.locator('#match-results .match').first().waitFor();
    const first = page.locator('#match-results .match').first();
    // START's Monday 10:00 ceramics session is at that very point, in crafts, inside the free time.
    expect(await first.getAttribute('data-activity-id')).toBe('act-start-ceramics');
    expect(await first.locator('h3').innerText()).toBe('START ceramics studio (Inspiring Minds)');
    expect(await first.locator('.match-meta').innerText()).toContain('0.0 km');
    expect(await first.innerText()).toContain('Next sessions that fit: Mon 7 Dec, 10:00');
    await first.locator('summary').click();
    const reasons = await first.locator('table.criteria').innerText();
    expect(reasons).toContain('Crafts: one of your interests');
    expect(reasons).toMatch(/interests\s+Yes/);
    expect(await page.locator('#match-summary').innerText()).toMatch(/of 73 activities/);
    await page.screenshot({ path: join(artifacts, 'web-validator-match.png'), fullPage: true });
    await page.context().close();
  });

  it('reports a broken file in plain English, links each issue to its rule and never renders data as HTML', async () => {
    const page = await open();
    await dropFile(page, 'broken.json', broken);
    await expect.poll(() => page.locator('#summary').innerText()).toBe('Not valid: 4 errors to fix.');
    // Checked by hand: swapped point, unknown activity type, missing art forms, unknown place; one activity without access information.
    expect([await countOf(page, 'error'), await countOf(page, 'warning'), await countOf(page, 'info')]).toEqual([4, 1, 0]);
    const codes = await page.locator('#issues .issue').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')).sort());
    expect(codes).toEqual(['coordinates_swapped', 'missing_accessibility', 'missing_field', 'unknown_value', 'unresolved_reference']);
    const swapped = page.locator('#issues .issue[data-code="coordinates_swapped"]');
    expect(await swapped.innerText()).toContain('are latitude and longitude swapped?');
    expect(await swapped.locator('.hint').innerText()).toContain('[-2.99, 53.41]');
    expect(await swapped.locator('a.rule-link').getAttribute('href')).toBe('../docs/rules.html#coordinates_swapped');
    expect(await page.locator('#issues a.rule-link').count()).toBe(5);
    // The record names hold HTML; they show as text and nothing runs.
    const labels = await page.locator('#issues .group h3').allInnerTexts();
    expect(labels.some((l) => l.startsWith('Place “Swapped Hall <b>bold?</b>” (pl-swapped)'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Activity “Choir <img src=x onerror="window.__pwned=1">” (act-broken)'))).toBe(true);
    expect(await page.locator('#issues img, #issues b, #issues script').count()).toBe(0);
    // Records with structure errors stay off the map; the swapped place is still drawn (where it says it is).
    await page.locator('.leaflet-marker-icon[data-place-id="pl-swapped"]').click();
    await expect.poll(() => page.locator('.leaflet-popup-content h3').innerText()).toBe('Swapped Hall <b>bold?</b>');
    expect(await page.locator('.leaflet-popup-content b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // The report downloads as Markdown for a ticket (made in the page, not fetched).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-md')]);
    expect(download.suggestedFilename()).toBe('artsrx-report.md');
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^## ArtsRx validation: not valid\n\n4 errors, 1 warning, 0 notes/);
    expect(markdown).toContain('`coordinates_swapped`');
    await page.screenshot({ path: join(artifacts, 'web-validator-broken.png'), fullPage: true });
    await page.context().close();
  });

  it('says where pasted JSON breaks', async () => {
    const page = await open();
    await page.fill('#paste', '{\n  "standard": "artsrx",\n  "version": "0.1.0"\n  "license": "CC-BY-4.0"\n}');
    await page.click('#check-paste');
    await expect.poll(() => page.locator('#summary').innerText()).toBe('Not valid: 1 error to fix.');
    const issue = page.locator('#issues .issue[data-code="invalid_json"]');
    expect(await issue.innerText()).toContain('line 4, column 3');
    await page.context().close();
  });

  it('converts a spreadsheet after the column-mapping step', async () => {
    const page = await open();
    await dropFile(page, 'groups.csv', csv, 'text/csv');
    await page.locator('#mapping').waitFor();
    // Headers that use the ArtsRx names (or differ only in case and spaces) are matched already.
    expect(await page.locator('select[data-header="Art forms"]').inputValue()).toBe('art_forms');
    expect(await page.locator('select[data-header="Group name"]').inputValue()).toBe('');
    await page.selectOption('select[data-header="Group name"]', 'activity_name');
    await page.selectOption('select[data-header="Lat"]', 'latitude');
    await page.click('#convert-csv');
    // Checked by hand: no publisher in a CSV (assumed), and the organisation and place have no lastVerified.
    await expect.poll(() => page.locator('#summary').innerText()).toMatch(/^Valid: no errors/);
    expect([await countOf(page, 'error'), await countOf(page, 'warning'), await countOf(page, 'info')]).toEqual([0, 0, 3]);
    expect(await page.locator('#issues .issue[data-code="csv_header_defaulted"]').count()).toBe(1);
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(1);
    expect(await page.locator('#load-status').innerText()).toContain('2 activities to match');
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await open({ width: 390, height: 844 });
    await dropFile(page, 'broken.json', broken);
    await page.locator('#issues .issue').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, 'web-validator-phone.png'), fullPage: true });
    await page.context().close();
  });

  it('passes the axe-core WCAG 2.1 A and AA checks with every panel open (labels, contrast, roles)', async () => {
    const page = await open();
    await dropFile(page, 'broken.json', broken);
    await page.locator('#issues .issue').first().waitFor();
    await page.click('#m-add-time');
    await page.fill('#m-lat', '53.41');
    await page.fill('#m-lng', '-2.99');
    await page.click('#m-run');
    await page.locator('#match-summary').waitFor();
    // Evaluated through the DevTools protocol: the page's own CSP rightly refuses injected script tags.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const { violations, passed } = await page.evaluate(async () => {
      type Rule = { id: string; help: string; nodes: Array<{ target: unknown }> };
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return { violations: result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`), passed: result.passes.map((p) => p.id) };
    });
    expect(violations).toEqual([]);
    // It really looked: labels, colour contrast and names of buttons and links were checked.
    expect(passed).toEqual(expect.arrayContaining(['label', 'color-contrast', 'button-name', 'link-name']));
    await page.context().close();
  });

  it('asked nothing of the network but OpenStreetMap map tiles', () => {
    expect(outbound.length).toBeGreaterThan(0);
    expect(outbound.filter((url) => new URL(url).hostname !== 'tile.openstreetmap.org')).toEqual([]);
  });
});
