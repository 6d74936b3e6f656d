import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/define/mechnet-savings.js';
import type { MechnetSavings } from '../../components/savings/savings.js';
import { savingsMessages } from '../../components/savings/messages.js';
import {
  economicAdvantage,
  firmStates,
  formatCents,
  formatNumber,
  parseRecord,
  publicRecord,
  resolveDefinition,
  type AdvantageAmounts,
  type ProgrammeRecord,
} from '../../src/index.js';
import { clone } from '../fixtures/sample.js';

const SAMPLE_URL = '/examples/mechnet-varese-2010.json';
const DATES = ['2011-06-30', '2012-03-31'] as const;
let sample: unknown;
let full: ProgrammeRecord;

const root = (el: Element) => el.shadowRoot!;
const cellTexts = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
const table = (el: Element, name: string) => root(el).querySelector(`[data-table=${name}]`);
const bodyRows = (el: Element, name: string) => [...table(el, name)!.querySelectorAll('tbody tr')].map(cellTexts);
/** The totals as term -> amount, as shown. */
const totals = (el: Element) =>
  Object.fromEntries([...root(el).querySelectorAll('[part=totals] > div')].map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]));
const money = (a: AdvantageAmounts, lang: 'it' | 'en' = 'it') => [a.hardCents, a.avoidanceCents, a.gainCents].map((c) => formatCents(c, { lang }));

/** Every figure the element shows, in reading order: to compare two renderings. */
const figures = (el: Element) => [...root(el).querySelectorAll('td, dd')].map((c) => c.textContent!.trim());

describe('<mechnet-savings>', () => {
  before(async () => {
    sample = await (await fetch(SAMPLE_URL)).json();
    full = parseRecord(clone(sample));
  });

  for (const asOf of DATES) {
    it(`shows the library's advantage by kind, realised and negotiated, totals and by firm on ${asOf} (rule-book §10)`, async () => {
      const a = economicAdvantage(full, { asOf });
      const firms = firmStates(full, { asOf });
      const kinds = resolveDefinition(full).collaboration.kinds;
      const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of=${asOf} .record=${clone(sample)}></mechnet-savings>`);

      // By kind: one row per kind of the programme, in its order, and the realised total.
      const byKind = bodyRows(el, 'by-kind');
      expect(byKind.map((r) => r.slice(1))).to.deep.equal(kinds.map((k) => money(a.byKind[k])));
      expect(cellTexts(table(el, 'by-kind')!.querySelector('tfoot tr')!).slice(1)).to.deep.equal(money(a.realised));

      // Realised and negotiated kept apart.
      expect(bodyRows(el, 'basis').map((r) => r.slice(1))).to.deep.equal([money(a.realised), money(a.negotiated)]);

      // Programme totals: the firms' net advantage (less their own fees), the fees, the public cost, the ratio, the whole cost.
      expect(totals(el)).to.deep.equal({
        'Vantaggio netto per le imprese': formatCents(a.netCents),
        'Quote versate dalle imprese': formatCents(a.firmsCostCents),
        'Costo pubblico del programma (contributo pubblico)': formatCents(a.publicFundingCents),
        'Rapporto vantaggio netto / contributo pubblico': formatNumber(a.netPerPublicEuro!),
        'Costo totale del programma': formatCents(a.programmeCostCents),
      });

      // By firm, in order of application, named as firmStates names them.
      const order = firms.filter((f) => a.firms.some((x) => x.firm === f.partitaIva));
      const expected = order.map((f) => {
        const x = a.firms.find((y) => y.firm === f.partitaIva)!;
        return [f.name, ...money(x.realised), ...money(x.negotiated), formatCents(x.programmeCostCents), formatCents(x.netCents)];
      });
      expect(expected.length).to.be.greaterThan(0);
      expect(bodyRows(el, 'by-firm')).to.deep.equal(expected);

      // One bar per non-zero figure of the by-kind chart, each with its pattern.
      const chart = root(el).querySelector('[part=chart]')!;
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      const nonZero = kinds.flatMap((k) => money(a.byKind[k]).filter((_, i) => [a.byKind[k].hardCents, a.byKind[k].avoidanceCents, a.byKind[k].gainCents][i]! > 0));
      expect(chart.querySelectorAll('rect.sbar').length).to.equal(nonZero.length);
    });
  }

  it('shows different figures on different dates (the as-of date reaches the library)', async () => {
    const [early, late] = DATES.map((d) => economicAdvantage(full, { asOf: d }));
    expect(early!.netCents).not.to.equal(late!.netCents);
    const a = await fixture<MechnetSavings>(html`<mechnet-savings as-of=${DATES[0]} .record=${clone(sample)}></mechnet-savings>`);
    const b = await fixture<MechnetSavings>(html`<mechnet-savings as-of=${DATES[1]} .record=${clone(sample)}></mechnet-savings>`);
    expect(totals(a)['Vantaggio netto per le imprese']).to.equal(formatCents(early!.netCents));
    expect(totals(b)['Vantaggio netto per le imprese']).to.equal(formatCents(late!.netCents));
  });

  it('draws hard savings, costs avoided and gains with three different fills and a legend naming them', async () => {
    const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of="2012-03-31" .record=${clone(sample)}></mechnet-savings>`);
    const fills = ['hard', 'avoidance', 'gain'].map((s) => root(el).querySelector(`[part=legend] rect.sbar.${s}`)!.getAttribute('fill'));
    expect(new Set(fills).size).to.equal(3);
    for (const f of fills.slice(1)) {
      const id = /url\(#(.+)\)/.exec(f!)![1]!;
      expect(root(el).querySelector(`pattern#${id}`), id).to.exist;
    }
    // Drawn lengths are in proportion to the figures (scaled to the largest shown).
    const a = economicAdvantage(full, { asOf: '2012-03-31' });
    const kinds = resolveDefinition(full).collaboration.kinds;
    const amounts = kinds.flatMap((k) => [a.byKind[k].hardCents, a.byKind[k].avoidanceCents, a.byKind[k].gainCents]).filter((c) => c > 0);
    const widths = [...root(el).querySelectorAll('[part=chart] rect.sbar')].slice(0, amounts.length).map((r) => r.getBoundingClientRect().width);
    const largest = Math.max(...amounts);
    expect(widths.length).to.equal(amounts.length);
    widths.forEach((w, i) => expect(w / Math.max(...widths)).to.be.closeTo(amounts[i]! / largest, 0.01));
    expect(new Set(widths.map((w) => Math.round(w))).size).to.be.greaterThan(2);
    const legend = root(el).querySelector('[part=legend]')!.textContent!;
    for (const word of ['Risparmi effettivi', 'Costi evitati', 'Ricavi']) expect(legend).to.contain(word);
  });

  it("shows one firm's figures by kind with the firm attribute", async () => {
    const asOf = '2012-03-31';
    const a = economicAdvantage(full, { asOf });
    const firms = firmStates(full, { asOf });
    const kinds = resolveDefinition(full).collaboration.kinds;
    // The firm with the largest net advantage, so that its figures differ from the programme's.
    const mine = [...a.firms].sort((x, y) => y.netCents - x.netCents)[0]!;
    const state = firms.find((f) => f.partitaIva === mine.firm)!;
    const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of=${asOf} firm=${mine.firm} .record=${clone(sample)}></mechnet-savings>`);
    expect(root(el).querySelector('h2')!.textContent).to.contain(state.name);
    expect(bodyRows(el, 'by-kind').map((r) => r.slice(1))).to.deep.equal(kinds.map((k) => money(mine.byKind[k])));
    expect(cellTexts(table(el, 'by-kind')!.querySelector('tfoot tr')!).slice(1)).to.deep.equal(money(mine.realised));
    expect(bodyRows(el, 'basis').map((r) => r.slice(1))).to.deep.equal([money(mine.realised), money(mine.negotiated)]);
    expect(totals(el)).to.deep.equal({
      "Vantaggio netto dell'impresa": formatCents(mine.netCents),
      "Quota versata dall'impresa": formatCents(mine.programmeCostCents),
    });
    expect(mine.netCents).not.to.equal(a.netCents);
    expect(table(el, 'by-firm')).to.equal(null);

    const anon = await fixture<MechnetSavings>(html`<mechnet-savings anonymous as-of=${asOf} firm=${mine.firm} .record=${clone(sample)}></mechnet-savings>`);
    expect(root(anon).querySelector('h2')!.textContent).to.contain(`Impresa ${state.order}`);
    expect(root(anon).innerHTML).not.to.contain(state.name);
  });

  it('says so when the firm attribute names no firm of the record, and shows no figures', async () => {
    const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of="2012-03-31" firm="00743110157" .record=${clone(sample)}></mechnet-savings>`);
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('00743110157');
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('leaves no firm name or partita IVA in the shadow DOM when anonymous', async () => {
    const asOf = '2012-03-31';
    const firms = firmStates(full, { asOf });
    const el = await fixture<MechnetSavings>(html`<mechnet-savings anonymous as-of=${asOf} .record=${clone(sample)}></mechnet-savings>`);
    const markup = root(el).innerHTML;
    for (const f of firms) {
      expect(markup, f.name).not.to.contain(f.name);
      expect(markup, f.partitaIva).not.to.contain(f.partitaIva);
    }
    const names = bodyRows(el, 'by-firm').map((r) => r[0]);
    const a = economicAdvantage(full, { asOf });
    expect(names).to.deep.equal(firms.filter((f) => a.firms.some((x) => x.firm === f.partitaIva)).map((f) => `Impresa ${f.order}`));
  });

  it('gives the same figures from the public record, anonymous or not, as from the full record', async () => {
    for (const asOf of DATES) {
      const reference = await fixture<MechnetSavings>(html`<mechnet-savings as-of=${asOf} .record=${clone(sample)}></mechnet-savings>`);
      const anonymousReference = await fixture<MechnetSavings>(html`<mechnet-savings anonymous as-of=${asOf} .record=${clone(sample)}></mechnet-savings>`);
      const shown = figures(reference);
      expect(shown.length).to.be.greaterThan(20);
      const open = await fixture<MechnetSavings>(html`<mechnet-savings as-of=${asOf} .record=${publicRecord(parseRecord(clone(sample)))}></mechnet-savings>`);
      expect(figures(open)).to.deep.equal(shown);
      // Firm by firm: by name where the firm consented to publication, else as "Impresa n" (its order of application).
      const openNames = bodyRows(open, 'by-firm').map((r) => r[0]);
      const names = bodyRows(reference, 'by-firm').map((r) => r[0]);
      const unnamed = bodyRows(anonymousReference, 'by-firm').map((r) => r[0]);
      expect(openNames.map((n, i) => n === names[i] || n === unnamed[i])).to.not.include(false);
      expect(openNames.filter((n, i) => n === unnamed[i]).length).to.equal(3);
      const hidden = await fixture<MechnetSavings>(
        html`<mechnet-savings anonymous as-of=${asOf} .record=${publicRecord(parseRecord(clone(sample)), { anonymous: true })}></mechnet-savings>`,
      );
      expect(figures(hidden)).to.deep.equal(shown);
      expect(bodyRows(hidden, 'by-firm').map((r) => r[0])).to.deep.equal(bodyRows(anonymousReference, 'by-firm').map((r) => r[0]));
    }
  });

  it('speaks English with lang="en", money written the English way', async () => {
    const asOf = '2012-03-31';
    const a = economicAdvantage(full, { asOf });
    const el = await fixture<MechnetSavings>(html`<mechnet-savings lang="en" as-of=${asOf} .record=${clone(sample)}></mechnet-savings>`);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Economic advantage');
    expect(totals(el)['Net advantage to the firms']).to.equal(formatCents(a.netCents, { lang: 'en' }));
    expect(cellTexts(table(el, 'by-kind')!.querySelector('tfoot tr')!)).to.deep.equal(['Total', ...money(a.realised, 'en')]);
  });

  it('shows an alert and no data for an as-of that is not a date', async () => {
    const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of="2011-13-45" .record=${clone(sample)}></mechnet-savings>`);
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('2011-13-45');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(root(el).querySelector('[part=totals]')).to.equal(null);
  });

  it('names the field when the record has a malformed event', async () => {
    const broken = clone(sample) as { events: { date: string }[] };
    broken.events[0]!.date = '2010-02-30';
    const el = await fixture<MechnetSavings>(html`<mechnet-savings lang="en" .record=${broken}></mechnet-savings>`);
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('events[0].date');
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('shows markup in a firm name as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const record = clone(sample) as { events: { type: string; application?: { firm: { name: string } } }[] };
    record.events.find((e) => e.type === 'enrolment.applied')!.application!.firm.name = evil;
    const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of="2012-03-31" .record=${record}></mechnet-savings>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(bodyRows(el, 'by-firm')[0]![0]).to.equal(evil);
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('is accessible (axe, no violations) in Italian, English, anonymous and for one firm', async () => {
    for (const lang of ['it', 'en']) {
      const el = await fixture(html`<mechnet-savings lang=${lang} as-of="2012-03-31" .record=${clone(sample)}></mechnet-savings>`);
      await expect(el).to.be.accessible();
    }
    const anon = await fixture(html`<mechnet-savings anonymous as-of="2012-03-31" .record=${clone(sample)}></mechnet-savings>`);
    await expect(anon).to.be.accessible();
    const one = await fixture(html`<mechnet-savings firm="02184730121" as-of="2012-03-31" .record=${clone(sample)}></mechnet-savings>`);
    await expect(one).to.be.accessible();
  });

  it('does not stop the keyboard at its tables when none needs scrolling (one that does is a focusable region: tables.test.ts)', async () => {
    const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of="2012-03-31" .record=${clone(sample)}></mechnet-savings>`);
    expect(root(el).querySelectorAll('table').length).to.equal(3);
    expect(root(el).querySelectorAll('[tabindex], [role=region]').length).to.equal(0);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(null);
    } finally {
      before.remove();
    }
  });

  it('fits a 320 px wide screen: the tables scroll inside the element, never the page', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const firm of [undefined, '02184730121']) {
        const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of="2012-03-31" firm=${firm ?? ''} .record=${clone(sample)}></mechnet-savings>`);
        expect(root(el).querySelector('table')).to.exist;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says what the net advantage counts, with the public cost and the ratio beside it, in Italian and English', async () => {
    const asOf = '2012-03-31';
    const a = economicAdvantage(full, { asOf });
    // 13 firms took part and each paid 4.500 €: the net advantage subtracts those fees, never the public contribution.
    expect(a.firmsCostCents).to.equal(13 * 450_000);
    const it_ = await fixture<MechnetSavings>(html`<mechnet-savings as-of=${asOf} .record=${clone(sample)}></mechnet-savings>`);
    expect(Object.keys(totals(it_))).to.deep.equal([
      'Vantaggio netto per le imprese',
      'Quote versate dalle imprese',
      'Costo pubblico del programma (contributo pubblico)',
      'Rapporto vantaggio netto / contributo pubblico',
      'Costo totale del programma',
    ]);
    expect(totals(it_)['Rapporto vantaggio netto / contributo pubblico']).to.equal('0,63');
    const hint = root(it_).querySelector('[part=totals] + .hint')!.textContent!;
    expect(hint).to.contain('meno le quote versate dalle imprese').and.contain('Il contributo pubblico non è sottratto');
    expect(root(it_).textContent).not.to.match(/Costo del programma\b/);
    const en = await fixture<MechnetSavings>(html`<mechnet-savings lang="en" as-of=${asOf} .record=${clone(sample)}></mechnet-savings>`);
    expect(totals(en)).to.deep.equal({
      'Net advantage to the firms': '€151,975.00',
      'Fees paid by the firms': '€58,500.00',
      'Public cost of the programme (public contribution)': '€241,500.00',
      'Ratio of net advantage to public contribution': '0.63',
      'Total cost of the programme': '€300,000.00',
    });
    expect(root(en).querySelector('[part=totals] + .hint')!.textContent).to.contain('The public contribution is not subtracted');
    const heads = [...table(en, 'by-firm')!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).to.include('Fee paid by the firm').and.include('Net advantage');
  });

  it('one money format with the overview on the same page: to the cent everywhere, a negative amount with the minus sign', async () => {
    const cuneo = await (await fetch('/examples/agrifood-cuneo-2024.json')).json();
    const el = await fixture<MechnetSavings>(html`<mechnet-savings as-of="2026-03-31" .record=${cuneo}></mechnet-savings>`);
    const amounts = root(el).textContent!.match(/[−-]?[\d.,]+\s€/g)!;
    expect(amounts.length).to.be.greaterThan(30);
    for (const x of amounts) expect(x).to.match(/^−?\d{1,3}(\.\d{3})*,\d{2}\s€$/);
    expect(totals(el)['Vantaggio netto per le imprese']).to.equal('\u22123.465,00\u00a0€');
    expect(root(el).textContent).not.to.match(/-\d/);
  });

  it('has every text in Italian and in English (same keys, no empty text)', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k])).sort();
    expect(keys(savingsMessages.en)).to.deep.equal(keys(savingsMessages.it));
    for (const lang of ['it', 'en'] as const) {
      for (const [k, v] of Object.entries(savingsMessages[lang])) if (typeof v === 'string') expect(v.trim(), `${lang}.${k}`).not.to.equal('');
    }
  });
});
