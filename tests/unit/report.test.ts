import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatDate,
  MechnetError,
  parseRecord,
  programmeReport,
  type ReportIndicator,
} from '../../src/index.js';
import { renderCsv, renderJson, renderMarkdown, renderText } from '../../src/report/index.js';
import { sampleRecordJson } from './load-sample.js';

const record = parseRecord(sampleRecordJson());
const BOSSI = '02184730121';
const SIRONI = '02644180123';
const BRAMBILLA = '01973260126';
const CACCIA = '01482690128';
const close = (a: number | undefined, b: number, eps = 1e-6) => assert.ok(a !== undefined && Math.abs(a - b) < eps, `${a} != ${b}`);

describe('programmeReport of the sample record as of 2011-03-31, checked by hand', () => {
  const report = programmeReport(record, { asOf: '2011-03-31', lang: 'it' });
  const indicator = (firm: string, id: string) => report.firms.find((f) => f.partitaIva === firm)!.plan!.indicators.find((i) => i.indicator === id)!;

  it('Bossi, new customers: 2 of 6 against interim targets (linear between them)', () => {
    // p = (2 - 0) / (6 - 0) = 0.3333
    // Interim targets as progress: 31 Dec 2010 -> 1/6, 30 Jun 2011 -> 3/6. 31 Mar 2011 is 90 of the 181 days between:
    // e = 1/6 + (3/6 - 1/6) x 90 / 181 = 0.33241; r = 1.0028: on track.
    const i = indicator(BOSSI, 'new-customers');
    close(i.achievement, 2 / 6);
    close(i.expected, 1 / 6 + (2 / 6) * (90 / 181));
    assert.equal(i.status, 'on-track');
    assert.deepEqual(i.latest, { date: '2011-03-01', value: 2 });
  });

  it('Bossi, share of the two main customers: a decrease from 60 % to 40 %, 54 % measured', () => {
    // p = (54 - 60) / (40 - 60) = 0.3; e = 274 / 731 days = 0.37483; r = 0.80: at risk.
    const i = indicator(BOSSI, 'top2-share');
    close(i.achievement, 0.3);
    close(i.expected, 274 / 731);
    assert.equal(i.status, 'at-risk');
  });

  it('Sironi, export share: 26 % from 22 % towards 35 %, against interim targets 24 % and 28 %', () => {
    // p = 4 / 13 = 0.30769; e = 2/13 + (6/13 - 2/13) x 90 / 181 = 0.30684; r = 1.0028: on track.
    const i = indicator(SIRONI, 'export-share');
    close(i.achievement, 4 / 13);
    close(i.expected, 2 / 13 + (4 / 13) * (90 / 181));
    assert.equal(i.status, 'on-track');
  });

  it('phases, the network as one firm, and the advantage not yet realised', () => {
    const count = (p: string) => report.phases.find((x) => x.phase === p)!.count;
    assert.deepEqual([count('collaboration'), count('withdrawn')], [12, 1]);
    assert.equal(report.phases[0]!.label, 'Adesione');
    // 2010 figures (recorded 2011-03-31) of the 12 active firms: 103 - 4 employees of the firm that left.
    assert.deepEqual(report.virtualFirm, { firms: 12, employees: 99, machines: 120 - 6, turnoverCents: 820_000_000 - 30_180_000, year: 2010 });
    assert.equal(report.advantage.realised.hardCents, 0, 'no figures realised by March 2011');
    assert.ok(report.advantage.negotiated.hardCents > 0, 'but agreed terms');
    assert.equal(report.advantage.netCents, -13 * 450_000);
    assert.deepEqual(report.overdue, []);
    assert.deepEqual(programmeReport(record, { asOf: '2011-03-20' }).overdue.map((o) => [o.name, o.daysOverdue]), [['Tettamanti Strumenti S.a.s. di Enrico Tettamanti & C.', 4]]);
  });

  it('reports one firm only when asked', () => {
    const one = programmeReport(record, { asOf: '2011-12-31', firm: BOSSI, lang: 'en' });
    assert.deepEqual(one.firms.map((f) => f.partitaIva), [BOSSI]);
    assert.ok(one.collaborations.every((c) => c.firms.includes(BOSSI)));
    assert.equal(one.advantage.netCents, one.firms[0]!.advantage!.netCents);
    assert.throws(() => programmeReport(record, { asOf: '2011-12-31', firm: '99999999999' }), MechnetError);
    assert.throws(() => programmeReport(record, { asOf: '2011-02-30' }), MechnetError);
  });
});

describe('renderers', () => {
  const it_ = programmeReport(record, { asOf: '2011-12-31', lang: 'it' });
  const en = programmeReport(record, { asOf: '2011-12-31', lang: 'en' });

  it('Markdown and text in Italian and English, with money, numbers and dates in the language\'s format', () => {
    const md = renderMarkdown(it_);
    assert.match(md, /^# MechNet: .*Verifica periodica al 31 dicembre 2011$/m);
    assert.match(md, /^## Vantaggio economico$/m);
    assert.match(md, /\| Impresa \| P\. IVA \| Fase \|/);
    assert.match(md, /\d{1,3}(\.\d{3})*,\d{2}\s€/); // 151.975,00 €
    const text = renderText(en);
    assert.match(text, /Periodic verification as of 31 December 2011/);
    assert.match(text, /€\d{1,3}(,\d{3})*\.\d{2}/);
    assert.match(text, /The network as one firm/);
    assert.equal(formatDate('2011-12-31'), '31 dicembre 2011');
  });

  it('CSV: one file per table, UTF-8 with a header row, ; and decimal commas for Italian spreadsheets', () => {
    const files = renderCsv(it_, { separator: ';' });
    assert.deepEqual(Object.keys(files).sort(), [
      'advantage-by-firm.csv', 'advantage-by-kind.csv', 'aggregations.csv', 'collaborations.csv', 'firms.csv',
      'indicator-status.csv', 'indicators.csv', 'overdue.csv', 'phases.csv', 'virtual-firm.csv',
    ]);
    const vf = files['virtual-firm.csv']!;
    assert.ok(vf.startsWith('\uFEFFImprese;Addetti;Macchine;Fatturato\r\n'));
    assert.match(vf, /^12;99;114;7898200$/m);
    const byFirm = renderCsv(it_)['advantage-by-firm.csv']!;
    assert.match(byFirm.split('\r\n')[0]!, /^\uFEFFImpresa,P\. IVA,Risparmi,Costi evitati,Ricavi,Quota versata,Vantaggio netto$/);
    assert.match(renderCsv(it_, { separator: ';' })['indicators.csv']!, /;\d+,\d;/);
  });

  it('JSON is the report data', () => {
    assert.deepEqual(JSON.parse(renderJson(en)), JSON.parse(JSON.stringify(en)));
  });
});

describe('the periodic verification report as people read it', () => {
  const reports = {
    it: programmeReport(record, { asOf: '2011-12-31', lang: 'it' }),
    en: programmeReport(record, { asOf: '2011-12-31', lang: 'en' }),
    itFirm: programmeReport(record, { asOf: '2011-12-31', lang: 'it', firm: BOSSI }),
    enFirm: programmeReport(record, { asOf: '2011-12-31', lang: 'en', firm: BRAMBILLA }),
    itEarly: programmeReport(record, { asOf: '2010-09-30', lang: 'it' }),
  };
  const texts = Object.fromEntries(Object.entries(reports).map(([k, r]) => [k, renderText(r)])) as Record<keyof typeof reports, string>;
  const markdowns = Object.fromEntries(Object.entries(reports).map(([k, r]) => [k, renderMarkdown(r)])) as Record<keyof typeof reports, string>;
  const scales = (lang: 'it' | 'en') =>
    reports[lang].firms.flatMap((f) => (f.plan?.indicators ?? []).filter((i) => i.kind === 'scale')) as ReportIndicator[];

  it('scale indicators show the labels of their levels, never level ids', () => {
    const costs = reports.it.firms.find((f) => f.partitaIva === BOSSI)!.plan!.indicators.find((i) => i.kind === 'scale')!;
    assert.deepEqual(costs.baselineLevel, { id: 'l1', label: 'Nessun calcolo dei costi' });
    assert.ok(costs.targetLevel && costs.targetLevel.label.length > 2);
    assert.ok(costs.latest?.levelLabel);
    assert.ok(scales('it').length >= 5);
    for (const lang of ['it', 'en'] as const) {
      for (const i of scales(lang)) {
        for (const label of [i.baselineLevel!.label, i.targetLevel!.label, i.latest!.levelLabel!]) {
          assert.ok(texts[lang].includes(label), `${i.name}: ${label} in the text`);
          assert.ok(markdowns[lang].includes(label), `${i.name}: ${label} in the Markdown`);
        }
      }
      for (const out of [texts[lang], markdowns[lang], renderCsv(reports[lang])['indicators.csv']!]) {
        assert.doesNotMatch(out, /(^|[\s|,;])l\d( \(|$|[|,;])/m, 'a level id shown');
      }
    }
  });

  it('one number format per column: Italian groups thousands always, below ten thousand too', () => {
    assert.match(texts.it, /9\.940,00\s€/);
    assert.match(markdowns.it, /9\.940,00\s€/);
    for (const out of [texts.it, markdowns.it, texts.itFirm]) {
      assert.match(out, /4\.500,00\s€/);
      assert.doesNotMatch(out, /(^|[^\d.,])\d{4},\d{2}\s€/m, 'an amount of thousands without its separator');
      assert.doesNotMatch(out, /(^|[^\d.,])\d{4,}(,\d+)?%/m, 'a percentage of thousands without its separator');
    }
    assert.match(texts.en, /€9,940\.00/);
  });

  it('one percent style throughout the report: indicators in percent read like achievements', () => {
    for (const lang of ['it', 'en'] as const) {
      for (const out of [texts[lang], markdowns[lang]]) {
        assert.doesNotMatch(out, /\d %/, 'a percentage with a space before %');
        assert.match(out, /\b60%/);
      }
    }
    assert.match(texts.it, /^\s+Partenza\s+3,8%$/m);
    assert.match(texts.it, /^\s+Valore obiettivo\s+95%–100%$/m);
  });

  it('the text report fits 100 columns, in both languages, for the programme and for one firm', () => {
    for (const [name, text] of Object.entries(texts)) {
      const long = text.split('\n').filter((l) => [...l].length > 100);
      assert.deepEqual(long, [], `${name}: lines over 100 characters`);
    }
  });

  it('the text report puts text on the left and numbers on the right', () => {
    const lines = texts.it.split('\n');
    const at = (heading: RegExp) => lines.findIndex((l) => heading.test(l));
    // Phases: the names start under "Fase", the counts end under their headings.
    const header = at(/^Fase\s+Imprese ora nella fase\s+Imprese passate per la fase$/);
    assert.ok(header > 0);
    for (const l of lines.slice(header + 2, header + 8)) {
      assert.match(l, /^\S/);
      assert.equal(l.length, lines[header]!.length, `"${l}" ends under its heading`);
    }
    // Collaborations: dates (text) start under their heading, counts end under "Imprese".
    const c = at(/^Collaborazione\s+Tipo\s+Imprese\s+Stato\s+Data dello stato$/);
    const dal = lines[c]!.indexOf('Data dello stato');
    const imprese = lines[c]!.indexOf('Imprese') + 'Imprese'.length;
    const rows = lines.slice(c + 2, c + 20).filter((l) => /\d{4}$/.test(l));
    assert.ok(rows.length >= 5);
    for (const r of rows) {
      assert.match(r.slice(dal), /^\d{1,2}º? \S+ \d{4}$/, `"${r}": the date starts under its heading`);
      assert.match(r.slice(0, imprese), /\s\d$/, `"${r}": the count ends under its heading`);
    }
    // A firm's block: amounts and percentages end on the same column, words start on the same column.
    const bossi = lines.slice(lines.indexOf('Officina Meccanica Bossi S.r.l.'));
    const score = bossi.find((l) => /^\s+Punteggio\s/.test(l))!;
    const net = bossi.find((l) => /^\s+Vantaggio netto\s/.test(l))!;
    const phase = bossi.find((l) => /^\s+Fase\s/.test(l))!;
    const status = bossi.find((l) => /^\s+Stato\s/.test(l))!;
    assert.equal(score.length, net.length, `${score} / ${net}`);
    assert.equal(phase.indexOf('Aggregazione'), status.indexOf('in linea'));
  });

  it('headings are neither repeated nor doubled, and carry no doubled colons', () => {
    for (const [name, text] of Object.entries(texts)) {
      const lines = text.split('\n');
      const headings = lines.filter((_, k) => /^[=~-]{3,}$/.test(lines[k + 1] ?? ''));
      assert.ok(headings.length > 8, name);
      for (const h of headings) {
        assert.doesNotMatch(h, /:.*:/, `${name}: heading "${h}"`);
        assert.doesNotMatch(h, /:$/, `${name}: heading "${h}"`);
      }
      for (let k = 1; k < headings.length; k++) assert.notEqual(headings[k], headings[k - 1], `${name}: "${headings[k]}" twice in a row`);
      assert.doesNotMatch(text, /:$/m, `${name}: a line ending with a colon`);
    }
    for (const [name, md] of Object.entries(markdowns)) {
      const headings = md.split('\n').filter((l) => l.startsWith('#'));
      for (const h of headings) assert.doesNotMatch(h, /:.*:|:$/, `${name}: ${h}`);
      for (let k = 1; k < headings.length; k++) assert.notEqual(headings[k]!.replace(/^#+ /, ''), headings[k - 1]!.replace(/^#+ /, ''), `${name}: ${headings[k]}`);
    }
  });

  it('Italian agreement in the report: 1 apprendista, 2 apprendisti; a withdrawn firm is "Ritirata"', () => {
    const brambilla = renderText(programmeReport(record, { asOf: '2011-12-31', lang: 'it', firm: BRAMBILLA }));
    assert.match(brambilla, /^\s+Partenza\s+0 apprendisti$/m);
    assert.match(brambilla, /^\s+Valore obiettivo\s+2 apprendisti$/m);
    assert.match(brambilla, /^\s+Ultimo valore\s+1 apprendista \(/m);
    assert.doesNotMatch(texts.it, /(^|\s)1 (apprendisti|clienti|agenti|giorni|ore|fornitori|tarature|migliaia)\b/m);
    const caccia = renderText(programmeReport(record, { asOf: '2011-12-31', lang: 'it', firm: CACCIA }));
    assert.match(caccia, /\bRitirata\b/);
    assert.match(texts.it, /^\s+Fase\s+Ritirata$/m);
    assert.match(texts.it, /^Ritirate\s+1\s+—$/m, 'the count of withdrawn firms keeps the plural');
    assert.match(renderText(reports.itFirm), /^Punteggio del piano: 100%$/m);
    assert.match(texts.it, /^Punteggio medio dei piani: \d+%$/m);
  });
});

describe('programmeReport for one firm (--firm)', () => {
  it('restricts every section to that firm: phases and counts, plan, collaborations, advantage, overdue verifications, the network', () => {
    const one = programmeReport(record, { asOf: '2011-12-31', lang: 'it', firm: BOSSI });
    const all = programmeReport(record, { asOf: '2011-12-31', lang: 'it' });
    const bossi = all.firms.find((f) => f.partitaIva === BOSSI)!;
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    assert.deepEqual(one.phases.filter((p) => p.count > 0).map((p) => [p.phase, p.count]), [[bossi.phase, 1]]);
    assert.equal(one.evaluation.score, bossi.plan!.score);
    assert.deepEqual(one.evaluation.counts, bossi.plan!.counts);
    assert.equal(sum(one.evaluation.counts), bossi.plan!.indicators.length);
    assert.deepEqual(Object.entries(one.evaluation.firmsByStatus).filter(([, n]) => n > 0), [[bossi.plan!.status, 1]]);
    assert.ok(one.collaborations.length > 0 && one.collaborations.every((c) => c.firms.includes(BOSSI)));
    assert.ok(one.aggregations.every((a) => a.firms.includes(BOSSI)));
    assert.deepEqual(one.advantage.realised, bossi.advantage!.realised);
    assert.deepEqual(one.advantage.byKind, bossi.advantage!.byKind);
    assert.equal(one.advantage.netCents, bossi.advantage!.netCents);
    assert.ok(one.overdue.every((o) => o.firm === BOSSI));
    assert.equal(one.virtualFirm?.firms, 1);

    // A firm without a plan has no counts at all, never the programme's.
    const caccia = programmeReport(record, { asOf: '2011-12-31', lang: 'it', firm: CACCIA });
    assert.equal(sum(caccia.evaluation.counts), 0);
    assert.equal(sum(caccia.evaluation.firmsByStatus), 0);
    assert.equal(caccia.evaluation.score, undefined);
    assert.deepEqual(caccia.phases.filter((p) => p.count > 0).map((p) => [p.phase, p.count]), [['withdrawn', 1]]);
    assert.equal(caccia.virtualFirm?.firms, 0);

    // Overdue verifications of one firm only.
    const zanzi = programmeReport(record, { asOf: '2011-12-31', firm: '01630580122' });
    assert.deepEqual(zanzi.overdue.map((o) => o.firm), ['01630580122', '01630580122']);
  });
});

describe('CSV for people', () => {
  const parse = (text: string, sep = ',') =>
    text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.match(new RegExp(`("([^"]|"")*"|[^${sep}]*)(${sep}|$)`, 'g'))!.filter((x) => x !== '').map((x) => x.replace(new RegExp(`${sep}$`), '').replace(/^"|"$/g, '').replace(/""/g, '"')));
  const it_ = programmeReport(record, { asOf: '2011-12-31', lang: 'it' });
  const en = programmeReport(record, { asOf: '2011-12-31', lang: 'en' });

  it('rounds values for people: percentages to one decimal, scores to four decimals', () => {
    const files = renderCsv(it_);
    const ind = parse(files['indicators.csv']!);
    const head = ind[0]!;
    for (const c of ['Atteso (%)', 'Raggiunto (%)', 'Previsione (%)']) {
      const k = head.indexOf(c);
      assert.ok(k > 0, c);
      for (const row of ind.slice(1)) if (row[k] !== '') assert.match(row[k]!, /^-?\d+(\.\d)?$/, `${c}: ${row[k]}`);
    }
    const bossi = it_.firms.find((f) => f.partitaIva === BOSSI)!;
    const newCustomers = bossi.plan!.indicators.find((i) => i.indicator === 'new-customers')!;
    const row = ind.find((r) => r.includes('new-customers'))!;
    assert.equal(row[head.indexOf('Raggiunto (%)')], String(Math.round(newCustomers.achievement! * 1000) / 10));
    const firms = parse(files['firms.csv']!);
    const score = firms[0]!.indexOf('Punteggio');
    for (const r of firms.slice(1)) if (r[score] !== '') assert.match(r[score]!, /^\d+(\.\d{1,4})?$/, r[score]);
    assert.equal(firms.find((r) => r[1] === BOSSI)![score], String(Math.round(bossi.plan!.score! * 10_000) / 10_000));
    assert.match(renderCsv(it_, { separator: ';' })['firms.csv']!, /;0,\d{4};/);
  });

  it('headers are unique in every file', () => {
    for (const r of [it_, en]) {
      for (const [name, text] of Object.entries(renderCsv(r))) {
        const head = parse(text)[0]!;
        assert.equal(new Set(head).size, head.length, `${r.lang} ${name}: ${head.join(' | ')}`);
      }
    }
  });

  it('names a firm beside its partita IVA in every table about firms', () => {
    const files = renderCsv(it_);
    for (const name of ['firms.csv', 'indicators.csv', 'advantage-by-firm.csv', 'overdue.csv']) {
      const rows = parse(files[name]!);
      const firm = rows[0]!.indexOf('Impresa');
      assert.equal(rows[0]![firm + 1], 'P. IVA', name);
      for (const r of rows.slice(1)) {
        assert.match(r[firm + 1]!, /^\d{11}$/, name);
        assert.equal(r[firm], it_.firms.find((f) => f.partitaIva === r[firm + 1])!.name, name);
      }
    }
  });

  it('writes statuses, phases and kinds in the chosen language, with their codes in a column beside', () => {
    const itFirms = parse(renderCsv(it_)['firms.csv']!);
    assert.deepEqual(itFirms[0]!.slice(2, 7), ['Fase', 'Fase (codice)', 'Punteggio', 'Stato', 'Stato (codice)']);
    const bossi = itFirms.find((r) => r[1] === BOSSI)!;
    assert.deepEqual([bossi[2], bossi[3], bossi[5], bossi[6]], ['Aggregazione', 'aggregation', 'in linea', 'on-track']);
    const kinds = parse(renderCsv(en)['advantage-by-kind.csv']!);
    assert.deepEqual(kinds[0], ['Kind', 'Kind (code)', 'Savings', 'Costs avoided', 'Gains']);
    assert.deepEqual(kinds[1]!.slice(0, 2), ['Collective purchasing', 'purchasing']);
    const collaborations = parse(renderCsv(it_)['collaborations.csv']!);
    assert.deepEqual(collaborations[0], ['Collaborazione', 'Collaborazione (codice)', 'Tipo', 'Tipo (codice)', 'Imprese', 'Stato', 'Stato (codice)', 'Data dello stato']);
    assert.ok(collaborations.slice(1).some((r) => r[5] === 'in corso' && r[6] === 'running'));
  });
});

describe('the economic advantage in the report, in words that say what it counts (rule-book §10)', () => {
  // On 31 December 2011: hard savings 199.275 € and gains 11.200 €, less the fees of the 13 firms
  // that took part (13 x 4.500 € = 58.500 €): 151.975 € of net advantage to the firms. The
  // public contribution (241.500 €) is not subtracted: it stands beside, with the ratio 0,63.
  const reports = {
    it: programmeReport(record, { asOf: '2011-12-31', lang: 'it' }),
    en: programmeReport(record, { asOf: '2011-12-31', lang: 'en' }),
  };
  const outputs = (lang: 'it' | 'en') => [renderText(reports[lang]), renderMarkdown(reports[lang])].map((s) => s.replace(/\s+/g, ' '));

  it('names the net advantage as the firms\', less their own fees, with the public cost and the ratio beside it (Italian)', () => {
    for (const out of outputs('it')) {
      assert.match(out, /Vantaggio netto per le imprese: 151\.975,00 € \(risparmi e ricavi meno le quote versate dalle imprese; il contributo pubblico non è sottratto\)/);
      assert.match(out, /Quote versate dalle imprese: 58\.500,00 €/);
      assert.match(out, /Costo pubblico del programma \(contributo pubblico\): 241\.500,00 €/);
      assert.match(out, /Costo totale del programma: 300\.000,00 €/);
      assert.match(out, /Rapporto vantaggio netto \/ contributo pubblico: 0,63/);
      assert.doesNotMatch(out, /costi del programma|Vantaggio netto per euro pubblico/);
    }
    assert.equal(reports.it.advantage.firmsCostCents, 13 * 450_000);
  });

  it('says the same in English', () => {
    for (const out of outputs('en')) {
      assert.match(out, /Net advantage to the firms: €151,975\.00 \(savings and income less the fees the firms paid; the public contribution is not subtracted\)/);
      assert.match(out, /Fees paid by the firms: €58,500\.00/);
      assert.match(out, /Public cost of the programme \(public contribution\): €241,500\.00/);
      assert.match(out, /Ratio of net advantage to public contribution: 0\.63/);
      assert.doesNotMatch(out, /Net advantage per public euro|Programme cost:/);
    }
  });

  it("a firm's report: its own net advantage, less its own fee", () => {
    const text = renderText(programmeReport(record, { asOf: '2011-12-31', lang: 'it', firm: BOSSI })).replace(/\s+/g, ' ');
    assert.match(text, /Vantaggio netto dell'impresa: 24\.310,00 € \(risparmi e ricavi meno la quota versata dall'impresa\)/);
    assert.match(text, /Quota versata: 4\.500,00 €/);
  });

  it('one money format in text and Markdown: every amount to the cent; a negative one with the minus sign, plain in CSV', () => {
    for (const lang of ['it', 'en'] as const) {
      for (const out of [renderText(reports[lang]), renderMarkdown(reports[lang])]) {
        const amounts = lang === 'it' ? out.match(/[\d.,−-]+\s€/g)! : out.match(/[−-]?€[\d.,]+/g)!;
        assert.ok(amounts.length > 50);
        for (const a of amounts) assert.match(a, lang === 'it' ? /^−?\d{1,3}(\.\d{3})*,\d{2}\s€$/ : /^−?€\d{1,3}(,\d{3})*\.\d{2}$/, a);
      }
    }
    // Caccia withdrew with no saving: its net advantage is minus its fee.
    assert.match(renderText(reports.it), /Officina Meccanica Caccia Gianni .*−4\.500,00\s€/);
    assert.doesNotMatch(renderText(reports.it) + renderMarkdown(reports.en), /-4[.,]500/);
    assert.match(renderCsv(reports.it)['advantage-by-firm.csv']!, /,-4500\r\n/);
  });

  it('dates after a preposition are elided in Italian: the report of 8 March 2011 is "all\'8 marzo 2011"', () => {
    assert.match(renderText(programmeReport(record, { asOf: '2011-03-08', lang: 'it' })), /Verifica periodica all'8 marzo 2011/);
    assert.match(renderText(programmeReport(record, { asOf: '2011-03-01', lang: 'it' })), /Verifica periodica al 1º marzo 2011/);
    assert.match(renderText(programmeReport(record, { asOf: '2011-03-08', lang: 'en' })), /Periodic verification as of 8 March 2011/);
  });

  it('phases: the firms in each phase now, and those that went through it', () => {
    const phases = reports.it.phases.map((p) => [p.phase, p.count, p.passed]);
    assert.deepEqual(phases.slice(0, 6), [
      ['enrolment', 0, 13],
      ['analysis', 0, 12],
      ['plan', 0, 12],
      ['collaboration', 0, 12],
      ['aggregation', 12, 0],
      ['completed', 0, undefined],
    ]);
    assert.match(renderText(reports.it), /^Adesione\s+0\s+13$/m);
    assert.match(renderText(reports.en), /^Phase\s+Firms in the phase now\s+Firms that passed through it$/m);
  });
});
