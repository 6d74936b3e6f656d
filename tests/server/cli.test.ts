/**
 * The command line on a store, as an officer uses it: init, the pending
 * applications, events added through the rules (all or none), export and
 * load (SQLite to SQLite, and to PostgreSQL when the run has one), publish.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './support/cli.js';
import { parseRecord } from '../../src/index.js';
import { createHandler, openStore } from '../../src/server/index.js';
import { application, definitionFile, openProgramme, partitaIva, post, tempDir } from './support/fixtures.js';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

describe('the command line on a store', () => {
  it('init, applications, add (all or none), export and load', async () => {
    const dir = tempDir();
    const store = `sqlite:${join(dir, 'a.sqlite')}`;
    const id = 'cli-test';
    const file = definitionFile(dir, openProgramme(id));
    assert.equal((await cli('init', '--store', store, '--programme', file)).code, 0);

    // two applications through the server
    const s = await openStore(store);
    const handler = createHandler({ store: s, programme: id });
    const references: string[] = [];
    for (const n of [1, 2]) {
      const answer = await handler(post('http://x', application(id, n)));
      assert.equal(answer.status, 201);
      references.push(((await answer.json()) as { reference: string }).reference);
    }
    await s.close();
    assert.deepEqual(references, ['CLI-TEST-0001', 'CLI-TEST-0002']);

    // each application's line starts with the reference the firm's receipt shows
    const pending = await cli('applications', '--store', store, '--programme', id);
    assert.equal(pending.code, 0);
    assert.match(pending.out, /2 applications awaiting a decision/);
    assert.match(pending.out, new RegExp(`^CLI-TEST-0001: Officina di prova 1 S\\.r\\.l\\. \\(partita IVA ${partitaIva(1)}\\), applied on \\d{4}-\\d{2}-\\d{2}, to decide$`, 'm'));
    assert.match(pending.out, new RegExp(`^CLI-TEST-0002: Officina di prova 2 S\\.r\\.l\\. \\(partita IVA ${partitaIva(2)}\\)`, 'm'));
    assert.match(pending.out, /eligible/);

    // --find: by reference, partita IVA or name, upper or lower case alike
    const found = async (text: string) => (await cli('applications', '--store', store, '--programme', id, '--find', text)).out;
    for (const text of ['cli-test-0002', partitaIva(2), 'PROVA 2']) {
      const out = await found(text);
      assert.match(out, new RegExp(`^1 application to the programme cli-test with "${text}" in the reference, partita IVA or company name:$`, 'm'), text);
      assert.match(out, /^CLI-TEST-0002: /m, text);
      assert.doesNotMatch(out, /CLI-TEST-0001/, text);
    }
    assert.equal((await found('officina di prova')).match(/^CLI-TEST-000\d: /gm)?.length, 2);
    assert.match(await found('nessuna'), /^No application to the programme cli-test has "nessuna" in its reference, partita IVA or company name$/m);
    // what the officer typed is shown as text, never as a terminal command
    assert.doesNotMatch(await found('\x1b[2J'), /\x1b/);

    // one good event and one refused: nothing is added, the refusal names the event and the field
    const events = join(dir, 'events.json');
    writeFileSync(events, JSON.stringify([
      { id: 'acc-1', type: 'enrolment.accepted', date: today(), author: 'Ufficio', firm: partitaIva(1) },
      { id: 'acc-2', type: 'enrolment.accepted', date: today(), author: 'Ufficio', firm: partitaIva(99) },
    ]));
    const refused = await cli('add', events, '--store', store, '--programme', id);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /\[1\]\.firm: /);
    assert.match(refused.err, /nothing was added/);
    writeFileSync(events, JSON.stringify([{ id: 'acc-1', type: 'enrolment.accepted', date: today(), author: 'Ufficio', firm: partitaIva(1) }]));
    const added = await cli('add', events, '--store', store, '--programme', id);
    assert.equal(added.code, 0, added.err);
    assert.match((await cli('applications', '--store', store, '--programme', id)).out, /1 application awaiting/);
    // --find shows decided applications too, with their status
    assert.match(await found('CLI-TEST-0001'), /^CLI-TEST-0001: Officina di prova 1 S\.r\.l\. \(partita IVA \d{11}\), applied on [\d-]+, accepted$/m);

    // export, then load into an empty store (and refused into one that has the programme)
    const exported = join(dir, 'record.json');
    assert.equal((await cli('export', '--store', store, '--programme', id, '--out', exported)).code, 0);
    const record = parseRecord(readFileSync(exported, 'utf8'));
    assert.equal(record.events.length, 3);
    const other = `sqlite:${join(dir, 'b.sqlite')}`;
    assert.equal((await cli('load', exported, '--store', other)).code, 0);
    assert.equal((await cli('load', exported, '--store', other)).code, 1);
    const targets = [other, ...(process.env.MECHNET_PG_URL ? [process.env.MECHNET_PG_URL] : [])];
    if (process.env.MECHNET_PG_URL) assert.equal((await cli('load', exported, '--store', process.env.MECHNET_PG_URL)).code, 0);
    for (const target of targets) {
      const back = await cli('export', '--store', target, '--programme', id);
      assert.deepEqual(JSON.parse(back.out), JSON.parse(readFileSync(exported, 'utf8')), target.split(':')[0]);
    }
  });

  it('publish writes the public record; anonymous without firm names', async () => {
    const dir = tempDir();
    const out = join(dir, 'public.json');
    const r = await cli('publish', 'examples/mechnet-varese-2010.json', '--out', out, '--anonymous');
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(out, 'utf8');
    assert.equal(text.includes('Bossi'), false);
    assert.equal(parseRecord(text).redaction?.level, 'anonymous');
  });

  it('report, schedule, validate and import take --store in place of the record file', async () => {
    const dir = tempDir();
    const sample = 'examples/mechnet-varese-2010.json';
    const targets = [`sqlite:${join(dir, 'r.sqlite')}`, ...(process.env.MECHNET_PG_URL ? [process.env.MECHNET_PG_URL] : [])];
    const checked: string[] = [];
    for (const store of targets) {
      const engine = store.split(':')[0];
      const id = parseRecord(readFileSync(sample, 'utf8')).programme as string;
      assert.equal((await cli('load', sample, '--store', store)).code, 0, engine);
      const onStore = ['--store', store, '--programme', id];

      // the same report and schedule as from the file
      for (const args of [['report', '--as-of', '2011-12-31'], ['report', '--as-of', '2012-06-30', '--format', 'json', '--firm', '02184730121'], ['schedule', '--as-of', '2011-09-30']]) {
        const fromFile = await cli(args[0]!, sample, ...args.slice(1));
        const fromStore = await cli(...args, ...onStore);
        assert.equal(fromStore.code, 0, `${engine} ${args.join(' ')}: ${fromStore.err}`);
        assert.equal(fromStore.out, fromFile.out, `${engine} ${args.join(' ')}`);
      }
      checked.push(engine!);
      const valid = await cli('validate', ...onStore);
      assert.equal(valid.code, 0, valid.err);
      assert.match(valid.out, new RegExp(`${id}: valid programme record`));

      // import: a wrong row adds nothing; good rows are appended, checked by the rules
      const before = (await cli('export', ...onStore)).out;
      const bad = join(dir, 'bad.csv');
      writeFileSync(bad, 'firm,indicator,date,value\n02184730121,top2-share,2012-04-02,43\n02184730121,no-such-indicator,2012-04-02,1\n');
      const refused = await cli('import', bad, ...onStore);
      assert.equal(refused.code, 1);
      assert.match(refused.err, /line 3: indicator: Unknown indicator/);
      assert.equal((await cli('export', ...onStore)).out, before, 'nothing added');
      const good = join(dir, 'good.csv');
      writeFileSync(good, 'firm;indicator;date;value;numerator;denominator;level;done\n02184730121;top2-share;2012-04-02;43,5;;;;\n02184730121;scrap-rate;2012-04-02;;12;1000;;\n');
      const imported = await cli('import', good, ...onStore, '--author', 'G. Rossi');
      assert.equal(imported.code, 0, imported.err);
      assert.match(imported.out, new RegExp(`2 measurements added to ${id}`));
      const after = JSON.parse((await cli('export', ...onStore)).out) as { events: { value?: number; author: string }[] };
      assert.equal(after.events.length, JSON.parse(before).events.length + 2);
      assert.equal(after.events.at(-2)!.value, 43.5);
      assert.equal(after.events.at(-1)!.author, 'G. Rossi');
    }
    assert.deepEqual(checked, targets.map((t) => t.split(':')[0]));
  });

  it('file commands: a file or --store, --programme only with --store', async () => {
    const store = `sqlite:${join(tempDir(), 'e.sqlite')}`;
    const both = await cli('report', 'examples/mechnet-varese-2010.json', '--as-of', '2011-12-31', '--store', store, '--programme', 'x');
    assert.equal(both.code, 2);
    assert.match(both.err, /Give the record file or --store, not both/);
    const lone = await cli('schedule', '--programme', 'x');
    assert.equal(lone.code, 2);
    assert.match(lone.err, /use it with --store URL/);
    const into = await cli('import', 'm.csv', '--into', 'r.json', '--store', store, '--programme', 'x');
    assert.equal(into.code, 2);
    assert.match(into.err, /Give --into or --store, not both/);
    const noProgramme = await cli('validate', '--store', store);
    assert.equal(noProgramme.code, 2);
    assert.match(noProgramme.err, /The programme is missing/);
    const empty = await cli('validate', '--store', store, '--programme', 'x');
    assert.equal(empty.code, 2);
    assert.match(empty.err, /no mechnet tables yet/);
  });

  it('says what is missing, with the command’s help', async () => {
    const r = await cli('serve', '--programme', 'x');
    assert.equal(r.code, 2);
    assert.match(r.err, /--store sqlite:FILE/);
    assert.match(r.err, /Usage: mechnet serve/);
    const u = await cli('export', '--store', `sqlite:${join(tempDir(), 'c.sqlite')}`, '--programme', 'nope');
    assert.equal(u.code, 2);
    assert.match(u.err, /no mechnet tables yet: run mechnet init/);
    const store = `sqlite:${join(tempDir(), 'd.sqlite')}`;
    assert.equal((await cli('migrate', '--store', store)).code, 0);
    const n = await cli('export', '--store', store, '--programme', 'nope');
    assert.equal(n.code, 2);
    assert.match(n.err, /"nope" is neither in the database nor a preset/);
  });
});
