/**
 * The display elements take the page's colours: on a light page, on a
 * page with light text on a dark background, and on a page that follows
 * the visitor's dark scheme (`prefers-color-scheme: dark`), axe finds no
 * colour contrast below WCAG AA inside any element; a link inside an
 * element takes `--mechnet-link-color`, by default the colour of the text
 * around it (never the browser's blue). Every colour of the elements' own
 * styles is a `--mechnet-*` custom property with a default.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { MechnetCollaborations } from '../../components/collaborations/collaborations.js';
import { MechnetFirmProgress } from '../../components/firm-progress/firm-progress.js';
import { MechnetProgrammeOverview } from '../../components/programme-overview/programme-overview.js';
import { MechnetSavings } from '../../components/savings/savings.js';
import { MechnetVerificationCalendar } from '../../components/verification-calendar/verification-calendar.js';
import { DISPLAY_TAGS, openPage, until, type HostPage } from './support/host-page.js';

const URL_ = '/tests/browser/pages/display-elements.html';

interface AxeResult {
  violations: { id: string; nodes: { target: unknown; any: { message: string }[] }[] }[];
  passes: { id: string; nodes: unknown[] }[];
}
type Axe = { run: (ctx: unknown, o: unknown) => Promise<AxeResult> };

/** axe's WCAG 2.1 A and AA rules, inside the elements only (the page's own text is the page's business). */
async function axeOnElements(page: HostPage): Promise<{ violations: string[]; contrastChecked: number }> {
  const axe = (page.win as unknown as { axe: Axe }).axe;
  const include = DISPLAY_TAGS.map((tag) => [tag]);
  const r = await axe.run({ include }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return {
    violations: r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.any.map((a) => a.message).join('; ')}`)),
    contrastChecked: r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
  };
}

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as red, green, blue in 0..1 and alpha. */
function rgba(colour: string): [number, number, number, number] {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/.exec(colour);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  // A grey in OKLCH (what a colour computed from another one may be written as): its linear light is L cubed.
  const grey = /^oklch\(([\d.]+) 0 0(?: \/ ([\d.]+))?\)$/.exec(colour);
  if (grey) {
    const linear = Number(grey[1]) ** 3;
    const v = linear <= 0.0031308 ? 12.92 * linear : 1.055 * linear ** (1 / 2.4) - 0.055;
    return [v, v, v, grey[2] === undefined ? 1 : Number(grey[2])];
  }
  const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(colour);
  if (!rgb) throw new Error(`not a colour: ${colour}`);
  return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, rgb[4] === undefined ? 1 : Number(rgb[4])];
}

/** WCAG contrast ratio of a colour (blended over the background) against the background. */
function contrast(colour: string, background: string): number {
  const bg = rgba(background);
  const [r, g, b, a] = rgba(colour);
  const over = [r, g, b].map((c, i) => c * a + bg[i]! * (1 - a));
  const lum = (c: number[]) => {
    const [x, y, z] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * x! + 0.7152 * y! + 0.0722 * z!;
  };
  const [l1, l2] = [lum(over), lum(bg.slice(0, 3))].sort((p, q) => q - p);
  return (l1! + 0.05) / (l2! + 0.05);
}

async function rendered(page: HostPage): Promise<void> {
  for (const el of DISPLAY_TAGS.flatMap((tag) => [...page.doc.querySelectorAll(tag)])) {
    await until(() => el.shadowRoot?.querySelector('[part~=base], [part~=error]'), `<${el.localName}> rendered`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  await page.doc.fonts.ready;
}

const THEMES = [
  { name: 'a light page (dark text on white)', className: '', scheme: 'light' as const, text: 'rgb(29, 29, 27)' },
  { name: 'a dark page (light text on a dark background)', className: 'dark', scheme: 'light' as const, text: 'rgb(232, 232, 232)' },
  { name: 'a page that follows the visitor’s dark scheme (prefers-color-scheme: dark)', className: 'auto', scheme: 'dark' as const, text: 'rgb(230, 230, 230)' },
];

for (const theme of THEMES) {
  describe(`colours on ${theme.name}`, function () {
    // axe over five elements takes seconds on a busy machine.
    this.timeout(30_000);
    let page: HostPage;

    before(async () => {
      await emulateMedia({ colorScheme: theme.scheme, reducedMotion: 'reduce' });
      page = await openPage(URL_, 1280);
      if (theme.className) page.doc.documentElement.classList.add(theme.className);
      await rendered(page);
    });

    after(async () => {
      page.frame.remove();
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    });

    it('the elements inherit the page’s text colour', () => {
      for (const tag of DISPLAY_TAGS) expect(page.win.getComputedStyle(page.doc.querySelector(tag)!).color, tag).to.equal(theme.text);
    });

    it('axe finds no colour contrast (nor any other WCAG 2.1 AA problem) inside any element', async () => {
      const { violations, contrastChecked } = await axeOnElements(page);
      expect(violations).to.deep.equal([]);
      expect(contrastChecked, 'texts whose contrast axe checked').to.be.greaterThan(500);
    });

    it('symbols, chip borders and bars (which axe does not judge) stand out at 3:1 or more against the page', () => {
      const background = page.win.getComputedStyle(page.doc.body).backgroundColor;
      const low: string[] = [];
      let checked = 0;
      for (const el of DISPLAY_TAGS.flatMap((tag) => [...page.doc.querySelectorAll(tag)])) {
        const root = el.shadowRoot!;
        const shapes: [Element, string][] = [
          ...[...root.querySelectorAll('.chip > [aria-hidden], .mark > [aria-hidden], .cell .yes')].map((e): [Element, string] => [e, 'color']),
          ...[...root.querySelectorAll('.chip')].map((e): [Element, string] => [e, 'border-top-color']),
          ...[...root.querySelectorAll('.bar .fill, .sbar.hard, .timeline .segment.current')].map((e): [Element, string] => [e, 'fill']),
          ...[...root.querySelectorAll('.sbar')].map((e): [Element, string] => [e, 'stroke']),
          ...[...root.querySelectorAll('h2')].map((e): [Element, string] => [e, 'border-bottom-color']),
        ];
        for (const [shape, property] of shapes) {
          const colour = page.win.getComputedStyle(shape).getPropertyValue(property);
          const ratio = contrast(colour, background);
          checked++;
          if (ratio < 3) low.push(`${el.localName} <${shape.localName} class="${shape.getAttribute('class') ?? ''}"> ${property} ${colour}: ${ratio.toFixed(2)}`);
        }
      }
      expect(checked).to.be.greaterThan(200);
      expect([...new Set(low)]).to.deep.equal([]);
    });

    it('a link inside an element has the colour of the text around it, underlined, not the browser’s blue', () => {
      const overview = page.doc.querySelector('mechnet-programme-overview')!;
      const links = [...overview.shadowRoot!.querySelectorAll('a')];
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) {
        const style = page.win.getComputedStyle(a);
        expect(style.color, a.href).to.equal(page.win.getComputedStyle(a.parentElement!).color);
        expect(style.textDecorationLine, a.href).to.equal('underline');
      }
    });

    it('a link takes --mechnet-link-color when the page sets it (on the element or an ancestor)', () => {
      const overview = page.doc.querySelector<HTMLElement>('mechnet-programme-overview')!;
      const a = overview.shadowRoot!.querySelector('a')!;
      const siteLink = page.win.getComputedStyle(page.doc.querySelector('main a')!).color;
      page.doc.body.style.setProperty('--mechnet-link-color', siteLink);
      try {
        expect(page.win.getComputedStyle(a).color).to.equal(siteLink);
        overview.style.setProperty('--mechnet-link-color', 'rgb(0, 85, 68)');
        expect(page.win.getComputedStyle(a).color).to.equal('rgb(0, 85, 68)');
      } finally {
        page.doc.body.style.removeProperty('--mechnet-link-color');
        overview.style.removeProperty('--mechnet-link-color');
      }
    });
  });
}

describe('every colour of the display elements is a --mechnet-* custom property', () => {
  /** The elements' CSS with every `var(--mechnet-…, default)` taken out, defaults included. */
  function withoutPublicProperties(cssText: string): string {
    let out = '';
    for (let i = 0; i < cssText.length; ) {
      if (cssText.startsWith('var(--mechnet-', i)) {
        let depth = 0;
        for (; i < cssText.length; i++) {
          if (cssText[i] === '(') depth++;
          else if (cssText[i] === ')' && --depth === 0) break;
        }
        i++;
        continue;
      }
      out += cssText[i++];
    }
    return out;
  }

  for (const ctor of [MechnetProgrammeOverview, MechnetFirmProgress, MechnetSavings, MechnetCollaborations, MechnetVerificationCalendar]) {
    it(`${ctor.name}: no colour written outside a --mechnet-* property (currentColor, the page’s own, aside)`, () => {
      const css = (ctor.styles as unknown[]).flat(Infinity).map((s) => (s as CSSResult).cssText).join('\n');
      expect(css.length, 'the styles read').to.be.greaterThan(1000);
      const rest = withoutPublicProperties(css);
      const colours = rest.match(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color-mix|color)\(|(?<![-\w])(?:white|black|red|green|blue|gray|grey|LinkText|Canvas|CanvasText)(?![-\w])/gi) ?? [];
      expect(colours).to.deep.equal([]);
    });
  }
});

for (const theme of THEMES) {
  describe(`the enrolment form's colours on ${theme.name}`, function () {
    this.timeout(30_000);
    let page: HostPage;

    before(async () => {
      await emulateMedia({ colorScheme: theme.scheme, reducedMotion: 'reduce' });
      page = await openPage('/tests/browser/pages/form-theme.html', 1280);
      if (theme.className) page.doc.documentElement.classList.add(theme.className);
      const form = page.doc.querySelector('mechnet-enrolment-form')!;
      await until(() => form.shadowRoot?.querySelector('form button[type=submit]'), 'the form rendered');
      // Send it empty: every field shows its error, the summary appears.
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await until(() => form.shadowRoot!.querySelector('[part~=summary]'), 'the summary');
      await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await page.doc.fonts.ready;
    });

    after(async () => {
      page.frame.remove();
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    });

    it('axe finds no colour contrast problem in the form, its errors and its summary', async () => {
      const axe = (page.win as unknown as { axe: Axe }).axe;
      const r = await axe.run({ include: [['mechnet-enrolment-form']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      const violations = r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.any.map((a) => a.message).join('; ')}`));
      expect(violations).to.deep.equal([]);
      expect(r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0, 'texts whose contrast axe checked').to.be.greaterThan(40);
    });

    it('the send button reads at 4.5:1 (its text on its fill) and its fill stands out at 3:1 against the page', () => {
      const button = page.doc.querySelector('mechnet-enrolment-form')!.shadowRoot!.querySelector('button[type=submit]')!;
      const fill = page.win.getComputedStyle(button).backgroundColor;
      const text = page.win.getComputedStyle(button.querySelector('.label')!).color;
      const background = page.win.getComputedStyle(page.doc.body).backgroundColor;
      expect(contrast(text, fill), `${text} on ${fill}`).to.be.at.least(4.5);
      expect(contrast(fill, background), `${fill} on the page`).to.be.at.least(3);
    });
  });
}
