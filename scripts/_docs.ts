import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/** GitHub-style heading id: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Where a repository file lands in the site: `*.md` becomes `*.html`, a `README.md` becomes `index.html`. */
export function sitePathOf(repoPath: string): string {
  if (/(^|\/)README\.md$/i.test(repoPath)) return repoPath.replace(/README\.md$/i, 'index.html');
  return repoPath.replace(/\.md$/i, '.html');
}

/** What a link in a page needs from the build: a page to render, a file to copy, a folder to list. */
export type LinkTarget = { kind: 'page' | 'file' | 'folder'; repoPath: string } | { kind: 'external' } | { kind: 'missing'; repoPath: string };

/**
 * Rewrites a link found in the Markdown file `fromRepoPath` (repo-relative, `/`-separated) so it
 * works in the site, and says what the target is. `exists(path)` and `isDir(path)` look at the
 * repository. Links that leave the repository, absolute URLs and same-page anchors are kept.
 */
export function rewriteHref(
  href: string,
  fromRepoPath: string,
  fs: { exists(path: string): boolean; isDir(path: string): boolean },
): { href: string; target: LinkTarget } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//')) return { href, target: { kind: 'external' } };
  const [pathPart = '', ...rest] = href.split('#');
  const hash = rest.length > 0 ? `#${rest.join('#')}` : '';
  const target = posix.normalize(posix.join(posix.dirname(fromRepoPath), decodeURI(pathPart))).replace(/\/$/, '');
  if (target.startsWith('..')) return { href, target: { kind: 'external' } };
  const fromSite = posix.dirname(sitePathOf(fromRepoPath));
  const link = (sitePath: string) => {
    const rel = posix.relative(fromSite, sitePath);
    return `${rel === '' ? posix.basename(sitePath) : rel}${hash}`;
  };
  if (!fs.exists(target)) return { href, target: { kind: 'missing', repoPath: target } };
  if (fs.isDir(target)) {
    const readme = target === '.' ? 'README.md' : `${target}/README.md`;
    if (fs.exists(readme)) return { href: link(sitePathOf(readme)), target: { kind: 'page', repoPath: readme } };
    return { href: link(`${target}/index.html`), target: { kind: 'folder', repoPath: target } };
  }
  if (/\.md$/i.test(target)) return { href: link(sitePathOf(target)), target: { kind: 'page', repoPath: target } };
  return { href: link(target), target: { kind: 'file', repoPath: target } };
}

/** Every file under a folder, as `/`-separated paths relative to it. */
export function walk(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(root, full) : [relative(root, full).split(sep).join('/')];
  });
}

const ATTR = /\s(?:href|src)\s*=\s*"([^"]*)"/g;
const ID = /\s(?:id|name)\s*=\s*"([^"]*)"/g;

/**
 * Checks that every internal link and image in the HTML files of a built site points at a file
 * that exists and, when it has `#anchor`, at an element with that id. Returns one line per
 * broken link (empty when all resolve).
 */
export function checkLinks(siteRoot: string): string[] {
  const files = walk(siteRoot);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set<string>();
      if (file.endsWith('.html') && existsSync(join(siteRoot, file))) for (const m of readFileSync(join(siteRoot, file), 'utf8').matchAll(ID)) set.add(decodeHtml(m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(siteRoot, file), 'utf8');
    for (const m of html.matchAll(ATTR)) {
      const raw = decodeHtml(m[1]!);
      if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
      const [pathPart = '', hash] = raw.split('#', 2);
      const cleanPath = pathPart.split('?')[0]!;
      let target = cleanPath === '' ? file : posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(cleanPath)));
      if (target.startsWith('..')) {
        broken.push(`${file}: ${raw} leaves the site`);
        continue;
      }
      if (target.endsWith('/') || (existsSync(join(siteRoot, target)) && statSync(join(siteRoot, target)).isDirectory())) target = posix.join(target, 'index.html');
      if (!existsSync(join(siteRoot, target))) {
        broken.push(`${file}: ${raw} → ${target} does not exist`);
        continue;
      }
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${file}: ${raw} → no element with id "${hash}" in ${target}`);
    }
  }
  return broken;
}

function decodeHtml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The repository as seen by {@link rewriteHref}. */
export function repoFs(repoRoot: string): { exists(path: string): boolean; isDir(path: string): boolean } {
  return {
    exists: (p) => existsSync(join(repoRoot, p)),
    isDir: (p) => existsSync(join(repoRoot, p)) && statSync(join(repoRoot, p)).isDirectory(),
  };
}

export { dirname };
