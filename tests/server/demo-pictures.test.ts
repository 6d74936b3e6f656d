/**
 * Pictures of the demo's pages: every page of the demo (and the guides' index,
 * for the guides' template) at 320 and at 1,280 px wide, the whole page, taken
 * in Chromium and compared with the baselines committed in
 * tests/server/__screenshots__/ (`<page>-<width>.png`). Pictures are kept
 * and compared in shades of grey (a third of the weight of colour pictures
 * in the repository): they guard the layout, the text and the contrasts,
 * not the hue.
 *
 * A picture fails when its size differs from the baseline's (a page grew or
 * shrank: a block moved, a column was clipped) or when more than
 * MAX_DIFFERENT of its pixels differ beyond anti-aliasing (pixelmatch with
 * threshold 0.1 and anti-aliased pixels ignored). The failing picture and the
 * difference, in red, are written to .tmp/demo-pictures/ (`<page>-<width>.actual.png`
 * and `.diff.png`) to look at.
 *
 * The pages are the same every day: the records have fixed dates (`as-of`),
 * the enrolment form's demo edition is computed from a fixed day
 * (MECHNET_DEMO_TODAY for scripts/demo.mjs) and the page's clock shows that
 * day (Date is replaced before any page script runs, through the DevTools
 * protocol, which the page's Content Security Policy does not govern); the
 * time zone is Europe/Rome, animations are reduced, and each picture waits
 * for the fonts and for every element to render.
 *
 * After a change of the look (the demo's pages, or the elements themselves),
 * look at the pictures in .tmp/demo-pictures/, and if they are right, write
 * them as the new baselines and commit them:
 *
 *   MECHNET_UPDATE_PICTURES=1 npm run test:server -- tests/server/demo-pictures.test.ts
 *
 * Baselines depend on the fonts and the Chromium of the machine: they are made
 * on the machines that run CI (Debian's chromium and fonts).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser } from 'puppeteer-core';
import { elementsRendered, launchBrowser, PAGES, root, startDemo, type Demo } from './support/demo.js';

const BASELINES = join(root, 'tests/server/__screenshots__');
const OUT = join(root, '.tmp/demo-pictures');
const UPDATE = process.env.MECHNET_UPDATE_PICTURES === '1';
/** The day the pages are shown on (the enrolment form's demo edition is open on it). */
const TODAY = '2026-03-02';
/** At most this share of a picture's pixels may differ beyond anti-aliasing (1 in 10,000). */
const MAX_DIFFERENT = 0.0001;
const WIDTHS = [320, 1280];
const PICTURES = [...PAGES, '/guides/index.html'];

/** `/` -> home, `/aderire.html` -> aderire, `/guides/index.html` -> guides-index. */
const nameOf = (path: string) => (path === '/' ? 'home' : path.slice(1).replace(/\.html$/, '').replaceAll('/', '-'));

/** The picture in shades of grey (luma), in place. */
function grey(png: PNG): PNG {
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    const y = Math.round(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!);
    d[i] = d[i + 1] = d[i + 2] = y;
    d[i + 3] = 255;
  }
  return png;
}

/** Both pictures on a canvas of the larger size (what one lacks is transparent). */
function onCanvas(png: PNG, width: number, height: number): Buffer {
  if (png.width === width && png.height === height) return png.data;
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
  return out.data;
}

describe('pictures of the demo pages, against the baselines', () => {
  let demo: Demo;
  let browser: Browser;

  before(async () => {
    demo = await startDemo({ MECHNET_DEMO_TODAY: TODAY });
    browser = await launchBrowser(['--font-render-hinting=none', '--hide-scrollbars']);
    mkdirSync(OUT, { recursive: true });
    if (UPDATE) mkdirSync(BASELINES, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    demo?.stop();
  });

  for (const path of PICTURES) {
    for (const width of WIDTHS) {
      const name = `${nameOf(path)}-${width}`;
      it(`${path} at ${width} px looks as in __screenshots__/${name}.png`, async () => {
        const context = await browser.createBrowserContext();
        let shot: Buffer;
        try {
          const page = await context.newPage();
          await page.emulateTimezone('Europe/Rome');
          await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
          await page.evaluateOnNewDocument((now: number) => {
            const RealDate = Date;
            class FixedDate extends RealDate {
              constructor(...args: unknown[]) {
                if (args.length === 0) super(now);
                else super(...(args as [string]));
              }
              static override now() {
                return now;
              }
            }
            // Date() called as a function gives the string of now, as it does natively
            globalThis.Date = new Proxy(FixedDate, { apply: () => new RealDate(now).toString() }) as DateConstructor;
          }, Date.parse(`${TODAY}T10:00:00+01:00`));
          await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
          await page.goto(demo.base + path, { waitUntil: 'networkidle0' });
          await elementsRendered(page);
          await page.evaluate(async () => {
            await document.fonts.ready;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          });
          shot = Buffer.from(await page.screenshot({ fullPage: true, type: 'png' }));
        } finally {
          await context.close();
        }
        const actual = grey(PNG.sync.read(shot));
        const baseline = join(BASELINES, `${name}.png`);
        if (UPDATE) {
          writeFileSync(baseline, PNG.sync.write(actual, { colorType: 0, deflateLevel: 9 }));
          return;
        }
        writeFileSync(join(OUT, `${name}.actual.png`), shot);
        assert.ok(existsSync(baseline), `no baseline ${name}.png: look at .tmp/demo-pictures/${name}.actual.png, then write the baselines with MECHNET_UPDATE_PICTURES=1`);
        const expected = PNG.sync.read(readFileSync(baseline));
        const w = Math.max(actual.width, expected.width);
        const h = Math.max(actual.height, expected.height);
        const diff = new PNG({ width: w, height: h });
        const different = pixelmatch(onCanvas(expected, w, h), onCanvas(actual, w, h), diff.data, w, h, { threshold: 0.1, includeAA: false });
        const sameSize = actual.width === expected.width && actual.height === expected.height;
        if (sameSize && different <= MAX_DIFFERENT * w * h) return;
        writeFileSync(join(OUT, `${name}.diff.png`), PNG.sync.write(diff));
        assert.fail(
          `${path} at ${width} px differs from its baseline: ${sameSize ? '' : `size ${actual.width}×${actual.height} instead of ${expected.width}×${expected.height}, `}` +
            `${different} pixels differ (at most ${Math.floor(MAX_DIFFERENT * w * h)}). See .tmp/demo-pictures/${name}.actual.png and .diff.png; ` +
            'if the new look is right, write the baselines with MECHNET_UPDATE_PICTURES=1.',
        );
      });
    }
  }
});
