import { expect } from '@open-wc/testing';
import { until } from './support/until.js';

/** Opens a plain HTML page in an iframe, as a webmaster's page would be. */
async function openPage(url: string): Promise<Window & { __violations: string[]; __console: string[] }> {
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


const WIDGETS = ['mechnet-programme-overview', 'mechnet-savings', 'mechnet-collaborations', 'mechnet-verification-calendar', 'mechnet-firm-progress'];

describe('the five display elements from the built CDN folder, on a plain page with a strict CSP and Trusted Types', () => {
  let win: Awaited<ReturnType<typeof openPage>>;

  before(async () => {
    win = await openPage('/tests/browser/pages/cdn-widgets-strict.html');
    for (const tag of WIDGETS) {
      const el = win.document.querySelector(tag)!;
      await until(() => el.shadowRoot?.querySelector('[part=base], [part=error]'), `${tag} rendered`);
    }
  });

  it('renders each element from the public records, none in an error state', () => {
    for (const tag of WIDGETS) {
      const root = win.document.querySelector(tag)!.shadowRoot!;
      expect(root.querySelector('[part=error]'), tag).to.equal(null);
      expect(root.textContent, tag).to.contain('31 dicembre 2011');
    }
  });

  it('loads only what the page shows: no enrolment form, no English, no other programme', () => {
    const files = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(files.some((f) => /\/chunks\/mechnet-[\w-]{8}\.js$/.test(f)), 'the MechNet preset, which the record names').to.equal(true);
    expect(files.some((f) => f.includes('agrifood')), 'the other preset').to.equal(false);
    expect(files.some((f) => f.includes('mechnet-enrolment-form'))).to.equal(false);
    expect(files.some((f) => /-en-[\w-]{8}\.js$/.test(f))).to.equal(false);
    for (const tag of WIDGETS) expect(files.some((f) => f.endsWith(`/${tag}.js`)), tag).to.equal(true);
  });

  it('shows no firm name on the anonymous elements', () => {
    for (const tag of WIDGETS.slice(0, 4)) {
      const markup = win.document.querySelector(tag)!.shadowRoot!.innerHTML;
      expect(markup, tag).not.to.contain('Bossi');
      expect(markup, tag).not.to.contain('02184730121');
    }
  });

  it('says nothing on the console and reports no CSP or Trusted Types violation', () => {
    expect(win.__console).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
  });

  it('leaves the page alone: no styles added to the document', () => {
    expect(win.document.styleSheets.length).to.equal(0);
    expect(win.document.adoptedStyleSheets.length).to.equal(0);
  });
});
