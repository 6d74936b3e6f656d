/**
 * Text from outside is shown as text (DESIGN.md, "Safe on the open
 * internet": text from outside never runs): firm names, titles, units and
 * the server's messages that are markup, a spreadsheet formula, a right-to-
 * left override, NUL and ESC, line breaks, and a name of 1,000 characters
 * with nowhere to break. Every element from the built CDN folder, on the
 * hostile CMS page (strict CSP, Trusted Types, aggressive theme) at 320 px.
 */
import { expect } from '@open-wc/testing';
import { HOSTILE, HOSTILE_TEXTS, hostileRecord } from '../fixtures/hostile-names.js';
import { fillValid, received, setField, settle, type FormPage } from './support/form-page.js';
import { DISPLAY_TAGS, boxOf, deepQueryAll, openPage, overflowing, rendered, screenshot, until, type HostPage } from './support/host-page.js';

const WIDTH = 320;
const PAGE = '/tests/browser/pages/hostile-host.html';

/** What the page's alert() was called with: an injected handler would call it (if the CSP let it run). */
function watchAlerts(page: HostPage): string[] {
  const calls: string[] = [];
  (page.win as unknown as { alert: (m?: unknown) => void }).alert = (m) => calls.push(String(m));
  return calls;
}

/** Elements that text from outside could have created, anywhere on the page (shadow trees included), and links to the formula's site. */
function injected(page: HostPage): string[] {
  const found = deepQueryAll(page.doc, 'img, script, iframe, object, embed, a[href*="evil"]');
  return found.filter((el) => !page.scripts.includes(el as HTMLScriptElement)).map((el) => el.outerHTML.slice(0, 80));
}

/** The text an element shows: every text node of its shadow tree, as it is in the DOM. */
function shownText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += n.nodeValue;
  return text;
}

/** Whether an element is a block of its own for the bidirectional algorithm (a paragraph ends with it). */
function isBlock(el: Element): boolean {
  const d = el.ownerDocument.defaultView!.getComputedStyle(el).display;
  return !d.startsWith('inline') && d !== 'contents';
}

/**
 * Where the right-to-left override of a name reorders the words that follow
 * it: a text node holding the name, not isolated (U+2068...U+2069 around it,
 * or an inline `<bdi>` or `unicode-bidi: isolate` ancestor within its block:
 * a block's own isolation does not part the name from the words beside it in
 * the block), with more text after it before its block ends.
 */
function bidiLeaks(root: ShadowRoot): string[] {
  const win = root.ownerDocument.defaultView!;
  const name = HOSTILE.rtl;
  const leaks: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const [index, node] of texts.entries()) {
    const at = node.data.indexOf(name);
    if (at < 0) continue;
    const after = node.data.slice(at + name.length);
    const opened = Math.max(...['\u2066', '\u2067', '\u2068'].map((c) => node.data.lastIndexOf(c, at)));
    if (opened >= 0 && !node.data.slice(opened, at).includes('\u2069') && after.includes('\u2069')) continue;
    let block: Element | null = node.parentElement;
    let isolated = false;
    while (block && !isBlock(block)) {
      if (['isolate', 'isolate-override', 'plaintext'].includes(win.getComputedStyle(block).unicodeBidi)) isolated = true;
      block = block.parentElement;
    }
    if (isolated) continue;
    const rest = [after, ...texts.slice(index + 1).filter((t) => block?.contains(t) && !t.parentElement!.closest('[aria-hidden=true]')).map((t) => t.data)].join('');
    if (rest.replace(/[\s\u2069]/g, '') !== '') {
      leaks.push(`<${node.parentElement!.localName}> "${node.data.slice(0, 40)}" is followed by "${rest.trim().slice(0, 40)}"`);
    }
  }
  return leaks;
}

/** Everything a page with hostile names must still be: nothing injected or run, no error, no violation, no sideways scrolling, no reordered words. */
function expectSafe(page: HostPage, alerts: string[], tags: readonly string[]): void {
  expect(injected(page), 'elements created from text').to.deep.equal([]);
  expect(page.doc.querySelectorAll('script').length, 'scripts on the page').to.equal(page.scripts.length);
  expect(alerts, 'alert() called').to.deep.equal([]);
  expect(page.win.__violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  expect(page.win.__console.filter((l) => l.startsWith('error:')), 'console errors').to.deep.equal([]);
  for (const tag of tags) {
    const el = page.doc.querySelector(tag)!;
    const box = boxOf(el);
    expect(box.right, `${tag} right edge`).to.be.at.most(WIDTH);
    expect(box.height, `${tag} height`).to.be.greaterThan(0);
    expect(overflowing(el), `${tag}: sticks out at ${WIDTH} px`).to.deep.equal([]);
    expect(bidiLeaks(el.shadowRoot!), `${tag}: words reordered by a right-to-left override in a name`).to.deep.equal([]);
  }
  const doc = page.doc.documentElement;
  expect(doc.scrollWidth, 'the page scrolls sideways').to.be.at.most(doc.clientWidth);
}

describe(`hostile names in the five display elements, on the hostile page at ${WIDTH} px`, () => {
  let page: HostPage;
  let alerts: string[];
  let sample: unknown;

  /** Gives each display element the record with hostile texts from `shift` on, with names shown (not anonymous). */
  async function show(shift: number): Promise<{ partitaIva: string; name: string }[]> {
    const hostile = hostileRecord(sample, shift);
    const json = JSON.stringify(hostile.record);
    for (const tag of DISPLAY_TAGS) {
      const el = page.doc.querySelector(tag) as HTMLElement & { record: unknown; updateComplete: Promise<unknown> };
      el.removeAttribute('anonymous');
      // As a page script would: the record parsed in the page's own realm.
      el.record = page.win.JSON.parse(json);
      await el.updateComplete;
    }
    await rendered(page, DISPLAY_TAGS);
    return hostile.firms;
  }

  before(async () => {
    sample = (await (await fetch('/examples/mechnet-varese-2010.public.json')).json()) as unknown;
    page = await openPage(PAGE, WIDTH);
    alerts = watchAlerts(page);
    await rendered(page, DISPLAY_TAGS);
  });

  after(() => page.frame.remove());

  for (let shift = 0; shift < HOSTILE_TEXTS.length; shift++) {
    it(`hostile texts from the ${shift + 1}. on, in every field: shown as the text they are, nothing created or run, 320 px kept, no words reordered`, async () => {
      const firms = await show(shift);
      if (shift === 0) await screenshot(page.frame, `hostile-names-${WIDTH}`);
      for (const tag of DISPLAY_TAGS) {
        const root = page.doc.querySelector(tag)!.shadowRoot!;
        // The record's check refuses none of these texts: the record is shown, not an error.
        expect(root.querySelector('[part~=error]')?.textContent, tag).to.equal(undefined);
        expect(root.querySelector('[part~=base]'), tag).to.not.equal(null);
      }
      // Every firm's name, exactly as written (markup, formula, NUL, ESC, CR/LF, 1,000 characters), where the element names every firm.
      for (const tag of ['mechnet-programme-overview', 'mechnet-savings', 'mechnet-collaborations', 'mechnet-verification-calendar']) {
        const text = shownText(page.doc.querySelector(tag)!);
        for (const name of HOSTILE_TEXTS) expect(text.includes(name), `${tag} shows ${JSON.stringify(name.slice(0, 40))}`).to.equal(true);
      }
      // The chart's labels stay within three lines (the table under it has each name whole).
      const savings = page.doc.querySelector('mechnet-savings')!.shadowRoot!;
      for (const label of savings.querySelectorAll('.chart .label')) {
        const lineHeight = parseFloat(page.win.getComputedStyle(label).lineHeight);
        expect(label.getBoundingClientRect().height, `chart label ${label.textContent!.slice(0, 30)}`).to.be.at.most(3.5 * lineHeight);
      }
      const bossi = firms.find((f) => f.partitaIva === '02184730121')!;
      expect(page.doc.querySelector('mechnet-firm-progress')!.shadowRoot!.querySelector('[part~=heading]')!.textContent).to.contain(bossi.name);
      expectSafe(page, alerts, DISPLAY_TAGS);
    });
  }

  it('firm progress, savings and the calendar for one firm, for each hostile name: the name as the heading, the same safety', async () => {
    const firms = await show(0);
    for (const firm of firms.slice(0, HOSTILE_TEXTS.length)) {
      for (const tag of ['mechnet-firm-progress', 'mechnet-savings', 'mechnet-verification-calendar']) {
        const el = page.doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute('firm', firm.partitaIva);
        await el.updateComplete;
        const heading = el.shadowRoot!.querySelector('[part~=heading]');
        expect(heading?.textContent, `${tag} for ${JSON.stringify(firm.name.slice(0, 30))}`).to.contain(firm.name);
      }
      expectSafe(page, alerts, DISPLAY_TAGS);
    }
  });

  it('a name the record’s check refuses (over 2,000 characters): each element says the record is not valid, which field and why, within 320 px', async () => {
    const { record } = hostileRecord(sample);
    const applied = (record.events as { type: string; application?: { firm: { name: string } } }[]).find((e) => e.type === 'enrolment.applied')!;
    applied.application!.firm.name = `${HOSTILE.img}${'X'.repeat(2000)}`;
    const json = JSON.stringify(record);
    for (const tag of DISPLAY_TAGS) {
      const el = page.doc.querySelector(tag) as HTMLElement & { record: unknown; updateComplete: Promise<unknown> };
      el.record = page.win.JSON.parse(json);
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part~=error][role=alert]');
      expect(error, tag).to.not.equal(null);
      expect(error!.querySelector('code')!.textContent, tag).to.match(/firm.*name/);
      expect(error!.textContent, tag).to.contain('2000');
      expect(error!.textContent, tag).to.not.contain('XXXXXXXXXX');
    }
    expectSafe(page, alerts, DISPLAY_TAGS);
  });
});

describe(`hostile names typed into the enrolment form, on the hostile page at ${WIDTH} px`, () => {
  let page: HostPage;
  let alerts: string[];
  let form: FormPage;

  before(async () => {
    page = await openPage(PAGE, WIDTH);
    alerts = watchAlerts(page);
    await rendered(page, ['mechnet-enrolment-form']);
  });

  // Each name in a new, empty form (no draft kept from the previous one), as on a new visit.
  beforeEach(async () => {
    page.doc.querySelector('mechnet-enrolment-form')!.remove();
    page.win.sessionStorage.clear();
    const host = page.doc.createElement('mechnet-enrolment-form');
    host.setAttribute('programme', '/test-api/programme.json');
    page.doc.getElementById('aderire')!.append(host);
    await until(() => host.shadowRoot?.querySelector('form'), 'a new form');
    form = { frame: page.frame, win: page.win, host, root: host.shadowRoot!, session: '', errors: [] };
  });

  after(() => page.frame.remove());

  /** Sends the form as filled, to a fresh session of the stand-in server, in `scenario`. */
  async function send(scenario: string): Promise<void> {
    form.session = crypto.randomUUID();
    form.host.setAttribute('endpoint', `/test-api/enrolments?session=${form.session}&scenario=${scenario}`);
    await settle(form);
    form.root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    for (let i = 0; i < 200 && (await received(form)).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    await settle(form);
  }

  for (const [kind, name] of Object.entries(HOSTILE)) {
    it(`a firm named ${kind}: the server’s words quoting it, then the receipt, show it as text`, async () => {
      await fillValid(form);
      await setField(form, 'firm.name', name);
      await setField(form, 'firm.address.municipality', name);
      await setField(form, 'contact.name', name);
      // What the text box holds (a one-line box drops line breaks, as every browser does).
      const field = form.root.querySelector<HTMLInputElement>('[name="firm.name"]')!;
      const typed = field.value;
      expect(typed).to.equal(name.replace(/[\r\n]/g, ''));

      // The server refuses it, quoting the name: on the field and in the summary.
      await send('422-echo');
      const summary = await until(() => form.root.querySelector('[part~=summary]'), 'the summary');
      await until(() => summary.textContent!.includes('registro'), 'the server’s words');
      expect(summary.textContent).to.contain(`«\u2068${typed}\u2069» non risulta al registro`);
      expect(summary.textContent).to.contain(`Domanda di «\u2068${typed}\u2069» non accettata`);
      const error = form.root.getElementById(field.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!)!;
      expect(error.textContent).to.contain(`«\u2068${typed}\u2069»`);
      expect(field.value, 'the field keeps what was typed').to.equal(typed);
      expectSafe(page, alerts, ['mechnet-enrolment-form']);

      // Typed again (which clears the server's error), then accepted: the receipt names the firm.
      await setField(form, 'firm.name', name);
      await send('ok');
      const receipt = await until(() => form.root.querySelector('[part~=receipt]'), 'the receipt');
      expect(receipt.textContent).to.contain(typed);
      const em = parseFloat(page.win.getComputedStyle(receipt).fontSize);
      for (const dd of receipt.querySelectorAll('dd')) expect(dd.getBoundingClientRect().width, 'a value of the receipt').to.be.at.least(8 * em);
      expectSafe(page, alerts, ['mechnet-enrolment-form']);
      if (kind === 'long') await screenshot(page.frame, `hostile-names-form-${WIDTH}`);
    });
  }
});
