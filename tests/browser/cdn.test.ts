import { expect } from '@open-wc/testing';

/** Opens a plain HTML page in an iframe, as a webmaster's page would be. */
async function openPage(url: string): Promise<Window & { __violations: string[]; __globalsBefore: string[] }> {
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

async function until<T>(fn: () => T | undefined | null, what: string, ms = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the CDN file dist/cdn/mechnet.js in a plain page with a strict CSP and Trusted Types', () => {
  let win: Awaited<ReturnType<typeof openPage>>;

  before(async () => {
    win = await openPage('/tests/browser/pages/cdn-strict.html');
  });

  it('registers the elements and renders the sample record from src', async () => {
    const el = win.document.querySelector('mechnet-programme-overview')!;
    await until(() => win.customElements.get('mechnet-programme-overview'), 'the element definition');
    const heading = await until(() => el.shadowRoot?.querySelector('h2'), 'the rendered heading');
    expect(heading.textContent).to.contain('MechNet');
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(13);
    // anonymous: no firm names on a public page
    expect(rows[0]!.querySelector('th')!.textContent!.trim()).to.equal('Impresa 1');
    expect(el.shadowRoot!.textContent).not.to.contain('Bossi');
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
