/**
 * <mechnet-enrolment-form> from the built CDN folder (dist/cdn/), in a plain
 * page with `default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'`, posting to a stand-in server.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  BOSSI,
  control,
  fillValid,
  focused,
  inlineError,
  openForm,
  received,
  reloadForm,
  setCheck,
  setField,
  settle,
  summaryItems,
  tabTo,
  until,
  type FormPage,
} from './support/form-page.js';

const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

/** axe (WCAG 2.1 A and AA) on the whole page; the page loads axe-core itself. */
async function axeViolations(page: FormPage): Promise<string[]> {
  const axe = (page.win as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
  const r = await axe.run(page.win.document, WCAG);
  return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** Every page must end without a policy violation or a console error. */
function expectClean(page: FormPage): void {
  expect(page.win.__violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  expect(page.errors, 'console errors').to.deep.equal([]);
}

async function submit(page: FormPage): Promise<void> {
  page.root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settle(page);
}

const pages: FormPage[] = [];
async function open(options: Parameters<typeof openForm>[0] = {}): Promise<FormPage> {
  const page = await openForm(options);
  pages.push(page);
  return page;
}

afterEach(() => {
  for (const p of pages.splice(0)) p.frame.remove();
  sessionStorage.clear();
});

describe('<mechnet-enrolment-form> from the CDN folder, on a strict-CSP page', () => {
  it('the loader downloads the form and the Italian texts, not the other elements nor English', async () => {
    const page = await open();
    const files = page.win.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\/dist\/cdn\//, ''));
    expect(files).to.include('mechnet-enrolment-form.js');
    expect(files.some((f) => f.startsWith('mechnet-programme-overview'))).to.equal(false);
    expect(files.some((f) => /-en-[\w-]{8}\.js$/.test(f))).to.equal(false);
    expect(files.some((f) => /messages-it-[\w-]{8}\.js$/.test(f))).to.equal(true);
    expect(page.root.querySelector('h2')!.textContent).to.contain('Domanda di adesione');
    expectClean(page);
  });

  it('every control is a native, labelled control named by its path in the application', async () => {
    const page = await open();
    const controls = [...page.root.querySelectorAll<HTMLInputElement>('input, select, textarea')];
    expect(controls.length).to.be.greaterThan(20);
    for (const c of controls) {
      expect(c.name, c.outerHTML).to.match(/^(firm|contact|interests|consent)\./);
      const label = page.root.querySelector(`label[for="${c.id}"]`);
      expect(label, `label of ${c.name}`).to.not.equal(null);
    }
    expect(control(page, 'contact.email').getAttribute('autocomplete')).to.equal('work email');
    expect(control(page, 'contact.email').type).to.equal('email');
    expect(control(page, 'firm.partitaIva').getAttribute('inputmode')).to.equal('numeric');
    expect(control(page, 'interests.kinds', 'purchasing').type).to.equal('checkbox');
    // optional purposes: one box each, never pre-ticked, never required
    for (const box of page.root.querySelectorAll<HTMLInputElement>('[name^="consent.purposes."]')) {
      expect(box.checked).to.equal(false);
      expect(box.required).to.equal(false);
    }
    expect(page.host.shadowRoot!.mode).to.equal('open');
    expectClean(page);
  });

  it('is filled and sent with the keyboard alone', async () => {
    const page = await open();
    let submitted: unknown;
    page.host.addEventListener('mechnet-submitted', (e) => (submitted = (e as CustomEvent).detail));
    page.win.focus();
    page.win.document.body.focus();
    const byName = (name: string, value?: string) => (el: HTMLElement) =>
      el.getAttribute('name') === name && (value === undefined || (el as HTMLInputElement).value === value);
    for (const [name, value] of BOSSI) {
      const el = await tabTo(page, byName(name), name);
      if (el instanceof page.win.HTMLSelectElement) {
        for (let i = 0; i < 12 && el.value !== value; i++) await sendKeys({ press: 'ArrowDown' });
        expect(el.value).to.equal(value);
      } else {
        await sendKeys({ type: value });
      }
    }
    await tabTo(page, byName('interests.kinds', 'purchasing'), 'the first interest');
    await sendKeys({ press: 'Space' });
    await tabTo(page, byName('interests.aggregation'), 'aggregation');
    await sendKeys({ press: 'Space' });
    await tabTo(page, byName('consent.purposes.newsletter'), 'the newsletter consent');
    await sendKeys({ press: 'Space' });
    await tabTo(page, (el) => el.getAttribute('type') === 'submit', 'the send button', 8);
    await sendKeys({ press: 'Enter' });
    await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
    const [request, ...more] = await received(page);
    expect(more).to.have.length(0);
    expect(request!.contentType).to.equal('application/json');
    const body = JSON.parse(request!.body);
    expect(request!.key).to.equal(body.idempotencyKey);
    expect(body.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(body.firm.partitaIva).to.equal('02184730121');
    expect(body.firm.turnoverCents).to.equal(98130000); // 981.300,00 euros
    expect(body.firm.balanceSheetCents).to.equal(84200000); // 842000 euros
    expect(body.interests).to.deep.equal({ kinds: ['purchasing'], aggregation: true });
    expect(body.consent.purposes).to.deep.equal({ newsletter: true, 'publish-figures': false });
    expect(submitted).to.deep.include({ status: 201 });
    const receipt = page.root.querySelector('[part~="receipt"]')!.textContent!;
    expect(receipt).to.contain('MN-TEST-0001');
    expect(receipt).to.contain('Officina Meccanica Bossi S.r.l.');
    expect(receipt).to.contain('02184730121');
    const kept = Object.keys(page.win.sessionStorage);
    expect(kept.filter((k) => k.startsWith('mechnet-enrolment-draft:')), 'draft cleared after success').to.deep.equal([]);
    expect(kept, 'only the receipt is kept').to.deep.equal(['mechnet-enrolment-receipt:mechnet-test-edition']);
    expectClean(page);
  });

  it('shows an error after a field is changed, not before, and clears it when corrected', async () => {
    const page = await open();
    await setField(page, 'firm.partitaIva', '123');
    expect(control(page, 'firm.partitaIva').getAttribute('aria-invalid')).to.equal('true');
    expect(inlineError(page, 'firm.partitaIva')).to.match(/11 cifre/);
    // an untouched field shows nothing yet
    expect(control(page, 'firm.name').getAttribute('aria-invalid')).to.equal('false');
    expect(inlineError(page, 'firm.name')).to.equal(undefined);
    await setField(page, 'firm.partitaIva', 'IT 02184730121');
    expect(control(page, 'firm.partitaIva').getAttribute('aria-invalid')).to.equal('false');
    expect(inlineError(page, 'firm.partitaIva')).to.equal(undefined);
    expectClean(page);
  });

  it('on a failed send: a summary that takes focus, one link per error, the same words inline', async () => {
    const page = await open();
    await setField(page, 'firm.turnoverCents', '12,3,4');
    await submit(page);
    const summary = page.root.querySelector('[part~="summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(focused(page)).to.equal(summary);
    const items = summaryItems(page);
    expect(items.length).to.be.greaterThan(10);
    const name = items.find((i) => i.startsWith('Ragione sociale'))!;
    expect(name).to.contain(inlineError(page, 'firm.name'));
    expect(inlineError(page, 'firm.turnoverCents')).to.match(/euro/i);
    expect(items.some((i) => i.startsWith('Fatturato annuo'))).to.equal(true);
    // a link moves focus to its field
    const link = [...summary.querySelectorAll('a')].find((a) => a.textContent!.startsWith('Partita IVA'))!;
    link.click();
    expect(focused(page)?.getAttribute('name')).to.equal('firm.partitaIva');
    // nothing was sent
    expect(await received(page)).to.have.length(0);
    // correcting a field removes it from the summary
    await setField(page, 'firm.name', 'Officina Meccanica Bossi S.r.l.');
    expect(summaryItems(page).some((i) => i.startsWith('Ragione sociale'))).to.equal(false);
    expectClean(page);
  });

  it('tells as the firm types whether the programme can accept it, and why not; a rejected firm cannot send', async () => {
    const page = await open();
    await fillValid(page);
    const panel = () => page.root.querySelector('[part~="eligibility"]')!.textContent!.replace(/\s+/g, ' ');
    expect(panel()).to.contain('Sì: con questi dati');
    await setField(page, 'firm.address.province', 'TO');
    expect(panel()).to.match(/provincia di Torino/);
    expect(panel()).to.contain('Ufficio Innovazione');
    await submit(page);
    expect(await received(page)).to.have.length(0);
    expect(page.root.querySelector('[part~="summary"]')!.textContent).to.match(/non può essere inviata|non può/);
    await setField(page, 'firm.address.province', 'VA');
    await submit(page);
    await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
    expectClean(page);
  });

  it('a 422 from the server lands on its field, in the server’s words', async () => {
    const page = await open({ scenario: '422' });
    let error: unknown;
    page.host.addEventListener('mechnet-error', (e) => (error = (e as CustomEvent).detail));
    await fillValid(page);
    await submit(page);
    await until(() => inlineError(page, 'firm.ateco'), 'the error on firm.ateco');
    expect(inlineError(page, 'firm.ateco')).to.equal('Codice ATECO rifiutato dal server di prova');
    expect(summaryItems(page).join(' ')).to.contain('Codice ATECO rifiutato dal server di prova');
    expect(focused(page)).to.equal(page.root.querySelector('[part~="summary"]'));
    expect(error).to.deep.include({ kind: 'refused', status: 422 });
    // every field kept
    expect(control(page, 'firm.name').value).to.equal('Officina Meccanica Bossi S.r.l.');
    // typing in the field clears the server's error
    await setField(page, 'firm.ateco', '25.62');
    expect(inlineError(page, 'firm.ateco')).to.equal(undefined);
    expectClean(page);
  });

  it('a 409 (already applied) lands on the partita IVA, in the page’s language', async () => {
    const page = await open({ scenario: '409' });
    await fillValid(page);
    await submit(page);
    await until(() => inlineError(page, 'firm.partitaIva'), 'the error on firm.partitaIva');
    expect(inlineError(page, 'firm.partitaIva')).to.equal("L'impresa con questa partita IVA ha già presentato domanda");
    expect(page.root.querySelector('[part~="summary"]')!.textContent).to.match(/già/);
    expectClean(page);
  });

  for (const [status, scenario, wait, said] of [
    [503, '503-once', 5, 'riprovare tra 5 secondi'],
    [429, '429-once', 90, 'riprovare tra 90 secondi'],
  ] as const) {
    it(`a ${status} keeps every field and says when to try again; the retry sends the same body with the same key`, async () => {
      const page = await open({ scenario });
      let error: unknown;
      page.host.addEventListener('mechnet-error', (e) => (error = (e as CustomEvent).detail));
      await fillValid(page);
      await submit(page);
      await until(() => page.root.querySelector('[part~="summary"]')?.textContent?.includes(said), 'the failure message with the wait');
      expect(error).to.deep.include({ kind: 'busy', status, retryAfter: wait });
      for (const [name, value] of BOSSI) expect(control(page, name).value, name).to.equal(value);
      const button = page.root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
      expect(button.textContent!.trim()).to.equal('Riprova');
      await submit(page);
      await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
      const [first, second] = await received(page);
      expect(second!.key).to.equal(first!.key);
      expect(second!.body).to.equal(first!.body);
      expectClean(page);
    });
  }

  it('a double click sends one application', async () => {
    const page = await open({ delay: 600 });
    await fillValid(page);
    const button = page.root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button.click();
    button.click();
    await settle(page);
    button.click();
    await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
    expect(await received(page)).to.have.length(1);
    expectClean(page);
  });

  it('a reload restores the draft from this tab’s session, never the consents, never in localStorage', async () => {
    const page = await open();
    await setField(page, 'firm.name', 'Officina Meccanica Bossi S.r.l.');
    await setField(page, 'firm.turnoverCents', '981.300,00');
    await setCheck(page, 'consent.purposes.newsletter', true);
    expect(page.win.localStorage.length).to.equal(0);
    const again = await new Promise<FormPage>((resolve) => {
      page.frame.addEventListener('load', () => resolve(page), { once: true });
      page.win.location.reload();
    });
    const host = again.frame.contentDocument!.querySelector('mechnet-enrolment-form') as HTMLElement;
    const root = await until(() => host.shadowRoot, 'the shadow root');
    await until(() => root.querySelector('form'), 'the form');
    const reloaded = { ...again, win: again.frame.contentWindow as FormPage['win'], host, root, errors: [] };
    expect(control(reloaded, 'firm.name').value).to.equal('Officina Meccanica Bossi S.r.l.');
    expect(control(reloaded, 'firm.turnoverCents').value).to.equal('981.300,00');
    expect(control(reloaded, 'consent.purposes.newsletter').checked).to.equal(false);
    expect(reloaded.win.localStorage.length).to.equal(0);
  });

  it('switching language keeps every value and loads the other language', async () => {
    const page = await open();
    await setField(page, 'firm.name', 'Officina <b>Bossi</b>');
    await setField(page, 'firm.partitaIva', '123');
    page.host.setAttribute('lang', 'en');
    await until(() => page.root.querySelector('h2')?.textContent?.includes('Application'), 'the English form');
    expect(control(page, 'firm.name').value).to.equal('Officina <b>Bossi</b>');
    expect(inlineError(page, 'firm.partitaIva')).to.match(/11 digits/);
    expect(page.root.querySelector('b')).to.equal(null);
    expectClean(page);
  });

  it('markup typed in a field is shown as text in the receipt, never run', async () => {
    const page = await open();
    await fillValid(page);
    await setField(page, 'firm.name', '<img src=x onerror="window.__pwned=1">Bossi');
    await submit(page);
    const receipt = await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
    expect(receipt.textContent).to.contain('<img src=x onerror="window.__pwned=1">Bossi');
    expect(receipt.querySelector('img')).to.equal(null);
    expect((page.win as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expectClean(page);
  });

  it('a programme URL that fails, or is not a valid definition, gives an error state that says what is wrong', async () => {
    const page = await open();
    page.host.setAttribute('programme', '/test-api/no-such-programme.json');
    const failed = await until(() => page.root.querySelector('[part~="error"][role="alert"]'), 'the error state');
    expect(failed.textContent).to.contain('404');
    page.host.setAttribute('programme', '/tests/browser/pages/form-strict.html');
    await until(() => page.root.querySelector('[part~="error"][role="alert"]')?.textContent?.includes('JSON'), 'the invalid state');
    page.host.setAttribute('programme', '/examples/application.json');
    const invalid = await until(() => page.root.querySelector('[part~="error"] code'), 'the path of a problem');
    expect(invalid.textContent!.length).to.be.greaterThan(0);
    expect(page.win.__violations).to.deep.equal([]);
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    const page = await open({ width: '320px' });
    await submit(page); // errors make the longest lines
    const doc = page.win.document.documentElement;
    expect(doc.scrollWidth).to.be.at.most(doc.clientWidth);
    expectClean(page);
  });

  it('the receipt on a 320 px wide screen: no sideways scrolling, and each value has room for its words', async () => {
    const page = await open({ width: '320px' });
    await fillValid(page);
    await submit(page);
    const receipt = await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
    const doc = page.win.document.documentElement;
    expect(doc.scrollWidth).to.be.at.most(doc.clientWidth);
    const em = parseFloat(page.win.getComputedStyle(receipt).fontSize);
    for (const dd of receipt.querySelectorAll('dd')) {
      // A value squeezed into a sliver breaks every word ("021 847 301 21"): it gets at least 8em.
      expect(dd.getBoundingClientRect().width, dd.textContent!).to.be.at.least(8 * em);
    }
    expectClean(page);
  });
});

describe('<mechnet-enrolment-form> when the programme asks for confirmation from the PEC', () => {
  for (const lang of ['it', 'en']) {
    it(`asks for the firm's PEC, says a wrong one at its field, and the receipt says the next step (${lang}); axe clean`, async () => {
      const page = await open({ page: '/tests/browser/pages/form-axe-strict.html' });
      page.win.document.documentElement.lang = lang;
      page.host.setAttribute('programme', '/test-api/programme.json?confirmation=pec');
      const pec = await until(() => page.root.querySelector<HTMLInputElement>('[name="firm.pec"]'), 'the PEC field');
      expect(pec.type).to.equal('email');
      const label = page.root.querySelector(`label[for="${pec.id}"]`)!.textContent!;
      expect(label).to.contain('PEC');
      await fillValid(page);
      await submit(page);
      // Without the PEC the application is not sent: the rule's words at the field, and in the summary.
      expect(inlineError(page, 'firm.pec')).to.contain('PEC');
      expect(summaryItems(page).some((s) => s.includes('PEC'))).to.equal(true);
      expect(await received(page)).to.deep.equal([]);
      await setField(page, 'firm.pec', 'not an address');
      expect(inlineError(page, 'firm.pec')).to.be.a('string');
      await setField(page, 'firm.pec', 'officinabossi@pec.example.it');
      expect(inlineError(page, 'firm.pec')).to.equal(undefined);
      await submit(page);
      const receipt = await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
      const sent = await received(page);
      expect(sent.length).to.equal(1);
      expect(JSON.parse(sent[0]!.body).firm.pec).to.equal('officinabossi@pec.example.it');
      const next = receipt.querySelector('[part~="next"]')!.textContent!.replace(/\s+/g, ' ');
      expect(next).to.contain('officinabossi@pec.example.it');
      expect(next).to.contain('mario.bossi@officinabossi.example');
      expect(next).to.contain(lang === 'en' ? 'Next step: open the link' : 'Prossimo passo: aprire il link');
      expect(next).to.match(lang === 'en' ? /by \d{1,2} [A-Z][a-z]+ \d{4}/ : /entro (il|l')\s?\d{1,2} [a-z]+ \d{4}/);
      expect(await axeViolations(page), 'receipt').to.deep.equal([]);
      expectClean(page);
    });
  }
});

describe('<mechnet-enrolment-form> accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const lang of ['it', 'en']) {
    it(`has no violation in ${lang}: empty, with errors, and the receipt`, async () => {
      const page = await open({ page: '/tests/browser/pages/form-axe-strict.html' });
      page.win.document.documentElement.lang = lang;
      await until(() => page.root.querySelector('h2')?.textContent?.includes(lang === 'en' ? 'Application' : 'Domanda'), 'the language');
      expect(await axeViolations(page), 'empty').to.deep.equal([]);
      await setField(page, 'firm.partitaIva', '123');
      await submit(page);
      expect(await axeViolations(page), 'errors').to.deep.equal([]);
      await fillValid(page);
      await submit(page);
      await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
      expect(await axeViolations(page), 'receipt').to.deep.equal([]);
    });
  }
});

describe('<mechnet-enrolment-form> inside a host <form>, without endpoint', () => {
  it('adds the application JSON under its name, reports its validity, resets', async () => {
    const page = await open({ page: '/tests/browser/pages/form-host-strict.html', endpoint: false });
    const hostForm = page.win.document.getElementById('host') as HTMLFormElement;
    expect(page.root.querySelector<HTMLButtonElement>('button[type="submit"]')!.hidden).to.equal(true);
    expect(hostForm.checkValidity()).to.equal(false);
    expect(new page.win.FormData(hostForm).get('application')).to.equal(null);
    await fillValid(page);
    expect(hostForm.checkValidity()).to.equal(true);
    const value = new page.win.FormData(hostForm).get('application');
    const application = JSON.parse(String(value));
    expect(application.firm.partitaIva).to.equal('02184730121');
    expect(application.firm.turnoverCents).to.equal(98130000);
    hostForm.reset();
    await settle(page);
    expect(control(page, 'firm.name').value).to.equal('');
    expect(hostForm.checkValidity()).to.equal(false);
    expectClean(page);
  });
});

/** The text of an element, its spaces as one. */
const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button of the shadow root whose text starts with `text`. */
function button(page: FormPage, text: string): HTMLButtonElement {
  const found = [...page.root.querySelectorAll('button')].find((b) => textOf(b).startsWith(text));
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

describe('<mechnet-enrolment-form>: every rule the firm breaks is said at its field', () => {
  it('a wrong partita IVA is said at its field once it is left, before the rest is filled in; a province outside the territory at the province', async () => {
    const page = await open();
    await setField(page, 'firm.partitaIva', '00743110158'); // the check digit of 00743110157 is 7
    expect(control(page, 'firm.partitaIva').getAttribute('aria-invalid')).to.equal('true');
    expect(inlineError(page, 'firm.partitaIva')).to.match(/cifra di controllo/);
    await setField(page, 'firm.address.province', 'TO');
    expect(control(page, 'firm.address.province').getAttribute('aria-invalid')).to.equal('true');
    expect(inlineError(page, 'firm.address.province')).to.equal('La sede (provincia di Torino) non è nel territorio del programma (provincia di Varese)');
    // the fields not yet changed say nothing
    expect(control(page, 'firm.codiceFiscale').getAttribute('aria-invalid')).to.equal('false');
    // corrected, the error goes
    await setField(page, 'firm.partitaIva', '00743110157');
    expect(control(page, 'firm.partitaIva').getAttribute('aria-invalid')).to.equal('false');
    expect(inlineError(page, 'firm.partitaIva')).to.equal(undefined);
    expectClean(page);
  });

  it('a refused send lists every reason, each a link that moves the focus to its field', async () => {
    const page = await open();
    await fillValid(page);
    await setField(page, 'firm.partitaIva', '00743110158');
    await setField(page, 'firm.address.province', 'TO');
    await submit(page);
    expect(await received(page)).to.have.length(0);
    const summary = page.root.querySelector('[part~="summary"]')!;
    expect(focused(page)).to.equal(summary);
    const items = summaryItems(page);
    expect(items).to.have.length(2);
    expect(items[0]).to.equal(`Partita IVA: ${inlineError(page, 'firm.partitaIva')}`);
    expect(items[1]).to.equal('Sede legale, Provincia (sigla): La sede (provincia di Torino) non è nel territorio del programma (provincia di Varese)');
    for (const [label, name] of [['Partita IVA', 'firm.partitaIva'], ['Sede legale', 'firm.address.province']] as const) {
      const link = [...summary.querySelectorAll('a')].find((a) => textOf(a).startsWith(label))!;
      link.click();
      expect(focused(page)?.getAttribute('name'), label).to.equal(name);
    }
    expectClean(page);
  });

  it('the de minimis ceiling is said in its section, every amount points to it, and its link goes there', async () => {
    const page = await open();
    await fillValid(page);
    button(page, 'Aggiungi un aiuto').click();
    await settle(page);
    const lastYear = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
    await setField(page, 'firm.deMinimis.0.date', lastYear);
    await setField(page, 'firm.deMinimis.0.amountCents', '290.000,00');
    await setField(page, 'firm.deMinimis.0.grantor', 'Regione Lombardia');
    const amount = control(page, 'firm.deMinimis.0.amountCents');
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    const said = textOf(page.root.getElementById(amount.getAttribute('aria-describedby')!.split(' ').find((id) => id.startsWith('f-firm-deMinimis-'))!));
    expect(said).to.match(/^L'aiuto del programma .* oltre il massimale/);
    await submit(page);
    const link = [...page.root.querySelectorAll<HTMLAnchorElement>('[part~="summary"] a')].find((a) => textOf(a).startsWith('Aiuti «de minimis»'))!;
    expect(textOf(link)).to.contain(said);
    link.click();
    expect(focused(page)?.id).to.equal('f-firm-deMinimis');
    expectClean(page);
  });
});

describe('<mechnet-enrolment-form> inside a host <form>: a submit that the form blocks', () => {
  it('names the first problem in a sentence, then shows every error at its field and the summary, and goes to the first field', async () => {
    const page = await open({ page: '/tests/browser/pages/form-host-strict.html', endpoint: false });
    const hostForm = page.win.document.getElementById('host') as HTMLFormElement;
    const element = page.host as HTMLElement & { validationMessage: string };
    expect(element.validationMessage).to.match(/^Ragione sociale: campo obbligatorio \(e altri 15 problemi\)$/i);
    hostForm.requestSubmit();
    await settle(page);
    await settle(page);
    expect(summaryItems(page)).to.have.length(16);
    expect(control(page, 'firm.name').getAttribute('aria-invalid')).to.equal('true');
    expect(inlineError(page, 'firm.name')).to.match(/obbligatorio/i);
    expect(control(page, 'contact.phone').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(page)?.getAttribute('name')).to.equal('firm.name');
    expect(await received(page)).to.have.length(0);
    expectClean(page);
  });
});

describe('<mechnet-enrolment-form>: after a successful send', () => {
  it('focus goes to the receipt’s heading; the receipt survives a reload of the tab; a new application starts afresh', async () => {
    const page = await open();
    await fillValid(page);
    await setCheck(page, 'consent.purposes.newsletter', true);
    await submit(page);
    const receipt = await until(() => page.root.querySelector('[part~="receipt"]'), 'the receipt');
    await settle(page);
    const heading = receipt.querySelector('h2')!;
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(focused(page)).to.equal(heading);

    const again = await reloadForm(page, '[part~="receipt"]');
    pages.push(again);
    const shown = textOf(again.root.querySelector('[part~="receipt"]'));
    for (const said of ['Domanda ricevuta', 'MN-TEST-0001', 'Officina Meccanica Bossi S.r.l.', '02184730121', 'Mario Bossi']) expect(shown).to.contain(said);
    const key = 'mechnet-enrolment-receipt:mechnet-test-edition';
    const kept = again.win.sessionStorage.getItem(key)!;
    expect(kept).to.contain('MN-TEST-0001');
    expect(kept, 'no consent kept').to.not.match(/consent|newsletter|purposes|givenAt|idempotency/i);
    expect(again.win.localStorage.length).to.equal(0);

    button(again, 'Nuova domanda').click();
    await until(() => again.root.querySelector('form'), 'the form');
    await settle(again);
    expect(control(again, 'firm.name').value).to.equal('');
    expect(focused(again)?.getAttribute('name')).to.equal('firm.name');
    expect(again.win.sessionStorage.getItem(key)).to.equal(null);
    const third = await reloadForm(again);
    expect(third.root.querySelector('[part~="receipt"]')).to.equal(null);
  });
});

describe('<mechnet-enrolment-form>: the line at the top', () => {
  const status = (page: FormPage) => textOf(page.root.querySelector('[part~="status"]')).replace(/[\u2066-\u2069]/g, '');

  it('without a programme: the MechNet preset, its edition ended on 30 June 2012, said in words before any field', async () => {
    const page = await open();
    page.host.removeAttribute('programme');
    await until(() => status(page).includes('MechNet'), 'the preset');
    expect(status(page)).to.match(
      /^Programma «MechNet: un tutor e una rete per le imprese meccaniche», edizione dal 1º marzo 2010 al 30 giugno 2012: le adesioni sono chiuse, l'edizione è terminata il 30 giugno 2012; la domanda non può essere inviata\./,
    );
    const line = page.root.querySelector('[part~="status"]')!;
    expect(line.compareDocumentPosition(page.root.querySelector('fieldset')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    page.host.setAttribute('lang', 'en');
    await until(() => status(page).startsWith('Programme'), 'English');
    expect(status(page)).to.match(/^Programme "MechNet: a tutor and a network for mechanical firms", edition from 1 March 2010 to 30 June 2012: enrolment is closed, the edition ended on 30 June 2012; the application cannot be sent\./);
    expectClean(page);
  });

  it('an open edition says until when; without an endpoint it says how the application is sent, or that it cannot be', async () => {
    const open1 = await open();
    // The edition runs from a week ago: its days may be the 1st (1º) or read with a vowel (dall'8, all'11).
    expect(status(open1)).to.match(/^Programma «.+», edizione (?:dal |dall')\d+º? \p{L}+ \d{4} (?:al |all')(\d+º? \p{L}+ \d{4}): le domande si inviano fino (?:al |all')\1\.$/u);
    const hosted = await open({ page: '/tests/browser/pages/form-host-strict.html', endpoint: false });
    expect(status(hosted)).to.match(/La domanda si invia con il pulsante di invio del modulo di questa pagina\.$/);
    const alone = await open({ endpoint: false });
    expect(status(alone)).to.match(/Questo modulo non ha un indirizzo a cui inviare la domanda: contattare l'ufficio del programma\.$/);
    expectClean(alone);
  });
});
