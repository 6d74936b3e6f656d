/**
 * Every cell of every table of the five display elements, as a reader sees
 * it at 320, 768, 1,280 and 1,920 CSS pixels: the elements from the built
 * `dist/cdn/` on a plain page, on the sample public record (the firm's
 * progress, savings and calendar also for one firm).
 *
 * From 1,280 px every cell is on screen with nothing to scroll. Narrower, a
 * table either stacks its rows (each cell repeating its column's header,
 * the headers kept for screen readers) or sits in a labelled region the
 * keyboard can focus, which shows that more is to the side. A caption is
 * never cut.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/define/mechnet-savings.js';
import { savingsMessages } from '../../components/savings/messages.js';
import { uiMessages } from '../../components/shared/messages.js';
import { DISPLAY_TAGS, boxOf, openPage, screenshot, until, type HostPage } from './support/host-page.js';
import { columnsOf, scrollRegionProblems, seen, shownLabel, squash, visuallyHidden } from './support/table-cells.js';

const URL_ = '/tests/browser/pages/display-elements.html';

/** Each element of the page, named for a failure message. */
function hosts(page: HostPage): { name: string; el: Element }[] {
  return DISPLAY_TAGS.flatMap((tag) =>
    [...page.doc.querySelectorAll(tag)].map((el) => ({ name: el.hasAttribute('firm') ? `${tag}[firm]` : tag, el })),
  );
}

async function renderedAll(page: HostPage): Promise<void> {
  for (const { name, el } of hosts(page)) {
    await until(() => el.shadowRoot?.querySelector('[part~=base], [part~=error]'), `<${name}> rendered`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  // Fonts in, layout settled, the overflow cues measured.
  await page.doc.fonts.ready;
  await new Promise((r) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(r)));
}

/** A header's words as shown on screen: without its words for screen readers only (a date's long form). */
function shownText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
  return squash(copy.textContent);
}

const describeCell = (cell: Element) => `<${cell.localName}> "${squash(cell.textContent).slice(0, 40)}"`;

for (const width of [320, 768, 1280, 1920]) {
  const wide = width >= 1280;
  describe(`tables at ${width} px: ${wide ? 'every cell on screen, nothing to scroll' : 'stacked rows or a scrolling region that says so'}`, () => {
    let page: HostPage;

    before(async () => {
      page = await openPage(URL_, width);
      await renderedAll(page);
      // For people to look at (not compared): the whole page, in .tmp/screenshots/ with MECHNET_SCREENSHOTS=1.
      await screenshot(page.frame, `tables-${width}`);
    });

    after(() => page.frame.remove());

    it('shows every element with its tables, none in an error state, and the page does not scroll sideways', () => {
      expect(hosts(page)).to.have.length(7);
      for (const { name, el } of hosts(page)) {
        expect(el.shadowRoot!.querySelector('[part~=error]'), name).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('table').length, name).to.be.greaterThan(0);
      }
      const doc = page.doc.documentElement;
      expect(doc.scrollWidth, 'page width').to.be.at.most(doc.clientWidth);
    });

    it(wide ? 'every cell of every table is on screen without scrolling' : 'every cell is on screen, or in a focusable, labelled region that shows it scrolls', () => {
      const problems: string[] = [];
      let cells = 0;
      for (const { name, el } of hosts(page)) {
        const box = boxOf(el);
        el.shadowRoot!.querySelectorAll('table').forEach((table, n) => {
          const where = `${name} table ${n + 1} (${table.getAttribute('part') ?? ''}${table.dataset.table ? `/${table.dataset.table}` : ''})`;
          const columns = columnsOf(table);
          const bodyCells = [...table.querySelectorAll<HTMLTableCellElement>('tbody > tr > *, tfoot > tr > *')];
          for (const cell of table.querySelectorAll<HTMLTableCellElement>('th, td')) {
            cells++;
            const s = seen(cell, box);
            if (s.kind === 'visible') continue;
            if (s.kind === 'hidden') {
              // Only a column header may be hidden, when the stacked layout repeats it before each cell of its column.
              const header = cell.closest('thead') !== null;
              const [from, to] = columns.get(cell)!;
              const text = shownText(cell);
              const missing = bodyCells.filter((c) => {
                const [a, b] = columns.get(c)!;
                if (b < from || a > to || c.getAttribute('scope') === 'row') return false;
                return !squash(shownLabel(c)).includes(text);
              });
              if (!header || missing.length > 0) {
                problems.push(`${where}: ${describeCell(cell)} is hidden${header ? ` and ${missing.length} cells of its column do not repeat it` : ''}`);
              }
              continue;
            }
            if (s.kind === 'clipped') {
              problems.push(`${where}: ${describeCell(cell)} is cut off by <${s.by.localName} class="${s.by.getAttribute('class') ?? ''}">`);
              continue;
            }
            if (wide) {
              problems.push(`${where}: ${describeCell(cell)} needs scrolling`);
              continue;
            }
            for (const p of scrollRegionProblems(s.region)) problems.push(`${where}: ${describeCell(cell)} scrolls in a box with ${p}`);
          }
        });
      }
      expect(cells, 'cells checked').to.be.greaterThan(500);
      expect([...new Set(problems)]).to.deep.equal([]);
    });

    it('no caption is cut: each wraps within its box and is on screen', () => {
      const problems: string[] = [];
      for (const { name, el } of hosts(page)) {
        const box = boxOf(el);
        for (const caption of el.shadowRoot!.querySelectorAll('caption')) {
          if (visuallyHidden(page.win, caption)) continue;
          const what = `${name}: caption "${squash(caption.textContent)}"`;
          if (caption.scrollWidth > caption.clientWidth) problems.push(`${what} overflows its box (${caption.scrollWidth} > ${caption.clientWidth})`);
          const s = seen(caption, box);
          if (s.kind !== 'visible') problems.push(`${what} is ${s.kind}`);
        }
      }
      expect(problems).to.deep.equal([]);
    });

    if (wide) {
      it('no region has anything to scroll', () => {
        const problems: string[] = [];
        for (const { name, el } of hosts(page)) {
          for (const region of el.shadowRoot!.querySelectorAll('[role=region]')) {
            if (region.scrollWidth > region.clientWidth + 1) problems.push(`${name}: "${region.getAttribute('aria-label')}" scrolls (${region.scrollWidth} > ${region.clientWidth})`);
          }
        }
        expect(problems).to.deep.equal([]);
      });
    }
  });
}

describe('a table still too wide for its box (a name of 200 letters, at 1,280 px): a region that scrolls and says so', () => {
  let el: HTMLElement;
  let box: HTMLElement;
  const name = 'W'.repeat(200);

  before(async () => {
    await setViewport({ width: 1280, height: 800 });
    const record = (await (await fetch('/examples/mechnet-varese-2010.public.json')).json()) as {
      events: { type: string; application?: { firm: { name: string } } }[];
    };
    record.events.find((e) => e.type === 'enrolment.applied')!.application!.firm.name = name;
    // Not a fixture: those are removed after each test.
    el = Object.assign(document.createElement('mechnet-savings'), { record });
    el.setAttribute('as-of', '2012-03-31');
    document.body.append(el);
    await until(() => el.shadowRoot!.querySelector('[data-table=by-firm]'), 'the table by firm');
    box = el.shadowRoot!.querySelector<HTMLElement>('[data-table=by-firm]')!.parentElement!;
    await until(() => box.getAttribute('data-overflow'), 'the overflow cue');
  });

  after(async () => {
    el.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('is a region the keyboard can focus, labelled as a scrolling table, with a shadow where more is', () => {
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    expect(scrollRegionProblems(box)).to.deep.equal([]);
    expect(box.getAttribute('aria-label')).to.equal(uiMessages.it.scrollTable(savingsMessages.it.byFirmCaption));
    expect(box.getAttribute('data-overflow')).to.equal('end');
  });

  it('the keyboard reaches it, and scrolling it moves the cue to the other side', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      expect(active === box, `the first stop is the table that scrolls, not <${active?.localName}>`).to.equal(true);
      await sendKeys({ press: 'End' });
      box.scrollLeft = box.scrollWidth;
      await until(() => box.getAttribute('data-overflow') === 'start', 'the cue at the start');
      expect(scrollRegionProblems(box)).to.deep.equal([]);
    } finally {
      before.remove();
      box.scrollLeft = 0;
    }
  });

  it('keeps its caption on screen, wrapped within the box', () => {
    const caption = box.querySelector('caption')!;
    expect(caption.scrollWidth).to.be.at.most(caption.clientWidth);
    expect(seen(caption, el.getBoundingClientRect()).kind).to.equal('visible');
  });

  it('the tables that fit are no stop for the keyboard and no landmark', () => {
    const regions = [...el.shadowRoot!.querySelectorAll('[role=region]')];
    expect(regions.length).to.equal(1);
    expect(regions[0] === box, 'the one region is the table that scrolls').to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('.scroll:not([tabindex])')].length).to.equal(2);
  });
});
