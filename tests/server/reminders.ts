/**
 * Decisions and reminders through the outbox, the same on every engine:
 * `mechnet add` writes a decision's message with its event, `mechnet remind`
 * queues the verification reminders and the office's digest once each. A
 * real SMTP server (`smtp-server`) receives them; `mailparser` reads them.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from './support/cli.js';
import { mechnetDefinition, type ProgrammeDefinition } from '../../src/index.js';
import { calendarFeedPath, createHandler, openStore, sendDue, type SmtpSettings, type Store } from '../../src/server/index.js';
import { application, openProgramme, post, tempDir } from './support/fixtures.js';
import { startMailServer } from './support/mail.js';

const BASE = 'http://mechnet.test';
const SECRET = 'a-calendar-secret-of-the-tests-0123456789';

const smtpAt = (port: number): SmtpSettings => ({ host: '127.0.0.1', port, from: 'MechNet <mechnet@camera.test>' });
// The day in the programme's time zone, as the server dates events (not UTC's, a day behind near midnight).
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
const sample = JSON.parse(readFileSync(new URL('../../examples/mechnet-varese-2010.json', import.meta.url), 'utf8')) as { events: Record<string, unknown>[] };

/** The rows of `mechnet schedule`'s table: each firm with its due and overdue dates. */
function scheduleRows(out: string): { due: string[]; overdue: string[] } {
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  const header = lines[1]!;
  const dates = [...header.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => ({ date: m[0], at: m.index! }));
  const due: string[] = [];
  const overdue: string[] = [];
  for (const line of lines.slice(2)) {
    const firm = line.slice(0, dates[0]!.at).trim();
    for (const d of dates) {
      const cell = line.slice(d.at, d.at + 11).trim();
      if (cell === 'due') due.push(`${firm} ${d.date}`);
      if (cell === 'OVERDUE') overdue.push(`${firm} ${d.date}`);
    }
  }
  return { due, overdue };
}

/**
 * @param engine what the suite is about, for its name
 * @param storeUrl the store's URL (a new file, or the test database)
 */
export function remindersSuite(engine: 'sqlite' | 'postgres', storeUrl: () => string): void {
  describe(`decisions and reminders through the outbox on ${engine}`, () => {
    let url: string;
    let store: Store;
    let sampleId: string;

    before(async () => {
      url = storeUrl();
      store = await openStore(url);
      await store.migrate();
      // The sample record (the MechNet preset: reminders 7 days before, digest on Monday) under a programme id of its own.
      sampleId = `varese-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(sampleId, { ...(structuredClone(mechnetDefinition) as ProgrammeDefinition), id: sampleId });
      const events = JSON.parse(JSON.stringify(sample.events).replaceAll('"mechnet-varese-2010"', JSON.stringify(sampleId))) as Record<string, unknown>[];
      assert.ok((await store.append(sampleId, events, { expectedVersion: 0 })).ok);
    });
    after(async () => {
      delete process.env.MECHNET_CALENDAR_SECRET;
      await store.close();
    });

    it('a decision added with mechnet add writes one message of its kind to the firm, in the language of its receipt, with the calendar feed when known', async () => {
      const id = `t-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id, openProgramme(id));
      const handler = createHandler({ store, programme: id, rateLimits: false });
      const apps = [1, 2, 3].map((n) => application(id, n));
      apps[0]!.contact.email = 'anna.rossi@example.com';
      apps[1]!.contact.email = 'mario.bianchi@example.com';
      apps[2]!.contact.email = 'luca.verdi@example.com';
      assert.equal((await handler(post(BASE, apps[0]!, { 'accept-language': 'en' }))).status, 201);
      assert.equal((await handler(post(BASE, apps[1]!))).status, 201);
      assert.equal((await handler(post(BASE, apps[2]!, { 'accept-language': 'en' }))).status, 201);
      const dir = tempDir();
      const file = join(dir, 'events.json');
      const piva = (k: number) => apps[k]!.firm.partitaIva as string;
      writeFileSync(
        file,
        JSON.stringify([
          { type: 'enrolment.accepted', id: 'acc-1', date: today(), author: 'Ufficio', firm: piva(0) },
          { type: 'enrolment.rejected', id: 'rej-2', date: today(), author: 'Ufficio', firm: piva(1), reasons: [{ code: 'territory', message: { it: 'La sede è fuori <provincia>', en: 'The seat is outside the province' } }, { code: 'other_reason' }] },
          { type: 'enrolment.waitlisted', id: 'wait-3', date: today(), author: 'Ufficio', firm: piva(2) },
        ]),
      );
      process.env.MECHNET_CALENDAR_SECRET = SECRET;
      const r = await cli('add', file, '--store', url, '--programme', id, '--public-url', 'https://mechnet.example.it/');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /3 events added/);
      assert.match(r.out, /3 messages queued for the firms/);
      const decisions = (await store.messages(id)).filter((m) => m.cause.startsWith('decision:'));
      assert.deepEqual(
        decisions.map((m) => [m.cause, m.language]),
        [
          ['decision:acc-1:anna.rossi@example.com', 'en'],
          ['decision:rej-2:mario.bianchi@example.com', 'it'],
          ['decision:wait-3:luca.verdi@example.com', 'en'],
        ],
      );
      const mail = await startMailServer();
      try {
        await sendDue({ store, smtp: smtpAt(mail.port), programme: id });
        const received = await mail.waitFor(6);
        const bySubject = (re: RegExp) => received.filter((m) => re.test(m.subject ?? ''));
        const [accepted] = bySubject(/^Application accepted: /);
        const [rejected] = bySubject(/^Domanda non accolta: /);
        const [waitlisted] = bySubject(/^Application on the waiting list: /);
        assert.ok(accepted && rejected && waitlisted);
        assert.equal((accepted.to as { text: string }).text, 'anna.rossi@example.com');
        const feed = `https://mechnet.example.it${calendarFeedPath(SECRET, id, piva(0))}`;
        assert.ok(accepted.text!.includes(feed), accepted.text);
        assert.ok(String(accepted.html).includes(feed));
        assert.match(accepted.text!, new RegExp(`the application of Officina di prova 1 S\\.r\\.l\\. to the programme .* was accepted on`));
        assert.match(rejected.text!, /non è stata accolta (il |l').*, per queste ragioni:\n\n- La sede è fuori <provincia>\n- motivo con codice other_reason/);
        assert.ok(String(rejected.html).includes('<li>La sede è fuori &lt;provincia&gt;</li>'));
        assert.match(waitlisted.text!, /on the waiting list, in place 1\./);
        // Only what the firm gave: not its partita IVA.
        for (const m of [accepted, rejected, waitlisted]) assert.ok(!m.text!.includes(piva(0)) && !m.text!.includes(piva(1)));
      } finally {
        await mail.close();
      }
      // Without the public address, the acceptance has no feed.
      const id2 = `t-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id2, openProgramme(id2));
      const app = application(id2, 4);
      assert.equal((await createHandler({ store, programme: id2, rateLimits: false })(post(BASE, app))).status, 201);
      writeFileSync(file, JSON.stringify([{ type: 'enrolment.accepted', id: 'acc-4', date: today(), author: 'Ufficio', firm: app.firm.partitaIva }]));
      assert.equal((await cli('add', file, '--store', url, '--programme', id2)).code, 0);
      const [only] = (await store.messages(id2)).filter((m) => m.cause.startsWith('decision:'));
      assert.match(only!.subject, /^Domanda accolta: /);
      assert.ok(!only!.text.includes('/calendar/'));
    });

    it('remind before the reminder window queues nothing; in it, the coming verifications once, however many runs', async () => {
      // 2010-11-23 is a Tuesday: no digest; the verification of 2010-12-01 is 8 days later, one more than the window.
      let r = await cli('remind', '--store', url, '--programme', sampleId, '--as-of', '2010-11-23');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^0 new messages queued/);
      r = await cli('remind', '--store', url, '--programme', sampleId, '--as-of', '2010-11-24');
      const n = Number(/^(\d+) new messages/.exec(r.out)?.[1]);
      assert.ok(n > 0, r.out);
      const coming = (await store.messages(sampleId)).filter((m) => m.cause.startsWith('verification-coming:'));
      assert.equal(coming.length, n);
      assert.ok(coming.every((m) => m.cause.includes(':2010-12-01:')));
      r = await cli('remind', '--store', url, '--programme', sampleId, '--as-of', '2010-11-24');
      assert.match(r.out, /^0 new messages queued/);
      r = await cli('remind', '--store', url, '--programme', sampleId, '--as-of', '2010-11-25');
      assert.match(r.out, /^0 new messages queued/, 'the same verification is not reminded again the next day');
    });

    it('the digest on the digest weekday lists what mechnet schedule shows as due and overdue; overdue reminders once each', async () => {
      for (const date of ['2012-06-04', '2012-06-25']) {
        const before = (await store.messages(sampleId)).length;
        const r = await cli('remind', '--store', url, '--programme', sampleId, '--as-of', date);
        assert.equal(r.code, 0, r.err);
        const added = (await store.messages(sampleId)).slice(before);
        const digest = added.find((m) => m.cause === `digest:${date}`);
        assert.ok(digest, `a digest on Monday ${date}`);
        assert.equal(digest.recipient, mechnetDefinition.contact.email);
        const schedule = scheduleRows((await cli('schedule', '--store', url, '--programme', sampleId, '--as-of', date)).out);
        // The digest's entries, as `firm date`, in its two lists.
        const [dueText, overdueText] = digest.text.split(/\n\nIn ritardo \(\d+\):\n\n/);
        const entries = (t: string) => [...t.matchAll(/^- (.*) \(\d{11}\): verifica (?:del |dell')(.*), entro (?:il |l').*$/gm)].map((m) => `${m[1]} ${m[2]}`);
        const months = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
        const iso = (s: string) =>
          s.replace(/(\d+)º? ([a-z]+) (\d{4})$/, (_, d: string, m: string, y: string) => `${y}-${String(months.indexOf(m) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`);
        assert.deepEqual(entries(dueText!).map(iso), schedule.due);
        assert.deepEqual(entries(overdueText!).map(iso), schedule.overdue);
        assert.ok(schedule.due.length + schedule.overdue.length > 0);
        if (date === '2012-06-25') {
          // Those overdue on 2012-06-04 were reminded then; each overdue verification has one reminder.
          const overdue = (await store.messages(sampleId)).filter((m) => m.cause.startsWith('verification-overdue:'));
          assert.equal(overdue.length, schedule.overdue.length, 'one reminder per overdue verification');
          assert.equal(new Set(overdue.map((m) => m.cause)).size, overdue.length);
          const again = await cli('remind', '--store', url, '--programme', sampleId, '--as-of', '2012-06-26');
          assert.match(again.out, /^0 new messages queued/, 'overdue reminded once');
        }
      }
    });

    it('every kind arrives through the SMTP server and mailparser reads its text and HTML', async () => {
      const mail = await startMailServer();
      try {
        const waiting = (await store.messages(sampleId)).filter((m) => m.status === 'waiting');
        const report = await sendDue({ store, smtp: smtpAt(mail.port), programme: sampleId });
        assert.equal(report.sent, waiting.length);
        const received = await mail.waitFor(waiting.length);
        for (const prefix of ['Verifica del ', 'Verifiche al ']) assert.ok(received.some((m) => m.subject!.startsWith(prefix)), prefix);
        assert.ok(received.some((m) => / in ritardo: /.test(m.subject!)));
        for (const m of received) {
          assert.ok(m.text!.length > 0);
          assert.match(String(m.html), /<html lang="it">/);
          assert.doesNotMatch(m.text! + String(m.html), /\{[a-z]+\}/);
        }
      } finally {
        await mail.close();
      }
    });
  });
}
