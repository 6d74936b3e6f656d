/**
 * Applications confirmed from the firm's PEC address (rule-book §2), the same
 * on every engine: the squatting and membership-leak cases, the link
 * received by a real SMTP server and followed, expiry, an officer's proof,
 * contested claims in `mechnet applications`.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { cli } from './support/cli.js';
import type { ProgrammeDefinition } from '../../src/programme/schema.js';
import { createHandler, openStore, sendDue, type SmtpSettings, type Store } from '../../src/server/index.js';
import { application, openProgramme, partitaIva, post } from './support/fixtures.js';
import { startMailServer } from './support/mail.js';

const BASE = 'http://mechnet.test';
const smtpAt = (port: number): SmtpSettings => ({ host: '127.0.0.1', port, from: 'MechNet <mechnet@camera.test>' });

/** A programme open today that asks for confirmation from the PEC. */
function pecProgramme(id: string): ProgrammeDefinition {
  return { ...openProgramme(id), enrolment: { confirmation: 'pec', linkValidDays: 14 } };
}

/** The application of firm `n`, from a contact and a PEC address. */
function claimOf(id: string, n: number, contact: string, pec: string): Record<string, any> {
  const a = application(id, n);
  a.contact.email = contact;
  a.firm.pec = pec;
  return a;
}

/** The confirmation link in a received message. */
function linkIn(mail: ParsedMail): string {
  const found = /https?:\/\/\S+\/api\/confirm\/[A-Za-z0-9_-]{43}/.exec(mail.text ?? '');
  assert.ok(found, `a link in: ${mail.text}`);
  return found[0];
}

/** The events of a programme, as stored. */
async function events(store: Store, id: string): Promise<Record<string, any>[]> {
  return (await store.events(id)).map((e) => e.event);
}

/**
 * @param engine what the suite is about, for its name
 * @param storeUrl the store's URL (a new file, or the test database)
 */
export function confirmationSuite(engine: 'sqlite' | 'postgres', storeUrl: () => string): void {
  describe(`confirmation from the PEC on ${engine}`, () => {
    let url: string;
    let store: Store;

    before(async () => {
      url = storeUrl();
      store = await openStore(url);
      await store.migrate();
    });
    after(async () => {
      await store.close();
    });

    /** A new programme that asks for confirmation, and a handler for it. */
    async function fresh(options: { now?: () => Date; confirmedUrl?: string } = {}) {
      const id = `c-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id, pecProgramme(id));
      return { id, handler: createHandler({ store, programme: id, rateLimits: false, ...options }) };
    }

    /** Sends what the outbox holds to a new SMTP server; the messages received. */
    async function deliver(id: string, n: number): Promise<ParsedMail[]> {
      const mail = await startMailServer();
      try {
        await sendDue({ store, smtp: smtpAt(mail.port), programme: id });
        return await mail.waitFor(n);
      } finally {
        await mail.close();
      }
    }

    it('the link reaches the PEC address; opening it changes nothing; its button records enrolment.confirmed once; the store keeps only its hash', async () => {
      const { id, handler } = await fresh();
      const app = claimOf(id, 1, 'anna.rossi@example.com', 'officina1@pec.example.it');
      const answer = await handler(post(BASE, app, { 'accept-language': 'en' }));
      assert.equal(answer.status, 201);
      const body = (await answer.json()) as { reference: string; confirmBy: string; outcome: string };
      assert.match(body.confirmBy, /^\d{4}-\d{2}-\d{2}$/);
      const received = await deliver(id, 2);
      const toPec = received.find((m) => (m.to as { text: string }).text === 'officina1@pec.example.it')!;
      const receipt = received.find((m) => (m.to as { text: string }).text === 'anna.rossi@example.com')!;
      assert.match(toPec.subject!, new RegExp(`^Confirm the application ${body.reference} `));
      assert.match(toPec.text!, new RegExp(`partita IVA ${app.firm.partitaIva}`));
      assert.ok(!toPec.text!.includes('anna.rossi'), 'the PEC message names no person');
      assert.match(receipt.text!, /officina1@pec\.example\.it/, "the receipt says where the link went");
      assert.match(receipt.text!, /counts only once it is confirmed/);
      const link = linkIn(toPec);
      const token = link.slice(link.lastIndexOf('/') + 1);
      assert.equal(await store.confirmation(token), undefined, 'the token itself is not stored');
      assert.equal((await store.confirmation(createHash('sha256').update(token).digest('hex')))?.firm, app.firm.partitaIva);

      const page = await handler(new Request(link));
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const html = await page.text();
      assert.match(html, /<html lang="en">/);
      assert.match(html, /<form method="post"><button type="submit">I confirm the application<\/button><\/form>/);
      assert.ok(html.includes(body.reference));
      assert.ok(!(await events(store, id)).some((e) => e.type === 'enrolment.confirmed'), 'a GET confirms nothing');

      const done = await handler(new Request(link, { method: 'POST' }));
      assert.equal(done.status, 200);
      assert.match(await done.text(), /Application confirmed/);
      const confirmed = (await events(store, id)).filter((e) => e.type === 'enrolment.confirmed');
      assert.deepEqual(
        confirmed.map((e) => [e.firm, e.by, e.application]),
        [[app.firm.partitaIva, 'pec-link', (await events(store, id))[0]!.id]],
      );
      const again = await handler(new Request(link, { method: 'POST' }));
      assert.equal(again.status, 200);
      assert.match(await again.text(), /already confirmed/);
      assert.equal((await events(store, id)).filter((e) => e.type === 'enrolment.confirmed').length, 1, 'a link confirms once');
    });

    it('squatting: a stranger applies for a real firm first; the real firm still applies, confirms and holds it; the stranger\'s claim is listed as contested', async () => {
      const { id, handler } = await fresh();
      const stranger = claimOf(id, 2, 'stranger@example.com', 'stranger@pec.example.com');
      const real = claimOf(id, 2, 'direzione@officina2.example.it', 'officina2@pec.example.it');
      assert.equal((await handler(post(BASE, stranger))).status, 201);
      const answer = await handler(post(BASE, real));
      assert.equal(answer.status, 201, 'the real firm is not refused as a duplicate');
      const received = await deliver(id, 4);
      const realLink = linkIn(received.find((m) => (m.to as { text: string }).text === 'officina2@pec.example.it')!);
      assert.equal((await handler(new Request(realLink, { method: 'POST' }))).status, 200);
      const listed = await cli('applications', '--store', url, '--programme', id);
      assert.equal(listed.code, 0, listed.err);
      assert.match(listed.out, /1 contested application/);
      assert.match(listed.out, new RegExp(`${id.toUpperCase()}-0001 \\(app-0001\\): .*held by the application ${id.toUpperCase()}-0002`));
      assert.match(listed.out, new RegExp(`${id.toUpperCase()}-0002: Officina di prova 2 S.r.l. \\(partita IVA ${partitaIva(2)}\\), applied on .*, to decide`));
    });

    it('a squatter who confirmed first is contested, and the officer gives the firm to the real claim with a reason', async () => {
      const { id, handler } = await fresh();
      const stranger = claimOf(id, 3, 'stranger@example.com', 'stranger@pec.example.com');
      const real = claimOf(id, 3, 'direzione@officina3.example.it', 'officina3@pec.example.it');
      assert.equal((await handler(post(BASE, stranger))).status, 201);
      const [first] = await deliver(id, 2).then((all) => all.filter((m) => (m.to as { text: string }).text === 'stranger@pec.example.com'));
      assert.equal((await handler(new Request(linkIn(first!), { method: 'POST' }))).status, 200);
      assert.equal((await handler(post(BASE, real))).status, 201);
      const later = await deliver(id, 2);
      const realLink = linkIn(later.find((m) => (m.to as { text: string }).text === 'officina3@pec.example.it')!);
      assert.equal((await handler(new Request(realLink, { method: 'POST' }))).status, 200);
      const listed = await cli('applications', '--store', url, '--programme', id);
      assert.match(listed.out, /1 contested application/);
      assert.match(listed.out, new RegExp(`${id.toUpperCase()}-0002 \\(app-0002\\).*held by the application ${id.toUpperCase()}-0001`));
      // The officer checks the PEC in the public register and rejects the stranger's claim by name.
      const { writeFileSync, mkdtempSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const file = join(mkdtempSync(join(tmpdir(), 'mechnet-confirm-')), 'reject.json');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
      writeFileSync(
        file,
        JSON.stringify([
          { id: 'reject-squat', type: 'enrolment.rejected', date: today, author: 'Ufficio MechNet', firm: partitaIva(3), application: 'app-0001', reasons: [{ code: 'duplicate', message: { it: 'La PEC non è quella del registro delle imprese', en: 'The PEC is not the one in the register of companies' } }] },
          { id: 'accept-real', type: 'enrolment.accepted', date: today, author: 'Ufficio MechNet', firm: partitaIva(3) },
        ]),
      );
      const added = await cli('add', file, '--store', url, '--programme', id);
      assert.equal(added.code, 0, added.err);
      const after = await cli('applications', '--store', url, '--programme', id, '--find', partitaIva(3));
      assert.match(after.out, new RegExp(`${id.toUpperCase()}-0002: .*accepted`));
    });

    it('membership does not leak: a partita IVA that applied and confirmed gets the same answer as one never seen', async () => {
      const { id, handler } = await fresh();
      const member = claimOf(id, 4, 'a@example.com', 'officina4@pec.example.it');
      assert.equal((await handler(post(BASE, member))).status, 201);
      const [toPec] = (await deliver(id, 2)).filter((m) => (m.to as { text: string }).text === 'officina4@pec.example.it');
      assert.equal((await handler(new Request(linkIn(toPec!), { method: 'POST' }))).status, 200);
      const probeMember = await handler(post(BASE, claimOf(id, 4, 'probe@example.com', 'probe@pec.example.com')));
      const probeStranger = await handler(post(BASE, claimOf(id, 5, 'probe@example.com', 'probe@pec.example.com')));
      assert.equal(probeMember.status, probeStranger.status);
      assert.equal(probeMember.status, 201);
      const a = (await probeMember.json()) as Record<string, unknown>;
      const b = (await probeStranger.json()) as Record<string, unknown>;
      assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
      assert.equal(a.outcome, b.outcome);
      assert.deepEqual(a.reasons, b.reasons);
      assert.equal(a.confirmBy, b.confirmBy);
      assert.deepEqual([...probeMember.headers.keys()].sort(), [...probeStranger.headers.keys()].sort());
    });

    it('a link past its last day answers 410 and confirms nothing; an unknown link 404; an officer confirms by another proof', async () => {
      let now = new Date();
      const { id, handler } = await fresh({ now: () => now });
      const app = claimOf(id, 6, 'b@example.com', 'officina6@pec.example.it');
      assert.equal((await handler(post(BASE, app))).status, 201);
      const [toPec] = (await deliver(id, 2)).filter((m) => (m.to as { text: string }).text === 'officina6@pec.example.it');
      const link = linkIn(toPec!);
      now = new Date(Date.now() + 16 * 86_400_000);
      const late = await handler(new Request(link, { method: 'POST' }));
      assert.equal(late.status, 410);
      assert.match(await late.text(), /Link scaduto/);
      assert.equal((await handler(new Request(`${BASE}/api/confirm/${'x'.repeat(43)}`))).status, 404);
      assert.ok(!(await events(store, id)).some((e) => e.type === 'enrolment.confirmed'));
      const waiting = await cli('applications', '--store', url, '--programme', id);
      assert.match(waiting.out, new RegExp(`1 application not yet confirmed from the PEC link:\\n   ${id.toUpperCase()}-0001 \\(app-0001\\): Officina di prova 6 S\\.r\\.l\\. .*link valid until \\d{4}-\\d{2}-\\d{2}`));
      const expiredList = await cli('applications', '--store', url, '--programme', id, '--as-of', now.toISOString().slice(0, 10));
      assert.match(expiredList.out, /link expired on \d{4}-\d{2}-\d{2}/);
      const refused = await cli('confirm', '--store', url, '--programme', id, '--application', `${id.toUpperCase()}-0001`);
      assert.equal(refused.code, 2, 'no --how: a usage error');
      const done = await cli('confirm', '--store', url, '--programme', id, '--application', `${id.toUpperCase()}-0001`, '--how', 'Telephone call to the legal representative', '--author', 'Giulia Verdi');
      assert.equal(done.code, 0, done.err);
      assert.match(done.out, /confirmed/);
      const confirmed = (await events(store, id)).filter((e) => e.type === 'enrolment.confirmed');
      assert.deepEqual(
        confirmed.map((e) => [e.by, e.how, e.author]),
        [['officer', 'Telephone call to the legal representative', 'Giulia Verdi']],
      );
    });

    it('with confirmedUrl the button sends the firm to the Chamber\'s page', async () => {
      const { id, handler } = await fresh({ confirmedUrl: 'https://www.camera.example.it/mechnet/grazie' });
      assert.equal((await handler(post(BASE, claimOf(id, 7, 'c@example.com', 'officina7@pec.example.it')))).status, 201);
      const [toPec] = (await deliver(id, 2)).filter((m) => (m.to as { text: string }).text === 'officina7@pec.example.it');
      const done = await handler(new Request(linkIn(toPec!), { method: 'POST' }));
      assert.equal(done.status, 303);
      assert.equal(done.headers.get('location'), 'https://www.camera.example.it/mechnet/grazie');
    });
  });
}
