/**
 * Erasure, access and backup on a store, the same on every engine: each
 * test file runs this suite on one store (SQLite, PostgreSQL).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli } from './support/cli.js';
import { mechnetDefinition, parseRecord, programmeReport, type ProgrammeRecord } from '../../src/index.js';
import { eraseFirm, openStore, type Store } from '../../src/server/index.js';
import { createHandler } from '../../src/server/index.js';
import { servedProgramme } from '../../src/server/served-programme.js';
import { SECRETS, SIRONI, sampleJson, sampleWithMore } from '../fixtures/privacy-sample.js';
import { application, openProgramme, post, tempDir } from './support/fixtures.js';

type Json = Record<string, any>;

/** The MechNet preset under a programme id of its own. */
const definitionAs = (id: string): Json => ({ ...structuredClone(mechnetDefinition), id });

/** The record of a programme as the store holds it. */
async function recordOf(store: Store, id: string): Promise<ProgrammeRecord> {
  const p = await store.programme(id);
  return parseRecord({ programme: p!.definition, events: (await store.events(id)).map((e) => e.event) });
}

const REPORT_DAY = '2012-06-30';
const figures = (record: ProgrammeRecord) => JSON.stringify(programmeReport(record, { asOf: REPORT_DAY }));

/** Whether `needle` (UTF-8) occurs in the bytes of a file. */
const bytesHold = (bytes: Buffer, needle: string) => bytes.indexOf(Buffer.from(needle, 'utf8')) >= 0;

/**
 * @param engine what the suite is about, for its name
 * @param storeUrl a store's URL for each call (a new file, or the test database)
 */
export function privacySuite(engine: 'sqlite' | 'postgres', storeUrl: () => string): void {
  describe(`privacy on ${engine}: erasure, access, backup`, () => {
    const stores: Store[] = [];
    const open = async (url: string) => {
      const s = await openStore(url);
      stores.push(s);
      await s.migrate();
      return s;
    };
    after(async () => {
      for (const s of stores) await s.close();
    });

    /** The sample with more personal data about Sironi, loaded under a programme id of its own. */
    async function loaded(url: string): Promise<{ store: Store; id: string; record: ProgrammeRecord }> {
      const store = await open(url);
      const id = `priv-${randomUUID().slice(0, 8)}`;
      const record = parseRecord(sampleWithMore(definitionAs(id)));
      await store.putProgramme(id, record.programme);
      const r = await store.append(id, record.events as unknown as Record<string, unknown>[], { expectedVersion: 0 });
      assert.ok(r.ok);
      return { store, id, record };
    }

    it('eraseFirm rewrites the firm events and appends the erasure: no erased value is left, the figures are the same, a second erasure does nothing', async () => {
      const url = storeUrl();
      const { store, id, record } = await loaded(url);
      const before = JSON.stringify(await store.events(id));
      for (const v of Object.values(SECRETS)) assert.ok(before.includes(v), `the stored events hold ${v} before`);
      const version = await store.version(id);

      const started = performance.now();
      const r = await eraseFirm(store, { programme: id, firm: SIRONI, reason: 'Richiesta del 3 marzo, protocollo 1234', author: 'Ufficio Innovazione', now: () => new Date('2026-03-03T10:00:00Z') });
      console.log(`# ${engine} eraseFirm on the sample (${record.events.length} events): ${Math.round(performance.now() - started)} ms`);
      assert.equal(r.erased, true);
      assert.equal(r.rewritten, 25);
      assert.equal(r.version, version + 1, 'one event appended: the erasure');
      assert.equal(r.event!.date, '2026-03-03');
      assert.equal(r.event!.basis, 'request');
      assert.ok(r.fields.includes('enrolment.applied.application.contact'));

      const stored = await store.events(id);
      assert.equal(stored.length, record.events.length + 1);
      const exported = JSON.stringify(stored);
      for (const v of Object.values(SECRETS)) assert.ok(!exported.includes(v), `${v} is still stored`);
      const after = await recordOf(store, id);
      assert.equal(after.events.at(-1)!.type, 'erasure');
      assert.equal(figures(after), figures(record));

      // the export the command line writes holds none of them either
      const file = join(tempDir(), 'export.json');
      assert.equal((await cli('export', '--store', url, '--programme', id, '--out', file)).code, 0);
      const text = readFileSync(file, 'utf8');
      for (const v of Object.values(SECRETS)) assert.ok(!text.includes(v), `${v} is in the export`);
      parseRecord(text);

      const again = await eraseFirm(store, { programme: id, firm: SIRONI, reason: 'Di nuovo', author: 'Ufficio Innovazione' });
      assert.deepEqual([again.erased, again.rewritten, again.version], [false, 0, version + 1]);
    });

    it('a rewrite after someone else appended is a conflict and changes nothing', async () => {
      const { store, id, record } = await loaded(storeUrl());
      const version = await store.version(id);
      const first = (await store.events(id))[0]!;
      const changed = { ...first.event, author: 'riscritto' };
      const stale = await store.rewrite(id, [{ version: 1, event: changed }], [], { expectedVersion: version - 1 });
      assert.deepEqual(stale, { ok: false, reason: 'conflict', version });
      assert.deepEqual((await store.events(id))[0], first);
      assert.equal(await store.version(id), record.events.length);
    });

    if (engine === 'sqlite') {
      it('SQLite: none of the erased values is left in the bytes of the database file or of its write-ahead log', async () => {
        const url = storeUrl();
        const file = url.slice('sqlite:'.length);
        const { store: loading, id } = await loaded(url);
        // closed and opened again: the log is moved into the database file, as a long-running server's checkpoints do
        await loading.close();
        stores.splice(stores.indexOf(loading), 1);
        const store = await open(url);
        const read = () => ({ db: readFileSync(file), wal: existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0) });
        const before = read();
        for (const v of Object.values(SECRETS)) assert.ok(bytesHold(before.db, v), `${v} is in the database file before`);
        await eraseFirm(store, { programme: id, firm: SIRONI, reason: 'Richiesta', author: 'Ufficio Innovazione' });
        // read while the store is still open, as a server would keep it
        const bytes = read();
        for (const v of Object.values(SECRETS)) {
          assert.ok(!bytesHold(bytes.db, v), `${v} is in ${file}`);
          assert.ok(!bytesHold(bytes.wal, v), `${v} is in ${file}-wal`);
        }
        assert.ok(bytesHold(bytes.db, 'mario.bossi@officinabossi.example'), 'the other firms are still there');
        console.log(`# sqlite bytes searched after erasure: database ${bytes.db.length}, wal ${bytes.wal.length} (before: ${before.db.length} + ${before.wal.length})`);
      });
    }

    if (engine === 'postgres') {
      it('PostgreSQL: no column of any row of the programme holds an erased value (event, key, request hash, stored answer)', async () => {
        const { store, id } = await loaded(storeUrl());
        const pool = store.pool as { query(sql: string, values?: unknown[]): Promise<{ rows: Json[] }> };
        const rowsHolding = async (v: string) =>
          Number((await pool.query(`SELECT count(*) AS n FROM mechnet_events e WHERE programme = $1 AND strpos(e::text, $2) > 0`, [id, v])).rows[0]!.n);
        for (const v of Object.values(SECRETS)) assert.ok((await rowsHolding(v)) > 0, `${v} is stored before`);
        await eraseFirm(store, { programme: id, firm: SIRONI, reason: 'Richiesta', author: 'Ufficio Innovazione' });
        for (const v of Object.values(SECRETS)) assert.equal(await rowsHolding(v), 0, `${v} is still in a row`);
      });
    }

    it('an application from the server: its worded key replaced in the row, its stored answer gone; the served record read again, record.json at a new version', async () => {
      const store = await open(storeUrl());
      const id = `priv-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id, openProgramme(id));
      const handler = createHandler({ store, programme: id, rateLimits: false });
      const app = application(id, 1, 'domanda-di-chiara-sironi');
      app.contact = { name: SECRETS.name, role: 'Titolare', email: SECRETS.email, phone: SECRETS.phone };
      assert.equal((await handler(post('http://x', app))).status, 201);
      assert.ok(await store.findKey(id, 'domanda-di-chiara-sironi'));
      const served = servedProgramme(store, id, false);
      assert.ok(JSON.stringify((await served.refresh()).record).includes(SECRETS.email));
      const first = await handler(new Request('http://x/api/record.json'));
      const etag = first.headers.get('etag');

      const r = await eraseFirm(store, { programme: id, firm: app.firm.partitaIva, reason: 'Richiesta', author: 'Ufficio' });
      assert.ok(r.fields.includes('enrolment.applied.application.idempotencyKey'));
      assert.equal(await store.findKey(id, 'domanda-di-chiara-sironi'), undefined, 'the worded key is gone from the row');
      const applied = (await store.events(id))[0]!.event as Json;
      const neutral = applied.application.idempotencyKey as string;
      assert.match(neutral, /^erased-[0-9a-f]{16}$/);
      assert.deepEqual(await store.findKey(id, neutral), { requestHash: '', response: null }, 'the row keeps the neutral key, without the request hash or the answer');

      // the same server: its folded record is read again, without the erased values; record.json moves to the new version
      const now = await served.refresh();
      assert.equal(now.version, 2);
      assert.ok(!JSON.stringify(now.record).includes(SECRETS.email));
      const second = await handler(new Request('http://x/api/record.json'));
      assert.notEqual(second.headers.get('etag'), etag);
      assert.equal((await handler(new Request('http://x/api/record.json', { headers: { 'if-none-match': etag! } }))).status, 200, 'the old version is not answered as current');
      // the firm sending the same application again is a duplicate, not a replay of the erased answer
      assert.equal((await handler(post('http://x', app))).status, 409);
    });

    it('mechnet erase --due: nothing the day before, every firm on the day, nothing on a second run', async () => {
      const url = storeUrl();
      const store = await open(url);
      const id = `priv-${randomUUID().slice(0, 8)}`;
      const sample = sampleJson();
      sample.programme = definitionAs(id);
      for (const e of sample.events as Json[]) if (e.type === 'enrolment.applied') e.application.programme = id;
      const record = parseRecord(sample);
      await store.putProgramme(id, record.programme);
      assert.ok((await store.append(id, record.events as unknown as Record<string, unknown>[], { expectedVersion: 0 })).ok);
      const emails = record.events.flatMap((e) => (e.type === 'enrolment.applied' && !('redacted' in e.application.contact) ? [e.application.contact.email] : []));
      assert.equal(emails.length, 13);

      const early = await cli('erase', '--store', url, '--programme', id, '--due', '--as-of', '2017-06-29');
      assert.equal(early.code, 0, early.err);
      assert.match(early.out, new RegExp(`^No firm of the programme ${id} has personal data to erase on 2017-06-29$`, 'm'));
      assert.equal(await store.version(id), record.events.length);

      const due = await cli('erase', '--store', url, '--programme', id, '--due', '--as-of', '2017-06-30', '--author', 'Ufficio Innovazione');
      assert.equal(due.code, 0, due.err);
      assert.match(due.out, new RegExp(`^13 firms of the programme ${id} with personal data to erase on 2017-06-30:$`, 'm'));
      assert.equal((due.out.match(/^ {3}Personal data of the firm \d{11} erased: /gm) ?? []).length, 13);
      const after = await recordOf(store, id);
      const erasures = after.events.filter((e) => e.type === 'erasure');
      assert.equal(erasures.length, 13);
      assert.ok(erasures.every((e) => e.type === 'erasure' && e.basis === 'retention' && e.author === 'Ufficio Innovazione' && /2017-06-30/.test(e.reason)));
      const text = JSON.stringify(after);
      for (const email of emails) assert.ok(!text.includes(email), `${email} is still stored`);
      assert.equal(figures(after), figures(record));

      const second = await cli('erase', '--store', url, '--programme', id, '--due', '--as-of', '2017-06-30');
      assert.match(second.out, /^No firm of the programme .* has personal data to erase on 2017-06-30$/m);
      const once = await cli('erase', '--store', url, '--programme', id, '--firm', SIRONI, '--reason', 'Richiesta');
      assert.equal(once.code, 0);
      assert.match(once.out, new RegExp(`^The firm ${SIRONI} has no personal data left: nothing to erase$`, 'm'));
      assert.equal(await store.version(id), record.events.length + 13);

      // wrong usage: exit 2
      assert.equal((await cli('erase', '--store', url, '--programme', id, '--firm', SIRONI)).code, 2, 'no reason');
      assert.equal((await cli('erase', '--store', url, '--programme', id, '--due', '--firm', SIRONI, '--reason', 'x')).code, 2, 'both');
      assert.equal((await cli('erase', '--store', url, '--programme', id, '--due', '--as-of', '30/06/2017')).code, 2, 'a wrong date');
    });

    it('mechnet subject: everything about the firm as JSON, before and after erasure', async () => {
      const url = storeUrl();
      const { store, id } = await loaded(url);
      const file = join(tempDir(), 'subject.json');
      const r = await cli('subject', '--store', url, '--programme', id, '--firm', SIRONI, '--out', file);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, new RegExp(`^Data of the firm ${SIRONI} \\(92 events\\) written to `, 'm'));
      const answer = JSON.parse(readFileSync(file, 'utf8')) as Json;
      assert.equal(answer.programme, id);
      assert.equal(answer.application.contact.email, SECRETS.email);
      assert.equal(answer.consent.history.length, 2);
      assert.equal(answer.events.length, 92);
      assert.deepEqual(answer.erasures, []);

      await eraseFirm(store, { programme: id, firm: SIRONI, reason: 'Richiesta', author: 'Ufficio Innovazione' });
      const shown = await cli('subject', '--store', url, '--programme', id, '--firm', SIRONI);
      assert.equal(shown.code, 0);
      const later = JSON.parse(shown.out) as Json;
      assert.deepEqual(later.application.contact, { redacted: true });
      assert.equal(later.events.length, 93);
      assert.equal(later.erasures.length, 1);
      assert.ok(!shown.out.includes(SECRETS.email));

      const unknown = await cli('subject', '--store', url, '--programme', id, '--firm', '00743110157');
      assert.notEqual(unknown.code, 0);
      assert.match(unknown.err, /Unknown firm/);
    });

    it('mechnet backup while another process sends applications; load puts the same record in a new database', async () => {
      const url = storeUrl();
      const store = await open(url);
      const id = `priv-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id, openProgramme(id));
      const writer = spawn(process.execPath, ['--import', 'tsx', new URL('./support/append-applications.ts', import.meta.url).pathname, url, id, '400'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      writer.stdout.on('data', (d: Buffer) => (output += d.toString()));
      writer.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number>((resolve) => writer.on('exit', (code) => resolve(code ?? -1)));
      let running = true;
      void exited.then(() => (running = false));
      await new Promise<void>((resolve, reject) => {
        const check = () => (output.includes('started') ? resolve() : running ? setTimeout(check, 20) : reject(new Error(output)));
        check();
      });
      // wait for a few dozen applications, then copy
      while (running && (await store.version(id)) < 30) await new Promise((r) => setTimeout(r, 20));
      const dir = tempDir();
      const target = join(dir, engine === 'sqlite' ? 'backup.sqlite' : 'backup');
      const started = performance.now();
      const b = await cli('backup', '--store', url, '--out', target);
      const ms = performance.now() - started;
      assert.equal(b.code, 0, b.err);
      assert.ok(running, 'the writer was still sending when the backup ended');
      assert.equal(await exited, 0, output);
      const final = await store.events(id);
      assert.equal(final.length, 400);

      // a second backup onto the same path is refused
      assert.equal((await cli('backup', '--store', url, '--out', target)).code, 2);

      const restored = `sqlite:${join(dir, 'restored.sqlite')}`;
      const from = engine === 'sqlite' ? target : join(target, `${id}.json`);
      if (engine === 'postgres') assert.ok(readdirSync(target).includes(`${id}.json`));
      const l = await cli('load', from, '--store', restored);
      assert.equal(l.code, 0, l.err);
      const copy = await open(restored);
      const copied = await copy.events(id);
      assert.ok(copied.length >= 30 && copied.length < 400, `the backup holds ${copied.length} of 400 events: taken while the writer was writing`);
      assert.deepEqual(copied, final.slice(0, copied.length), 'the backup is the record as it stood at one version');
      parseRecord({ programme: (await copy.programme(id))!.definition, events: copied.map((e) => e.event) });
      const size = engine === 'sqlite' ? statSync(target).size : statSync(join(target, `${id}.json`)).size;
      console.log(`# ${engine} backup under load: ${Math.round(ms)} ms (command), ${size} bytes, ${copied.length} of 400 events; writer: ${output.trim().split('\n').at(-1)}`);
    });
  });
}
