/**
 * Pictures of the five display elements at 320 and 1,280 CSS pixels,
 * compared with the approved ones in `__screenshots__/` (see
 * web-test-runner.config.mjs for the threshold and how to approve new
 * pictures). Deterministic: the sample public record on a fixed date, in
 * Italian, the page's font a generic sans-serif that every Debian Chromium
 * has (DejaVu Sans), fonts loaded, no motion.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../components/define/mechnet-collaborations.js';
import '../../components/define/mechnet-firm-progress.js';
import '../../components/define/mechnet-programme-overview.js';
import '../../components/define/mechnet-savings.js';
import '../../components/define/mechnet-verification-calendar.js';
import { until } from './support/until.js';

const FIRM = '02184730121';

/** Each picture: a name and the element as a webmaster writes it. */
const ELEMENTS: { name: string; tag: string; attributes?: Record<string, string> }[] = [
  { name: 'programme-overview', tag: 'mechnet-programme-overview' },
  { name: 'firm-progress', tag: 'mechnet-firm-progress', attributes: { firm: FIRM } },
  { name: 'savings', tag: 'mechnet-savings' },
  { name: 'collaborations', tag: 'mechnet-collaborations' },
  { name: 'verification-calendar', tag: 'mechnet-verification-calendar' },
  { name: 'verification-calendar-firm', tag: 'mechnet-verification-calendar', attributes: { firm: FIRM } },
];

let record: unknown;
let stage: HTMLElement;

before(async () => {
  record = await (await fetch('/examples/mechnet-varese-2010.public.json')).json();
  await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  // A plain page: no margin, 16 px sans-serif, dark text on white.
  document.documentElement.lang = 'it';
  Object.assign(document.body.style, { margin: '0', background: '#fff' });
  stage = document.createElement('main');
  Object.assign(stage.style, { font: '16px/1.5 sans-serif', color: '#1d1d1b', background: '#fff', padding: '0' });
  document.body.append(stage);
});

after(async () => {
  stage.remove();
  await emulateMedia({ reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
});

for (const width of [320, 1280]) {
  describe(`pictures at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));

    for (const { name, tag, attributes } of ELEMENTS) {
      it(`${name}: as approved`, async () => {
        const el = document.createElement(tag) as HTMLElement & { record: unknown; updateComplete: Promise<unknown> };
        el.setAttribute('as-of', '2012-03-31');
        for (const [k, v] of Object.entries(attributes ?? {})) el.setAttribute(k, v);
        el.record = structuredClone(record);
        stage.append(el);
        try {
          await until(() => el.shadowRoot?.querySelector('[part~=base]'), `<${tag}> rendered`);
          await el.updateComplete;
          await document.fonts.ready;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          await visualDiff(el, `${name}-${width}`);
        } finally {
          el.remove();
        }
      });
    }
  });
}
