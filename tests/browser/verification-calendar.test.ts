import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/define/mechnet-verification-calendar.js';
import type { MechnetVerificationCalendar } from '../../components/verification-calendar/verification-calendar.js';
import { verificationCalendarMessages } from '../../components/verification-calendar/messages.js';
import { uiMessages } from '../../components/shared/messages.js';
import {
  firmState,
  firmStates,
  formatDate,
  formatNumber,
  nextVerification,
  overdueVerifications,
  parseRecord,
  publicRecord,
  resolveDefinition,
  verificationSchedule,
  type Lang,
  type ProgrammeRecord,
} from '../../src/index.js';
import { clone } from '../fixtures/sample.js';

const SAMPLE_URL = '/examples/mechnet-varese-2010.json';
let sample: unknown;
let record: ProgrammeRecord;

async function settle(el: MechnetVerificationCalendar): Promise<void> {
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part=status][role=status]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => squash(el.shadowRoot!.textContent);
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const qa = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

async function calendar(asOf: string, source: unknown = clone(sample), options: { lang?: Lang; anonymous?: boolean; firm?: string } = {}) {
  return fixture<MechnetVerificationCalendar>(
    html`<mechnet-verification-calendar
      firm=${options.firm ?? ''}
      as-of=${asOf}
      lang=${options.lang ?? 'it'}
      ?anonymous=${options.anonymous ?? false}
      .record=${source}
    ></mechnet-verification-calendar>`,
  );
}

/** Checks the firms × dates grid and the overdue table against the library on the date. */
function expectGridOfLibrary(el: MechnetVerificationCalendar, asOf: string, lang: Lang, anonymous = false): void {
  const m = verificationCalendarMessages[lang];
  const t = uiMessages[lang];
  const dates = verificationSchedule(resolveDefinition(record));
  const firms = firmStates(record, { asOf }).filter((f) => f.verifications.length > 0);
  const overdue = overdueVerifications(record, { asOf });
  // Column headers: the programme's verification dates.
  const heads = qa(el, '[part=grid] thead th[scope=col]').slice(1);
  expect(heads.map((th) => th.getAttribute('data-date'))).to.deep.equal(dates);
  // Shown short; the whole date is there for screen readers.
  expect(heads.map((th) => squash(th.querySelector('[aria-hidden=true]')!.textContent))).to.deep.equal(dates.map((d) => formatDate(d, { lang, style: 'short' })));
  expect(heads.map((th) => squash(th.querySelector('.visually-hidden')!.textContent))).to.deep.equal(dates.map((d) => formatDate(d, { lang })));
  // Rows: every firm that has verifications, by name (or Impresa n).
  const rows = qa(el, '[part=grid] tbody tr');
  expect(rows.length).to.equal(firms.length);
  firms.forEach((f, k) => {
    const row = rows[k]!;
    expect(squash(row.querySelector('th[scope=row]')!.textContent)).to.equal(anonymous ? t.anonymousFirm(f.order) : f.name);
    const cells = [...row.querySelectorAll('td')];
    expect(cells.length).to.equal(dates.length);
    dates.forEach((d, j) => {
      const v = f.verifications.find((x) => x.scheduled === d);
      const cell = squash(cells[j]!.textContent);
      if (!v) {
        expect(cell).to.equal(m.notScheduled);
        return;
      }
      expect(cells[j]!.getAttribute('data-status')).to.equal(v.status);
      expect(cell).to.contain(m.statuses[v.status]);
      expect(cells[j]!.querySelector('[aria-hidden=true]')!.textContent!.trim().length, 'a symbol beside the word').to.be.greaterThan(0);
      const late = overdue.find((o) => o.firm === f.partitaIva && o.scheduled === d);
      if (late) expect(cell).to.contain(m.days(formatNumber(late.daysOverdue, { lang }), late.daysOverdue === 1));
      else expect(v.status).not.to.equal('overdue');
    });
  });
  // The overdue table: every overdue verification, oldest first, with its days.
  const lateRows = qa(el, '[part=overdue] tbody tr');
  expect(lateRows.length).to.equal(overdue.length);
  overdue.forEach((o, k) => {
    const cells = lateRows[k]!.querySelectorAll('th, td');
    const f = firms.find((x) => x.partitaIva === o.firm)!;
    expect(squash(cells[0]!.textContent)).to.equal(anonymous ? t.anonymousFirm(f.order) : o.name);
    expect(squash(cells[1]!.textContent)).to.equal(formatDate(o.scheduled, { lang }));
    expect(squash(cells[2]!.textContent)).to.equal(m.days(formatNumber(o.daysOverdue, { lang }), o.daysOverdue === 1));
  });
  // The next date of the calendar.
  const next = nextVerification(resolveDefinition(record), asOf);
  expect(squash(q(el, '[part=next]')!.textContent)).to.equal(next ? t.nextVerification(formatDate(next, { lang })) : t.noNextVerification);
}

describe('<mechnet-verification-calendar>', () => {
  before(async () => {
    sample = await (await fetch(SAMPLE_URL)).json();
    record = parseRecord(clone(sample));
  });

  for (const asOf of ['2010-02-28', '2011-06-30', '2012-03-31']) {
    it(`shows the firms × dates grid as the library computes it on ${asOf}`, async () => {
      const el = await calendar(asOf);
      if (firmStates(record, { asOf }).every((f) => f.verifications.length === 0)) {
        expect(text(el)).to.contain(verificationCalendarMessages.it.noFirms);
        expect(q(el, '[part=grid]')).to.equal(null);
        return;
      }
      expectGridOfLibrary(el, asOf, 'it');
    });
  }

  it('marks held, upcoming, overdue and missed verifications, with the days overdue (2012-03-31)', async () => {
    const asOf = '2012-03-31';
    const statuses = new Set(firmStates(record, { asOf }).flatMap((f) => f.verifications.map((v) => v.status)));
    expect(statuses.has('overdue'), 'the sample has overdue verifications on the date').to.equal(true);
    expect(statuses.has('held')).to.equal(true);
    const el = await calendar(asOf, clone(sample), { lang: 'en' });
    expectGridOfLibrary(el, asOf, 'en');
    for (const s of statuses) expect(qa(el, `[part=grid] td[data-status=${s}]`).length).to.be.greaterThan(0);
  });

  it('shows a due verification, within its grace days (2011-09-10)', async () => {
    const asOf = '2011-09-10';
    const due = firmStates(record, { asOf }).filter((f) => f.verifications.some((v) => v.status === 'due'));
    expect(due.length, 'the sample has a verification due on the date').to.be.greaterThan(0);
    const el = await calendar(asOf);
    expectGridOfLibrary(el, asOf, 'it');
    expect(qa(el, '[part=grid] td[data-status=due]').length).to.equal(due.length);
  });

  it('for one firm: its dates with their status, held date, last day and days overdue', async () => {
    for (const asOf of ['2011-06-30', '2012-03-31']) {
      for (const f of firmStates(record, { asOf })) {
        const el = await calendar(asOf, clone(sample), { firm: f.partitaIva });
        const m = verificationCalendarMessages.it;
        expect(squash(q(el, '[part=heading]')!.textContent)).to.equal(m.titleFor(f.name));
        const rows = qa(el, '[part=list] tbody tr');
        expect(rows.length).to.equal(f.verifications.length);
        if (f.verifications.length === 0) expect(text(el)).to.contain(m.noVerifications);
        const overdue = overdueVerifications(record, { asOf }).filter((o) => o.firm === f.partitaIva);
        f.verifications.forEach((v, k) => {
          const row = rows[k]!;
          expect(squash(row.querySelector('th[scope=row]')!.textContent)).to.equal(formatDate(v.scheduled));
          expect(row.getAttribute('data-status')).to.equal(v.status);
          expect(squash(row.querySelector('[part=mark]')!.textContent)).to.contain(m.statuses[v.status]);
          expect(squash(row.querySelector('.held-on')!.textContent)).to.equal(v.heldOn ? formatDate(v.heldOn) : '—');
          expect(squash(row.querySelector('.due-by')!.textContent)).to.equal(formatDate(v.dueBy));
          const late = overdue.find((o) => o.scheduled === v.scheduled);
          expect(squash(row.querySelector('.days')!.textContent)).to.equal(late ? m.days(formatNumber(late.daysOverdue), late.daysOverdue === 1) : '—');
        });
      }
    }
  });

  it('anonymous: no firm name or partita IVA anywhere in the shadow DOM, for the programme and for one firm', async () => {
    const firms = firmStates(record);
    const markups: string[] = [];
    const grid = await calendar('2012-03-31', clone(sample), { anonymous: true });
    expectGridOfLibrary(grid, '2012-03-31', 'it', true);
    markups.push(grid.shadowRoot!.innerHTML);
    for (const f of firms) {
      const el = await calendar('2012-03-31', clone(sample), { anonymous: true, firm: f.partitaIva });
      expect(squash(q(el, '[part=heading]')!.textContent)).to.equal(verificationCalendarMessages.it.titleFor(uiMessages.it.anonymousFirm(f.order)));
      markups.push(el.shadowRoot!.innerHTML);
    }
    for (const markup of markups) {
      for (const f of firms) {
        expect(markup).not.to.contain(f.name);
        expect(markup).not.to.contain(f.partitaIva);
      }
    }
  });

  it('gives the same figures from the public record, anonymous or not', async () => {
    const asOf = '2012-03-31';
    const figures = (el: Element) => ({
      heads: qa(el, '[part=grid] thead th').map((x) => squash(x.textContent)),
      cells: qa(el, '[part=grid] td').map((x) => squash(x.textContent)),
      rowHeads: qa(el, '[part=grid] tbody th').map((x) => squash(x.textContent)),
      overdue: qa(el, '[part=overdue] tbody td').map((x) => squash(x.textContent)),
      next: squash(q(el, '[part=next]')!.textContent),
    });
    const expected = figures(await calendar(asOf, clone(sample), { anonymous: true }));
    expect(expected.overdue.length).to.be.greaterThan(0);
    for (const source of [publicRecord(record), publicRecord(record, { anonymous: true })].map((r) => JSON.parse(JSON.stringify(r)) as ProgrammeRecord)) {
      expect(figures(await calendar(asOf, source, { anonymous: true }))).to.deep.equal(expected);
      // One firm, found by its (public) partita IVA in order of application.
      for (const [k, f] of firmStates(record, { asOf }).entries()) {
        const one = (el: Element) => qa(el, '[part=list] tbody tr').map((x) => squash(x.textContent));
        const full = await calendar(asOf, clone(sample), { anonymous: true, firm: f.partitaIva });
        const pub = await calendar(asOf, source, { anonymous: true, firm: firmStates(source)[k]!.partitaIva });
        expect(one(pub)).to.deep.equal(one(full));
      }
    }
  });

  it('says so when as-of is not a date, and shows no figure', async () => {
    const el = await calendar('2011-13-45', clone(sample), { lang: 'en' });
    expect(q(el, '[part=error][role=alert]')!.textContent).to.contain('"2011-13-45"');
    expect(q(el, 'table')).to.equal(null);
    expect(q(el, '[part=next]')).to.equal(null);
  });

  it('says so when the firm is unknown', async () => {
    const el = await calendar('2011-06-30', clone(sample), { firm: '99999999999' });
    expect(squash(q(el, '[part=error][role=alert]')!.textContent)).to.equal(uiMessages.it.unknownFirm('99999999999'));
    expect(q(el, 'table')).to.equal(null);
    const last = firmStates(record).at(-1)!;
    const early = await calendar('2010-01-31', clone(sample), { firm: last.partitaIva, lang: 'en' });
    expect(squash(q(early, '[part=error][role=alert]')!.textContent)).to.equal(uiMessages.en.unknownFirm(last.partitaIva));
  });

  it('says why when the record is invalid, naming the field, in an alert', async () => {
    const broken = clone(sample) as { events: { date: string }[] };
    broken.events[0]!.date = '2010-02-30';
    const el = await calendar('2011-06-30', broken, { lang: 'en' });
    expect(q(el, '[role=alert]')!.textContent).to.contain('events[0].date');
    expect(q(el, 'table')).to.equal(null);
  });

  it('loads the record from src', async () => {
    const el = await fixture<MechnetVerificationCalendar>(html`<mechnet-verification-calendar as-of="2011-06-30" src=${SAMPLE_URL}></mechnet-verification-calendar>`);
    await settle(el);
    expectGridOfLibrary(el, '2011-06-30', 'it');
  });

  it('shows markup in a firm name as text, never as markup', async () => {
    const hostile = clone(sample) as { events: { type: string; firm?: string; application?: { firm: { name: string } } }[] };
    const applied = hostile.events.find((e) => e.type === 'enrolment.applied')!;
    const name = '<img src=x onerror="window.__pwned=1">';
    applied.application!.firm.name = name;
    for (const firm of ['', applied.firm!]) {
      const el = await calendar('2012-03-31', hostile, { firm });
      await new Promise((r) => setTimeout(r, 50));
      expect(text(el)).to.contain(name);
      expect(q(el, 'img')).to.equal(null);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is accessible (axe, no violations) in both languages, when anonymous, and for one firm', async () => {
    for (const lang of ['it', 'en'] as const) {
      await expect(await calendar('2012-03-31', clone(sample), { lang })).to.be.accessible();
    }
    await expect(await calendar('2011-06-30', clone(sample), { anonymous: true })).to.be.accessible();
    const late = overdueVerifications(record, { asOf: '2012-03-31' })[0]!;
    await expect(await calendar('2012-03-31', clone(sample), { firm: late.firm })).to.be.accessible();
    const gone = firmStates(record).find((f) => f.status === 'withdrawn')!;
    expect(firmState(record, gone.partitaIva)!.verifications.length).to.be.greaterThan(0);
    await expect(await calendar('2012-03-31', clone(sample), { firm: gone.partitaIva, lang: 'en' })).to.be.accessible();
  });

  it('does not stop the keyboard at the grid or the overdue table when neither needs scrolling (one that does is a focusable region: tables.test.ts)', async () => {
    const el = await calendar('2012-03-31');
    expect(q(el, '[part=grid]')).to.not.equal(null);
    expect(q(el, '[part=overdue]')).to.not.equal(null);
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
      for (const options of [{}, { anonymous: true }, { firm: overdueVerifications(record, { asOf: '2012-03-31' })[0]!.firm }]) {
        const el = await calendar('2012-03-31', clone(sample), options);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
