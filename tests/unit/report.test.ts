import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MechnetError, parseRecord, programmeReport } from '../../src/index.js';
import { renderCsv, renderJson, renderMarkdown, renderText, reportDate } from '../../src/report/index.js';
import { sampleRecordJson } from './load-sample.js';

const record = parseRecord(sampleRecordJson());
const BOSSI = '02184730121';
const SIRONI = '02644180123';
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
    assert.equal(reportDate('2011-12-31', 'it'), '31 dicembre 2011');
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
    assert.match(byFirm.split('\r\n')[0]!, /^\uFEFFImpresa,Risparmi,Costi evitati,Ricavi,Costo del programma,Vantaggio netto$/);
    assert.match(renderCsv(it_, { separator: ';' })['indicators.csv']!, /;0,\d+;/);
  });

  it('JSON is the report data', () => {
    assert.deepEqual(JSON.parse(renderJson(en)), JSON.parse(JSON.stringify(en)));
  });
});
