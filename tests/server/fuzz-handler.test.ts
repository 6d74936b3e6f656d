/**
 * Fuzz of the server: arbitrary methods, paths, headers and bodies (well
 * formed applications bent out of shape among them) through the handler, and
 * arbitrary bytes through Node's server and the adapter. Never a 500, never
 * a crash, and the stored record still parses afterwards.
 *
 * MECHNET_FUZZ_REQUESTS sets the number of handler requests (default 10,000;
 * `npm run fuzz` runs 100,000), and a tenth of it as raw requests.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { parseRecord } from '../../src/index.js';
import { createHandler, createNodeServer, openStore, type Store } from '../../src/server/index.js';
import { application, openProgramme, tempDir } from './support/fixtures.js';
import { rawRequest } from './support/raw.js';

const REQUESTS = Number(process.env.MECHNET_FUZZ_REQUESTS ?? 10_000);
const BASE = 'http://mechnet.test';

const methods = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'get', 'X-CUSTOM');
const paths = fc.oneof(
  fc.constantFrom('/api/enrolments', '/api/record.json', '/api/programme.json', '/api/health', '/api', '/api/', '/', '/api/enrolments/', '/API/health'),
  fc.string({ maxLength: 60 }).map((s) => `/api/${encodeURIComponent(s)}`),
  fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)),
);
const headerName = fc.constantFrom('content-type', 'idempotency-key', 'accept-language', 'origin', 'if-none-match', 'x-forwarded-for', 'content-length', 'x-anything');
const headerValue = fc.oneof(
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'en', 'it-IT', '*', '"x-1"', 'W/"x"', '12', '-1', 'NaN', '99999999999'),
  fc.stringMatching(/^[A-Za-z0-9_-]{8,130}$/),
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
);

/** A valid application with one field replaced by an arbitrary value (or removed). */
function bentApplication(programme: string): fc.Arbitrary<{ body: string; key: string }> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 400 }),
      path: fc.constantFrom(['firm', 'name'], ['firm', 'partitaIva'], ['firm', 'address', 'province'], ['consent'], ['programme'], ['idempotencyKey'], ['firm', 'figures'], ['interests', 'kinds'], []),
      value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
      keyMatches: fc.boolean(),
      pollute: fc.constantFrom(undefined, '__proto__', 'constructor'),
    })
    .map(({ n, path, value, keyMatches, pollute }) => {
      const app = application(programme, n, `fz-${randomUUID()}`) as Record<string, any>;
      if (path.length > 0) {
        let at = app;
        for (const k of path.slice(0, -1)) at = at[k] ?? (at[k] = {});
        if (value === undefined) delete at[path.at(-1)!];
        else at[path.at(-1)!] = value;
      }
      const key = keyMatches && typeof app.idempotencyKey === 'string' ? app.idempotencyKey : `other-${randomUUID()}`;
      const text = JSON.stringify(app);
      // A key that would reach the prototype if the body were merged into an object carelessly.
      const body = pollute ? `{"${pollute}":{"polluted":true,"prototype":{"polluted":true}},${text.slice(1)}` : text;
      return { body, key };
    });
}

describe('fuzz of the server', () => {
  let store: Store;
  let id: string;

  before(async () => {
    store = await openStore(`sqlite:${join(tempDir(), 'fuzz.sqlite')}`);
    await store.migrate();
    id = `fz-${randomUUID().slice(0, 8)}`;
    await store.putProgramme(id, openProgramme(id));
  });
  after(async () => {
    await store.close();
  });

  it(`the handler never answers 500 nor throws, and the record still parses: ${REQUESTS.toLocaleString('en')} arbitrary inputs`, { timeout: 3_600_000 }, async () => {
    const logged: string[] = [];
    const handler = createHandler({ store, programme: id, rateLimits: false, log: (line, e) => logged.push(`${line} ${e instanceof Error ? e.stack : String(e)}`) });
    const statuses = new Map<number, number>();
    const request = fc.oneof(
      { weight: 3, arbitrary: fc.record({ method: methods, path: paths, headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 }), body: fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), { nil: undefined }) }) },
      {
        weight: 2,
        arbitrary: bentApplication(id).map(({ body, key }) => ({ method: 'POST', path: '/api/enrolments', headers: [['content-type', 'application/json'], ['idempotency-key', key]] as [string, string][], body })),
      },
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, headers, body }) => {
        const h = new Headers();
        for (const [k, v] of headers) {
          try {
            h.append(k, v);
          } catch {
            // a value Headers refuses is one Node would never hand over either
          }
        }
        let req: Request;
        try {
          req = new Request(`${BASE}${path}`, { method, headers: h, ...(body !== undefined && method !== 'GET' && method !== 'HEAD' && method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD' ? { body } : {}) });
        } catch {
          return; // Fetch cannot represent it: the adapter's test covers these
        }
        const r = await handler(req);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        const text = await r.text();
        assert.ok(r.status < 500 || r.status === 503, `${method} ${path} gave ${r.status}: ${text} ${logged.at(-1) ?? ''}`);
      }),
      { numRuns: REQUESTS },
    );
    assert.deepEqual(logged, [], 'nothing went wrong inside');
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was polluted');
    const events = (await store.events(id)).map((e) => e.event);
    parseRecord({ programme: openProgramme(id), events });
    console.log(`# ${REQUESTS} requests: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(', ')}; ${events.length} applications stored`);
    assert.ok(events.length > 0, 'some well-formed applications were among them and were stored');
  });

  const RAW = Math.max(200, Math.floor(REQUESTS / 10));
  it(`Node’s server and the adapter answer arbitrary bytes or close the socket, and live on: ${RAW.toLocaleString('en')} arbitrary inputs`, { timeout: 3_600_000 }, async () => {
    const handler = createHandler({ store, programme: id, rateLimits: false, log: () => undefined });
    const server = createNodeServer(handler, { limits: { headersTimeoutMs: 2000, requestTimeoutMs: 3000 }, log: () => undefined });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const line = fc.tuple(
      fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD', 'TRACE', 'CONNECT', 'OPTIONS', 'M-SEARCH', ''), fc.string({ maxLength: 8 })),
      fc.oneof(fc.constantFrom('/api/health', '*', 'http://x/', '//', '/api/record.json', ''), fc.string({ maxLength: 30 })),
      fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', ''),
    );
    const hostHeader = fc.oneof(fc.constantFrom('localhost', 'a b', '', 'x:99999', '[::1]:80', 'x:0', 'ex ample.it', '\u00e8.it'), fc.string({ maxLength: 20 }));
    const extra = fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), { maxLength: 3 });
    try {
      await fc.assert(
        fc.asyncProperty(line, fc.option(hostHeader, { nil: undefined }), extra, fc.string({ maxLength: 50 }), async ([m, t, v], host, headers, body) => {
          const text = `${m} ${t} ${v}\r\n${host !== undefined ? `Host: ${host}\r\n` : ''}${headers.map(([k, val]) => `${k}: ${val}\r\n`).join('')}Connection: close\r\n\r\n${body}`;
          const a = await rawRequest(port, Buffer.from(text, 'latin1'), 4000);
          assert.ok(a.status === 0 || a.status < 500 || a.status === 503, `${JSON.stringify(text.slice(0, 120))} gave ${a.status}`);
        }),
        { numRuns: RAW },
      );
      const health = await rawRequest(port, 'GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      assert.equal(health.status, 200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
    }
  });
});
