import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, rewriteHref, sitePathOf, slug } from '../scripts/_docs.js';

describe('the docs site helpers', () => {
  it('slugs headings the way GitHub does', () => {
    expect(slug('Check a file')).toBe('check-a-file');
    expect(slug('What the messages mean: `stale_record`')).toBe('what-the-messages-mean-stale_record');
    expect(slug('Unknown is not "no"')).toBe('unknown-is-not-no');
  });

  it('maps Markdown files to pages, README to index', () => {
    expect(sitePathOf('README.md')).toBe('index.html');
    expect(sitePathOf('docs/spec/README.md')).toBe('docs/spec/index.html');
    expect(sitePathOf('docs/guides/developers.md')).toBe('docs/guides/developers.html');
  });

  const repo = new Set(['README.md', 'docs', 'docs/rules.md', 'docs/guides', 'docs/guides/developers.md', 'packages/schema', 'packages/schema/README.md', 'schemas', 'schemas/dataset.json']);
  const fs = { exists: (p: string) => repo.has(p), isDir: (p: string) => ['docs', 'docs/guides', 'packages/schema', 'schemas'].includes(p) };

  it('rewrites links between Markdown files to links between pages, keeping the anchor', () => {
    expect(rewriteHref('../rules.md#stale_record', 'docs/guides/developers.md', fs)).toEqual({ href: '../rules.html#stale_record', target: { kind: 'page', repoPath: 'docs/rules.md' } });
    expect(rewriteHref('docs/guides/developers.md', 'README.md', fs).href).toBe('docs/guides/developers.html');
    expect(rewriteHref('../../README.md', 'docs/guides/developers.md', fs).href).toBe('../../index.html');
  });

  it('sends a folder link to its README page, or to a listing of the folder', () => {
    expect(rewriteHref('packages/schema', 'README.md', fs)).toEqual({ href: 'packages/schema/index.html', target: { kind: 'page', repoPath: 'packages/schema/README.md' } });
    expect(rewriteHref('schemas/', 'README.md', fs)).toEqual({ href: 'schemas/index.html', target: { kind: 'folder', repoPath: 'schemas' } });
    expect(rewriteHref('../../schemas/dataset.json', 'docs/guides/developers.md', fs)).toEqual({ href: '../../schemas/dataset.json', target: { kind: 'file', repoPath: 'schemas/dataset.json' } });
  });

  it('leaves web addresses and same-page anchors alone, and reports a missing target', () => {
    expect(rewriteHref('https://example.org/a.md', 'README.md', fs).target).toEqual({ kind: 'external' });
    expect(rewriteHref('#top', 'README.md', fs).href).toBe('#top');
    expect(rewriteHref('docs/nowhere.md', 'README.md', fs).target).toEqual({ kind: 'missing', repoPath: 'docs/nowhere.md' });
  });

  describe('checkLinks', () => {
    const root = mkdtempSync(join(tmpdir(), 'artsrx-links-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const page = (path: string, html: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), html);
    };
    page('index.html', '<a href="docs/a.html#here">ok</a> <a href="docs/a.html#gone">bad anchor</a> <a href="docs/missing.html">bad file</a> <a href="https://example.org/">web</a> <img src="logo.png">');
    page('docs/a.html', '<h2 id="here">Here</h2><a href="../index.html">home</a><a href="#here">self</a><a href="../../outside.html">out</a>');
    page('logo.png', '');

    it('finds every link to a missing file, a missing anchor, or outside the site, and nothing else', () => {
      expect(checkLinks(root).sort()).toEqual([
        'docs/a.html: ../../outside.html leaves the site',
        'index.html: docs/a.html#gone → no element with id "gone" in docs/a.html',
        'index.html: docs/missing.html → docs/missing.html does not exist',
      ]);
    });
  });
});
