/**
 * The demo as a newcomer meets it: `npm start`'s server (scripts/demo.mjs,
 * i.e. `mechnet serve` on SQLite) on a free port with its own data folder;
 * every page in Chromium under the demo's strict policy, with no console
 * error and no axe violation; a valid application sent through the form is
 * in the database, an invalid one is refused by the form and never stored.
 * Needs the build (dist/) and Chromium, as the browser tests do.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureBrowser } from '../../scripts/ensure-browser.mjs';
import { openStore } from '../../src/server/index.js';
import { tempDir } from './support/fixtures.js';

const root = new URL('../../', import.meta.url).pathname;
const PAGES = ['/', '/aderire.html', '/programma.html', '/area-riservata.html', '/agroalimentare.html', '/accessibilita.html'];

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Opens a page and records what a visitor's console would show. */
async function visit(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  // every mechnet element has rendered something (its content or its error)
  await page.waitForFunction(
    () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('mechnet-')).every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0 && !e.shadowRoot.querySelector('[part=status][role=status]')),
    { timeout: 15000 },
  );
  return { page, problems };
}

/** axe (WCAG 2.1 A and AA) on the page, shadow roots included. */
async function axe(page: Page): Promise<string[]> {
  const source = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('the demo site (npm start)', () => {
  let server: ChildProcess;
  let browser: Browser;
  let base: string;
  const data = tempDir();
  let log = '';

  before(async () => {
    // npm start builds the API reference before serving it; so does this test when it is missing.
    if (!existsSync(join(root, 'docs/api/index.html'))) {
      const docs = spawnSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc')], { cwd: root, encoding: 'utf8' });
      assert.equal(docs.status, 0, docs.stdout + docs.stderr);
      assert.equal(spawnSync(process.execPath, [join(root, 'scripts/docs-csp.mjs')], { cwd: root }).status, 0);
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(root, 'scripts/demo.mjs')], {
      env: { ...process.env, PORT: String(port), MECHNET_DEMO_DATA: data },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    for (let i = 0; i < 200 && !/ (su|on) http:\/\//.test(log); i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(log, / (su|on) http:\/\//, `the server did not start:\n${log}`);
    browser = await puppeteer.launch({ executablePath: await ensureBrowser(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });

  after(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('says on the console where it is, how to stop it and where the data goes', () => {
    assert.match(log, /Ctrl\+C/);
    assert.ok(log.includes(join(data, 'mechnet.sqlite')), log);
  });

  for (const path of PAGES) {
    it(`${path}: every element renders, no console error, no axe violation, no sideways scroll at 320 px`, async () => {
      const { page, problems } = await visit(browser, base + path);
      try {
        const errors = await page.evaluate(() =>
          [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('mechnet-') && e.shadowRoot?.querySelector('[part=error]')).map((e) => e.localName),
        );
        assert.deepEqual(errors, [], 'no element shows an error');
        assert.deepEqual(await axe(page), []);
        await page.setViewport({ width: 320, height: 640 });
        await new Promise((r) => setTimeout(r, 100));
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scroll at 320 px');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

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
    assert.equal(log.match(/POST \/api\/enrolments \d+/g)?.join(), 'POST /api/enrolments 201', 'one request: the valid application');

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
