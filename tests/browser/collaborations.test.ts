import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/define/mechnet-collaborations.js';
import type { MechnetCollaborations } from '../../components/collaborations/collaborations.js';
import { collaborationsMessages } from '../../components/collaborations/messages.js';
import {
  collaborationStates,
  firmStates,
  formatCents,
  formatNumber,
  matchOpportunities,
  parseRecord,
  publicRecord,
  resolveDefinition,
  type FirmState,
  type ProgrammeRecord,
} from '../../src/index.js';
import { clone } from '../fixtures/sample.js';

const SAMPLE_URL = '/examples/mechnet-varese-2010.json';
const DATES = ['2010-12-31', '2011-06-30', '2012-03-31'] as const;
/** The status words in Italian (rule-book §8: proposed -> agreed -> running -> ended). */
const STATUS_IT = { proposed: 'Proposta', agreed: 'Concordata', running: 'In corso', ended: 'Conclusa' } as const;
let sample: unknown;
let full: ProgrammeRecord;

const root = (el: Element) => el.shadowRoot!;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (n: Element | null) => norm(n!.textContent!);
const cents = (c: number, lang: 'it' | 'en' = 'it') => norm(formatCents(c, { lang }));
const rows = (el: Element, part: string) => [...root(el).querySelectorAll(`[part=${part}] tbody tr`)];
const items = (cell: Element | null) => [...cell!.querySelectorAll('li')].map(text);
/** Every cell of a table, as text. */
const cells = (el: Element, part: string) => rows(el, part).map((r) => [...r.querySelectorAll('th, td')].map(text));

describe('<mechnet-collaborations>', () => {
  before(async () => {
    sample = await (await fetch(SAMPLE_URL)).json();
    full = parseRecord(clone(sample));
  });

  for (const asOf of DATES) {
    it(`shows the library's collaborations, matrix, realised advantage and opportunities on ${asOf} (rule-book §8, §10)`, async () => {
      const firms = firmStates(full, { asOf });
      const name = new Map(firms.map((f) => [f.partitaIva, f.name]));
      const collaborations = collaborationStates(full, { asOf });
      const opportunities = matchOpportunities(full, { asOf });
      const kinds = resolveDefinition(full).collaboration.kinds;
      expect(collaborations.length).to.be.greaterThan(0);
      expect(opportunities.length).to.be.greaterThan(0);
      const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations as-of=${asOf} .record=${clone(sample)}></mechnet-collaborations>`);

      // Matrix: firms as rows, the programme's kinds as columns, a tick and the count, or a dash.
      const head = [...root(el).querySelectorAll('[part=matrix] thead th[data-kind]')].map((th) => th.getAttribute('data-kind'));
      expect(head).to.deep.equal([...kinds]);
      const matrix = rows(el, 'matrix');
      expect(matrix.map((r) => text(r.querySelector('th')))).to.deep.equal(firms.map((f) => f.name));
      matrix.forEach((r, i) => {
        const f = firms[i]!;
        const shown = [...r.querySelectorAll('td')].map((td) => text(td.querySelector('[aria-hidden]')));
        const spoken = [...r.querySelectorAll('td')].map((td) => text(td.querySelector('.visually-hidden')));
        const counts = kinds.map((k) => collaborations.filter((c) => c.kind === k && c.firms.includes(f.partitaIva)).length);
        expect(shown, f.name).to.deep.equal(counts.map((n) => (n > 0 ? `✓ ${n}` : '–')));
        expect(spoken, f.name).to.deep.equal(counts.map((n) => (n === 0 ? 'no' : n === 1 ? 'sì, 1 collaborazione' : `sì, ${n} collaborazioni`)));
      });

      // The collaborations: title, status as a word, firms by name, estimated advantage, periods with figures.
      const list = rows(el, 'collaborations');
      expect(list.map((r) => text(r.querySelector('th')))).to.deep.equal(collaborations.map((c) => c.title));
      list.forEach((r, i) => {
        const c = collaborations[i]!;
        expect(text(r.querySelector('[part=chip]'))).to.equal(`${{ proposed: '○', agreed: '◐', running: '▶', ended: '■' }[c.status]} ${STATUS_IT[c.status]}`);
        expect(items(r.querySelector('[data-cell=members]'))).to.deep.equal(c.firms.map((p) => `${name.get(p)}${p === c.lead ? ' (capofila)' : ''}`));
        expect(text(r.querySelector('[data-cell=estimate]'))).to.equal(
          c.estimatedAnnualAdvantageCents === undefined ? '–' : cents(c.estimatedAnnualAdvantageCents),
        );
        expect(text(r.querySelector('[data-cell=periods]'))).to.equal(c.periods === 0 ? 'nessun periodo' : c.periods === 1 ? '1 periodo' : `${c.periods} periodi`);
      });

      // The realised advantage by kind is <mechnet-savings>'s: not shown a second time here.
      expect(el.shadowRoot!.querySelector('[part~=realised]')).to.equal(null);
      expect(norm(el.shadowRoot!.textContent!)).not.to.contain('Vantaggio realizzato per tipo');

      // Opportunities in the library's order, with their firms, hours, estimate and basis in words.
      const opp = rows(el, 'opportunities');
      expect(opp.length).to.equal(opportunities.length);
      opp.forEach((r, i) => {
        const o = opportunities[i]!;
        expect(r.getAttribute('data-kind')).to.equal(o.kind);
        expect(items(r.querySelector('[data-cell=members]'))).to.deep.equal(o.firms.map((p) => `${name.get(p)}${p === o.provider ? ' (offre)' : ''}`));
        expect(text(r.querySelector('[data-cell=hours]'))).to.equal(o.hours === undefined ? '–' : norm(formatNumber(o.hours)));
        expect(text(r.querySelector('[data-cell=estimate]'))).to.equal(cents(o.estimatedAnnualAdvantageCents));
        expect(text(r.querySelector('[data-cell=basis]')).length).to.be.greaterThan(20);
      });
      // A purchase category is named as the definition names it; the assumed discount is said.
      const steel = opp.find((r, i) => opportunities[i]!.kind === 'purchasing' && opportunities[i]!.subject === 'steel')!;
      expect(text(steel.querySelector('th'))).to.equal('Acciaio');
      expect(text(steel.querySelector('[data-cell=basis]'))).to.contain('5%');
    });
  }

  it('follows the status of each collaboration through the dates', async () => {
    const seen = new Set<string>();
    for (const asOf of DATES) {
      const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations as-of=${asOf} .record=${clone(sample)}></mechnet-collaborations>`);
      const shown = rows(el, 'collaborations').map((r) => r.getAttribute('data-status'));
      expect(shown).to.deep.equal(collaborationStates(full, { asOf }).map((c) => c.status));
      shown.forEach((s) => seen.add(s!));
    }
    // The sample goes through every status over these dates, so a frozen status would fail.
    expect([...seen].sort()).to.deep.equal(['agreed', 'ended', 'proposed', 'running']);
  });

  it('says so when nothing is recorded yet on the date', async () => {
    const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations as-of="2010-03-31" .record=${clone(sample)}></mechnet-collaborations>`);
    expect(collaborationStates(full, { asOf: '2010-03-31' }).length).to.equal(0);
    expect(matchOpportunities(full, { asOf: '2010-03-31' }).length).to.equal(0);
    expect(root(el).querySelector('[part=collaborations]')).to.equal(null);
    expect(root(el).querySelector('[part=opportunities]')).to.equal(null);
    expect(text(root(el).querySelector('section'))).to.contain('Nessuna collaborazione registrata a questa data.');
    expect(text(root(el).querySelector('section'))).to.contain('Nessuna opportunità');
    expect(rows(el, 'matrix').length).to.equal(firmStates(full, { asOf: '2010-03-31' }).length);
  });

  it('leaves no firm name or partita IVA in the shadow DOM when anonymous, and hides titles that may name firms', async () => {
    const asOf = '2012-03-31';
    const firms = firmStates(full, { asOf });
    const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations anonymous as-of=${asOf} .record=${clone(sample)}></mechnet-collaborations>`);
    const markup = root(el).innerHTML;
    for (const f of firms) {
      expect(markup, f.name).not.to.contain(f.name);
      expect(markup, f.partitaIva).not.to.contain(f.partitaIva);
    }
    // A title of the sample names a firm by its surname ("... della Officina Bossi").
    expect(collaborationStates(full, { asOf }).some((c) => c.title.includes('Bossi'))).to.equal(true);
    expect(markup).not.to.contain('Bossi');
    expect(rows(el, 'matrix').map((r) => text(r.querySelector('th')))).to.deep.equal(firms.map((f: FirmState) => `Impresa ${f.order}`));
  });

  it('gives the same figures from the public record, anonymous or not, as from the full record', async () => {
    for (const asOf of DATES.slice(1)) {
      const reference = await fixture<MechnetCollaborations>(html`<mechnet-collaborations as-of=${asOf} .record=${clone(sample)}></mechnet-collaborations>`);
      const open = await fixture<MechnetCollaborations>(
        html`<mechnet-collaborations as-of=${asOf} .record=${publicRecord(parseRecord(clone(sample)))}></mechnet-collaborations>`,
      );
      // Every cell as in the full record, but the names of the firms that did not consent to publication ("Impresa n") and the titles that named them.
      const unnamed = new Set(firmStates(publicRecord(parseRecord(clone(sample)))).filter((f) => /^Impresa \d+$/.test(f.name)).map((f) => f.order));
      expect(unnamed.size).to.equal(3);
      const names = new Map(firmStates(full).map((f) => [f.name, `Impresa ${f.order}`] as const));
      const hide = (s: string) => {
        let out = s;
        for (const [name, label] of names) if (unnamed.has(Number(label.slice(8)))) out = out.split(name).join(label);
        return out;
      };
      for (const part of ['matrix', 'opportunities']) {
        expect(cells(open, part), part).to.deep.equal(cells(reference, part).map((r) => r.map(hide)));
        expect(cells(open, part).length, part).to.be.greaterThan(0);
      }
      expect(cells(open, 'collaborations').map((r) => r.slice(1))).to.deep.equal(cells(reference, 'collaborations').map((r) => r.slice(1).map(hide)));
      // Matching keeps every opportunity on the public records.
      const anonymousRecord = publicRecord(parseRecord(clone(sample)), { anonymous: true });
      expect(matchOpportunities(anonymousRecord, { asOf }).length).to.equal(matchOpportunities(full, { asOf }).length);

      const anonymousReference = await fixture<MechnetCollaborations>(
        html`<mechnet-collaborations anonymous as-of=${asOf} .record=${clone(sample)}></mechnet-collaborations>`,
      );
      const hidden = await fixture<MechnetCollaborations>(html`<mechnet-collaborations anonymous as-of=${asOf} .record=${anonymousRecord}></mechnet-collaborations>`);
      for (const part of ['matrix', 'opportunities']) expect(cells(hidden, part), part).to.deep.equal(cells(anonymousReference, part));
      // Collaborations: every cell but the title (the anonymous public record carries its own, anonymised titles).
      expect(cells(hidden, 'collaborations').map((r) => r.slice(1))).to.deep.equal(cells(anonymousReference, 'collaborations').map((r) => r.slice(1)));
      expect(text(rows(hidden, 'collaborations')[0]!.querySelector('th'))).to.equal(collaborationStates(anonymousRecord, { asOf })[0]!.title);
    }
  });

  it('speaks English with lang="en"', async () => {
    const asOf = '2012-03-31';
    const c = collaborationStates(full, { asOf });
    const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations lang="en" as-of=${asOf} .record=${clone(sample)}></mechnet-collaborations>`);
    expect(text(root(el).querySelector('h2'))).to.equal('Collaborations between the firms');
    expect(text(rows(el, 'collaborations')[0]!.querySelector('[data-cell=estimate]'))).to.equal(cents(c[0]!.estimatedAnnualAdvantageCents!, 'en'));
    expect(text(rows(el, 'collaborations')[0]!.querySelector('[part=chip]'))).to.contain({ proposed: 'Proposed', agreed: 'Agreed', running: 'Running', ended: 'Ended' }[c[0]!.status]);
    expect(text(root(el).querySelector('[part=matrix] tbody td .visually-hidden'))).to.match(/^(no|yes, \d+ collaborations?)$/);
  });

  it('shows an alert and no data for an as-of that is not a date', async () => {
    const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations as-of="2011-13-45" .record=${clone(sample)}></mechnet-collaborations>`);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('2011-13-45');
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('names the field when the record has a malformed event', async () => {
    const broken = clone(sample) as { events: { date: string }[] };
    broken.events[0]!.date = '2010-02-30';
    const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations lang="en" .record=${broken}></mechnet-collaborations>`);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('events[0].date');
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('shows markup in a firm name as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const record = clone(sample) as { events: { type: string; application?: { firm: { name: string } } }[] };
    record.events.find((e) => e.type === 'enrolment.applied')!.application!.firm.name = evil;
    const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations as-of="2012-03-31" .record=${record}></mechnet-collaborations>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(text(rows(el, 'matrix')[0]!.querySelector('th'))).to.equal(evil);
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('is accessible (axe, no violations) in Italian, English and anonymous', async () => {
    for (const lang of ['it', 'en']) {
      const el = await fixture(html`<mechnet-collaborations lang=${lang} as-of="2012-03-31" .record=${clone(sample)}></mechnet-collaborations>`);
      await expect(el).to.be.accessible();
    }
    const anon = await fixture(html`<mechnet-collaborations anonymous as-of="2012-03-31" .record=${clone(sample)}></mechnet-collaborations>`);
    await expect(anon).to.be.accessible();
  });

  it('does not stop the keyboard at its tables when none needs scrolling (one that does is a focusable region: tables.test.ts)', async () => {
    const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations as-of="2012-03-31" .record=${clone(sample)}></mechnet-collaborations>`);
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
      const el = await fixture<MechnetCollaborations>(html`<mechnet-collaborations as-of="2012-03-31" .record=${clone(sample)}></mechnet-collaborations>`);
      expect(root(el).querySelector('[part=matrix]')).to.exist;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('has every text in Italian and in English (same keys, no empty text)', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k])).sort();
    expect(keys(collaborationsMessages.en)).to.deep.equal(keys(collaborationsMessages.it));
    for (const lang of ['it', 'en'] as const) {
      for (const [k, v] of Object.entries(collaborationsMessages[lang])) if (typeof v === 'string') expect(v.trim(), `${lang}.${k}`).not.to.equal('');
    }
  });
});
