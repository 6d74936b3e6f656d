import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/define/mechnet-firm-progress.js';
import type { MechnetFirmProgress } from '../../components/firm-progress/firm-progress.js';
import { firmProgressMessages } from '../../components/firm-progress/messages.js';
import { uiMessages } from '../../components/shared/messages.js';
import {
  firmState,
  firmStates,
  formatDate,
  formatNumber,
  formatPercent,
  formatPercentValue,
  overdueVerifications,
  parseRecord,
  programmeReport,
  publicRecord,
  resolveDefinition,
  type Lang,
  type ProgrammeRecord,
  type ReportIndicator,
} from '../../src/index.js';
import { clone } from '../fixtures/sample.js';

const SAMPLE_URL = '/examples/mechnet-varese-2010.json';
let sample: unknown;
let record: ProgrammeRecord;

async function settle(el: MechnetFirmProgress): Promise<void> {
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part=status][role=status]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => squash(el.shadowRoot!.textContent);
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const qa = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

async function progress(firm: string, asOf: string, source: unknown = clone(sample), options: { lang?: Lang; anonymous?: boolean } = {}) {
  return fixture<MechnetFirmProgress>(
    html`<mechnet-firm-progress
      firm=${firm}
      as-of=${asOf}
      lang=${options.lang ?? 'it'}
      ?anonymous=${options.anonymous ?? false}
      .record=${source}
    ></mechnet-firm-progress>`,
  );
}

/** A number with the plan's unit, as the library formats it. */
function quantityParts(i: ReportIndicator, x: number, lang: Lang): string {
  return i.unit === '%' ? formatPercentValue(x, { lang }) : formatNumber(x, { lang });
}

/** Checks every figure of a firm's dashboard against the library's report on the date. */
function expectFiguresOfLibrary(el: MechnetFirmProgress, firm: string, asOf: string, lang: Lang): void {
  const t = uiMessages[lang];
  const report = programmeReport(record, { asOf, lang, firm });
  const f = report.firms[0]!;
  const plan = f.plan!;
  expect(plan, 'the firm has a plan on the date').to.not.equal(undefined);
  // The plan's status and score.
  const summary = squash(q(el, '[part=plan-summary]')!.textContent);
  expect(summary).to.contain(t.indicatorStatuses[plan.status]);
  expect(summary).to.contain(formatPercent(plan.score!, { lang }));
  // Every indicator, in the report's order, with its figures.
  const rows = qa(el, '[part=indicators] tbody tr');
  expect(rows.length).to.equal(plan.indicators.length);
  plan.indicators.forEach((i, k) => {
    const row = rows[k]!;
    expect(row.getAttribute('data-indicator')).to.equal(i.indicator);
    expect(squash(row.querySelector('th')!.textContent)).to.equal(i.name);
    expect(squash(row.querySelector('.status')!.textContent)).to.contain(t.indicatorStatuses[i.status]);
    expect(row.querySelector('.status [part=chip]')!.getAttribute('data-status')).to.equal(i.status);
    const words = squash(row.querySelector('.progress .words')!.textContent);
    expect(words).to.contain(formatPercent(i.expected, { lang }));
    if (i.achievement !== undefined) expect(words).to.contain(formatPercent(i.achievement, { lang }));
    expect(row.querySelector('.progress svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(squash(row.querySelector('.deadline')!.textContent)).to.equal(formatDate(i.deadline, { lang }));
    const forecast = squash(row.querySelector('.forecast')!.textContent);
    if (i.forecast !== undefined) expect(forecast).to.contain(formatPercent(i.forecast, { lang }));
    else expect(forecast).to.equal('—');
    const latest = squash(row.querySelector('.latest')!.textContent);
    if (i.latest) {
      expect(latest).to.contain(formatDate(i.latest.date, { lang }));
      if (i.latest.value !== undefined && i.kind === 'quantitative') expect(latest).to.contain(quantityParts(i, i.latest.value, lang));
      if (i.latest.levelLabel !== undefined) expect(latest).to.contain(i.latest.levelLabel);
    }
    if (i.kind === 'quantitative') {
      if (i.baseline !== undefined) expect(squash(row.querySelector('.baseline')!.textContent)).to.contain(quantityParts(i, i.baseline, lang));
      if (!i.band && i.target !== undefined) expect(squash(row.querySelector('.target')!.textContent)).to.contain(quantityParts(i, i.target, lang));
      if (i.unit && i.unit !== '%' && i.target !== 1) expect(squash(row.querySelector('.target')!.textContent)).to.contain(i.unit);
    }
    if (i.kind === 'scale') {
      expect(squash(row.querySelector('.baseline')!.textContent)).to.equal(i.baselineLevel!.label);
      expect(squash(row.querySelector('.target')!.textContent)).to.equal(i.targetLevel!.label);
    }
  });
  // Overdue verifications, with their days.
  const overdue = overdueVerifications(record, { asOf }).filter((o) => o.firm === firm);
  const items = qa(el, '[part=overdue] li');
  expect(items.length).to.equal(overdue.length);
  overdue.forEach((o, k) => {
    expect(squash(items[k]!.textContent)).to.contain(formatDate(o.scheduled, { lang }));
    expect(squash(items[k]!.textContent)).to.contain(formatNumber(o.daysOverdue, { lang }));
  });
  // The next verification: the firm's first one not yet held, due or upcoming.
  const next = firmState(record, firm, { asOf })!.verifications.find((v) => v.status === 'due' || v.status === 'upcoming');
  const nextText = squash(q(el, '[part=next]')!.textContent);
  if (next) expect(nextText).to.contain(formatDate(next.scheduled, { lang }));
  else expect(nextText).to.equal(t.noNextVerification);
  // The held count.
  expect(text(el)).to.contain(formatNumber(f.verifications.held, { lang }));
}

describe('<mechnet-firm-progress>', () => {
  before(async () => {
    sample = await (await fetch(SAMPLE_URL)).json();
    record = parseRecord(clone(sample));
  });

  for (const asOf of ['2011-06-30', '2012-03-31']) {
    it(`shows every firm's plan, indicators and verifications as the library computes them on ${asOf}`, async () => {
      const firms = firmStates(record, { asOf }).filter((f) => f.plan);
      expect(firms.length).to.be.greaterThan(0);
      for (const f of firms) {
        const el = await progress(f.partitaIva, asOf);
        expect(squash(q(el, '[part=heading]')!.textContent)).to.equal(f.name);
        expect(text(el)).to.contain(f.partitaIva);
        expectFiguresOfLibrary(el, f.partitaIva, asOf, 'it');
      }
    });
  }

  it('counts the days of an overdue verification (a firm late on 2012-03-31)', async () => {
    const asOf = '2012-03-31';
    const late = overdueVerifications(record, { asOf });
    expect(late.length, 'the sample has overdue verifications on the date').to.be.greaterThan(0);
    const firm = late[0]!.firm;
    const el = await progress(firm, asOf, clone(sample), { lang: 'en' });
    const items = qa(el, '[part=overdue] li').map((li) => squash(li.textContent));
    const mine = late.filter((o) => o.firm === firm);
    expect(items).to.deep.equal(mine.map((o) => firmProgressMessages.en.overdueItem(formatDate(o.scheduled, { lang: 'en' }), formatNumber(o.daysOverdue, { lang: 'en' }))));
    expectFiguresOfLibrary(el, firm, asOf, 'en');
  });

  it('shows the phase path: the phases in order, those done, the current one, with the dates of the firm\'s history', async () => {
    for (const asOf of ['2010-04-15', '2011-06-30', '2012-03-31']) {
      const definition = resolveDefinition(record);
      for (const f of firmStates(record, { asOf }).filter((x) => x.status === 'accepted')) {
        const el = await progress(f.partitaIva, asOf);
        const items = qa(el, '[part=phases] li');
        expect(items.length).to.equal(definition.phases.length);
        const at = definition.phases.findIndex((p) => p.id === f.phase);
        items.forEach((li, k) => {
          expect(squash(li.textContent)).to.contain(definition.phases[k]!.label.it);
          expect(li.getAttribute('data-step')).to.equal(k < at ? 'done' : k === at ? 'current' : 'todo');
          const entered = f.history.filter((h) => h.phase === definition.phases[k]!.id).at(-1);
          if (k <= at && entered) expect(squash(li.textContent)).to.contain(formatDate(entered.date));
        });
        // The report agrees on the firm's phase.
        const report = programmeReport(record, { asOf, firm: f.partitaIva });
        const current = report.phases.find((p) => p.count === 1)!;
        expect(squash(q(el, '[aria-current=step]')!.textContent)).to.contain(current.label);
      }
    }
  });

  it("writes the dates of its sentences the Italian way: dall'8 marzo, dal 1º marzo; since 8 March in English", async () => {
    // Bossi: accepted on 1 March 2010, in analysis from 8 March 2010.
    const el = await progress('02184730121', '2010-04-15');
    expect(text(el)).to.contain('Stato: Ammessa dal 1º marzo 2010');
    expect(squash(q(el, '[data-phase=analysis]')!.textContent)).to.equal("dall'8 marzo 2010");
    expect(text(el)).not.to.match(/\bdal 8\b|\bdal 1 /);
    const en = await progress('02184730121', '2010-04-15', clone(sample), { lang: 'en' });
    expect(squash(q(en, '[data-phase=analysis]')!.textContent)).to.equal('since 8 March 2010');
  });

  it('says in words when the firm withdrew, with the date, and marks the last phase it reached', async () => {
    const asOf = '2011-06-30';
    const gone = firmStates(record, { asOf }).find((f) => f.status === 'withdrawn');
    expect(gone, 'the sample has a withdrawn firm').to.not.equal(undefined);
    const el = await progress(gone!.partitaIva, asOf);
    const side = squash(q(el, '[part=side-state]')!.textContent);
    expect(side).to.contain(uiMessages.it.statuses.withdrawn);
    expect(side).to.contain(formatDate(gone!.statusSince));
    expect(q(el, '[aria-current=step]')).to.equal(null);
    const definition = resolveDefinition(record);
    const reached = qa(el, '[part=phases] li')[definition.phases.findIndex((p) => p.id === gone!.lastPhase)]!;
    expect(reached.getAttribute('data-step')).to.equal('reached');
    expect(q(el, '[part=indicators]')).to.equal(null);
    expect(text(el)).to.contain(firmProgressMessages.it.noPlan);
  });

  it('speaks English with lang="en"', async () => {
    const firm = firmStates(record)[0]!.partitaIva;
    const el = await progress(firm, '2011-06-30', clone(sample), { lang: 'en' });
    expect(text(el)).to.contain(firmProgressMessages.en.path);
    expect(text(el)).to.contain(uiMessages.en.asOf('2011-06-30'));
    expect(text(el)).to.contain('As of 30 June 2011');
    expectFiguresOfLibrary(el, firm, '2011-06-30', 'en');
  });

  it('anonymous: "Impresa n", and no firm name or partita IVA anywhere in the shadow DOM', async () => {
    const firms = firmStates(record);
    for (const f of firms.filter((x) => x.plan || x.status === 'withdrawn')) {
      const el = await progress(f.partitaIva, '2012-03-31', clone(sample), { anonymous: true });
      expect(squash(q(el, '[part=heading]')!.textContent)).to.equal(uiMessages.it.anonymousFirm(f.order));
      const markup = el.shadowRoot!.innerHTML;
      for (const other of firms) {
        expect(markup).not.to.contain(other.name);
        expect(markup).not.to.contain(other.partitaIva);
      }
    }
  });

  it('gives the same figures from the public record, anonymous or not', async () => {
    const asOf = '2012-03-31';
    const full = firmStates(record);
    const sources = [publicRecord(record), publicRecord(record, { anonymous: true })].map((r) => JSON.parse(JSON.stringify(r)) as ProgrammeRecord);
    for (const [k, f] of full.entries()) {
      if (!f.plan) continue;
      const base = await progress(f.partitaIva, asOf);
      const figures = (el: Element) => ({
        plan: squash(q(el, '[part=plan]')!.textContent),
        next: squash(q(el, '[part=next]')!.textContent),
        overdue: qa(el, '[part=overdue] li').map((li) => squash(li.textContent)),
        phases: qa(el, '[part=phases] li').map((li) => squash(li.textContent)),
      });
      const expected = figures(base);
      for (const source of sources) {
        const piva = firmStates(source)[k]!.partitaIva;
        const el = await progress(piva, asOf, source, { anonymous: true });
        expect(figures(el)).to.deep.equal(expected);
      }
    }
  });

  it('says so when as-of is not a date, and shows no figure', async () => {
    const firm = firmStates(record)[0]!.partitaIva;
    const el = await progress(firm, '2011-13-45', clone(sample), { lang: 'en' });
    const alert = q(el, '[part=error][role=alert]')!;
    expect(alert.textContent).to.contain('"2011-13-45"');
    expect(q(el, '[part=phases]')).to.equal(null);
    expect(q(el, 'table')).to.equal(null);
  });

  it('says so when the firm is unknown, or not given', async () => {
    const el = await progress('99999999999', '2011-06-30');
    expect(squash(q(el, '[part=error][role=alert]')!.textContent)).to.equal(uiMessages.it.unknownFirm('99999999999'));
    expect(q(el, 'table')).to.equal(null);
    // A firm that applied after the date is not in the programme yet.
    const last = firmStates(record).at(-1)!;
    const early = await progress(last.partitaIva, '2010-01-31');
    expect(squash(q(early, '[part=error][role=alert]')!.textContent)).to.equal(uiMessages.it.unknownFirm(last.partitaIva));
    const none = await fixture<MechnetFirmProgress>(html`<mechnet-firm-progress lang="en" .record=${clone(sample)}></mechnet-firm-progress>`);
    expect(squash(q(none, '[part=error][role=alert]')!.textContent)).to.equal(firmProgressMessages.en.missingFirm);
  });

  it('says why when the record is invalid, naming the field, in an alert', async () => {
    const broken = clone(sample) as { events: { date: string }[] };
    broken.events[0]!.date = '2010-02-30';
    const el = await progress(firmStates(record)[0]!.partitaIva, '2011-06-30', broken, { lang: 'en' });
    const alert = q(el, '[role=alert]')!;
    expect(alert.textContent).to.contain('events[0].date');
    expect(q(el, 'table')).to.equal(null);
  });

  it('loads the record from src', async () => {
    const firm = firmStates(record)[0]!.partitaIva;
    const el = await fixture<MechnetFirmProgress>(html`<mechnet-firm-progress firm=${firm} as-of="2011-06-30" src=${SAMPLE_URL}></mechnet-firm-progress>`);
    await settle(el);
    expect(qa(el, '[part=indicators] tbody tr').length).to.equal(programmeReport(record, { asOf: '2011-06-30', firm }).firms[0]!.plan!.indicators.length);
  });

  it('shows markup in a firm name as text, never as markup', async () => {
    const hostile = clone(sample) as { events: { type: string; firm?: string; application?: { firm: { name: string } } }[] };
    const applied = hostile.events.find((e) => e.type === 'enrolment.applied')!;
    applied.application!.firm.name = '<img src=x onerror="window.__pwned=1">';
    const el = await progress(applied.firm!, '2011-12-31', hostile);
    await new Promise((r) => setTimeout(r, 50));
    expect(squash(q(el, '[part=heading]')!.textContent)).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(q(el, 'img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is accessible (axe, no violations) in both languages, when anonymous, and for a withdrawn firm', async () => {
    const firms = firmStates(record);
    const firm = firms[0]!.partitaIva;
    for (const lang of ['it', 'en'] as const) {
      await expect(await progress(firm, '2012-03-31', clone(sample), { lang })).to.be.accessible();
    }
    await expect(await progress(firm, '2011-06-30', clone(sample), { anonymous: true })).to.be.accessible();
    const gone = firms.find((f) => f.status === 'withdrawn')!;
    await expect(await progress(gone.partitaIva, '2011-06-30')).to.be.accessible();
  });

  it('does not stop the keyboard at the indicators tables when none needs scrolling (one that does is a focusable region: tables.test.ts)', async () => {
    const el = await progress(firmStates(record)[0]!.partitaIva, '2011-06-30');
    expect(qa(el, '[part=indicators]').length).to.be.greaterThan(0);
    expect(qa(el, '[tabindex], [role=region]')).to.have.length(0);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(null);
    } finally {
      before.remove();
    }
  });

  it('fits a 320 px screen: the page never scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const anonymous of [false, true]) {
        const el = await progress(firmStates(record)[0]!.partitaIva, '2012-03-31', clone(sample), { anonymous });
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
