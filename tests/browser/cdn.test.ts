import { expect } from '@open-wc/testing';
import { until } from './support/until.js';

/** Opens a plain HTML page in an iframe, as a webmaster's page would be. */
async function openPage(url: string): Promise<Window & { __violations: string[]; __globalsBefore: string[]; __console: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '60em';
  frame.style.height = '40em';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = url;
  });
  return frame.contentWindow as never;
}


describe('the CDN loader dist/cdn/mechnet.js in a plain page with a strict CSP and Trusted Types', () => {
  let win: Awaited<ReturnType<typeof openPage>>;

  before(async () => {
    win = await openPage('/tests/browser/pages/cdn-strict.html');
  });

  it('loads the overview element on demand and renders the sample record from src', async () => {
    const el = win.document.querySelector('mechnet-programme-overview')!;
    await until(() => win.customElements.get('mechnet-programme-overview'), 'the element definition');
    const heading = await until(() => el.shadowRoot?.querySelector('h2'), 'the rendered heading');
    expect(heading.textContent).to.contain('MechNet');
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(13);
    // anonymous: no firm names on a public page
    expect(rows[0]!.querySelector('th')!.textContent!.trim()).to.equal('Impresa 1');
    expect(el.shadowRoot!.textContent).not.to.contain('Bossi');
    // only what this page shows: no enrolment form, no English
    const files = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(files.some((f) => f.includes('mechnet-enrolment-form'))).to.equal(false);
    expect(files.some((f) => /-en-[\w-]{8}\.js$/.test(f))).to.equal(false);
    expect(win.customElements.get('mechnet-enrolment-form')).to.equal(undefined);
  });

  it('defines an element added to the page later', async () => {
    const form = win.document.createElement('mechnet-enrolment-form');
    win.document.querySelector('main')!.append(form);
    await until(() => win.customElements.get('mechnet-enrolment-form'), 'the form definition');
    await until(() => form.shadowRoot?.querySelector('form'), 'the rendered form');
    form.remove();
  });

  it('says nothing on the console', () => {
    expect(win.__console).to.deep.equal([]);
  });

  it('reports no Content Security Policy or Trusted Types violation (zod never probes eval)', () => {
    expect(win.__violations).to.deep.equal([]);
  });

  it('writes no globals of its own (only Lit’s version markers)', () => {
    const before = new Set(win.__globalsBefore);
    const added = Object.getOwnPropertyNames(win).filter((k) => !before.has(k));
    const allowed = ['__globalsBefore', 'litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];
    expect(added.filter((k) => !allowed.includes(k))).to.deep.equal([]);
    expect(Object.keys(win).some((k) => k.startsWith('__zod'))).to.equal(false);
  });

  it('leaves the page alone: no styles added to the document, <html lang> untouched', () => {
    expect(win.document.documentElement.getAttribute('lang')).to.equal('it');
    expect(win.document.styleSheets.length).to.equal(0);
    expect(win.document.adoptedStyleSheets.length).to.equal(0);
  });
});

describe('two copies of the loader on one page, and a misspelt tag', () => {
  it('the second copy warns once and does nothing; the misspelt tag is named; nothing throws', async () => {
    const win = await openPage('/tests/browser/pages/cdn-two-loaders.html');
    const el = win.document.querySelector('mechnet-programme-overview')!;
    await until(() => el.shadowRoot?.querySelector('h2'), 'the rendered overview');
    const warnings = win.__console.filter((l) => l.startsWith('warn:'));
    expect(warnings.filter((w) => w.includes('second mechnet.js'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('<mechnet-programme-overwiev>'))).to.have.length(1);
    expect(win.__console.filter((l) => l.startsWith('error:'))).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
  });
});
