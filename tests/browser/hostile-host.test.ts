/**
 * The embedding contract (DESIGN.md) on the most hostile page a CMS makes:
 * a strict Content Security Policy with Trusted Types and only the
 * `lit-html` policy allowed, a theme whose reset unsets every property of
 * every element (the custom elements included), a 10 px root font size,
 * global rules on input, button, label, table, td, th, select and svg, and
 * the loader included twice. All six elements from the built `dist/cdn/`,
 * on the sample public record. At 1,280 and at 320 CSS pixels.
 */
import { expect } from '@open-wc/testing';
import { DISPLAY_TAGS, TAGS, boxOf, openPage, overflowing, rendered, screenshot, shadowRoots, until, type HostPage } from './support/host-page.js';

const URL_ = '/tests/browser/pages/hostile-host.html';

/** The root font size the theme sets, and the body's (1.6rem). */
const ROOT_PX = 10;
const BODY_PX = 16;

/** Every element of a shadow tree that shows text of its own. */
function textElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
  );
}

for (const width of [1280, 320]) {
  describe(`a hostile CMS page at ${width} px: strict CSP, Trusted Types, a reset of every property, the loader twice`, () => {
    let page: HostPage;

    before(async () => {
      page = await openPage(URL_, width);
      await rendered(page);
      // For people to look at (not compared): the whole page as first shown, in .tmp/screenshots/.
      await screenshot(page.frame, `hostile-host-${width}`);
    });

    after(() => page.frame.remove());

    it('renders all six elements, none in an error state', () => {
      for (const tag of TAGS) {
        const root = page.doc.querySelector(tag)!.shadowRoot!;
        expect(root.querySelector('[part~=error][role=alert]'), tag).to.equal(null);
      }
      expect(page.doc.querySelector('mechnet-programme-overview')!.shadowRoot!.querySelectorAll('[part=firms] tbody tr')).to.have.length(13);
      expect(page.doc.querySelector('mechnet-enrolment-form')!.shadowRoot!.querySelectorAll('input').length).to.be.greaterThan(20);
    });

    it('reports no Content Security Policy or Trusted Types violation (embedding contract: strict CSP, Trusted Types with lit-html only)', () => {
      expect(page.win.__violations).to.deep.equal([]);
    });

    it('says exactly one thing on the console: one warning about the second copy of the loader, no error', () => {
      const errors = page.win.__console.filter((l) => l.startsWith('error:'));
      const warnings = page.win.__console.filter((l) => l.startsWith('warn:'));
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('a second mechnet.js');
      expect(warnings[0]).to.contain('mechnet.js?v=0.1.0');
    });

    it('loads each element once, from the first copy of the loader', () => {
      const files = page.win.performance.getEntriesByType('resource').map((e) => e.name);
      for (const tag of TAGS) expect(files.filter((f) => f.endsWith(`/${tag}.js`)), tag).to.have.length(1);
    });

    it('gives every element a sensible box: taller than a few lines, within the viewport, and the page does not scroll sideways', () => {
      const doc = page.doc.documentElement;
      expect(doc.scrollWidth, 'page width').to.be.at.most(doc.clientWidth);
      for (const tag of TAGS) {
        const box = boxOf(page.doc.querySelector(tag)!);
        expect(box.height, `${tag} height`).to.be.greaterThan(8 * BODY_PX);
        expect(box.width, `${tag} width`).to.be.greaterThan(Math.min(width, 600) * 0.8);
        expect(box.left, `${tag} left`).to.be.at.least(0);
        expect(box.right, `${tag} right`).to.be.at.most(page.win.innerWidth);
      }
    });

    it('nothing inside an element sticks out of it, except inside a box that scrolls', () => {
      for (const tag of TAGS) expect(overflowing(page.doc.querySelector(tag)!), tag).to.deep.equal([]);
    });

    it('follows the body’s font size, not the 10 px root: sizes in em, never rem (embedding contract)', () => {
      const body = parseFloat(page.win.getComputedStyle(page.doc.body).fontSize);
      expect(body).to.equal(BODY_PX);
      const sizes = new Map<Element, number>();
      for (const tag of TAGS) {
        const host = page.doc.querySelector(tag)!;
        expect(parseFloat(page.win.getComputedStyle(host).fontSize), tag).to.equal(BODY_PX);
        expect(page.win.getComputedStyle(host).fontFamily, tag).to.contain('Georgia');
        for (const el of textElements(host.shadowRoot!)) {
          const px = parseFloat(page.win.getComputedStyle(el).fontSize);
          sizes.set(el, px);
          // rem at this page's 10 px root would give at most 10-14 px; em keeps text between 0.75 and 2 times the body's
          expect(px / BODY_PX, `${tag} <${el.localName}> "${el.textContent!.trim().slice(0, 30)}" at ${px} px`).to.be.within(0.74, 2);
        }
      }
      // A root font size change that leaves the body's alone changes nothing inside the elements.
      page.doc.body.style.fontSize = `${BODY_PX}px`;
      page.doc.documentElement.style.fontSize = `${ROOT_PX * 4}px`;
      try {
        const changed = [...sizes].filter(([el, px]) => parseFloat(page.win.getComputedStyle(el).fontSize) !== px);
        expect(changed.map(([el]) => `<${el.localName}> ${el.textContent!.trim().slice(0, 30)}`)).to.deep.equal([]);
      } finally {
        page.doc.documentElement.style.fontSize = '';
        page.doc.body.style.fontSize = '';
      }
    });

    it('aligns its own text: the page’s justified prose does not spread the elements’ headings, cells and labels', () => {
      expect(page.win.getComputedStyle(page.doc.querySelector('main')!).textAlign).to.equal('justify');
      for (const tag of TAGS) {
        const justified = textElements(page.doc.querySelector(tag)!.shadowRoot!).filter((el) => page.win.getComputedStyle(el).textAlign === 'justify');
        expect(justified.map((el) => `<${el.localName}> ${el.textContent!.trim().slice(0, 30)}`), tag).to.deep.equal([]);
      }
    });

    it('keeps the host’s element rules out of the shadow trees: tables are tables (or stacked by the element itself), svg drawings keep their size', () => {
      for (const tag of DISPLAY_TAGS) {
        const root = page.doc.querySelector(tag)!.shadowRoot!;
        for (const table of root.querySelectorAll('table')) {
          const style = page.win.getComputedStyle(table);
          // On a narrow screen a table may stack its rows (its own layout), never at 1,280 px; the theme's `display: block !important` and its double border never reach it.
          const stacks = width < 1280 && table.parentElement!.hasAttribute('data-stack');
          expect(style.display, `${tag} table`).to.equal(stacks ? 'block' : 'table');
          expect(style.borderTopStyle, `${tag} table border`).to.not.equal('double');
        }
        for (const cell of root.querySelectorAll('td, th')) {
          expect(page.win.getComputedStyle(cell).whiteSpace === 'nowrap' && parseFloat(page.win.getComputedStyle(cell).paddingTop) > BODY_PX, `${tag} cell padding`).to.equal(false);
        }
        for (const svg of root.querySelectorAll('svg:not(.defs)')) {
          const r = svg.getBoundingClientRect();
          expect(r.height, `${tag} <svg class=${svg.getAttribute('class')}> height`).to.be.below(6 * BODY_PX);
        }
      }
    });

    it('the form’s fields are visible, in the page’s size, labelled, focusable; its button can be clicked and shows what is missing', async () => {
      const form = page.doc.querySelector('mechnet-enrolment-form')!;
      const root = form.shadowRoot!;
      const inputs = [...root.querySelectorAll<HTMLInputElement>('input:not([type=checkbox]), select')];
      expect(inputs.length).to.be.greaterThan(15);
      for (const input of inputs) {
        const style = page.win.getComputedStyle(input);
        const r = input.getBoundingClientRect();
        expect(style.visibility, input.name).to.equal('visible');
        expect(parseFloat(style.fontSize), `${input.name} font size`).to.equal(BODY_PX);
        expect(r.height, `${input.name} height`).to.be.within(1.5 * BODY_PX, 4 * BODY_PX);
        expect(r.width, `${input.name} width`).to.be.greaterThan(8 * BODY_PX);
        const label = root.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)!;
        expect(page.win.getComputedStyle(label).display, `${input.name} label`).to.not.equal('none');
        expect(label.getBoundingClientRect().height, `${input.name} label`).to.be.greaterThan(0);
        input.focus();
        expect(root.activeElement, `${input.name} focusable`).to.equal(input);
      }
      const button = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
      button.scrollIntoView({ block: 'center' });
      const r = button.getBoundingClientRect();
      expect(r.height).to.be.greaterThan(1.5 * BODY_PX);
      // What a click at the middle of the button reaches is the button (or its label inside it).
      const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit !== null && button.contains(hit), `the click reaches <${hit?.localName}>, not the button`).to.equal(true);
      button.click();
      await until(() => root.querySelector('[part~=summary]'), 'the summary of what is missing');
      expect(root.querySelectorAll('[part~=summary] li').length).to.be.greaterThan(5);
      expect(page.win.__violations).to.deep.equal([]);
    });

    it('adds nothing to the page: no stylesheet besides the theme’s, no adopted sheets, <html lang> kept', () => {
      expect(page.doc.styleSheets.length).to.equal(1);
      expect(page.doc.adoptedStyleSheets.length).to.equal(0);
      expect(page.doc.documentElement.lang).to.equal('it');
      expect(shadowRoots(page.doc).length).to.be.at.least(TAGS.length);
    });
  });
}
