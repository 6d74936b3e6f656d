/**
 * Node's http server and the Fetch API: a listener that turns Node's
 * request into a `Request`, calls a handler and writes its `Response`, and a
 * server with the limits a public server needs. Whatever arrives, the
 * listener answers and the process goes on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import type { Lang } from '../i18n/lang.js';
import { newRequestId, type FetchHandler } from './http.js';
import { serverMessages } from './messages.js';

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** Where failures are logged. Default `console.error`. */
  log?: (line: string, error?: unknown) => void;
}

/** Methods the Fetch API refuses to represent: answered 405 before any handler. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A host name, IPv4 or bracketed IPv6 address, with an optional port. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/;

/**
 * Whether a Host header names a server: a valid name or address, and a port
 * in 1-65535 when there is one.
 *
 * @example
 * ```ts
 * isValidHost('www.example.it:8080'); // true
 * isValidHost('a b'); // false
 * isValidHost('x:99999'); // false
 * ```
 */
export function isValidHost(host: string): boolean {
  const m = HOST.exec(host);
  if (!m) return false;
  if (m[1] !== undefined) {
    const port = Number(m[1]);
    if (port < 1 || port > 65535) return false;
  }
  return host.length <= 260;
}

function langOfHeader(req: IncomingMessage): Lang {
  const header = req.headers['accept-language'];
  return typeof header === 'string' && header.trim().toLowerCase().startsWith('en') ? 'en' : 'it';
}

/** Writes a short JSON problem straight to Node's response (no handler involved). */
function refuse(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ code, message, issues: [{ path: [], code, message }] });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

/**
 * A `node:http` listener for a Fetch-API handler (`createHandler`'s,
 * `staticFiles`', or any `(request, info) => Promise<Response>`). Requests
 * that the Fetch API cannot represent are answered here: a missing or
 * malformed `Host` or target 400, `TRACE`/`TRACK`/`CONNECT` 405 with
 * `Allow`; a handler that throws gives 500 with a request id in the log. The
 * handler is told the peer's address (`info.remoteAddress`) for rate limits.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(handler)).listen(8080);
 * ```
 */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const log = options.log ?? ((line: string, error?: unknown) => console.error(line, ...(error === undefined ? [] : [error])));
  return (req, res) => {
    const t = serverMessages[langOfHeader(req)];
    const method = (req.method ?? 'GET').toUpperCase();
    if (FORBIDDEN_METHODS.has(method)) {
      refuse(res, 405, 'method_not_allowed', t.methodNotSupported(method), { allow: 'GET, HEAD, POST, OPTIONS' });
      return;
    }
    const host = req.headers.host ?? (req.httpVersion === '1.0' ? 'localhost' : '');
    if (!isValidHost(host)) {
      refuse(res, 400, 'bad_host', t.badHost);
      return;
    }
    const target = req.url ?? '';
    // Only the origin form (`/path?query`) is served; `*` and absolute targets are for proxies.
    if (!target.startsWith('/')) {
      refuse(res, 400, 'bad_request', t.badRequest);
      return;
    }
    let request: Request;
    try {
      const url = new URL(`http://${host}${target}`);
      const headers = new Headers();
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
      const hasBody = method !== 'GET' && method !== 'HEAD';
      request = new Request(url, {
        method,
        headers,
        ...(hasBody ? { body: Readable.toWeb(req) as unknown as ReadableStream, duplex: 'half' } : {}),
      } as RequestInit);
    } catch {
      refuse(res, 400, 'bad_request', t.badRequest);
      return;
    }
    let handled: Promise<Response>;
    try {
      handled = handler(request, { remoteAddress: req.socket.remoteAddress });
    } catch (e) {
      handled = Promise.reject(e);
    }
    handled
      .then(async (response) => {
        const headers: Record<string, string | string[]> = {};
        response.headers.forEach((value, name) => {
          if (name === 'set-cookie') return;
          headers[name] = value;
        });
        const cookies = response.headers.getSetCookie();
        if (cookies.length > 0) headers['set-cookie'] = cookies;
        const body = response.body && method !== 'HEAD' ? Buffer.from(await response.arrayBuffer()) : undefined;
        if (res.destroyed) return;
        res.writeHead(response.status, headers);
        res.end(body);
      })
      .catch((error: unknown) => {
        const id = newRequestId();
        log(`mechnet: request ${id} failed`, error);
        refuse(res, 500, 'server_error', t.serverError(id), { 'x-request-id': id });
      });
  };
}

/** Limits of a public server, with the defaults {@link DEFAULT_SERVER_LIMITS}. */
export interface ServerLimits {
  /** Time to receive a request's headers, in ms. */
  headersTimeoutMs: number;
  /** Time to receive a whole request (headers and body), in ms: a slow body is cut off with 408. */
  requestTimeoutMs: number;
  /** How long an idle kept-alive connection stays open, in ms. */
  keepAliveTimeoutMs: number;
  /** How long a connection may stay without any traffic, in ms. */
  idleTimeoutMs: number;
  /** Largest size of a request's headers, in bytes (431 beyond). */
  maxHeaderSize: number;
  /** Most connections open at once; more are closed at once. */
  maxConnections: number;
  /** Most requests on one kept-alive connection. */
  maxRequestsPerSocket: number;
}

/** The limits `mechnet serve` and {@link createNodeServer} apply unless told otherwise. */
export const DEFAULT_SERVER_LIMITS: Readonly<ServerLimits> = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  maxHeaderSize: 16 * 1024,
  maxConnections: 256,
  maxRequestsPerSocket: 1000,
});

/** Options of {@link createNodeServer}. */
export interface NodeServerOptions extends NodeListenerOptions {
  /** Limits; each one not given keeps its default. */
  limits?: Partial<ServerLimits>;
}

/**
 * A `node:http` server for a Fetch-API handler, with the limits a server on
 * the open internet needs: header and request timeouts (a client sending a
 * byte at a time is cut off), a keep-alive and an idle timeout, a cap on
 * header size, on connections and on requests per connection. Requests Node
 * cannot parse get a short answer (400, 408, 431) and their connection is
 * closed. Listen with `.listen(port, host)`.
 *
 * @example
 * ```ts
 * import { createHandler, createNodeServer, sqliteStore } from 'mechnet/server';
 *
 * const store = await sqliteStore('.data/mechnet.sqlite');
 * await store.migrate();
 * createNodeServer(createHandler({ store, programme: 'mechnet-varese-2010' }), { limits: { maxConnections: 100 } }).listen(8080);
 * ```
 */
export function createNodeServer(handler: FetchHandler, options: NodeServerOptions = {}): Server {
  const limits = { ...DEFAULT_SERVER_LIMITS, ...options.limits };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      maxHeaderSize: limits.maxHeaderSize,
      requireHostHeader: true,
      // How often Node looks for requests past their timeouts.
      connectionsCheckingInterval: Math.max(250, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    toNodeListener(handler, options),
  );
  server.maxConnections = limits.maxConnections;
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.setTimeout(limits.idleTimeoutMs, (socket: Socket) => socket.destroy());
  // CONNECT asks for a tunnel: Node hands it over as an event, not a request; answer it as Fetch would refuse it.
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    const body = JSON.stringify({ code: 'method_not_allowed', message: serverMessages.it.methodNotSupported('CONNECT') });
    socket.on('error', () => socket.destroy());
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nallow: GET, HEAD, POST, OPTIONS\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (error.code === 'ECONNRESET' && socket.destroyed)) {
      socket.destroy();
      return;
    }
    const t = serverMessages.it;
    const [status, text] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, t.headersTooLarge]
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, t.slowBody]
          : [400, t.badRequest];
    const body = JSON.stringify({ code: status === 431 ? 'headers_too_large' : status === 408 ? 'request_timeout' : 'bad_request', message: text });
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
