/**
 * Calendar feeds (rule-book §13), the same on every engine: the programme's
 * verification dates with no firm named, each firm's own at the address
 * derived from the secret, fetched from the handler and parsed back with an
 * RFC 5545 parser (ical.js). Each test file runs this suite on one store.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { main } from '../../src/cli/main.js';
import { mechnetDefinition, parseRecord } from '../../src/index.js';
import { calendarFeedPath, calendarToken, createHandler, openStore, type Store } from '../../src/server/index.js';
import { sampleRecordJson } from '../unit/load-sample.js';
import { startServer, tempDir } from './support/fixtures.js';

type Json = Record<string, any>;
const BASE = 'http://mechnet.test';
const SECRET = 'a-test-secret-of-more-than-16-bytes';
const ZANZI = '01630580122';
const ZANZI_NAME = 'Rettifiche Zanzi di Zanzi Ernesto';
const CACCIA = '01482690128';
/** The handler's clock: 30 March 2012, 10:00 in Rome. */
const NOW = new Date('2012-03-30T08:00:00Z');

/** A feed parsed back: the calendar's name and its events. */
function parseFeed(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  assert.equal(cal.name, 'vcalendar');
  assert.equal(cal.getFirstPropertyValue('version'), '2.0');
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      sequence: Number(v.getFirstPropertyValue('sequence')),
      allDay: start.isDate,
      start: start.toString(),
      end: String(v.getFirstPropertyValue('dtend')),
      summary: String(v.getFirstPropertyValue('summary')),
      description: String(v.getFirstPropertyValue('description')),
      status: String(v.getFirstPropertyValue('status')),
    };
  });
  return { name: String(cal.getFirstPropertyValue('x-wr-calname')), timeZone: String(cal.getFirstPropertyValue('x-wr-timezone')), events };
}

/** The sample record under a programme id of its own. */
function sampleAs(id: string): Json {
  const sample = sampleRecordJson() as Json;
  sample.programme = { ...structuredClone(mechnetDefinition), id };
  for (const e of sample.events) if (e.type === 'enrolment.applied') e.application.programme = id;
  return sample;
}

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => new Request(`${BASE}${path}`, { method, headers });

/**
 * @param engine what the suite is about, for its name
 * @param storeUrl a store's URL (a new file, or the test database)
 */
export function calendarSuite(engine: 'sqlite' | 'postgres', storeUrl: () => string): void {
  describe(`calendar feeds on ${engine}`, () => {
    let url: string;
    let store: Store;
    let id: string;
    let names: string[];

    before(async () => {
      url = storeUrl();
      store = await openStore(url);
      await store.migrate();
      id = `t-cal-${randomUUID().slice(0, 8)}`;
      const record = parseRecord(sampleAs(id));
      names = record.events.flatMap((e) => (e.type === 'enrolment.applied' ? [e.application.firm.name] : []));
      await store.putProgramme(id, record.programme);
      assert.ok((await store.append(id, record.events as unknown as Json[], { expectedVersion: 0 })).ok);
    });
    after(async () => {
      await store.close();
    });

    const handlerWith = (options: Partial<Parameters<typeof createHandler>[0]> = {}) =>
      createHandler({ store, programme: id, now: () => NOW, rateLimits: false, ...options });

    it("GET /api/calendar.ics: the programme's dates as RFC 5545, no firm named", async () => {
      const r = await handlerWith()(get('/api/calendar.ics'));
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('content-type'), 'text/calendar; charset=utf-8');
      const text = await r.text();
      assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n'));
      const feed = parseFeed(text);
      assert.equal(feed.timeZone, 'Europe/Rome');
      assert.deepEqual(
        feed.events.map((e) => e.start),
        ['2010-06-01', '2010-09-01', '2010-12-01', '2011-03-01', '2011-06-01', '2011-09-01', '2011-12-01', '2012-03-01', '2012-06-01'],
      );
      assert.ok(feed.events.every((e) => e.allDay && e.sequence === 0));
      assert.equal(feed.events[0]!.uid, `${id}-verification-2010-06-01@mechnet`);
      assert.equal(feed.events[0]!.end, '2010-06-02');
      assert.equal(names.length, 13);
      for (const name of names) assert.ok(!text.includes(name), `${name} named in the programme's feed`);
      assert.ok(!/\d{11}/.test(text), "a partita IVA in the programme's feed");
    });

    it("the programme's feed in English with ?lang=en or Accept-Language", async () => {
      const h = handlerWith();
      const a = parseFeed(await (await h(get('/api/calendar.ics?lang=en'))).text());
      const b = parseFeed(await (await h(get('/api/calendar.ics', { 'accept-language': 'en-GB' }))).text());
      assert.match(a.events[0]!.summary, /periodic verification$/);
      assert.deepEqual(a, b);
      assert.match(parseFeed(await (await h(get('/api/calendar.ics'))).text()).events[0]!.summary, /^Verifica periodica/);
    });

    it("a firm's feed at its token: its verifications with its name, statuses as of today in Rome, SEQUENCE 1 where the day moved", async () => {
      const h = handlerWith({ calendarSecret: SECRET });
      const path = calendarFeedPath(SECRET, id, ZANZI);
      assert.match(path, /^\/api\/calendar\/[A-Za-z0-9_-]{22}\.ics$/);
      const r = await h(get(path, { 'accept-language': 'en' }));
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('content-type'), 'text/calendar; charset=utf-8');
      assert.match(r.headers.get('cache-control')!, /^private/);
      const feed = parseFeed(await r.text());
      assert.ok(feed.name.includes(ZANZI_NAME));
      assert.deepEqual(
        feed.events.map((e) => [e.uid.replace(`${id}-${ZANZI}-verification-`, ''), e.start, e.sequence, e.summary.replace(`Periodic verification of ${ZANZI_NAME} `, '')]),
        [
          ['2010-06-01@mechnet', '2010-06-02', 1, '(held)'],
          ['2010-09-01@mechnet', '2010-09-25', 1, '(held)'],
          ['2010-12-01@mechnet', '2010-12-02', 1, '(held)'],
          ['2011-03-01@mechnet', '2011-03-02', 1, '(held)'],
          ['2011-06-01@mechnet', '2011-06-02', 1, '(held)'],
          ['2011-09-01@mechnet', '2011-09-01', 0, '(overdue)'],
          ['2011-12-01@mechnet', '2011-12-01', 0, '(overdue)'],
          ['2012-03-01@mechnet', '2012-03-02', 1, '(held)'],
          ['2012-06-01@mechnet', '2012-06-01', 0, '(scheduled)'],
        ],
      );
      // No other firm in it.
      const text = JSON.stringify(feed);
      for (const name of names.filter((n) => n !== ZANZI_NAME)) assert.ok(!text.includes(name));
    });

    it('UIDs are stable across two fetches; a verification recorded late keeps its UID and raises its SEQUENCE', async () => {
      const h = handlerWith({ calendarSecret: SECRET });
      const path = calendarFeedPath(SECRET, id, ZANZI);
      const first = parseFeed(await (await h(get(path))).text());
      const again = parseFeed(await (await h(get(path))).text());
      assert.deepEqual(again, first);
      const version = await store.version(id);
      const late = { id: `cal-${randomUUID()}`, type: 'verification.held', date: '2012-03-30', author: 'Ufficio Innovazione', firm: ZANZI, scheduled: '2011-12-01' };
      assert.ok((await store.append(id, [late], { expectedVersion: version })).ok);
      const after = parseFeed(await (await h(get(path))).text());
      assert.deepEqual(after.events.map((e) => e.uid), first.events.map((e) => e.uid));
      const before = first.events.find((e) => e.uid.endsWith('2011-12-01@mechnet'))!;
      const moved = after.events.find((e) => e.uid.endsWith('2011-12-01@mechnet'))!;
      assert.deepEqual([before.start, before.sequence], ['2011-12-01', 0]);
      assert.deepEqual([moved.start, moved.sequence], ['2012-03-30', 1]);
      assert.match(moved.summary, /\(tenuta\)$/);
    });

    it('a wrong token, a token of another secret or programme, and every token without a secret: 404 that says nothing', async () => {
      const h = handlerWith({ calendarSecret: SECRET });
      const unknown = await (await h(get('/api/calendar/unknown.ics'))).json();
      for (const path of [
        `/api/calendar/${calendarToken('another-secret-of-16-bytes-or-more', id, ZANZI)}.ics`,
        `/api/calendar/${calendarToken(SECRET, 'mechnet-varese-2010', ZANZI)}.ics`,
        `/api/calendar/${calendarToken(SECRET, id, '00000000000')}.ics`,
        `/api/calendar/${'A'.repeat(22)}.ics`,
        `/api/calendar/${calendarToken(SECRET, id, ZANZI).slice(0, -1)}.ics`,
      ]) {
        const r = await h(get(path));
        assert.equal(r.status, 404, path);
        assert.deepEqual(await r.json(), unknown);
      }
      const none = handlerWith();
      for (const method of ['GET', 'HEAD', 'POST']) {
        const r = await none(get(calendarFeedPath(SECRET, id, ZANZI), {}, method));
        assert.equal(r.status, 404, method);
      }
      // A firm never accepted has no feed; a firm that withdrew keeps its past verifications.
      const caccia = parseFeed(await (await h(get(calendarFeedPath(SECRET, id, CACCIA)))).text());
      assert.deepEqual(caccia.events.map((e) => e.uid.slice(-'2010-06-01@mechnet'.length)), ['2010-06-01@mechnet', '2010-09-01@mechnet']);
    });

    it('a secret shorter than 16 bytes is refused when the handler is made', () => {
      assert.throws(() => handlerWith({ calendarSecret: 'short' }), RangeError);
    });

    it('HEAD has the headers and no body; other methods 405 with Allow; ETag per stored version; 304', async () => {
      const h = handlerWith({ calendarSecret: SECRET, origins: ['https://www.example.it'] });
      for (const path of ['/api/calendar.ics', calendarFeedPath(SECRET, id, ZANZI)]) {
        const g = await h(get(path));
        const etag = g.headers.get('etag')!;
        assert.match(etag, /^"[^"]+"$/);
        const head = await h(get(path, {}, 'HEAD'));
        assert.equal(head.status, 200);
        assert.equal(head.headers.get('etag'), etag);
        assert.equal(head.headers.get('content-length'), String(Buffer.byteLength(await g.text())));
        assert.equal(await head.text(), '');
        for (const method of ['POST', 'PUT', 'DELETE']) {
          const r = await h(get(path, {}, method));
          assert.equal(r.status, 405, `${method} ${path}`);
          assert.equal(r.headers.get('allow'), 'GET, HEAD');
        }
        const cached = await h(get(path, { 'if-none-match': etag }));
        assert.equal(cached.status, 304);
        assert.equal(await cached.text(), '');
        assert.equal((await h(get(path, { 'if-none-match': '"other"' }))).status, 200);
        // CORS like the other GET routes
        const cors = await h(get(path, { origin: 'https://www.example.it' }));
        assert.equal(cors.headers.get('access-control-allow-origin'), 'https://www.example.it');
        assert.equal((await h(get(path, { origin: 'https://evil.example' }))).headers.get('access-control-allow-origin'), null);
        // A new event: a new ETag, the old one gives the whole feed again.
        const version = await store.version(id);
        const e = { id: `cal-${randomUUID()}`, type: 'need.declared', date: '2012-03-30', author: 'Ufficio Innovazione', firm: ZANZI, need: { kind: 'workforce', id: `n-${randomUUID().slice(0, 8)}`, skill: 'rettificatore', hours: 100, alternativeHourlyCostCents: 4000 } };
        assert.ok((await store.append(id, [e], { expectedVersion: version })).ok);
        const next = await h(get(path, { 'if-none-match': etag }));
        assert.equal(next.status, 200);
        assert.notEqual(next.headers.get('etag'), etag);
      }
    });

    it('rate limits count the feeds like the other GET routes (429 with Retry-After)', async () => {
      const h = createHandler({ store, programme: id, now: () => NOW, calendarSecret: SECRET, rateLimits: { post: { points: 10, windowSeconds: 60 }, get: { points: 2, windowSeconds: 60 } } });
      const info = { remoteAddress: '203.0.113.9' };
      assert.equal((await h(get('/api/calendar.ics'), info)).status, 200);
      assert.equal((await h(get(calendarFeedPath(SECRET, id, ZANZI)), info)).status, 200);
      const r = await h(get('/api/calendar.ics'), info);
      assert.equal(r.status, 429);
      assert.ok(Number(r.headers.get('retry-after')) > 0);
    });

    it('mechnet serve --calendar-secret-file: the firm feed at its address, the token never in the log; a short secret refused (exit 2)', async () => {
      const dir = tempDir();
      const secretFile = join(dir, 'calendar-secret');
      writeFileSync(secretFile, `${SECRET}\n`);
      const server = await startServer(url, id, ['--get-rate', '0', '--calendar-secret-file', secretFile]);
      try {
        const path = calendarFeedPath(SECRET, id, ZANZI);
        const r = await fetch(`${server.url}${path}`);
        assert.equal(r.status, 200);
        assert.ok(parseFeed(await r.text()).name.includes(ZANZI_NAME));
        assert.equal((await fetch(`${server.url}/api/calendar.ics`)).status, 200);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const token = path.slice('/api/calendar/'.length, -'.ics'.length);
        assert.match(server.log(), /GET \/api\/calendar\/….ics 200/);
        assert.ok(!server.log().includes(token), 'the token in the log');
      } finally {
        server.child.kill('SIGTERM');
      }
      writeFileSync(secretFile, 'short\n');
      let err = '';
      const code = await main(['serve', '--store', url, '--programme', id, '--calendar-secret-file', secretFile, '--lang', 'en'], { write: () => undefined }, { write: (s: string) => (err += s) });
      assert.equal(code, 2);
      assert.match(err, /at least 16 bytes/);
    });

    it('mechnet calendar --store --programme [--firm] --out: the same feeds as files; exit 2 for an unknown firm', async () => {
      const dir = tempDir();
      const run = async (...args: string[]) => {
        let out = '';
        let err = '';
        const code = await main([...args, '--lang', 'en'], { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
        return { code, out, err };
      };
      const programmeFile = join(dir, 'programme.ics');
      const p = await run('calendar', '--store', url, '--programme', id, '--out', programmeFile);
      assert.equal(p.code, 0, p.err);
      assert.match(p.out, /programme\.ics/);
      const programmeText = readFileSync(programmeFile, 'utf8');
      const fromFile = parseFeed(programmeText);
      assert.equal(fromFile.events.length, 9);
      for (const name of names) assert.ok(!programmeText.includes(name));
      const firmFile = join(dir, 'zanzi.ics');
      const f = await run('calendar', '--store', url, '--programme', id, '--firm', ZANZI, '--as-of', '2012-03-30', '--out', firmFile);
      assert.equal(f.code, 0, f.err);
      const firm = parseFeed(readFileSync(firmFile, 'utf8'));
      assert.ok(firm.name.includes(ZANZI_NAME));
      assert.equal(firm.events.find((e) => e.uid.endsWith('2010-09-01@mechnet'))!.sequence, 1);
      // The same as the server's feed for the same record and day, word for word.
      const served = await (await handlerWith({ calendarSecret: SECRET })(get(calendarFeedPath(SECRET, id, ZANZI), { 'accept-language': 'en' }))).text();
      assert.equal(readFileSync(firmFile, 'utf8'), served);
      const bad = await run('calendar', '--store', url, '--programme', id, '--firm', '00000000000');
      assert.equal(bad.code, 2);
      assert.match(bad.err, /00000000000/);
      // From a record file, to the terminal.
      const recordFile = join(dir, 'record.json');
      writeFileSync(recordFile, JSON.stringify(sampleAs(id)));
      const t = await run('calendar', recordFile, '--firm', CACCIA, '--as-of', '2012-03-30');
      assert.equal(t.code, 0, t.err);
      assert.equal(parseFeed(t.out).events.length, 2);
    });
  });
}
