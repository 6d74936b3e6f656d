/**
 * The server's behaviour, the same on every engine: each test file runs this
 * suite on one store (SQLite, PostgreSQL).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { parseRecord } from '../../src/index.js';
import { gunzipSync } from 'node:zlib';
import { createHandler, openStore, SCHEMA_VERSION, type Store } from '../../src/server/index.js';
import { servedProgramme } from '../../src/server/served-programme.js';
import { application, definitionFile, openProgramme, partitaIva, post, startServer, tempDir } from './support/fixtures.js';

const BASE = 'http://mechnet.test';

/** Posts many requests with at most `width` in flight; answers in the order given. */
async function pool<T>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<unknown>): Promise<unknown[]> {
  const out: unknown[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

/**
 * @param engine what the suite is about, for its name
 * @param storeUrl a new store's URL for each call (a new file, or the test database)
 */
export function serverSuite(engine: 'sqlite' | 'postgres', storeUrl: () => string): void {
  describe(`the server on ${engine}`, () => {
    let url: string;
    let store: Store;
    const stores: Store[] = [];

    before(async () => {
      url = storeUrl();
      store = await openStore(url);
      stores.push(store);
      assert.equal(await store.migrate(), SCHEMA_VERSION);
      assert.equal(await store.migrate(), SCHEMA_VERSION, 'a second migration changes nothing');
    });
    after(async () => {
      for (const s of stores) await s.close();
    });

    /** A new programme in the store and a handler for it. */
    async function fresh(options: Partial<Parameters<typeof createHandler>[0]> = {}) {
      const id = `t-${randomUUID().slice(0, 8)}`;
      const definition = openProgramme(id);
      await store.putProgramme(id, definition);
      return { id, definition, handler: createHandler({ store, programme: id, ...options }) };
    }

    it('receives an application: 201 with a reference and the outcome, stored as enrolment.applied', async () => {
      const { id, handler } = await fresh();
      const app = application(id, 1);
      const r = await handler(post(BASE, app));
      assert.equal(r.status, 201);
      const body = (await r.json()) as Record<string, any>;
      assert.equal(body.outcome, 'accept');
      assert.match(body.reference, /^T-[0-9A-F]{8}-0001$/);
      assert.ok(Array.isArray(body.reasons));
      const events = await store.events(id);
      assert.equal(events.length, 1);
      assert.equal(events[0]!.event.type, 'enrolment.applied');
      assert.equal(events[0]!.event.firm, partitaIva(1));
      assert.equal(events[0]!.event.id, body.id);
    });

    it('the same key with the same body gives the first answer again and stores nothing; with another body, 422', async () => {
      const { id, handler } = await fresh();
      const app = application(id, 2);
      const first = await handler(post(BASE, app));
      const again = await handler(post(BASE, app));
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), await first.json());
      assert.equal((await store.events(id)).length, 1);
      const other = { ...application(id, 3), idempotencyKey: app.idempotencyKey };
      const misuse = await handler(post(BASE, other));
      assert.equal(misuse.status, 422);
      assert.equal(((await misuse.json()) as any).code, 'idempotency_key_reused');
      assert.equal((await store.events(id)).length, 1);
    });

    it('answers bad requests clearly: no key 400, not JSON 415, too large 413, wrong method 405, unknown path 404', async () => {
      const { id, handler } = await fresh({ bodyLimit: 4096 });
      const app = application(id, 4);
      const noKey = await handler(new Request(`${BASE}/api/enrolments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(app) }));
      assert.equal(noKey.status, 400);
      assert.deepEqual(((await noKey.json()) as any).issues[0].path, ['idempotencyKey']);
      const form = await handler(new Request(`${BASE}/api/enrolments`, { method: 'POST', headers: { 'content-type': 'text/plain', 'idempotency-key': app.idempotencyKey }, body: 'x' }));
      assert.equal(form.status, 415);
      const big = { ...app, firm: { ...app.firm, name: 'x'.repeat(5000) } };
      assert.equal((await handler(post(BASE, big))).status, 413);
      const get = await handler(new Request(`${BASE}/api/enrolments`));
      assert.equal(get.status, 405);
      assert.equal(get.headers.get('allow'), 'POST');
      assert.equal((await handler(new Request(`${BASE}/api/nothing`))).status, 404);
      assert.equal((await store.events(id)).length, 0);
    });

    it('409 when the partita IVA already applied, on firm.partitaIva', async () => {
      const { id, handler } = await fresh();
      assert.equal((await handler(post(BASE, application(id, 5)))).status, 201);
      const r = await handler(post(BASE, application(id, 5)));
      assert.equal(r.status, 409);
      const body = (await r.json()) as any;
      assert.deepEqual(body.issues[0].path, ['firm', 'partitaIva']);
      assert.match(body.issues[0].message, /partita IVA/);
      assert.equal((await store.events(id)).length, 1);
    });

    it('422 for an invalid or ineligible application, each issue with its path, in the request’s language', async () => {
      const { id, handler } = await fresh();
      const bad = application(id, 6);
      bad.firm.partitaIva = '12345678901';
      const r = await handler(post(BASE, bad, { 'accept-language': 'en-GB,en;q=0.9' }));
      assert.equal(r.status, 422);
      const body = (await r.json()) as any;
      assert.ok(body.issues.some((i: any) => i.path.join('.') === 'firm.partitaIva'));
      assert.match(body.message, /application|programme/i);
      const far = application(id, 7);
      far.firm.address.province = 'TO';
      const f = await handler(post(BASE, far));
      assert.equal(f.status, 422);
      const fb = (await f.json()) as any;
      assert.equal(fb.code, 'not_eligible');
      assert.deepEqual(fb.issues.map((i: any) => i.path.join('.')), ['firm.address.province']);
      assert.match(fb.issues[0].message, /provincia di Torino|province of Turin/);
      assert.equal((await store.events(id)).length, 0);
    });

    it('serves the public record: no contact, e-mail or phone; ETag and 304; anonymous on request', async () => {
      const { id, handler } = await fresh();
      await handler(post(BASE, application(id, 8)));
      const r = await handler(new Request(`${BASE}/api/record.json`));
      assert.equal(r.status, 200);
      const text = await r.text();
      const record = parseRecord(text);
      assert.equal(record.events.length, 1);
      // the applicant's contact person (examples/application.json); the programme office's own address stays
      for (const personal of ['Mario Rossi', 'mario.rossi@officina.example', '0331 123456']) assert.equal(text.includes(personal), false, personal);
      // Not admitted yet: not named, and the record says why.
      assert.equal(text.includes('Officina di prova 8'), false);
      assert.deepEqual(record.redaction, { level: 'public', named: 0, unnamed: { notAdmitted: 1, withoutConsent: 0, anonymous: 0 } });
      const etag = r.headers.get('etag')!;
      assert.ok(etag);
      assert.match(r.headers.get('cache-control')!, /max-age/);
      assert.equal((await handler(new Request(`${BASE}/api/record.json`, { headers: { 'if-none-match': etag } }))).status, 304);
      const anon = createHandler({ store, programme: id, anonymous: true });
      // One firm alone is a group of one: refused, saying what to change, until three alike firms applied.
      const refused = await anon(new Request(`${BASE}/api/record.json`));
      assert.equal(refused.status, 503);
      const why = (await refused.json()) as { code: string; issues: { path: string[] }[] };
      assert.equal(why.code, 'not_publishable');
      assert.deepEqual(why.issues[0]!.path, ['programme', 'publication', 'minimumGroup']);
      const inEnglish = (await (await anon(new Request(`${BASE}/api/record.json`, { headers: { 'accept-language': 'en' } }))).json()) as { message: string };
      assert.match(inEnglish.message, /^The anonymous record cannot be published: the smallest group of alike firms .* has one firm, fewer than the 3 required/);
      for (const n of [9, 10]) assert.equal((await handler(post(BASE, application(id, n)))).status, 201);
      const published = await anon(new Request(`${BASE}/api/record.json`));
      assert.equal(published.status, 200);
      const a = await published.text();
      assert.equal((JSON.parse(a) as { redaction: { k: number } }).redaction.k, 3);
      assert.equal(a.includes(partitaIva(8)), false);
      assert.equal(a.includes('Officina di prova 8'), false);
      assert.ok(a.includes('Impresa 1') && a.includes('Impresa 3'));
    });

    it('builds the public record once per stored version: the same copy until an append, gzip when asked', async () => {
      const { id } = await fresh();
      const state = servedProgramme(store, id, false);
      const a = await state.published();
      assert.equal(await state.published(), a, 'a second read gets the same copy');
      const handler = createHandler({ store, programme: id });
      assert.equal((await handler(post(BASE, application(id, 31)))).status, 201);
      const b = await state.published();
      assert.notEqual(b, a, 'an append (by another handler) gives a new copy');
      assert.equal(b.version, a.version + 1);
      assert.notEqual(b.etag, a.etag);
      assert.equal(await state.published(), b);
      assert.deepEqual(JSON.parse(gunzipSync(b.gzip).toString('utf8')), JSON.parse(Buffer.from(b.body).toString('utf8')));
      const zipped = await handler(new Request(`${BASE}/api/record.json`, { headers: { 'accept-encoding': 'gzip, br' } }));
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.match(zipped.headers.get('vary') ?? '', /Accept-Encoding/);
      const plain = await handler(new Request(`${BASE}/api/record.json`, { headers: { 'accept-encoding': 'gzip;q=0' } }));
      assert.equal(plain.headers.get('content-encoding'), null);
      assert.equal(parseRecord(await plain.text()).events.length, 1);
    });

    it('serves the programme definition for the form', async () => {
      const { id, definition, handler } = await fresh();
      const r = await handler(new Request(`${BASE}/api/programme.json`));
      assert.equal(r.status, 200);
      const d = (await r.json()) as any;
      assert.equal(d.id, id);
      assert.deepEqual(d.calendar, definition.calendar);
    });

    it('health: engine, schema version, programme, and nothing of what the store holds', async () => {
      const { id, handler } = await fresh();
      await handler(post(BASE, application(id, 9)));
      const r = await handler(new Request(`${BASE}/api/health`));
      assert.equal(r.status, 200);
      assert.deepEqual(await r.json(), { status: 'ok', engine, schemaVersion: SCHEMA_VERSION, programme: id });
      const head = await handler(new Request(`${BASE}/api/health`, { method: 'HEAD' }));
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
    });

    it('1,000 concurrent applications through 4 server processes: 13 accepted, the rest waitlisted in order, none twice', { timeout: 300_000 }, async () => {
      const dir = tempDir();
      const id = `t-${randomUUID().slice(0, 8)}`;
      const file = definitionFile(dir, openProgramme(id));
      const servers = await Promise.all([0, 1, 2, 3].map(() => startServer(url, file)));
      try {
        const apps = Array.from({ length: 1000 }, (_, i) => application(id, 10_000 + i));
        const answers = (await pool(apps, 48, async (app, i) => {
          const r = await fetch(post(servers[i % 4]!.url, app));
          return { status: r.status, body: (await r.json()) as any };
        })) as { status: number; body: any }[];
        assert.deepEqual([...new Set(answers.map((a) => a.status))], [201], JSON.stringify(answers.find((a) => a.status !== 201)));
        const events = await store.events(id);
        assert.equal(events.length, 1000);
        assert.equal(new Set(events.map((e) => e.event.firm)).size, 1000, 'no partita IVA twice');
        assert.equal(new Set(events.map((e) => e.event.id)).size, 1000, 'no event id twice');
        assert.equal(answers.filter((a) => a.body.outcome === 'accept').length, 13);
        // in the order they were stored: 13 accepted first, then places 1, 2, 3 ... 987
        const byId = new Map(answers.map((a) => [a.body.id, a.body]));
        const inOrder = events.map((e) => byId.get(e.event.id)!);
        assert.deepEqual(inOrder.slice(0, 13).map((b) => b.outcome), Array(13).fill('accept'));
        assert.deepEqual(inOrder.slice(13).map((b) => b.waitlistPosition), Array.from({ length: 987 }, (_, i) => i + 1));
        parseRecord({ programme: openProgramme(id), events: events.map((e) => e.event) });
      } finally {
        for (const s of servers) s.child.kill('SIGTERM');
      }
    });

    it('50 concurrent retries of one key through 3 processes: one event, the same answer to all', { timeout: 120_000 }, async () => {
      const dir = tempDir();
      const id = `t-${randomUUID().slice(0, 8)}`;
      const file = definitionFile(dir, openProgramme(id));
      const servers = await Promise.all([0, 1, 2].map(() => startServer(url, file)));
      try {
        const app = application(id, 77);
        const answers = (await Promise.all(
          Array.from({ length: 50 }, async (_, i) => {
            const r = await fetch(post(servers[i % 3]!.url, app));
            return { status: r.status, text: await r.text() };
          }),
        )) as { status: number; text: string }[];
        assert.deepEqual([...new Set(answers.map((a) => a.status))], [201]);
        assert.equal(new Set(answers.map((a) => a.text)).size, 1);
        assert.equal((await store.events(id)).length, 1);
      } finally {
        for (const s of servers) s.child.kill('SIGTERM');
      }
    });

    it('a server killed (SIGKILL) in the middle of 500 sends: after a restart every answered application is there once, and the rest go through', { timeout: 240_000 }, async () => {
      const dir = tempDir();
      const id = `t-${randomUUID().slice(0, 8)}`;
      const file = definitionFile(dir, openProgramme(id));
      let server = await startServer(url, file);
      const apps = Array.from({ length: 500 }, (_, i) => application(id, 3000 + i));
      const answered = new Set<string>();
      let killed = false;
      await pool(apps, 8, async (app) => {
        if (killed) return;
        try {
          const r = await fetch(post(server.url, app));
          if (r.status === 201) answered.add(((await r.json()) as { id: string }).id);
          if (answered.size === 200 && !killed) {
            killed = true;
            server.child.kill('SIGKILL');
          }
        } catch {
          // the connection died with the server: not answered
        }
      });
      assert.ok(killed);
      if (server.child.exitCode === null && server.child.signalCode === null) await new Promise((r) => server.child.once('exit', r));
      server = await startServer(url, file);
      try {
        const stored = (await store.events(id)).map((e) => e.event.id as string);
        assert.equal(new Set(stored).size, stored.length, 'no event twice');
        const missing = [...answered].filter((k) => !stored.includes(k));
        assert.deepEqual(missing, [], 'every application answered 201 is stored');
        // the firms send again what got no answer (the same key): all go through, none twice
        const retried = (await pool(apps, 8, async (app) => (await fetch(post(server.url, app))).status)) as number[];
        assert.deepEqual([...new Set(retried)], [201]);
        const all = await store.events(id);
        assert.equal(all.length, 500);
        assert.equal(new Set(all.map((e) => e.event.firm)).size, 500);
      } finally {
        server.child.kill('SIGTERM');
      }
    });
  });
}
