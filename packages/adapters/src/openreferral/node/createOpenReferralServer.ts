import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { _Api, type _PostcodePlace } from '../_lib/_api.js';
import { _feedPostcodes } from '../_lib/_postcodes.js';
import type { OpenReferralFeed } from '../_lib/_types.js';

/** Options of {@link createOpenReferralServer}. */
export interface OpenReferralServerOptions {
  /**
   * Resolves a postcode for the `postcode` and `proximity` filters to a point (and the GSS areas
   * it lies in). Default: postcodes of the feed's own locations, then the approximate postcode
   * district centroids of `@artsrx/match` (North West England).
   */
  resolvePostcode?: (postcode: string) => { lat: number; lng: number; areaCodes?: readonly string[] } | undefined;
  /** Page size when the client gives no `per_page`. Default 50. */
  perPage?: number;
  /** Largest `per_page` accepted. Default 500. */
  maxPerPage?: number;
  /** A request (headers and body) must arrive within this many milliseconds. Default 10000. */
  requestTimeoutMs?: number;
  /** Longest request URL accepted, in bytes. Default 4096. */
  maxUrlLength?: number;
  /** Largest request body accepted (these are GET endpoints; bodies are read and ignored). Default 16384 bytes. */
  maxBodyBytes?: number;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-max-age': '86400',
};

function _send(res: ServerResponse, status: number, body: unknown, head: boolean, extra: Record<string, string> = {}): void {
  const text = body === undefined ? '' : `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    ...CORS,
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(head ? undefined : text);
}

/**
 * Makes a Node HTTP server that publishes a feed as an Open Referral UK 3.0 API: `GET /`,
 * `/services`, `/services/{id}`, `/organizations`, `/organizations/{id}`,
 * `/service_at_locations`, `/service_at_locations/{id}`, `/taxonomies`, `/taxonomies/{id}`,
 * `/taxonomy_terms`, `/taxonomy_terms/{id}`, with `page`/`per_page` pagination and the
 * `text` (or `search`), `taxonomy_term_id`, `taxonomy_id`, `organization_id`,
 * `modified_after`, `postcode`/`proximity` (metres, great-circle) filters, ANDed. Every response
 * is JSON with `Access-Control-Allow-Origin: *`; errors are `{ error, message }` with 400, 404,
 * 405, 413, 414 or 408. Call `listen` on it yourself; nothing is opened until then.
 *
 * @param feed - The feed, usually `toOpenReferral(dataset).feed`.
 * @param options - See {@link OpenReferralServerOptions}.
 * @returns A `node:http` server, not yet listening.
 * @example
 * const server = createOpenReferralServer(toOpenReferral(dataset).feed);
 * server.listen(8080, '127.0.0.1');
 * //=> GET http://127.0.0.1:8080/services answers a Page of services
 */
export function createOpenReferralServer(feed: OpenReferralFeed, options: OpenReferralServerOptions = {}): Server {
  const maxUrl = options.maxUrlLength ?? 4096;
  const maxBody = options.maxBodyBytes ?? 16384;
  const timeout = options.requestTimeoutMs ?? 10000;
  for (const [name, value] of [['maxUrlLength', maxUrl], ['maxBodyBytes', maxBody], ['requestTimeoutMs', timeout]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`createOpenReferralServer: options.${name} must be a whole number of 0 or more`);
  }
  const api = new _Api(feed, {
    resolvePostcode: (options.resolvePostcode as ((p: string) => _PostcodePlace | undefined) | undefined) ?? _feedPostcodes(feed),
    ...(options.perPage === undefined ? {} : { perPage: options.perPage }),
    ...(options.maxPerPage === undefined ? {} : { maxPerPage: options.maxPerPage }),
  });

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    const head = method === 'HEAD';
    const url = req.url ?? '/';
    if (url.length > maxUrl) return _send(res, 414, { error: 'uri_too_long', message: `The request URL is longer than ${maxUrl} bytes.` }, head);
    if (method === 'OPTIONS') return _send(res, 204, undefined, false);
    if (method !== 'GET' && !head) return _send(res, 405, { error: 'method_not_allowed', message: `${method} is not allowed: this API is read-only (GET).` }, false, { allow: 'GET, HEAD, OPTIONS' });
    let parsed: URL;
    try {
      parsed = new URL(url, 'http://localhost');
    } catch {
      return _send(res, 400, { error: 'bad_request', message: 'The request URL cannot be read.' }, head);
    }
    const answer = api.get(parsed.pathname, parsed.searchParams);
    _send(res, answer.status, answer.body, head, answer.headers);
  };

  // Node checks request and header timeouts only every connectionsCheckingInterval (30 s by
  // default), so a client that never finishes its headers would hold a socket that long.
  const server = createServer({ connectionsCheckingInterval: Math.max(100, Math.min(timeout, 1000)) }, (req, res) => {
    let size = 0;
    let done = false;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) {
      done = true;
      _send(res, 413, { error: 'payload_too_large', message: `Request bodies over ${maxBody} bytes are refused.` }, false, { connection: 'close' });
      req.resume();
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody && !done) {
        done = true;
        _send(res, 413, { error: 'payload_too_large', message: `Request bodies over ${maxBody} bytes are refused.` }, false, { connection: 'close' });
        req.destroy();
      }
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      try {
        handle(req, res);
      } catch {
        if (!res.headersSent) _send(res, 500, { error: 'internal_error', message: 'The server could not answer this request.' }, false);
        else res.end();
      }
    });
    req.on('error', () => {
      done = true;
    });
  });
  server.requestTimeout = timeout;
  server.headersTimeout = Math.min(timeout, 60000);
  server.keepAliveTimeout = 5000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, code, message] =
      err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'ERR_HTTP_HEADERS_TIMEOUT'
        ? ['408 Request Timeout', 'request_timeout', `The request did not arrive within ${timeout} ms.`]
        : err.code === 'HPE_HEADER_OVERFLOW'
          ? ['431 Request Header Fields Too Large', 'headers_too_large', 'The request headers are too large.']
          : ['400 Bad Request', 'bad_request', 'The request could not be read.'];
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json\r\naccess-control-allow-origin: *\r\nconnection: close\r\n\r\n${JSON.stringify({ error: code, message })}\n`);
  });
  return server;
}
