import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import {
  mechnetDefinition,
  presets,
} from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample = join(root, 'examples', 'mechnet-varese-2010.json');

/** Runs the command line as a process, as a user would. */
function mechnet(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs the command line in this process (faster; what it prints and returns are the same). */
function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mechnet-cli-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('mechnet validate', () => {
  it('exits 0 on the sample record and says what it checked', () => {
    const r = mechnet('validate', sample, '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /valid programme record/);
  });

  it('exits 1 on a broken record and prints every issue as path: message', () => {
    const record = JSON.parse(JSON.stringify({ programme: 'mechnet-varese-2010', events: [{ id: 'e1', type: 'enrolment.accepted', date: '2010-13-01', author: 'x', firm: '1' }] }));
    const r = mechnet('validate', tempFile('r.json', JSON.stringify(record)), '--lang=en');
    assert.equal(r.code, 1);
    assert.match(r.err, /^events\[0\]\.date: Must be an existing date/m);
    assert.match(r.err, /^events\[0\]\.firm: A partita IVA is 11 digits/m);
  });

  it('speaks Italian when asked', () => {
    const r = mechnet('validate', tempFile('d.json', '{"id": "x"}'), '--lang', 'it');
    assert.equal(r.code, 1);
    assert.match(r.err, /^name: Campo obbligatorio$/m);
  });

  it('gives line and column for bad JSON', () => {
    const r = mechnet('validate', tempFile('bad.json', '{\n  "programme": "mechnet-varese-2010",\n  "events": [,]\n}'), '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.err, /line 3, column 14/);
  });

  it('exits 2 for a missing file, a missing argument, an unknown option or command', () => {
    assert.equal(mechnet('validate', join(root, 'no-such-file.json')).code, 2);
    assert.match(mechnet('validate', join(root, 'no-such-file.json'), '--lang', 'en').err, /^Cannot read .*no-such-file\.json: there is no such file$/m);
    assert.equal(mechnet('validate').code, 2);
    assert.equal(mechnet('validate', sample, '--colour').code, 2);
    assert.equal(mechnet('frobnicate').code, 2);
    assert.equal(mechnet().code, 2);
  });

  it('shows help with exit 0', () => {
    const main = mechnet('--help', '--lang', 'en');
    assert.equal(main.code, 0);
    assert.match(main.out, /Usage: mechnet <command>/);
    const sub = mechnet('validate', '--help', '--lang', 'en');
    assert.equal(sub.code, 0);
    assert.match(sub.out, /Usage: mechnet validate <file>/);
  });
});

describe('mechnet report', () => {
  it('prints the report as text for a date, in the language asked', () => {
    const r = mechnet('report', sample, '--as-of', '2011-12-31', '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Periodic verification as of 31 December 2011/);
    assert.match(r.out, /Economic advantage/);
  });

  it('writes Markdown, JSON or one CSV file per table into --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mechnet-report-'));
    assert.equal(mechnet('report', sample, '--as-of', '2011-12-31', '--format', 'md', '--out', dir).code, 0);
    assert.match(readFileSync(join(dir, 'report.md'), 'utf8'), /^# MechNet/);
    const csv = mechnet('report', sample, '--as-of', '2011-12-31', '--format', 'csv', '--separator', ';', '--out', join(dir, 'csv'));
    assert.equal(csv.code, 0, csv.err);
    assert.ok(readdirSync(join(dir, 'csv')).includes('indicators.csv'));
    const json = mechnet('report', sample, '--as-of', '2011-03-31', '--firm', 'IT 02184730121', '--format', 'json');
    assert.equal(json.code, 0, json.err);
    assert.equal(JSON.parse(json.out).firms[0].partitaIva, '02184730121');
  });

  it('refuses a malformed date, a missing --as-of, an unknown format or CSV without --out (exit 2)', () => {
    const bad = mechnet('report', sample, '--as-of', '2011-02-30', '--lang', 'en');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /Not a date YYYY-MM-DD: 2011-02-30/);
    assert.equal(mechnet('report', sample).code, 2);
    assert.equal(mechnet('report', sample, '--as-of', '2011-12-31', '--format', 'pdf').code, 2);
    assert.match(mechnet('report', sample, '--as-of', '2011-12-31', '--format', 'csv', '--lang', 'en').err, /--out DIR/);
  });

  it('refuses a --firm that is not in the record as wrong usage (exit 2), saying so', () => {
    const it_ = mechnet('report', sample, '--as-of', '2011-12-31', '--firm', '99999999999', '--lang', 'it');
    assert.equal(it_.code, 2);
    assert.equal(it_.err, "Nel registro non c'è nessuna impresa con partita IVA 99999999999\n");
    const en = mechnet('schedule', sample, '--firm', 'IT 999 999 999 99', '--lang', 'en');
    assert.equal(en.code, 2);
    assert.equal(en.err, 'The record has no firm with partita IVA 99999999999\n');
    assert.equal(en.out, '', 'nothing printed before the refusal');
    const early = mechnet('report', sample, '--as-of', '2010-01-01', '--firm', '02184730121', '--lang', 'en');
    assert.equal(early.code, 2);
    assert.match(early.err, /^On 1 January 2010 the firm with partita IVA 02184730121 had not applied yet$/m);
  });
});

describe('mechnet schedule', () => {
  it('lists the verification dates and each firm\'s status on the date', () => {
    const r = mechnet('schedule', sample, '--as-of', '2011-12-31', '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Verification dates: 1 June 2010, 1 September 2010/);
    assert.match(r.out, /Rettifiche Zanzi.*OVERDUE.*OVERDUE/);
    assert.match(mechnet('schedule', '--help', '--lang', 'en').out, /Usage: mechnet schedule/);
  });
});

describe('mechnet import', () => {
  function copyOfSample(): string {
    const dir = mkdtempSync(join(tmpdir(), 'mechnet-import-'));
    const file = join(dir, 'record.json');
    copyFileSync(sample, file);
    return file;
  }

  it('appends valid measurements from a spreadsheet and keeps the record valid', () => {
    const into = copyOfSample();
    const before = JSON.parse(readFileSync(into, 'utf8')).events.length;
    const csv = tempFile('m.csv', 'firm;indicator;date;value;numerator;denominator;level;done\n02184730121;top2-share;2012-04-02;43,5;;;;\n02184730121;scrap-rate;2012-04-02;;12;1000;;\n02184730121;iso-9001;2012-04-02;;;;;sì\n');
    const r = mechnet('import', csv, '--into', into, '--author', 'G. Rossi', '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /3 measurements added/);
    const after = JSON.parse(readFileSync(into, 'utf8'));
    assert.equal(after.events.length, before + 3);
    assert.deepEqual(after.events.at(-3).value, 43.5);
    assert.equal(after.events.at(-1).done, true);
    assert.equal(mechnet('validate', into).code, 0);
  });

  it('reports every bad row with its line number and writes nothing', () => {
    const into = copyOfSample();
    const before = readFileSync(into, 'utf8');
    const csv = tempFile('bad.csv', [
      'firm,indicator,date,value',
      '02184730121,top2-share,2012-04-02,43',
      '02184730121,no-such-indicator,2012-04-02,1',
      '02184730121,top2-share,2012-04-31,43',
      '02184730121,top2-share,2012-04-03,lots',
      '99999999999,top2-share,2012-04-03,1',
      '02184730121,scrap-rate,2012-04-04,2',
    ].join('\n'));
    const r = mechnet('import', csv, '--into', into, '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.err, /line 3: indicator: Unknown indicator/);
    assert.match(r.err, /line 4: date: Must be an existing date/);
    assert.match(r.err, /line 5: value: not a number: "lots"/);
    assert.match(r.err, /line 6: firm: Unknown firm/);
    assert.match(r.err, /line 7: Indicator "Tasso di scarto" is measured with a numerator and a denominator/);
    assert.doesNotMatch(r.err, /line 2:/);
    assert.equal(readFileSync(into, 'utf8'), before, 'the record is untouched');
  });

  it('needs --into, and a header with firm, indicator and date', () => {
    assert.equal(mechnet('import', tempFile('x.csv', 'a,b\n1,2\n')).code, 2);
    const r = mechnet('import', tempFile('x.csv', 'a,b\n1,2\n'), '--into', copyOfSample(), '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.err, /line 1: The header has no column "firm"/);
  });
});

/** Starts the command line with its standard output closed before it writes: a reader that stopped early. */
function mechnetIntoClosedPipe(...args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
      cwd: root,
      env: { ...process.env, LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (err += d));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, err }));
  });
}

describe('a closed pipe (mechnet … | head)', () => {
  it('ends the command quietly: exit 0 and nothing on stderr', async () => {
    for (const args of [['schedule', sample], ['report', sample, '--as-of', '2011-12-31']]) {
      const r = await mechnetIntoClosedPipe(...args);
      assert.equal(r.err, '', `${args[0]}: stderr`);
      assert.equal(r.signal, null);
      assert.equal(r.code, 0, `${args[0]}: exit code`);
    }
  });
});

describe('messages entirely in the chosen language', () => {
  const ENGLISH = /Unknown|unknown|ambiguous|argument|positional|Did you|ENOENT|EISDIR|Error|root/;

  it('explains an unknown option in Italian, followed by that command\'s own help, not the general help', () => {
    const r = run('report', sample, '--as-of', '2011-12-31', '--colour', '--lang', 'it');
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /^Opzione sconosciuta: --colour\n\nUso: mechnet report <registro\.json>/);
    assert.doesNotMatch(r.err, /Uso: mechnet <comando>/);
    assert.doesNotMatch(r.err, ENGLISH);
    const en = run('schedule', sample, '--colour', '--lang', 'en');
    assert.match(en.err, /^Unknown option: --colour\n\nUsage: mechnet schedule <record\.json>/);
    assert.doesNotMatch(en.err, /Usage: mechnet <command>/);
  });

  it('explains a missing option value, a value given to a switch and an option of another command in the chosen language', () => {
    const missing = run('report', sample, '--as-of', '--lang', 'it');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^Manca il valore dell'opzione --as-of\n\nUso: mechnet report /);
    const atEnd = run('report', sample, '--lang', 'it', '--as-of');
    assert.match(atEnd.err, /^Manca il valore dell'opzione --as-of\n/);
    const switchValue = run('validate', sample, '--help=3', '--lang', 'it');
    assert.equal(switchValue.code, 2);
    assert.match(switchValue.err, /^L'opzione --help non vuole un valore\n\nUso: mechnet validate /);
    const other = run('validate', sample, '--into', 'x.json', '--lang', 'it');
    assert.equal(other.code, 2);
    assert.match(other.err, /^L'opzione --into non vale per il comando validate\n\nUso: mechnet validate /);
    const lang = run('validate', sample, '--lang', 'de');
    assert.equal(lang.code, 2);
    assert.equal(lang.err, 'Lingua sconosciuta: de (it oppure en)\n');
    for (const r of [missing, atEnd, switchValue, other, lang]) assert.doesNotMatch(r.err, ENGLISH);
  });

  it('says in words that a file is missing or is a folder, never with an error code', () => {
    const it_ = run('validate', join(root, 'no-such-file.json'), '--lang', 'it');
    assert.equal(it_.code, 2);
    assert.match(it_.err, /^Impossibile leggere .*no-such-file\.json: il file non esiste$/m);
    const folder = run('report', root, '--as-of', '2011-12-31', '--lang', 'it');
    assert.equal(folder.code, 2);
    assert.match(folder.err, /: è una cartella, non un file$/m);
    const into = run('import', tempFile('m.csv', 'firm,indicator,date,value\n'), '--into', join(root, 'no-such-record.json'), '--lang', 'en');
    assert.equal(into.code, 2);
    assert.match(into.err, /^Cannot read .*no-such-record\.json: there is no such file$/m);
    for (const r of [it_, folder, into]) assert.doesNotMatch(r.err, /ENOENT|EISDIR|errno/);
  });

  it('gives bad JSON\'s line and column in Italian, without the JSON parser\'s English', () => {
    const file = tempFile('bad.json', '{\n  "programme": "mechnet-varese-2010",\n  "events": [,]\n}');
    const r = run('validate', file, '--lang', 'it');
    assert.equal(r.code, 1);
    assert.equal(r.err, `${file}: JSON non valido alla riga 3, colonna 14\n`);
    const record = run('report', file, '--as-of', '2011-12-31', '--lang', 'it');
    assert.equal(record.err, `${file}: JSON non valido alla riga 3, colonna 14\n`);
  });

  it('prints an issue of the whole document without an English "(root)"', () => {
    const r = run('validate', tempFile('a.json', '[1, 2]'), '--lang', 'it');
    assert.equal(r.code, 1);
    assert.match(r.err, /^Deve essere un oggetto, non un elenco$/m);
    assert.doesNotMatch(r.err, /root/);
  });
});

describe('Italian grammar of the command line: agreement in gender and number', () => {
  function copyOfSample(): string {
    const dir = mkdtempSync(join(tmpdir(), 'mechnet-grammar-'));
    const file = join(dir, 'record.json');
    copyFileSync(sample, file);
    return file;
  }

  it('a valid document agrees with its kind: definizione valida, registro valido', () => {
    const definition = tempFile('definition.json', JSON.stringify(mechnetDefinition));
    assert.equal(run('validate', definition, '--lang', 'it').out, `${definition}: definizione di programma valida\n`);
    assert.equal(run('validate', sample, '--lang', 'it').out, `${sample}: registro di programma valido\n`);
    assert.equal(run('validate', definition, '--lang', 'en').out, `${definition}: valid programme definition\n`);
  });

  it('counts agree with their number: 1 misura aggiunta, 2 misure aggiunte, 1 problema', () => {
    const one = copyOfSample();
    const r1 = run('import', tempFile('one.csv', 'firm,indicator,date,value\n02184730121,top2-share,2012-04-02,43\n'), '--into', one, '--lang', 'it');
    assert.equal(r1.code, 0, r1.err);
    assert.equal(r1.out, `1 misura aggiunta a ${one}\n`);
    const two = copyOfSample();
    const csv2 = 'firm,indicator,date,value\n02184730121,top2-share,2012-04-02,43\n02184730121,top2-share,2012-04-03,42\n';
    const r2 = run('import', tempFile('two.csv', csv2), '--into', two, '--lang', 'it');
    assert.equal(r2.out, `2 misure aggiunte a ${two}\n`);
    const en1 = run('import', tempFile('one.csv', 'firm,indicator,date,value\n02184730121,top2-share,2012-04-02,43\n'), '--into', copyOfSample(), '--lang', 'en');
    assert.match(en1.out, /^1 measurement added to /);
    const bad = run('import', tempFile('bad.csv', 'firm,indicator,date,value\n02184730121,top2-share,2012-04-02,lots\n'), '--into', copyOfSample(), '--lang', 'it');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /^1 problema: il registro non è stato modificato$/m);
  });
});

describe('definitions kept apart from records', () => {
  /** The sample with its definition in a file beside it, named by the record, and under its own id. */
  function apart(): { dir: string; record: string; definition: string; id: string } {
    const dir = mkdtempSync(join(tmpdir(), 'mechnet-apart-'));
    const json = JSON.parse(readFileSync(sample, 'utf8')) as { programme: string; events: { type: string; application?: { programme: string } }[] };
    const definition = { ...(JSON.parse(JSON.stringify(presets[json.programme])) as Record<string, unknown>), id: 'mechnet-copy' };
    writeFileSync(join(dir, 'mechnet-copy.json'), JSON.stringify(definition, null, 2));
    for (const e of json.events) if (e.application) e.application.programme = 'mechnet-copy';
    writeFileSync(join(dir, 'record.json'), JSON.stringify({ ...json, programme: 'mechnet-copy.json' }, null, 2));
    writeFileSync(join(dir, 'by-id.json'), JSON.stringify({ ...json, programme: 'mechnet-copy' }, null, 2));
    return { dir, record: join(dir, 'record.json'), definition: join(dir, 'mechnet-copy.json'), id: 'mechnet-copy' };
  }

  it('a record names a definition file beside it: validate, report and schedule read it', () => {
    const a = apart();
    const v = run('validate', a.record, '--lang', 'en');
    assert.equal(v.code, 0, v.err);
    const fromFile = run('report', a.record, '--as-of', '2011-12-31', '--format', 'json');
    const fromPreset = run('report', sample, '--as-of', '2011-12-31', '--format', 'json');
    assert.equal(fromFile.code, 0, fromFile.err);
    const strip = (t: string) => ({ ...(JSON.parse(t) as Record<string, unknown>), programme: undefined });
    assert.deepEqual(strip(fromFile.out), strip(fromPreset.out), 'the same report as the preset record');
    assert.equal(run('schedule', a.record, '--as-of', '2011-12-31').code, 0);
  });

  it('--definition FILE for a record that names its programme by id; a record for another programme is refused', () => {
    const a = apart();
    const withDefinition = run('report', join(a.dir, 'by-id.json'), '--as-of', '2011-12-31', '--definition', a.definition, '--lang', 'en');
    assert.equal(withDefinition.code, 0, withDefinition.err);
    const without = run('validate', join(a.dir, 'by-id.json'), '--lang', 'en');
    assert.equal(without.code, 1);
    assert.match(without.err, /Unknown preset programme: "mechnet-copy"/);
    const mismatch = run('validate', sample, '--definition', a.definition, '--lang', 'en');
    assert.equal(mismatch.code, 1);
    assert.match(mismatch.err, /names the programme "mechnet-varese-2010", but the definition given is that of "mechnet-copy"/);
    const missing = run('validate', a.record, '--definition', join(a.dir, 'nope.json'), '--lang', 'en');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /Cannot read .*nope\.json: there is no such file/);
  });

  it('import keeps the record naming its definition file', () => {
    const a = apart();
    const csv = tempFile('m.csv', 'firm,indicator,date,value\n02184730121,top2-share,2012-04-02,43\n');
    const r = run('import', csv, '--into', a.record, '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    const written = JSON.parse(readFileSync(a.record, 'utf8')) as { programme: unknown; events: unknown[] };
    assert.equal(written.programme, 'mechnet-copy.json');
    assert.equal(run('validate', a.record).code, 0);
  });
});
