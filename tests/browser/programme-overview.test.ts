import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/define/mechnet-programme-overview.js';
import type { MechnetProgrammeOverview } from '../../components/index.js';
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
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview .record=${clone(sample)}></mechnet-programme-overview>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.contain('MechNet');
    expect(root.querySelectorAll('[part=phases] li').length).to.equal(6);
    expect(root.querySelectorAll('tbody tr').length).to.equal(13);
    expect(text(el)).to.contain('12 ammesse, 1 ritirata');
    expect(text(el)).to.contain('Officina Meccanica Bossi');
    expect(text(el)).to.contain('Camera di Commercio di Varese');
    // Phase counts and the next verification after the last event (2012-03-30)
    expect(root.querySelectorAll('[part=phases] li')[4]!.textContent).to.contain('12 imprese');
    expect(root.querySelector('[part=next]')!.textContent).to.contain('1 giugno 2012');
  });

  it('follows the closest [lang] and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="it"><mechnet-programme-overview .record=${clone(sample)}></mechnet-programme-overview></div>`);
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
    expect(text(el)).to.contain('13 in valutazione');
    expect(el.shadowRoot!.querySelectorAll('[part=phases] li')[0]!.textContent).to.contain('13 imprese');
    expect(el.shadowRoot!.querySelector('[part=next]')!.textContent).to.contain('1 giugno 2010');
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
      const el = await fixture(html`<mechnet-programme-overview lang=${lang} .record=${clone(sample)}></mechnet-programme-overview>`);
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

  it('renders nothing but a hint when given no record', async () => {
    const el = await fixture<MechnetProgrammeOverview>(html`<mechnet-programme-overview lang="en"></mechnet-programme-overview>`);
    expect(text(el)).to.contain('No programme data');
    void oneEvent;
  });
});
