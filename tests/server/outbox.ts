/**
 * E-mail through the outbox, the same on every engine: each test file runs
 * this suite on one store (SQLite, PostgreSQL). A real SMTP server
 * (`smtp-server`) receives the messages; `mailparser` reads them back.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from './support/cli.js';
import { createHandler, eraseFirm, openStore, SCHEMA_VERSION, sendDue, type SmtpSettings, type Store } from '../../src/server/index.js';
import { application, definitionFile, openProgramme, post, startServer, tempDir } from './support/fixtures.js';
import { freePort, startMailServer, type MailServer } from './support/mail.js';

const BASE = 'http://mechnet.test';

/** Runs the command line in a process of its own. */
function cliProcess(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  const entry = new URL('../../src/cli/main.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args, '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

const smtpAt = (port: number): SmtpSettings => ({ host: '127.0.0.1', port, from: 'MechNet <mechnet@camera.test>' });

/** Message-IDs received, each with how many times. */
const countIds = (mail: MailServer) => {
  const n = new Map<string, number>();
  for (const m of mail.received) n.set(m.messageId ?? '', (n.get(m.messageId ?? '') ?? 0) + 1);
  return n;
};

/**
 * @param engine what the suite is about, for its name
 * @param storeUrl the store's URL (a new file, or the test database)
 */
export function outboxSuite(engine: 'sqlite' | 'postgres', storeUrl: () => string): void {
  describe(`e-mail through the outbox on ${engine}`, () => {
    let url: string;
    let store: Store;
    const stores: Store[] = [];

    before(async () => {
      url = storeUrl();
      store = await openStore(url);
      stores.push(store);
      assert.equal(await store.migrate(), SCHEMA_VERSION);
      assert.equal(SCHEMA_VERSION, 5);
    });
    after(async () => {
      for (const s of stores) await s.close();
    });

    /** A new programme in the store and a handler for it. */
    async function fresh() {
      const id = `t-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id, openProgramme(id));
      return { id, handler: createHandler({ store, programme: id, rateLimits: false }) };
    }

    it('an application writes its receipt in the same transaction; it arrives once, with the reference, as text and HTML, in the language of the request', async () => {
      const mail = await startMailServer();
      try {
        const { id, handler } = await fresh();
        const en = application(id, 1);
        en.contact.email = 'anna.rossi@example.com';
        const it1 = application(id, 2);
        it1.contact.email = 'mario.bianchi@example.com';
        const rEn = await handler(post(BASE, en, { 'accept-language': 'en-GB,en;q=0.8' }));
        const rIt = await handler(post(BASE, it1));
        assert.equal(rEn.status, 201);
        assert.equal(rIt.status, 201);
        const refEn = ((await rEn.json()) as { reference: string }).reference;
        const refIt = ((await rIt.json()) as { reference: string }).reference;
        const waiting = await store.messages(id);
        assert.deepEqual(
          waiting.map((m) => [m.cause, m.recipient, m.language, m.status]),
          [
            [`receipt:${refEn}:anna.rossi@example.com`, 'anna.rossi@example.com', 'en', 'waiting'],
            [`receipt:${refIt}:mario.bianchi@example.com`, 'mario.bianchi@example.com', 'it', 'waiting'],
          ],
        );
        const report = await sendDue({ store, smtp: smtpAt(mail.port), programme: id });
        assert.deepEqual(report, { configured: true, sent: 2, retrying: 0, gaveUp: 0 });
        const [a, b] = await mail.waitFor(2);
        assert.equal(a!.messageId, waiting[0]!.messageId);
        assert.match(a!.messageId!, new RegExp(`^<${id}\\.\\d+@mechnet>$`));
        assert.equal((a!.to as { text: string }).text, 'anna.rossi@example.com');
        assert.deepEqual(a!.from!.value.map((x) => [x.name, x.address]), [['MechNet', 'mechnet@camera.test']]);
        assert.match(a!.subject!, new RegExp(`^Application received: ${refEn} \\(`));
        assert.match(a!.text!, new RegExp(`Reference of the application: ${refEn}\\.`));
        assert.match(a!.text!, /What happens next/);
        assert.match(String(a!.html), new RegExp(`<strong>Reference of the application: ${refEn}\\.`));
        assert.match(String(a!.html), /<html lang="en">/);
        assert.equal(a!.headers.get('content-language'), 'en');
        assert.match(b!.subject!, new RegExp(`^Domanda ricevuta: ${refIt} \\(`));
        assert.match(b!.text!, new RegExp(`Riferimento della domanda: ${refIt}\\.`));
        assert.match(String(b!.html), /<html lang="it">/);
        // No personal data but what the firm gave: not the partita IVA, not the address.
        assert.ok(!a!.text!.includes(en.firm.partitaIva));
        assert.ok(!a!.text!.includes(en.firm.address.street));
        // Sent once: a second pass finds nothing.
        assert.deepEqual(await sendDue({ store, smtp: smtpAt(mail.port), programme: id }), { configured: true, sent: 0, retrying: 0, gaveUp: 0 });
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(mail.received.length, 2);
        assert.deepEqual(
          (await store.messages(id)).map((m) => [m.status, m.attempts]),
          [
            ['sent', 1],
            ['sent', 1],
          ],
        );
      } finally {
        await mail.close();
      }
    });

    it('the same application sent again (same key) and a duplicate firm write no second message; a refused application none', async () => {
      const { id, handler } = await fresh();
      const app = application(id, 3);
      assert.equal((await handler(post(BASE, app))).status, 201);
      const again = await handler(post(BASE, app));
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      const duplicate = application(id, 3);
      assert.equal((await handler(post(BASE, duplicate))).status, 409);
      const invalid = application(id, 4);
      invalid.firm.staff = -1;
      assert.equal((await handler(post(BASE, invalid))).status, 422);
      assert.equal((await store.messages(id)).length, 1);
    });

    it('a cause is written once: the same message appended again is not stored twice', async () => {
      const { id } = await fresh();
      const m = { cause: 'receipt:X-0001:a@example.com', recipient: 'a@example.com', language: 'it' as const, subject: 's', text: 't', html: '<p>t</p>' };
      assert.ok((await store.append(id, [{ type: 'note' }], { expectedVersion: 0, messages: [m] })).ok);
      assert.ok((await store.append(id, [{ type: 'note' }], { expectedVersion: 1, messages: [m, { ...m, cause: 'receipt:X-0002:a@example.com' }] })).ok);
      assert.deepEqual(
        (await store.messages(id)).map((x) => x.cause),
        ['receipt:X-0001:a@example.com', 'receipt:X-0002:a@example.com'],
      );
      // An append that conflicts writes no message either.
      assert.equal((await store.append(id, [{ type: 'note' }], { expectedVersion: 0, messages: [{ ...m, cause: 'receipt:X-0003:a@example.com' }] })).ok, false);
      assert.equal((await store.messages(id)).length, 2);
    });

    it('claims: the limit holds, claims at once take disjoint messages, a held message waits for its claim to end, a sent one is never taken again', async () => {
      const { id } = await fresh();
      const m = (c: string) => ({ cause: c, recipient: 'a@example.com', language: 'it' as const, subject: 's', text: 't', html: 'h' });
      const causes = Array.from({ length: 12 }, (_, i) => `c${i}`);
      assert.ok((await store.append(id, [{ type: 'note' }], { expectedVersion: 0, messages: causes.map(m) })).ok);
      const other = await openStore(url);
      stores.push(other);
      const t0 = new Date(Date.now() + 1000);
      const one = await store.claimMessages({ programme: id, limit: 1, now: t0 });
      assert.equal(one.length, 1);
      const [a, b] = await Promise.all([store.claimMessages({ programme: id, limit: 4, now: t0 }), other.claimMessages({ programme: id, limit: 4, now: t0 })]);
      const ids = [...one, ...a, ...b].map((x) => x.id);
      assert.equal(ids.length, 9);
      assert.equal(new Set(ids).size, 9, 'no message in two claims');
      const rest = await store.claimMessages({ programme: id, limit: 100, now: t0 });
      assert.equal(rest.length, 3);
      assert.deepEqual(await store.claimMessages({ programme: id, now: new Date(t0.getTime() + 4 * 60_000) }), [], 'held for 5 minutes');
      await store.markSent(one[0]!.id);
      const later = await store.claimMessages({ programme: id, limit: 100, now: new Date(t0.getTime() + 6 * 60_000) });
      assert.equal(later.length, 11, 'claims that ended are taken again, the sent one never');
      assert.ok(later.every((x) => x.attempts === 2));
    });

    it("erasing a firm's personal data erases its messages too, sent or waiting, in the same transaction", async () => {
      const { id, handler } = await fresh();
      const a = application(id, 9);
      a.contact.email = 'erase.me@example.com';
      const b = application(id, 10);
      assert.equal((await handler(post(BASE, a))).status, 201);
      assert.equal((await handler(post(BASE, b))).status, 201);
      const r = await eraseFirm(store, { programme: id, firm: a.firm.partitaIva, reason: 'request of the firm', author: 'Ufficio' });
      assert.ok(r.erased);
      const [erased, kept] = await store.messages(id);
      assert.deepEqual([erased!.recipient, erased!.subject, erased!.text, erased!.html, erased!.status], ['', '', '', '', 'failed']);
      assert.equal(erased!.cause, `erased:${erased!.id}`);
      assert.ok(!JSON.stringify(await store.messages(id)).includes('erase.me@example.com'));
      assert.equal(kept!.status, 'waiting');
      assert.equal(kept!.recipient, b.contact.email);
    });

    it('names from the application are escaped in the HTML part and stay on their line in the text part', async () => {
      const mail = await startMailServer();
      try {
        const { id, handler } = await fresh();
        const app = application(id, 5);
        app.firm.name = 'Rossi <script>alert(1)</script> & Figli "S.r.l."';
        app.contact.name = 'Anna <b>Rossi</b>';
        assert.equal((await handler(post(BASE, app))).status, 201);
        await sendDue({ store, smtp: smtpAt(mail.port), programme: id });
        const [m] = await mail.waitFor(1);
        const html = String(m!.html);
        assert.ok(!html.includes('<script>'));
        assert.ok(html.includes('Rossi &lt;script&gt;alert(1)&lt;/script&gt; &amp; Figli &quot;S.r.l.&quot;'));
        assert.ok(html.includes('Gentile Anna &lt;b&gt;Rossi&lt;/b&gt;,'));
        assert.ok(m!.text!.includes('Rossi <script>alert(1)</script> & Figli "S.r.l."'));
      } finally {
        await mail.close();
      }
    });

    it('SMTP down, then up: the failure is kept and listed by mechnet outbox; the message goes once the server is back and its wait is over', async () => {
      const { id, handler } = await fresh();
      const port = await freePort();
      assert.equal((await handler(post(BASE, application(id, 6)))).status, 201);
      const t0 = new Date();
      const down = await sendDue({ store, smtp: smtpAt(port), programme: id, now: () => t0 });
      assert.deepEqual(down, { configured: true, sent: 0, retrying: 1, gaveUp: 0 });
      const [m] = await store.messages(id);
      assert.equal(m!.status, 'waiting');
      assert.equal(m!.attempts, 1);
      assert.match(m!.lastError!, /ECONNREFUSED|ESOCKET|ECONNECTION/);
      assert.equal(m!.nextAttemptAt, new Date(t0.getTime() + 60_000).toISOString());
      const listed = await cli('outbox', '--store', url, '--programme', id);
      assert.equal(listed.code, 0);
      assert.match(listed.out, /Messages: 0 sent, 1 waiting, 0 failed/);
      assert.match(listed.out, /next attempt .*\(attempts: 1\)\n {5}last error: .*(ECONNREFUSED|ECONNECTION)/);
      const mail = await startMailServer(port);
      try {
        // Not yet due: the server is back but the wait (1 min) is not over.
        assert.equal((await sendDue({ store, smtp: smtpAt(port), programme: id, now: () => new Date(t0.getTime() + 30_000) })).sent, 0);
        const up = await sendDue({ store, smtp: smtpAt(port), programme: id, now: () => new Date(t0.getTime() + 61_000) });
        assert.equal(up.sent, 1);
        await mail.waitFor(1);
        const [sent] = await store.messages(id);
        assert.equal(sent!.status, 'sent');
        assert.equal(sent!.attempts, 2);
        assert.equal(mail.received[0]!.messageId, sent!.messageId);
        assert.match((await cli('outbox', '--store', url, '--programme', id)).out, /Messages: 1 sent, 0 waiting, 0 failed/);
      } finally {
        await mail.close();
      }
    });

    it('a mail server that does not answer stops the pass at the first message: the others spend no attempt, and all go once it is back', async () => {
      const { id, handler } = await fresh();
      const port = await freePort();
      for (const n of [12, 13, 14]) assert.equal((await handler(post(BASE, application(id, n)))).status, 201);
      const t0 = new Date(Date.now() + 1000);
      assert.deepEqual(await sendDue({ store, smtp: smtpAt(port), programme: id, now: () => t0 }), { configured: true, sent: 0, retrying: 1, gaveUp: 0 });
      assert.deepEqual(
        (await store.messages(id)).map((m) => m.attempts),
        [1, 0, 0],
      );
      const mail = await startMailServer(port);
      try {
        assert.equal((await sendDue({ store, smtp: smtpAt(port), programme: id, now: () => new Date(t0.getTime() + 61_000) })).sent, 3);
        await mail.waitFor(3);
        assert.deepEqual([...new Set(countIds(mail).values())], [1]);
      } finally {
        await mail.close();
      }
    });

    it('a recipient refused for good (550) is given up at once and listed as failed; other messages still go', async () => {
      const mail = await startMailServer(undefined, {
        onRcptTo(address, _session, callback) {
          if (address.address.startsWith('nobody@')) return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
          callback();
        },
      });
      try {
        const { id, handler } = await fresh();
        const bad = application(id, 7);
        bad.contact.email = 'nobody@example.com';
        assert.equal((await handler(post(BASE, bad))).status, 201);
        assert.equal((await handler(post(BASE, application(id, 8)))).status, 201);
        const r = await sendDue({ store, smtp: smtpAt(mail.port), programme: id });
        assert.deepEqual(r, { configured: true, sent: 1, retrying: 0, gaveUp: 1 });
        const [refused] = await store.messages(id);
        assert.equal(refused!.status, 'failed');
        assert.match(refused!.lastError!, /550/);
        const listed = await cli('outbox', '--store', url, '--programme', id);
        assert.match(listed.out, /Messages: 1 sent, 0 waiting, 1 failed/);
        assert.match(listed.out, /nobody@example\.com: failed, given up \(attempts: 1\)\n {5}last error: .*550/);
      } finally {
        await mail.close();
      }
    });

    it('two senders at once, in this process and in two mechnet send processes, never send one message twice', { timeout: 120_000 }, async () => {
      const mail = await startMailServer(undefined, { delayMs: 20 });
      try {
        const { id, handler } = await fresh();
        const n = 30;
        for (let i = 0; i < n; i++) assert.equal((await handler(post(BASE, application(id, 100 + i)))).status, 201);
        const other = await openStore(url);
        stores.push(other);
        const env = { MECHNET_SMTP_HOST: '127.0.0.1', MECHNET_SMTP_PORT: String(mail.port), MECHNET_MAIL_FROM: 'mechnet@camera.test' };
        const [a, b, c, d] = await Promise.all([
          sendDue({ store, smtp: smtpAt(mail.port), programme: id }),
          sendDue({ store: other, smtp: smtpAt(mail.port), programme: id }),
          cliProcess(['send', '--store', url, '--programme', id], env),
          cliProcess(['send', '--store', url, '--programme', id], env),
        ]);
        assert.equal(c.code, 0, c.out);
        assert.equal(d.code, 0, d.out);
        const byProcesses = [c, d].map((x) => Number(/Messages sent: (\d+)/.exec(x.out)?.[1]));
        assert.equal(a.sent + b.sent + byProcesses[0]! + byProcesses[1]!, n);
        await mail.waitFor(n);
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(mail.received.length, n);
        assert.deepEqual([...new Set(countIds(mail).values())], [1]);
        assert.ok((await store.messages(id)).every((m) => m.status === 'sent' && m.attempts === 1));
      } finally {
        await mail.close();
      }
    });

    it('a server killed (SIGKILL) after the 201 and before sending sends the receipt once it is back, once', { timeout: 120_000 }, async () => {
      const mail = await startMailServer();
      const dir = tempDir();
      const id = `t-${randomUUID().slice(0, 8)}`;
      const file = definitionFile(dir, openProgramme(id));
      const smtp = ['--smtp-host', '127.0.0.1', '--smtp-port', String(mail.port), '--mail-from', 'mechnet@camera.test'];
      // A first server that would send only in an hour: killed right after answering.
      let server = await startServer(url, file, ['--post-rate', '0', '--get-rate', '0', ...smtp, '--send-every', '3600']);
      try {
        const r = await fetch(post(server.url, application(id, 200)));
        assert.equal(r.status, 201);
        server.child.kill('SIGKILL');
        await new Promise((resolve) => server.child.once('exit', resolve));
        assert.equal(mail.received.length, 0);
        assert.equal((await store.messages(id))[0]!.status, 'waiting');
        const started = performance.now();
        server = await startServer(url, file, ['--post-rate', '0', '--get-rate', '0', ...smtp, '--send-every', '1']);
        await mail.waitFor(1);
        const ms = performance.now() - started;
        // Several passes more: still one.
        await new Promise((resolve) => setTimeout(resolve, 2500));
        assert.equal(mail.received.length, 1);
        assert.equal((await store.messages(id))[0]!.status, 'sent');
        assert.match(server.log(), /messages are sent through the mail server 127\.0\.0\.1/, 'said once listening');
        console.log(`# ${engine}: receipt owed before the kill arrived ${ms.toFixed(0)} ms after the restart began`);
        server.child.kill('SIGTERM');
        const code = await new Promise<number | null>((resolve) => server.child.once('exit', resolve));
        assert.equal(code, 0);
      } finally {
        if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
        await mail.close();
      }
    });

    it('without a mail server messages wait, mechnet outbox says why, mechnet send says so and exits 0, and serve does not crash', { timeout: 60_000 }, async () => {
      const dir = tempDir();
      const id = `t-${randomUUID().slice(0, 8)}`;
      const file = definitionFile(dir, openProgramme(id));
      const server = await startServer(url, file);
      try {
        for (let i = 0; i < 100 && !/no mail server/.test(server.log()); i++) await new Promise((r) => setTimeout(r, 20));
        assert.match(server.log(), /no mail server/);
        assert.equal((await fetch(post(server.url, application(id, 300)))).status, 201);
        const saved = process.env.MECHNET_SMTP_HOST;
        delete process.env.MECHNET_SMTP_HOST;
        try {
          const listed = await cli('outbox', '--store', url, '--programme', id);
          assert.equal(listed.code, 0);
          assert.match(listed.out, /One message waits because no mail server is configured: set MECHNET_SMTP_HOST/);
          const sent = await cli('send', '--store', url, '--programme', id);
          assert.equal(sent.code, 0);
          assert.match(sent.err, /No mail server configured/);
        } finally {
          if (saved !== undefined) process.env.MECHNET_SMTP_HOST = saved;
        }
        assert.equal((await store.messages(id))[0]!.attempts, 0);
        assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
      } finally {
        server.child.kill('SIGTERM');
      }
    });

    it('mechnet send and outbox: usage errors exit 2, the password comes from a file', async () => {
      const dir = tempDir();
      assert.equal((await cli('outbox')).code, 2);
      assert.equal((await cli('send', '--store', url, '--smtp-host', '127.0.0.1', '--smtp-port', '70000')).code, 2);
      const secret = join(dir, 'password');
      writeFileSync(secret, 'not-on-the-command-line\n');
      const mail = await startMailServer(undefined, {
        authOptional: false,
        allowInsecureAuth: true,
        onAuth(auth, _session, callback) {
          if (auth.username === 'mechnet' && auth.password === 'not-on-the-command-line') return callback(null, { user: 'mechnet' });
          callback(new Error('Invalid username or password'));
        },
      });
      try {
        const { id, handler } = await fresh();
        assert.equal((await handler(post(BASE, application(id, 400)))).status, 201);
        const r = await cli('send', '--store', url, '--programme', id, '--smtp-host', '127.0.0.1', '--smtp-port', String(mail.port), '--smtp-user', 'mechnet', '--smtp-password-file', secret, '--mail-from', 'mechnet@camera.test');
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, /Messages sent: 1; to try again later: 0; given up: 0/);
        await mail.waitFor(1);
      } finally {
        await mail.close();
      }
    });
  });
}
