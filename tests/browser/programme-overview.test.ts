import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/define/mechnet-programme-overview.js';
import type { MechnetProgrammeOverview } from '../../components/index.js';
import { uiMessages } from '../../components/shared/messages.js';
import {
  aggregationStates,
  economicAdvantage,
  firmStates,
  formatCents,
  formatDate,
  formatNumber,
  mechnetDefinition,
  parseRecord,
  phaseTimeline,
  programmeState,
  publicRecord,
  resolveDefinition,
} from '../../src/index.js';
import { clone } from '../fixtures/sample.js';

const SAMPLE_URL = '/examples/mechnet-varese-2010.json';
let sample: unknown;

async function settle(el: MechnetProgrammeOverview): Promise<void> {
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part=status][role=status]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<mechnet-programme-overview>', () => {
  before(async () => {
    sample = await (await fetch(SAMPLE_URL)).json();
  });

  it('shows the programme, its phases and its 13 firms in Italian by default', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2012-03-31" .record=${clone(sample)}></mechnet-programme-overview>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.contain('MechNet');
    expect(root.querySelectorAll('[part=phases] li').length).to.equal(6);
    expect(root.querySelectorAll('tbody tr').length).to.equal(13);
    expect(text(el)).to.contain('12 ammesse, 1 ritirata');
    expect(text(el)).to.contain('Officina Meccanica Bossi');
    expect(text(el)).to.contain('Camera di Commercio di Varese');
    // Phase counts and the next verification after the last event (2012-03-30)
    expect(root.querySelectorAll('[part=phases] li')[4]!.textContent).to.contain('in questa fase ora: 12');
    expect(root.querySelector('[part=next]')!.textContent).to.contain('1º giugno 2012');
  });

  it('a defect of the library while checking the record is shown as a failure to load, not as an invalid record', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2012-03-31"></mechnet-programme-overview>`);
    const freeze = Object.freeze;
    let reached = 0;
    // Object.freeze is what the shape check calls on the record it has read: make it fail as a bug would.
    Object.freeze = (() => {
      reached++;
      throw new Error('planted defect');
    }) as typeof Object.freeze;
    try {
      el.record = clone(sample);
      await el.updateComplete;
    } finally {
      Object.freeze = freeze;
    }
    expect(reached).to.be.greaterThan(0);
    const alert = el.shadowRoot!.querySelector('[part=error]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Impossibile caricare i dati del programma');
    expect(alert.textContent).to.contain('Errore interno della libreria mechnet');
  });

  it('follows the closest [lang] and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="it"><mechnet-programme-overview as-of="2012-03-31" .record=${clone(sample)}></mechnet-programme-overview></div>`);
    const el = wrapper.querySelector('mechnet-programme-overview')!;
    expect(text(el)).to.contain('Fasi del percorso');
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el)).to.contain('Phases');
    expect(text(el)).to.contain('12 accepted, 1 withdrawn');
  });

  it('hides firm names and municipalities when anonymous', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview anonymous .record=${clone(sample)}></mechnet-programme-overview>`);
    const firstRow = el.shadowRoot!.querySelector('tbody tr')!;
    expect(firstRow.querySelector('th')!.textContent!.trim()).to.equal('Impresa 1');
    expect(text(el)).not.to.contain('Bossi');
    expect(text(el)).not.to.contain('Gallarate');
  });

  it('shows the cohort as it stood on the as-of date', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2010-02-28" .record=${clone(sample)}></mechnet-programme-overview>`);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(13);
    expect(text(el)).to.contain('Situazione al 28 febbraio 2010');
    expect(el.shadowRoot!.querySelector('[part=phases] li[aria-current=step]')).to.equal(null);
    expect(text(el)).to.contain('13 in valutazione');
    expect(el.shadowRoot!.querySelectorAll('[part=phases] li')[0]!.textContent).to.contain('in questa fase ora: 13');
    expect(el.shadowRoot!.querySelector('[part=next]')!.textContent).to.contain('1º giugno 2010');
  });

  it('shows the figures of the library on each date: phases with dates and the current one, places, verifications, advantage, aggregation', async () => {
    const record = parseRecord(clone(sample));
    for (const [asOf, lang] of [['2010-06-30', 'it'], ['2011-06-30', 'en'], ['2012-03-31', 'it']] as const) {
      const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang=${lang} as-of=${asOf} .record=${clone(sample)}></mechnet-programme-overview>`);
      const root = el.shadowRoot!;
      const view = { asOf, lang };
      const p = programmeState(record, view);
      const timeline = phaseTimeline(resolveDefinition(record), view);
      const items = [...root.querySelectorAll('[part=phases] li')];
      expect(items.length).to.equal(timeline.phases.length);
      timeline.phases.forEach((ph, i) => {
        const li = items[i]!.textContent!.replace(/\s+/g, ' ');
        expect(li).to.contain(ph.label);
        expect(li).to.contain(formatDate(ph.start, { lang }));
        expect(li).to.contain(formatDate(ph.end, { lang }));
        const empty = ph.id === timeline.current && p.phases[ph.id] === 0;
        if (!empty) expect(li).to.contain(`${lang === 'it' ? 'in questa fase ora' : 'in this phase now'}: ${p.phases[ph.id]}`);
        if (i < timeline.phases.length - 1) expect(li).to.contain(`${lang === 'it' ? 'passate' : 'passed through'}: ${p.passed[ph.id]}`);
        expect(items[i]!.getAttribute('aria-current')).to.equal(ph.id === timeline.current ? 'step' : 'false');
      });
      expect(timeline.current, asOf).to.not.equal(undefined);
      const figure = (name: string) => root.querySelector(`[data-figure=${name}]`)!.textContent!.replace(/[ \t\n]+/g, ' ').trim();
      expect(figure('places')).to.contain(String(p.places.taken)).and.contain(String(p.places.capacity));
      expect(figure('next')).to.equal(formatDate(p.nextVerification!, { lang }));
      expect(figure('overdue')).to.equal(p.overdue === 0 ? (lang === 'it' ? 'nessuna' : 'none') : String(p.overdue));
      const a = economicAdvantage(record, view);
      expect(figure('hard')).to.equal(formatCents(a.realised.hardCents, { lang }));
      expect(figure('avoidance')).to.equal(formatCents(a.realised.avoidanceCents, { lang }));
      expect(figure('gains')).to.equal(formatCents(a.realised.gainCents, { lang }));
      expect(figure('fees')).to.equal(formatCents(a.firmsCostCents, { lang }));
      expect(figure('net')).to.equal(formatCents(a.netCents, { lang }));
      expect(figure('public-cost')).to.contain(formatCents(a.publicFundingCents, { lang })).and.contain(formatCents(a.programmeCostCents, { lang }));
      expect(figure('per-euro')).to.contain(formatNumber(a.netPerPublicEuro!, { lang })).and.contain(formatCents(a.netPerPublicEuro! * 100, { lang }));
      const aggs = aggregationStates(record, view);
      if (aggs.length === 0) expect(figure('aggregation')).to.equal(lang === 'it' ? 'Nessuna aggregazione proposta alla data' : 'No aggregation proposed by the date');
      for (const g of aggs) expect(figure('aggregation')).to.contain(g.name).and.contain(formatDate(g.since, { lang }));
      expect(text(el)).to.contain(lang === 'it' ? `Situazione al ${formatDate(asOf, { lang })}` : `As of ${formatDate(asOf, { lang })}`);
    }
  });

  it('defaults to today while the programme runs: the date shown is today in the visitor\'s time zone', async () => {
    // The sample's events under a calendar that has not ended.
    const running = { ...(clone(sample) as object), programme: { ...clone(mechnetDefinition), calendar: { ...mechnetDefinition.calendar, end: '2999-12-31' } } };
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang="en" .record=${running}></mechnet-programme-overview>`);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(el.shadowRoot!.querySelector('[part=as-of]')!.textContent).to.equal(`As of ${formatDate(today, { lang: 'en' })}`);
  });

  it('says so when as-of is not a date, and shows no figure', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang="en" as-of="2011-13-45" .record=${clone(sample)}></mechnet-programme-overview>`);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('"2011-13-45"');
    expect(el.shadowRoot!.querySelector('[part=phases]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('anonymous: no firm name, partita IVA or municipality anywhere in the shadow DOM, and the same figures from the public record', async () => {
    const record = parseRecord(clone(sample));
    const firms = firmStates(record);
    for (const source of [clone(sample), JSON.parse(JSON.stringify(publicRecord(record))), JSON.parse(JSON.stringify(publicRecord(record, { anonymous: true })))]) {
      const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview anonymous as-of="2011-12-31" .record=${source}></mechnet-programme-overview>`);
      const markup = el.shadowRoot!.innerHTML;
      for (const f of firms) {
        expect(markup).not.to.contain(f.name);
        expect(markup).not.to.contain(f.partitaIva);
      }
      expect(el.shadowRoot!.querySelectorAll('thead th').length, 'no municipality column').to.equal(3);
      expect(el.shadowRoot!.querySelector('[data-figure=net]')!.textContent).to.equal(formatCents(economicAdvantage(record, { asOf: '2011-12-31' }).netCents));
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(13);
    }
  });

  it('shows markup in a firm name as text, never as markup', async () => {
    const hostile = clone(sample) as { events: { type: string; application?: { firm: { name: string } } }[] };
    hostile.events.find((e) => e.type === 'enrolment.applied')!.application!.firm.name = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2011-12-31" .record=${hostile}></mechnet-programme-overview>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(text(el)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('fits a 320 px screen: the firms table stacks its rows, each cell after its column’s header, and nothing scrolls', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2011-12-31" .record=${clone(sample)}></mechnet-programme-overview>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const t = uiMessages.it;
      const table = el.shadowRoot!.querySelector<HTMLTableElement>('[part=firms]')!;
      const row = table.tBodies[0]!.rows[0]!;
      expect(getComputedStyle(row).display).to.equal('block');
      expect([...row.cells].slice(1).map((c) => c.getAttribute('data-label'))).to.deep.equal([t.municipality, t.ateco, t.status]);
      expect(getComputedStyle(row.cells[1]!, '::before').content).to.contain(t.municipality);
      // The headers stay for screen readers, out of sight.
      expect(table.tHead!.getBoundingClientRect().width).to.be.at.most(1);
      expect(el.shadowRoot!.querySelectorAll('[role=region], [tabindex]')).to.have.length(0);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('loads the record from src', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview src=${SAMPLE_URL}></mechnet-programme-overview>`);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(13);
  });

  it('says why when the record is invalid, naming the field, in an alert', async () => {
    const broken = clone(sample) as { events: { date: string }[] };
    broken.events[0]!.date = '2010-02-30';
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang="en" .record=${broken}></mechnet-programme-overview>`);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('events[0].date');
    expect(alert.textContent).to.contain('Must be an existing date');
  });

  it('says so when the record cannot be fetched', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview src="/no/such/record.json"></mechnet-programme-overview>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('HTTP 404');
  });

  it('is accessible (axe, no violations) in both languages and when anonymous', async () => {
    for (const lang of ['it', 'en']) {
      const el = await fixture(html`<mechnet-programme-overview lang=${lang} as-of="2011-06-30" .record=${clone(sample)}></mechnet-programme-overview>`);
      await expect(el).to.be.accessible();
    }
    const anon = await fixture(html`<mechnet-programme-overview anonymous .record=${clone(sample)}></mechnet-programme-overview>`);
    await expect(anon).to.be.accessible();
  });

  it('lets the keyboard reach the contact links', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview .record=${clone(sample)}></mechnet-programme-overview>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.match(/^tel:/);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('mailto:innovazione@va.camcom.it');
    before.remove();
  });

  it('names the net advantage as the rule-book defines it, with the public cost and the ratio beside it, not as if the programme paid for itself', async () => {
    const record = parseRecord(clone(sample));
    const a = economicAdvantage(record, { asOf: '2012-03-31' });
    // 199.275 € of hard savings and 11.200 € of gains, less 13 x 4.500 € of fees: 151.975 €; public contribution 241.500 €.
    expect([a.realised.hardCents, a.realised.gainCents, a.firmsCostCents, a.netCents, a.publicFundingCents]).to.deep.equal([19_927_500, 1_120_000, 5_850_000, 15_197_500, 24_150_000]);
    const cases = [
      ['it', 'Vantaggio netto per le imprese (risparmi e ricavi meno le quote versate dalle imprese)', 'Quote versate dalle imprese', 'Costo pubblico del programma', '241.500,00 € (contributo di Regione Lombardia; costo totale del programma 300.000,00 €)', 'Rapporto vantaggio netto / contributo pubblico', '0,63 (0,63 € di vantaggio netto per le imprese per ogni euro pubblico)'],
      ['en', 'Net advantage to the firms (savings and income less the fees the firms paid)', 'Fees paid by the firms', 'Public cost of the programme', '€241,500.00 (contribution of Regione Lombardia; total cost of the programme €300,000.00)', 'Ratio of net advantage to public contribution', '0.63 (€0.63 of net advantage to the firms per euro of public money)'],
    ] as const;
    for (const [lang, net, fees, publicCost, publicLine, ratio, ratioLine] of cases) {
      const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang=${lang} as-of="2012-03-31" .record=${clone(sample)}></mechnet-programme-overview>`);
      const root = el.shadowRoot!;
      const term = (name: string) => root.querySelector(`[data-figure=${name}]`)!.previousElementSibling!.textContent!.trim();
      const figure = (name: string) => root.querySelector(`[data-figure=${name}]`)!.textContent!.replace(/[ \t\n]+/g, ' ').trim();
      expect(term('net')).to.equal(net);
      expect(figure('net')).to.equal(formatCents(15_197_500, { lang }));
      expect(term('fees')).to.equal(fees);
      expect(figure('fees')).to.equal(formatCents(5_850_000, { lang }));
      expect(term('public-cost')).to.equal(publicCost);
      const nbsp = (x: string) => (lang === 'it' ? x.replace(/(\d) €/g, '$1\u00a0€') : x);
      expect(figure('public-cost')).to.equal(nbsp(publicLine));
      expect(term('per-euro')).to.equal(ratio);
      expect(figure('per-euro')).to.equal(nbsp(ratioLine));
      expect(text(el)).not.to.match(/costi del programma|programme costs/);
    }
  });

  it("phase cards say how many firms are in the phase now and how many passed through it; the calendar's phase with none says why", async () => {
    // On 31 March 2012 the calendar is in "Concluso" (the last phase runs to the end), but the 12 firms are still in "Aggregazione".
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2012-03-31" .record=${clone(sample)}></mechnet-programme-overview>`);
    const cards = [...el.shadowRoot!.querySelectorAll('[part=phases] li')].map((li) => li.querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(cards).to.deep.equal([
      '· in questa fase ora: 0 · passate: 13',
      '· in questa fase ora: 0 · passate: 12',
      '· in questa fase ora: 0 · passate: 12',
      '· in questa fase ora: 0 · passate: 12',
      '· in questa fase ora: 12 · passate: 0',
      '· in questa fase ora: nessuna; ogni impresa segue il suo ritmo (12 sono ancora in fasi precedenti)',
    ]);
    expect(el.shadowRoot!.querySelector('[part=phases] li[aria-current=step]')!.textContent).to.contain('fase in corso secondo il calendario');

    // Filiera Granda on 30 June 2025: the calendar says aggregation, the six firms are in collaboration.
    const cuneo = await (await fetch('/examples/agrifood-cuneo-2024.json')).json();
    const en = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang="en" as-of="2025-06-30" .record=${cuneo}></mechnet-programme-overview>`);
    const current = en.shadowRoot!.querySelector('[part=phases] li[aria-current=step]')!;
    expect(current.getAttribute('data-phase')).to.equal('aggregation');
    expect(current.textContent!.replace(/\s+/g, ' ')).to.contain(
      'in this phase now: none; each firm moves at its own pace (6 are still in earlier phases)',
    );
    expect(current.textContent).not.to.match(/now: 0/);
  });

  it('a programme whose calendar has ended is shown on its last day by default, and says so; a date asked after the end says the end', async () => {
    const record = parseRecord(clone(sample));
    const end = programmeState(record, { asOf: '2012-06-30' });
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview .record=${clone(sample)}></mechnet-programme-overview>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=as-of]')!.textContent).to.equal('Programma concluso il 30 giugno 2012: dati a quella data');
    expect(root.querySelector('[data-figure=overdue]')!.textContent).to.equal(String(end.overdue));
    expect(root.querySelector('[part=next]')!.textContent!.trim()).to.equal("Nessun'altra verifica periodica in calendario");
    const en = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang="en" .record=${clone(sample)}></mechnet-programme-overview>`);
    expect(en.shadowRoot!.querySelector('[part=as-of]')!.textContent).to.equal('Programme ended on 30 June 2012: figures as of that date');
    const later = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2026-12-07" .record=${clone(sample)}></mechnet-programme-overview>`);
    expect(later.shadowRoot!.querySelector('[part=as-of]')!.textContent).to.equal('Situazione al 7 dicembre 2026 (programma concluso il 30 giugno 2012)');
  });

  it('writes dates after a preposition the Italian way, and the territory from the definition', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2011-03-08" .record=${clone(sample)}></mechnet-programme-overview>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=as-of]')!.textContent).to.equal("Situazione all'8 marzo 2011");
    const dates = [...root.querySelectorAll('[part=phases] .dates')].map((d) => d.textContent!.trim());
    expect(dates[0]).to.equal('dal 1º marzo 2010 al 30 marzo 2010');
    expect(dates.join(' ')).not.to.match(/\bdal 8|\bdal 11|\bal 8|\bal 11|\bdal 1 /);
    expect(root.querySelector('[data-figure=territory]')!.textContent).to.equal('provincia di Varese');
    const cuneo = await (await fetch('/examples/agrifood-cuneo-2024.json')).json();
    const other = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2025-06-30" .record=${cuneo}></mechnet-programme-overview>`);
    expect(other.shadowRoot!.querySelector('[data-figure=territory]')!.textContent).to.equal('province di Cuneo e Asti');
  });

  it('one money format on the page: every amount to the cent, a negative one with the minus sign', async () => {
    const cuneo = await (await fetch('/examples/agrifood-cuneo-2024.json')).json();
    for (const [record, asOf] of [[clone(sample), '2012-03-31'], [cuneo, '2025-06-30']] as const) {
      const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of=${asOf} .record=${record}></mechnet-programme-overview>`);
      const amounts = text(el).match(/[−-]?[\d.,]+\s€/g)!;
      expect(amounts.length).to.be.greaterThan(6);
      for (const a of amounts) expect(a).to.match(/^−?\d{1,3}(\.\d{3})*,\d{2}\s€$/);
    }
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview as-of="2025-06-30" .record=${cuneo}></mechnet-programme-overview>`);
    expect(el.shadowRoot!.querySelector('[data-figure=net]')!.textContent).to.equal('\u221235.000,00\u00a0€');
  });

  it('renders nothing but a hint when given no record', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang="en"></mechnet-programme-overview>`);
    expect(text(el)).to.contain('No programme data');
    void oneEvent;
  });
});
