// A local ORUK 3.0 feed on 127.0.0.1 built from the official examples, which misbehaves on purpose
// under some base paths. Loopback only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { v5 as uuidv5 } from 'uuid';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReference, repoRoot } from './_schemas.js';

const NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** The official ORUK example service, cloned `n` times with distinct ids and names. */
export function exampleServices(n: number, salt = 'svc'): Record<string, unknown>[] {
  const example = readReference('oruk-3.0/examples/service_full.json') as Record<string, unknown>;
  return Array.from({ length: n }, (_, i) => ({ ...structuredClone(example), id: uuidv5(`${salt}-${i}`, NS), name: `${String(example.name)} ${i + 1}` }));
}

function listItem(s: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => !Array.isArray(v)));
}

export interface TestFeed {
  url: string;
  server: Server;
  /** Requests seen, as `METHOD path?query`. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Base paths:
 * - `/ok/`: 5 services, 2 a page.
 * - `/flaky/`: page 2 answers 500 once, one service answers 429 (Retry-After: 0) once.
 * - `/slow/`: page 1 takes 1.5 s the first time.
 * - `/malformed/`: page 2 is not JSON.
 * - `/repeat/`: every page repeats page 1 and says more pages follow.
 * - `/endless/`: every page has new services and says more pages follow.
 * - `/down/`: every page answers 503.
 * - `/v1/`: an ORUK 1.0 feed (Spring pages: `content`, `totalPages`, `last`), one service a page.
 */
export async function startTestFeed(): Promise<TestFeed> {
  const services = exampleServices(5);
  const byId = new Map(services.map((s) => [s.id as string, s]));
  const apiDetails = readReference('oruk-validator-mocks/V3.0-UK-Default/api_details.json');
  const v1 = (JSON.parse(readFileSync(path.join(repoRoot, 'packages/adapters/test/openreferral/fixtures/oruk1-page.json'), 'utf8')) as { content: Record<string, unknown>[] }).content;
  const requests: string[] = [];
  const once = new Set<string>();
  const first = (key: string) => (once.has(key) ? false : (once.add(key), true));
  const server = createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [mode, collection, id] = url.pathname.split('/').filter((p) => p !== '');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (collection === undefined) return send(200, mode === 'v1' ? { version: '1.0' } : apiDetails);
    if (collection !== 'services') return send(404, { error: 'not_found' });
    if (mode === 'v1') {
      if (id !== undefined) {
        const s = v1.find((x) => x.id === id);
        return s === undefined ? send(404, { error: 'not_found' }) : send(200, s);
      }
      const n = Number(url.searchParams.get('page') ?? '1');
      const item = v1[n - 1];
      return send(200, { totalElements: v1.length, totalPages: v1.length, number: n, size: 1, first: n === 1, last: n >= v1.length, empty: item === undefined, content: item === undefined ? [] : [item] });
    }
    if (id !== undefined) {
      if (mode === 'flaky' && id === services[3]!.id && first('429')) return send(429, { error: 'slow down' }, { 'retry-after': '0' });
      const s = mode === 'endless' ? { ...services[0], id } : byId.get(id);
      return s === undefined ? send(404, { error: 'not_found' }) : send(200, s);
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Number(url.searchParams.get('per_page') ?? '2');
    const pageOf = (list: Record<string, unknown>[], p: number, totalPages: number) => ({
      total_items: totalPages * perPage,
      total_pages: totalPages,
      page_number: p,
      size: list.length,
      first_page: p === 1,
      last_page: p >= totalPages,
      empty: list.length === 0,
      contents: list.map(listItem),
    });
    if (mode === 'down') return send(503, { error: 'unavailable' });
    if (mode === 'flaky' && page === 2 && first('500')) return send(500, { error: 'boom' });
    if (mode === 'malformed' && page === 2) return send(200, '{"contents": [ {"id": "trunc');
    if (mode === 'repeat') return send(200, pageOf(services.slice(0, perPage), page, 1_000_000));
    if (mode === 'endless') return send(200, pageOf(exampleServices(perPage, `endless-${page}`), page, 1_000_000));
    const totalPages = Math.ceil(services.length / perPage);
    const body = pageOf(services.slice((page - 1) * perPage, page * perPage), page, totalPages);
    if (mode === 'slow' && page === 1 && first('slow')) {
      setTimeout(() => send(200, body), 1500);
      return;
    }
    return send(200, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
