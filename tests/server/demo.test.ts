/**
 * The demo as a newcomer meets it: `npm start`'s server (scripts/demo.mjs,
 * i.e. `mechnet serve` on SQLite) on a free port with its own data folder;
 * every page and every guide in Chromium under the demo's strict policy,
 * with no console error, no axe violation at 1,024 and at 320 px and no
 * sideways scroll at 320 px; each programme under its own Chamber's header
 * and footer; Italian pages in Italian; every link leads to a page or a data
 * file, never to raw Markdown; no large empty gaps above the enrolment form;
 * a valid application sent through the form is in the database, an invalid
 * one is refused by the form and never stored.
 * Needs the build (dist/) and Chromium, as the browser tests do; builds the
 * guides (and the API reference when it is missing) as `npm start` does.
 * The pictures of the pages: demo-pictures.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { openStore } from '../../src/server/index.js';
import { axe, GUIDES, launchBrowser, PAGES, startDemo, visit, type Demo } from './support/demo.js';

describe('the demo site (npm start)', () => {
  let demo: Demo;
  let browser: Browser;
  let base: string;
  let data: string;
  const log = () => demo.log();

  before(async () => {
    demo = await startDemo();
    ({ base, data } = demo);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    demo?.stop();
  });

  it('says on the console where it is, how to stop it and where the data goes', () => {
    assert.match(log(), /Ctrl\+C/);
    assert.ok(log().includes(join(data, 'mechnet.sqlite')), log());
  });

  for (const path of [...PAGES, ...GUIDES]) {
    it(`${path}: every element renders, no console error, no axe violation at 1,024 and at 320 px, no sideways scroll at 320 px`, async () => {
      const { page, problems } = await visit(browser, base + path);
      try {
        const errors = await page.evaluate(() =>
          [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('mechnet-') && e.shadowRoot?.querySelector('[part=error]')).map((e) => e.localName),
        );
        assert.deepEqual(errors, [], 'no element shows an error');
        assert.deepEqual(await axe(page), [], 'axe at 1,024 px');
        await page.setViewport({ width: 320, height: 640 });
        await new Promise((r) => setTimeout(r, 100));
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scroll at 320 px');
        // at 320 px code and tables scroll inside themselves: each such region must be reachable with the keyboard
        assert.deepEqual(await axe(page), [], 'axe at 320 px');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

  it("each programme's page is under its own Chamber's header and footer", async () => {
    const chamber: Record<string, { is: string; not: string }> = {
      '/': { is: 'Varese', not: 'Cuneo' },
      '/aderire.html': { is: 'Varese', not: 'Cuneo' },
      '/programma.html': { is: 'Varese', not: 'Cuneo' },
      '/area-riservata.html': { is: 'Varese', not: 'Cuneo' },
      '/ufficio.html': { is: 'Varese', not: 'Cuneo' },
      '/accessibilita.html': { is: 'Varese', not: 'Cuneo' },
      '/informativa.html': { is: 'Varese', not: 'Cuneo' },
      '/agroalimentare.html': { is: 'Cuneo', not: 'Varese' },
    };
    assert.deepEqual(Object.keys(chamber).sort(), [...PAGES].sort(), 'every page is listed');
    const wrong: string[] = [];
    for (const path of PAGES) {
      const html = await (await fetch(base + path)).text();
      const part = (re: RegExp) => (re.exec(html)?.[1] ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
      const parts = {
        title: part(/<title>([\s\S]*?)<\/title>/),
        'top bar': part(/<div class="slim">([\s\S]*?)<\/div>/),
        header: part(/<header class="site-header">([\s\S]*?)<\/header>/),
        footer: part(/<footer>([\s\S]*?)<\/footer>/),
      };
      const { is, not } = chamber[path]!;
      for (const name of ['title', 'top bar', 'footer'] as const) {
        if (!parts[name].includes(`Camera di Commercio di ${is}`)) wrong.push(`${path}: the ${name} does not name the Camera di Commercio di ${is}: "${parts[name].trim()}"`);
      }
      for (const [name, text] of Object.entries(parts)) if (text.includes(not)) wrong.push(`${path}: the ${name} names ${not}: "${text.trim()}"`);
    }
    assert.deepEqual(wrong, []);
  });

  it("the pages describe each programme's territory as its definition does: the provinces it admits, nothing vaguer", async () => {
    const { formatProvinces, mechnetDefinition, agrifoodCuneoDefinition } = await import('../../src/index.js');
    const varese = formatProvinces(mechnetDefinition.eligibility.territory.provinces);
    const cuneo = formatProvinces(agrifoodCuneoDefinition.eligibility.territory.provinces);
    const text = async (path: string) => (await (await fetch(base + path)).text()).replace(/\s+/g, ' ');
    const aderire = await text('/aderire.html');
    assert.ok(aderire.includes(varese), `/aderire.html names ${varese}`);
    for (const path of PAGES) assert.doesNotMatch(await text(path), /e dintorni|and surroundings/, path);
    assert.ok((await text('/agroalimentare.html')).includes(cuneo) || !(await text('/agroalimentare.html')).includes('provinc'), `/agroalimentare.html names ${cuneo} when it names provinces`);
  });

  it('Italian pages are in Italian: another language only inside an element that shows it', async () => {
    const found: string[] = [];
    for (const path of PAGES) {
      const page = await browser.newPage();
      try {
        await page.goto(base + path, { waitUntil: 'domcontentloaded' });
        const { lang, others, english } = await page.evaluate(() => {
          const others = [...document.body.querySelectorAll('[lang]')]
            .filter((e) => e.getAttribute('lang') !== 'it' && !e.localName.startsWith('mechnet-'))
            .map((e) => `<${e.localName} lang="${e.getAttribute('lang')}">`);
          // words of English prose in the page's own text (not code, not inside the elements)
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const english: string[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.parentElement?.closest('code, pre, kbd, script, [lang]:not([lang=it])')) continue;
            const words = n.textContent!.match(/\b(the|and|your|with|this|see|of|for|reference|embedding)\b/gi);
            if (words) english.push(`${words.join(' ')} in "${n.textContent!.trim().slice(0, 60)}"`);
          }
          return { lang: document.documentElement.lang, others, english };
        });
        assert.equal(lang, 'it', path);
        found.push(...others.map((o) => `${path}: ${o}`), ...english.map((e) => `${path}: ${e}`));
      } finally {
        await page.close();
      }
    }
    assert.deepEqual(found, []);
  });

  it('every link of every page and guide opens a page or a data file, never raw Markdown, and its #anchor exists', async () => {
    const pages = new Map<string, string>(); // url without fragment -> the HTML served
    const broken: string[] = [];
    const get = async (url: string) => {
      if (pages.has(url)) return pages.get(url)!;
      const r = await fetch(url);
      const type = r.headers.get('content-type') ?? '';
      const body = await r.text();
      if (r.status !== 200) broken.push(`${url}: ${r.status}`);
      else if (/\.json$/.test(new URL(url).pathname) ? !/json/.test(type) : !/^text\/html/.test(type)) broken.push(`${url}: served as ${type}`);
      pages.set(url, body);
      return body;
    };
    const links: [string, string][] = [];
    for (const path of [...PAGES, ...GUIDES]) {
      const html = await get(base + path);
      for (const m of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) links.push([base + path, m[1]!.replaceAll('&amp;', '&')]);
    }
    assert.ok(links.length > 100, `found ${links.length} links`);
    for (const [from, href] of links) {
      const url = new URL(href, from);
      if (url.origin !== base) continue;
      const html = await get(url.origin + url.pathname);
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !html.includes(`id="${id}"`)) broken.push(`${href} (from ${from.slice(base.length)}): no #${id}`);
    }
    assert.deepEqual([...new Set(broken)], []);
  });

  it('no large empty gaps above the enrolment form: consecutive blocks of the page and of the form\'s intro at most 2 em apart', async () => {
    const { page, problems } = await visit(browser, `${base}/aderire.html`);
    try {
      for (const width of [1280, 320]) {
        await page.setViewport({ width, height: 800 });
        await new Promise((r) => setTimeout(r, 100));
        const gaps = await page.evaluate(() => {
          const form = document.querySelector('mechnet-enrolment-form')!;
          const inside = [...form.shadowRoot!.querySelector('form')!.children];
          const blocks = [
            ...[...document.querySelector('main')!.children].filter((e) => e !== form && e.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING),
            ...inside.slice(0, inside.findIndex((e) => e.localName === 'fieldset') + 1),
          ].filter((e) => e.getBoundingClientRect().height > 0);
          return blocks.slice(1).map((e, i) => {
            const gap = e.getBoundingClientRect().top - blocks[i]!.getBoundingClientRect().bottom;
            const em = parseFloat(getComputedStyle(e).fontSize);
            return { between: `${blocks[i]!.localName}.${blocks[i]!.className} / ${e.localName}.${e.className}`, px: Math.round(gap), em: Math.round((gap / em) * 10) / 10 };
          });
        });
        assert.ok(gaps.length >= 4, JSON.stringify(gaps));
        assert.deepEqual(gaps.filter((g) => g.em > 2), [], `at ${width} px`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('the API reference is served at /reference/ and reads under the same policy', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/reference/functions/index.parseRecord.html`, { waitUntil: 'networkidle0' });
    // typedoc's own script (search, theme) is refused by Trusted Types; the page is plain HTML and reads as such
    const shown = await page.evaluate(() => ({ text: document.body.innerText, hidden: getComputedStyle(document.body).display === 'none' }));
    await page.close();
    assert.equal(shown.hidden, false);
    assert.match(shown.text, /parseRecord/);
    assert.match(shown.text, /Example/);
  });

  it("the demo edition's form links this edition's privacy notice, dated this year", async () => {
    const { page, problems } = await visit(browser, `${base}/aderire.html`);
    try {
      const link = await page.waitForFunction(() => {
        const a = document.querySelector('mechnet-enrolment-form')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[href$="/informativa.html"]');
        return a ? { href: a.getAttribute('href'), text: a.closest('fieldset, section, div')?.textContent ?? '' } : undefined;
      });
      const found = (await link.jsonValue()) as { href: string; text: string };
      assert.equal(new URL(found.href).pathname, '/informativa.html');
      assert.match(found.text, new RegExp(String(new Date().getFullYear() - 1) + '|' + String(new Date().getFullYear())));
      assert.doesNotMatch(found.text, /2010-01/);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('the form sends a valid application into the database and keeps an invalid one back', async () => {
    const { page, problems } = await visit(browser, `${base}/aderire.html`);
    const fill = (fields: [string, string][]) =>
      page.evaluate((pairs) => {
        const form = document.querySelector('mechnet-enrolment-form')!.shadowRoot!;
        for (const [name, value] of pairs) {
          const el = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        }
      }, fields);
    const submit = () => page.evaluate(() => document.querySelector('mechnet-enrolment-form')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    const firm: [string, string][] = [
      ['firm.name', 'Officina Meccanica Bossi S.r.l.'],
      ['firm.legalForm', 'srl'],
      ['firm.partitaIva', '02184730121'],
      ['firm.codiceFiscale', '02184730121'],
      ['firm.ateco', '25.62.00'],
      ['firm.pec', 'officinabossi@pec.example.it'],
      ['firm.address.street', "Via dell'Artigianato 14"],
      ['firm.address.postalCode', '21013'],
      ['firm.address.municipality', 'Gallarate'],
      ['firm.address.province', 'VA'],
      ['firm.staff', '12'],
      ['firm.turnoverCents', '981.300,00'],
      ['firm.balanceSheetCents', '842000'],
      ['contact.name', 'Mario Bossi'],
      ['contact.role', 'Amministratore unico'],
      ['contact.email', 'mario.bossi@officinabossi.example'],
      ['contact.phone', '0331 781245'],
    ];
    // invalid first: a partita IVA of 3 digits; the form says so on the field and sends nothing
    await fill([...firm.filter(([n]) => n !== 'firm.partitaIva'), ['firm.partitaIva', '123']]);
    await submit();
    await page.waitForFunction(() => document.querySelector('mechnet-enrolment-form')!.shadowRoot!.querySelector('[name="firm.partitaIva"][aria-invalid=true]'));
    const said = await page.evaluate(() => document.querySelector('mechnet-enrolment-form')!.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(said, /partita IVA/i);
    // then valid: sent, answered with a reference
    await fill([['firm.partitaIva', '02184730121']]);
    await submit();
    await page.waitForFunction(() => /MECHNET-DEMO/i.test(document.querySelector('mechnet-enrolment-form')!.shadowRoot!.textContent ?? ''), { timeout: 15000 });
    await page.close();
    assert.deepEqual(problems, []);
    assert.equal(log().match(/POST \/api\/enrolments \d+/g)?.join(), 'POST /api/enrolments 201', 'one request: the valid application');

    const programme = JSON.parse(readFileSync(join(data, 'demo-programme.json'), 'utf8')) as { id: string };
    const store = await openStore(`sqlite:${join(data, 'mechnet.sqlite')}`);
    try {
      const events = (await store.events(programme.id)).map((e) => e.event as { type: string; firm?: string });
      assert.deepEqual(
        events.filter((e) => e.type === 'enrolment.applied').map((e) => e.firm),
        ['02184730121'],
        'the valid application is stored, once; the invalid one is not',
      );
    } finally {
      await store.close();
    }
  });
});
