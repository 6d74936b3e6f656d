import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

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
    assert.match(mechnet('validate', join(root, 'no-such-file.json'), '--lang', 'en').err, /Cannot read .*ENOENT/);
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

  it('exits 1 for a firm that is not in the record', () => {
    assert.equal(mechnet('report', sample, '--as-of', '2011-12-31', '--firm', '99999999999').code, 1);
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
    assert.match(r.err, /line 1: the header has no column "firm"/);
  });
});
