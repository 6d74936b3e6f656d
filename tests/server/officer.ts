/**
 * The officer's desk on the server, the same on every engine: who may do
 * what (401, 403), the server's own accounts (sign-in, session cookie,
 * CSRF, lockout, expiry, sign-out), events authored by the signed-in
 * person through the rules at the expected version, a manager's pasted
 * table of measurements, and the report as a spreadsheet read back with
 * exceljs.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { cli } from './support/cli.js';
import { mechnetDefinition } from '../../src/index.js';
import { programmeReport } from '../../src/report/report.js';
import { reportDocument } from '../../src/report/render.js';
import { parseRecord } from '../../src/lifecycle/parse-record.js';
import type { ProgrammeDefinition } from '../../src/programme/schema.js';
import { createHandler, hashPassword, openStore, type Person, type Role, type Store } from '../../src/server/index.js';
import { application, openProgramme, partitaIva, post, tempDir } from './support/fixtures.js';

const BASE = 'http://mechnet.test';
const sample = JSON.parse(readFileSync(new URL('../../examples/mechnet-varese-2010.json', import.meta.url), 'utf8')) as { events: Record<string, unknown>[] };
const PASSWORD = 'una frase lunga e segreta';

/** A desk request with a session's cookie and CSRF token. */
function desk(path: string, s: { cookie?: string; csrf?: string } = {}, init: RequestInit = {}): Request {
  const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
  if (s.cookie) headers.cookie = s.cookie;
  if (s.csrf) headers['x-csrf-token'] = s.csrf;
  if (typeof init.body === 'string' && !headers['content-type']) headers['content-type'] = 'application/json';
  return new Request(`${BASE}/api/officer/${path}`, { ...init, headers });
}

/**
 * @param engine what the suite is about, for its name
 * @param storeUrl the store's URL (a new file, or the test database)
 */
export function officerSuite(engine: 'sqlite' | 'postgres', storeUrl: () => string): void {
  describe(`the officer's desk on ${engine}`, () => {
    let url: string;
    let store: Store;
    let sampleId: string;
    const suffix = randomUUID().slice(0, 6);
    const email = (who: string) => `${who}.${suffix}@camera.example`;

    before(async () => {
      url = storeUrl();
      store = await openStore(url);
      await store.migrate();
      const hash = await hashPassword(PASSWORD);
      const account = (who: string, name: string, role: Role, firms: string[] = []) =>
        store.putAccount({ email: email(who), name, role, firms, passwordHash: hash, disabledAt: null, failures: 0, lockedUntil: null });
      await account('giulia', 'Giulia Verdi', 'officer');
      await account('aldo', 'Aldo Neri', 'auditor');
      await account('rossi', 'Giorgio Rossi', 'manager', ['02184730121']);
      await account('locked', 'Lia Bianchi', 'officer');
      // The sample record under a programme id of its own.
      sampleId = `varese-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(sampleId, { ...(structuredClone(mechnetDefinition) as ProgrammeDefinition), id: sampleId });
      const events = JSON.parse(JSON.stringify(sample.events).replaceAll('"mechnet-varese-2010"', JSON.stringify(sampleId))) as Record<string, unknown>[];
      assert.ok((await store.append(sampleId, events, { expectedVersion: 0 })).ok);
    });
    after(async () => {
      await store.close();
    });

    /** A programme open today with two applications, and a desk handler with the server's own accounts. */
    async function fresh(now?: () => Date) {
      const id = `t-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id, openProgramme(id));
      const handler = createHandler({ store, programme: id, rateLimits: false, accounts: true, log: () => undefined, ...(now ? { now } : {}) });
      for (const n of [1, 2]) assert.equal((await handler(post(BASE, application(id, n)))).status, 201);
      return { id, handler };
    }

    /** Signs in; the cookie to send back and the CSRF token. */
    async function signIn(handler: (r: Request) => Promise<Response>, who: string, password = PASSWORD) {
      const r = await handler(desk('session', {}, { method: 'POST', body: JSON.stringify({ email: email(who), password }) }));
      const setCookie = r.headers.get('set-cookie') ?? '';
      const body = (await r.json()) as { csrf?: string; person?: Person; code?: string };
      return { status: r.status, setCookie, cookie: setCookie.split(';')[0]!, csrf: body.csrf ?? '', body };
    }

    it('answers 401 without a person, on every route; a wrong password and an unknown address get the same 401', async () => {
      const { handler } = await fresh();
      for (const [path, init] of [
        ['applications', {}],
        [`firms/${partitaIva(1)}`, {}],
        ['report?format=md', {}],
        ['events', { method: 'POST', body: '{"expectedVersion":0,"events":[{}]}' }],
      ] as const) {
        const r = await handler(desk(path, {}, init));
        assert.equal(r.status, 401, path);
        assert.equal(((await r.json()) as { code: string }).code, 'sign_in_needed');
      }
      assert.deepEqual(await (await handler(desk('session'))).json(), { person: null, accounts: true }, 'nobody signed in');
      const wrong = await signIn(handler, 'giulia', 'not the password at all');
      const unknown = await signIn(handler, 'nobody', PASSWORD);
      assert.deepEqual([wrong.status, unknown.status], [401, 401]);
      assert.deepEqual(wrong.body, unknown.body);
      assert.equal(wrong.setCookie, '');
    });

    it('signing in sets an HttpOnly, SameSite=Strict cookie (Secure over TLS); the session names the person; signing out ends it', async () => {
      const { handler } = await fresh();
      const s = await signIn(handler, 'giulia');
      assert.equal(s.status, 200);
      assert.match(s.setCookie, /^mechnet_session=[A-Za-z0-9_-]{43}; Path=\/api\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
      assert.deepEqual(s.body.person, { id: email('giulia'), name: 'Giulia Verdi', role: 'officer' });
      const tls = await handler(new Request('https://mechnet.test/api/officer/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: email('giulia'), password: PASSWORD }) }));
      assert.match(tls.headers.get('set-cookie') ?? '', /; Secure; Max-Age=/);
      assert.equal(((await (await handler(desk('session', s))).json()) as { person: Person }).person.name, 'Giulia Verdi');
      assert.equal((await handler(desk('session', { cookie: s.cookie }, { method: 'DELETE' }))).status, 403, 'signing out needs the CSRF token too');
      const out = await handler(desk('session', s, { method: 'DELETE' }));
      assert.equal(out.status, 204);
      assert.match(out.headers.get('set-cookie') ?? '', /Max-Age=0/);
      assert.equal(((await (await handler(desk('session', s))).json()) as { person: null }).person, null);
      assert.equal((await handler(desk('applications', s))).status, 401);
    });

    it('five failures in a row lock the account for 15 minutes (429 with Retry-After), even for the right password', async () => {
      let now = new Date();
      const { handler } = await fresh(() => now);
      for (let i = 0; i < 5; i++) assert.equal((await signIn(handler, 'locked', `wrong password ${i}!`)).status, 401);
      const locked = await signIn(handler, 'locked');
      assert.equal(locked.status, 429);
      assert.equal(locked.body.code, 'locked');
      now = new Date(now.getTime() + 16 * 60_000);
      assert.equal((await signIn(handler, 'locked')).status, 200, 'open again after the lock');
    });

    it('a session ends after 8 hours', async () => {
      let now = new Date();
      const { handler } = await fresh(() => now);
      const s = await signIn(handler, 'giulia');
      assert.equal((await handler(desk('applications', s))).status, 200);
      now = new Date(now.getTime() + 8 * 3_600_000 + 1000);
      assert.equal((await handler(desk('applications', s))).status, 401);
    });

    it('an officer accepts one application and rejects another with a reason: each event authored by the officer, through the rules, with the decision messages', async () => {
      const { id, handler } = await fresh();
      const s = await signIn(handler, 'giulia');
      const queue = (await (await handler(desk('applications', s))).json()) as { version: number; pending: { partitaIva: string; outcome: string; reference: string }[] };
      assert.deepEqual(queue.pending.map((p) => [p.partitaIva, p.outcome]), [[partitaIva(1), 'accept'], [partitaIva(2), 'accept']]);
      const decide = (csrf: string | undefined, version: number) =>
        handler(
          desk('events', { cookie: s.cookie, ...(csrf !== undefined ? { csrf } : {}) }, {
            method: 'POST',
            body: JSON.stringify({
              expectedVersion: version,
              events: [
                { type: 'enrolment.accepted', firm: partitaIva(1), author: 'Someone Else' },
                { type: 'enrolment.rejected', firm: partitaIva(2), reasons: [{ code: 'territory', message: { it: 'Sede fuori provincia', en: 'Seat outside the province' } }] },
              ],
            }),
          }),
        );
      assert.equal((await decide(undefined, queue.version)).status, 403, 'no CSRF token');
      assert.equal((await decide('x'.repeat(32), queue.version)).status, 403, 'a wrong CSRF token');
      const stale = await decide(s.csrf, queue.version - 1);
      assert.equal(stale.status, 409);
      assert.equal(stale.headers.get('x-record-version'), String(queue.version));
      const done = await decide(s.csrf, queue.version);
      assert.equal(done.status, 201, await done.clone().text());
      assert.equal(((await done.json()) as { messages: number }).messages, 2);
      const stored = (await store.events(id)).map((e) => e.event).filter((e) => String(e.type).startsWith('enrolment.') && e.type !== 'enrolment.applied');
      assert.deepEqual(stored.map((e) => [e.type, e.firm, e.author]), [
        ['enrolment.accepted', partitaIva(1), 'Giulia Verdi'],
        ['enrolment.rejected', partitaIva(2), 'Giulia Verdi'],
      ]);
      // A rule's refusal comes back with its words at the event's field, and nothing is stored.
      const again = await handler(desk('events', s, { method: 'POST', body: JSON.stringify({ expectedVersion: queue.version + 2, events: [{ type: 'enrolment.accepted', firm: partitaIva(1) }] }) }));
      assert.equal(again.status, 422);
      const refused = (await again.json()) as { issues: { path: unknown[]; message: string }[] };
      assert.deepEqual(refused.issues[0]!.path.slice(0, 2), ['events', 0]);
      assert.equal((await store.version(id)), queue.version + 2);
    });

    it('an auditor reads and changes nothing; a manager records only for their firms and only their kinds of events', async () => {
      const { handler } = await fresh();
      const a = await signIn(handler, 'aldo');
      assert.equal((await handler(desk('applications', a))).status, 200);
      const change = (s: { cookie: string; csrf: string }, events: unknown[]) => handler(desk('events', s, { method: 'POST', body: JSON.stringify({ expectedVersion: 2, events }) }));
      assert.equal((await change(a, [{ type: 'enrolment.accepted', firm: partitaIva(1) }])).status, 403);
      const m = await signIn(handler, 'rossi');
      const role = await change(m, [{ type: 'enrolment.accepted', firm: partitaIva(1) }]);
      assert.equal(role.status, 403);
      assert.equal(((await role.json()) as { code: string }).code, 'forbidden');
      const other = await change(m, [{ type: 'measurement.recorded', firm: partitaIva(1), indicator: 'x', value: 1 }]);
      assert.equal(((await other.json()) as { code: string }).code, 'not_your_firm');
      assert.equal((await handler(desk(`firms/${partitaIva(1)}`, m))).status, 403);
      assert.equal((await handler(desk('applications', m))).status, 403, "the applicants are not a manager's business");
      assert.deepEqual(((await (await handler(desk('firms', m))).json()) as { firms: unknown[] }).firms, [], 'a manager lists only their firms');
    });

    it('the step forms: an officer gets every step with the record\'s choices, a manager the steps of the role for their own firms, an auditor none; every field is labelled in the language asked', async () => {
      const handler = createHandler({ store, programme: sampleId, rateLimits: false, accounts: true, log: () => undefined });
      type Field = { name: string; label: string; kind: string; choices?: string; fields?: Field[]; item?: Field; variants?: Record<string, Field[]> };
      type Forms = { forms: { type: string; title: string; fields: Field[] }[]; lists: Record<string, [string, string][]> };
      const forms = async (who: string, lang: string) => (await (await handler(desk(`forms?lang=${lang}`, await signIn(handler, who)))).json()) as Forms;
      const every = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...every(f.fields ?? []), ...every(f.item ? [f.item] : []), ...every(Object.values(f.variants ?? {}).flat())]);
      for (const lang of ['it', 'en']) {
        const o = await forms('giulia', lang);
        assert.equal(o.forms.length, 18);
        for (const form of o.forms) {
          assert.ok(form.title.length > 10, form.type);
          for (const f of every(form.fields)) {
            assert.notEqual(f.label, f.name, `${form.type}: ${f.name} has a label in ${lang}`);
            if (f.choices) assert.ok(o.lists[f.choices], `${form.type}: ${f.name}'s list ${f.choices}`);
          }
        }
        assert.equal(o.lists.firms!.length, 13);
        assert.deepEqual(o.lists.collaborations!.map(([id]) => id).sort(), ['acquisto-acciaio-2011', 'centro-5-assi', 'consulente-iso-9001', 'distacco-personale-2011', 'stand-mecspe-2011']);
        assert.equal(o.lists.kinds!.find(([k]) => k === 'purchasing')![1], lang === 'it' ? 'Acquisti collettivi' : 'Collective purchasing');
      }
      const m = await forms('rossi', 'en');
      assert.deepEqual(m.forms.map((f) => f.type).sort(), ['firm.figures-recorded', 'need.declared', 'offer.declared', 'plan.approved']);
      assert.deepEqual(m.lists.firms!.map(([p]) => p), ['02184730121']);
      assert.deepEqual((await forms('aldo', 'en')).forms, []);
    });

    it('a manager pastes a quarter of measurements for their firm: stored, authored by the manager; the firm file shows them', async () => {
      const handler = createHandler({ store, programme: sampleId, rateLimits: false, accounts: true, log: () => undefined, now: () => new Date('2012-04-02T10:00:00Z') });
      const m = await signIn(handler, 'rossi');
      const file = (await (await handler(desk('firms/02184730121', m))).json()) as { version: number; firm: { name: string }; events: unknown[] };
      assert.equal(file.firm.name, 'Officina Meccanica Bossi S.r.l.');
      const table = 'firm\tindicator\tdate\tvalue\tnumerator\tdenominator\n02184730121\tscrap-rate\t2012-03-31\t\t900\t47000\n';
      const r = await handler(desk(`measurements?expectedVersion=${file.version}`, m, { method: 'POST', body: table, headers: { 'content-type': 'text/tab-separated-values' } }));
      assert.equal(r.status, 201, await r.clone().text());
      const last = (await store.events(sampleId)).at(-1)!.event;
      assert.deepEqual([last.type, last.firm, last.indicator, last.numerator, last.denominator, last.author], ['measurement.recorded', '02184730121', 'scrap-rate', 900, 47000, 'Giorgio Rossi']);
    });

    it('a manager uploads the quarter as an xlsx file (its first sheet); a file that is not a spreadsheet is refused with a sentence', async () => {
      const handler = createHandler({ store, programme: sampleId, rateLimits: false, accounts: true, log: () => undefined });
      const m = await signIn(handler, 'rossi');
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Misure');
      sheet.addRow(['firm', 'indicator', 'date', 'value', 'numerator', 'denominator']);
      sheet.addRow(['02184730121', 'scrap-rate', new Date('2012-04-15T00:00:00Z'), null, 850, 46500]);
      const bytes = Buffer.from(await book.xlsx.writeBuffer());
      const version = await store.version(sampleId);
      const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const r = await handler(desk(`measurements?expectedVersion=${version}`, m, { method: 'POST', body: bytes, headers: { 'content-type': type } }));
      assert.equal(r.status, 201, await r.clone().text());
      const last = (await store.events(sampleId)).at(-1)!.event;
      assert.deepEqual([last.type, last.date, last.numerator, last.denominator, last.author], ['measurement.recorded', '2012-04-15', 850, 46500, 'Giorgio Rossi']);
      const bad = await handler(desk(`measurements?expectedVersion=${version + 1}`, m, { method: 'POST', body: Buffer.from('not a zip'), headers: { 'content-type': type } }));
      assert.equal(bad.status, 422);
      assert.match(((await bad.json()) as { message: string }).message, /xlsx/);
    });

    it('the report downloads as xlsx: a sheet per section, the report\'s figures in the cells, money as numbers with a euro format', async () => {
      const handler = createHandler({ store, programme: sampleId, rateLimits: false, accounts: true, log: () => undefined });
      const s = await signIn(handler, 'aldo');
      const r = await handler(desk('report?format=xlsx&asOf=2011-12-31&lang=en', s));
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-disposition') ?? '', /attachment; filename=".*-2011-12-31\.xlsx"/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await r.arrayBuffer());
      const events = (await store.events(sampleId)).map((e) => e.event).filter((e) => String(e.date) <= '2011-12-31');
      const report = programmeReport(parseRecord({ programme: { ...(structuredClone(mechnetDefinition) as ProgrammeDefinition), id: sampleId }, events }), { asOf: '2011-12-31', lang: 'en' });
      assert.ok(book.worksheets.length >= 4, `sheets: ${book.worksheets.map((w) => w.name).join(', ')}`);
      const numbers: { value: number; format: string }[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => typeof c.value === 'number' && numbers.push({ value: c.value, format: c.numFmt ?? '' }))));
      // Every amount of money of the report's tables, in euros, is a number cell with the euro format; nothing else has it.
      const money: number[] = [];
      for (const section of reportDocument(report).sections) {
        for (const table of section.tables) for (const row of table.rows) row.forEach((c, i) => table.kinds?.[i] === 'money' && typeof c.raw === 'number' && money.push(c.raw));
      }
      assert.ok(money.length > 10);
      assert.deepEqual(numbers.filter((n) => n.format.includes('€')).map((n) => n.value).sort((a, b) => a - b), money.sort((a, b) => a - b));
      // Each firm's realised hard savings (in cents in the report) are among them, in euros.
      const hard = report.firms.filter((f) => f.advantage).map((f) => f.advantage!.realised.hardCents / 100);
      assert.ok(hard.length > 0 && hard.every((x) => money.includes(x)), `hard savings ${hard.join(', ')}`);
      assert.ok(book.worksheets[0]!.views[0]?.state === 'frozen');
      // Markdown and a CSV table too.
      assert.match(await (await handler(desk('report?format=md&asOf=2011-12-31', s))).text(), /^# /);
      assert.equal((await handler(desk('report?format=csv&asOf=2011-12-31', s))).status, 400);
    });

    it('a host\'s own sign-in through authorize: 401 without a person, 403 for its auditor changing something', async () => {
      const id = `h-${randomUUID().slice(0, 8)}`;
      await store.putProgramme(id, openProgramme(id));
      const people: Record<string, Person> = { a1: { id: 'a1', name: 'Aldo Neri', role: 'auditor' }, o1: { id: 'o1', name: 'Ornella Bassi', role: 'officer' } };
      const handler = createHandler({ store, programme: id, rateLimits: false, authorize: (r) => people[r.headers.get('x-user') ?? ''] });
      assert.equal((await handler(new Request(`${BASE}/api/officer/applications`))).status, 401);
      const body = JSON.stringify({ expectedVersion: 0, events: [{ type: 'enrolment.accepted', firm: partitaIva(1) }] });
      assert.equal((await handler(new Request(`${BASE}/api/officer/events`, { method: 'POST', headers: { 'x-user': 'a1', 'content-type': 'application/json' }, body }))).status, 403);
      const asOfficer = await handler(new Request(`${BASE}/api/officer/events`, { method: 'POST', headers: { 'x-user': 'o1', 'content-type': 'application/json' }, body }));
      assert.equal(asOfficer.status, 422, 'through the rules: no such firm yet');
    });

    it('mechnet officer add, list and disable; a disabled account cannot sign in', async () => {
      const dir = tempDir();
      const pw = join(dir, 'pw.txt');
      writeFileSync(pw, 'another long secret phrase\n');
      const who = `marta.${suffix}@camera.example`;
      const added = await cli('officer', 'add', who, '--role', 'manager', '--name', 'Marta Galli', '--firms', '02184730121', '--password-file', pw, '--store', url);
      assert.equal(added.code, 0, added.err);
      assert.equal((await store.account(who))?.role, 'manager');
      assert.deepEqual((await store.account(who))?.firms, ['02184730121']);
      assert.equal((await cli('officer', 'add', who, '--role', 'boss', '--name', 'X', '--password-file', pw, '--store', url)).code, 2);
      const listed = await cli('officer', 'list', '--store', url);
      assert.match(listed.out, new RegExp(`${who.replace(/\./g, '\\.')}  Marta Galli  manager  firms 02184730121  active`));
      const { handler } = await fresh();
      const r = await handler(desk('session', {}, { method: 'POST', body: JSON.stringify({ email: who, password: 'another long secret phrase' }) }));
      assert.equal(r.status, 200);
      const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
      assert.equal((await cli('officer', 'disable', who, '--store', url)).code, 0);
      assert.equal((await handler(desk('applications', { cookie }))).status, 401, 'its sessions end');
      const again = await handler(desk('session', {}, { method: 'POST', body: JSON.stringify({ email: who, password: 'another long secret phrase' }) }));
      assert.equal(again.status, 401);
      assert.match((await cli('officer', 'list', '--store', url)).out, /Marta Galli  manager  firms 02184730121  disabled/);
    });
  });
}
