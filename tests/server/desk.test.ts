/**
 * <mechnet-officer-desk> in Chromium, as a Chamber runs it: the built CDN
 * folder in a page under a strict policy, served by `mechnet serve` with its
 * own accounts on SQLite. An officer signs in with the keyboard, confirms a
 * claim by another proof, accepts one application and rejects another with
 * a reason (the events in the database under the officer's name); a manager
 * pastes a quarter's measurements and records the firm's year from the step
 * forms; an officer records a collaboration's figures for the quarter from
 * them (a rule's refusal at its field, euros typed in Italian sent in
 * cents); the report downloads as xlsx and exceljs finds the report's
 * figures in it. axe at 1,280 and 320 px, no sideways
 * scroll, no console error, Italian and English.
 * Needs the build (dist/) and Chromium, as the browser tests do.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'puppeteer-core';
import { mechnetDefinition } from '../../src/index.js';
import type { ProgrammeDefinition } from '../../src/programme/schema.js';
import { hashPassword, openStore, type Store } from '../../src/server/index.js';
import { axe, launchBrowser } from './support/demo.js';
import { application, openProgramme, startServer, tempDir } from './support/fixtures.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";
const PASSWORD = 'una frase lunga e segreta';
const root = new URL('../..', import.meta.url).pathname;

/** The desk's shadow root, from the page. */
const inDesk = <T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> =>
  page.evaluate((source) => {
    const root = document.querySelector('mechnet-officer-desk')!.shadowRoot!;
    return new Function('root', `return (${source})(root)`)(root) as T;
  }, fn.toString()) as Promise<T>;

/** Waits until the desk's text holds `text`. */
async function until(page: Page, text: string | RegExp): Promise<void> {
  const shown = () => page.evaluate(() => document.querySelector('mechnet-officer-desk')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
  await page.waitForFunction(
    (t, flags) => new RegExp(t, flags).test(document.querySelector('mechnet-officer-desk')?.shadowRoot?.textContent ?? ''),
    { timeout: 15_000 },
    typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source,
    typeof text === 'string' ? '' : text.flags,
  ).catch(async (e: unknown) => {
    throw new Error(`the desk never said ${String(text)}; it says: ${await shown()}`, { cause: e });
  });
}

/** Waits until the desk shows a control of that name (a form drawn after a choice renders on the next frame). */
async function shows(page: Page, name: string): Promise<void> {
  await page
    .waitForFunction((n) => Boolean(document.querySelector('mechnet-officer-desk')?.shadowRoot?.querySelector(`[name="${n}"]`)), { timeout: 15_000 }, name)
    .catch((e: unknown) => {
      throw new Error(`the desk never showed the control ${name}`, { cause: e });
    });
}

/** Focuses a control of the desk by its name, then types into it with the keyboard. */
async function type(page: Page, name: string, text: string): Promise<void> {
  await shows(page, name);
  await page.evaluate((n) => document.querySelector('mechnet-officer-desk')!.shadowRoot!.querySelector<HTMLElement>(`[name="${n}"]`)!.focus(), name);
  await page.keyboard.type(text);
}

/** Pastes a text into a control of the desk, as a paste from a spreadsheet does (tabs and all). */
async function paste(page: Page, name: string, text: string): Promise<void> {
  await shows(page, name);
  await page.evaluate(
    (n, t) => {
      const el = document.querySelector('mechnet-officer-desk')!.shadowRoot!.querySelector<HTMLTextAreaElement>(`[name="${n}"]`)!;
      el.focus();
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    name,
    text,
  );
}

/** Chooses an option of a select of the desk. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  await shows(page, name);
  // The choices may come with the next answer of the server.
  await page
    .waitForFunction(
      (n, v) => [...(document.querySelector('mechnet-officer-desk')!.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${n}"]`)?.options ?? [])].some((o) => o.value === v),
      { timeout: 15_000 },
      name,
      value,
    )
    .catch((e: unknown) => {
      throw new Error(`the desk never offered ${value} in ${name}`, { cause: e });
    });
  await page.evaluate(
    (n, v) => {
      const el = document.querySelector('mechnet-officer-desk')!.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${n}"]`)!;
      el.value = v;
      el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    },
    name,
    value,
  );
}

/** Presses a button of the desk by its words. */
async function press(page: Page, words: string): Promise<void> {
  await page.evaluate((w) => {
    const button = [...document.querySelector('mechnet-officer-desk')!.shadowRoot!.querySelectorAll<HTMLElement>('button, input[type=radio]')].find(
      (b) => b.textContent?.trim() === w || (b as HTMLInputElement).value === w,
    );
    if (!button) throw new Error(`no button ${w}`);
    button.focus();
    button.click();
  }, words);
}

describe('<mechnet-officer-desk> in Chromium, served by mechnet serve', () => {
  let browser: Browser;
  let store: Store;
  let dir: string;
  let storeUrl: string;
  let open: { url: string; child: { kill: () => void } };
  let sample: { url: string; child: { kill: () => void } };
  const problems: string[] = [];
  const id = 'desk-edition';

  before(async () => {
    dir = tempDir();
    storeUrl = `sqlite:${join(dir, 'mechnet.sqlite')}`;
    store = await openStore(storeUrl);
    await store.migrate();
    const hash = await hashPassword(PASSWORD);
    const account = (email: string, name: string, role: 'officer' | 'manager' | 'auditor', firms: string[] = []) =>
      store.putAccount({ email, name, role, firms, passwordHash: hash, disabledAt: null, failures: 0, lockedUntil: null });
    await account('giulia@camera.example', 'Giulia Verdi', 'officer');
    await account('rossi@camera.example', 'Giorgio Rossi', 'manager', ['02184730121']);
    // The sample record, for the manager and the report.
    const { readFileSync } = await import('node:fs');
    const events = (JSON.parse(readFileSync(join(root, 'examples/mechnet-varese-2010.json'), 'utf8')) as { events: Record<string, unknown>[] }).events;
    await store.putProgramme('mechnet-varese-2010', structuredClone(mechnetDefinition) as ProgrammeDefinition);
    assert.ok((await store.append('mechnet-varese-2010', events, { expectedVersion: 0 })).ok);
    // A programme open today that asks for confirmation, with two applications.
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(
      join(site, 'desk.html'),
      '<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Scrivania</title>' +
        '<script type="module" src="/cdn/mechnet.js"></script></head><body><main><h1>Scrivania</h1><mechnet-officer-desk></mechnet-officer-desk></main></body></html>',
    );
    writeFileSync(join(site, 'favicon.ico'), '');
    const definition = join(dir, `${id}.json`);
    writeFileSync(definition, JSON.stringify({ ...openProgramme(id), enrolment: { confirmation: 'pec' } }));
    const statics = ['--static', site, '--static', `/cdn=${join(root, 'dist/cdn')}`, '--csp', CSP, '--post-rate', '0', '--get-rate', '0'];
    open = await startServer(storeUrl, definition, statics);
    sample = await startServer(storeUrl, 'mechnet-varese-2010', statics);
    for (const n of [1, 2]) {
      const app = application(id, n);
      app.firm.pec = `officina${n}@pec.example.it`;
      const r = await fetch(`${open.url}/api/enrolments`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': app.idempotencyKey }, body: JSON.stringify(app) });
      assert.equal(r.status, 201);
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    open?.child.kill();
    sample?.child.kill();
    await store?.close();
  });

  async function visit(base: string, lang = 'it', width = 1280): Promise<Page> {
    // Each visit in a context of its own: no cookie of another visit (the two servers share the accounts' store).
    const page = await (await browser.createBrowserContext()).newPage();
    await page.setViewport({ width, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
    await page.goto(`${base}/desk.html`);
    if (lang === 'en') await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await until(page, lang === 'en' ? 'Sign in to the reserved area' : "Accesso all'area riservata");
    return page;
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await type(page, 'signin.email', email);
    await type(page, 'signin.password', PASSWORD);
    await page.keyboard.press('Enter');
  }

  it('an officer signs in with the keyboard, confirms a claim by another proof, accepts one application and rejects the other with a reason', async () => {
    const page = await visit(open.url);
    assert.deepEqual(await axe(page), [], 'axe on the sign-in form');
    // An empty send: both fields said at their place and in a summary that takes the focus.
    await page.keyboard.press('Tab');
    await press(page, 'Accedi');
    await until(page, '2 problemi da correggere');
    assert.equal(await inDesk(page, (r) => r.activeElement?.className), 'summary');
    await signIn(page, 'giulia@camera.example');
    await until(page, 'Giulia Verdi, ufficio del programma');
    await until(page, 'non ancora confermata');
    // Both claims wait for their PEC link: the officer confirms them by another proof.
    for (const app of ['app-0001', 'app-0002']) {
      await choose(page, 'claim.application', app);
      await type(page, 'claim.how', 'Telefonata al legale rappresentante');
      await press(page, 'Conferma la domanda');
      await until(page, 'Registrato.');
    }
    await until(page, 'Decidere una domanda');
    assert.deepEqual(await axe(page), [], 'axe on the queue');
    // A rejection without a reason is refused at the reason's field.
    await choose(page, 'decision.application', (await store.events(id)).map((e) => e.event).find((e) => e.type === 'enrolment.applied')!.firm as string);
    await press(page, 'reject');
    await press(page, 'Registra la decisione');
    await until(page, 'Un problema da correggere');
    assert.equal(await inDesk(page, (r) => r.querySelector('[name="decision.reason"]')!.getAttribute('aria-invalid')), 'true');
    await type(page, 'decision.reason', 'La sede operativa è fuori provincia');
    await press(page, 'Registra la decisione');
    await until(page, 'Registrato.');
    const pending = (await store.events(id)).map((e) => e.event).filter((e) => e.type === 'enrolment.applied').map((e) => e.firm as string);
    await choose(page, 'decision.application', pending[1]!);
    await press(page, 'accept');
    await press(page, 'Registra la decisione');
    await until(page, 'Registrato.');
    for (let i = 0; i < 50 && !(await store.events(id)).some((e) => e.event.type === 'enrolment.accepted'); i++) await new Promise((r) => setTimeout(r, 100));
    const decided = (await store.events(id)).map((e) => e.event).filter((e) => ['enrolment.confirmed', 'enrolment.accepted', 'enrolment.rejected'].includes(String(e.type)));
    assert.deepEqual(
      decided.map((e) => [e.type, e.firm, e.author]),
      [
        ['enrolment.confirmed', pending[0], 'Giulia Verdi'],
        ['enrolment.confirmed', pending[1], 'Giulia Verdi'],
        ['enrolment.rejected', pending[0], 'Giulia Verdi'],
        ['enrolment.accepted', pending[1], 'Giulia Verdi'],
      ],
    );
    assert.equal((decided[2]!.reasons as { message: { it: string } }[])[0]!.message.it, 'La sede operativa è fuori provincia');
    // 320 px: no sideways scroll, axe clean.
    await page.setViewport({ width: 320, height: 800 });
    await new Promise((r) => setTimeout(r, 100));
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scroll at 320 px');
    assert.deepEqual(await axe(page), [], 'axe at 320 px');
    await page.close();
    // Chromium logs every 4xx answer as a console error: the refusals the desk shows at their fields (401, 403, 422) are expected.
    assert.deepEqual(problems.filter((p) => !/status of (401|403|422) \(/.test(p)), []);
  });

  it('a manager pastes a quarter of measurements in English; the report downloads as xlsx with the report\'s figures', async () => {
    const page = await visit(sample.url, 'en');
    await signIn(page, 'rossi@camera.example');
    await until(page, 'Giorgio Rossi, temporary manager');
    await press(page, 'Measurements');
    await paste(page, 'measurements.table', 'firm\tindicator\tdate\tvalue\tnumerator\tdenominator\n02184730121\tscrap-rate\t2012-03-31\t\t900\t47000\n');
    await press(page, 'Record the measurements');
    await until(page, 'Recorded.');
    const last = (await store.events('mechnet-varese-2010')).at(-1)!.event;
    assert.deepEqual([last.type, last.indicator, last.numerator, last.author], ['measurement.recorded', 'scrap-rate', 900, 'Giorgio Rossi']);
    assert.deepEqual(await axe(page), [], 'axe on the measurements');
    // The firm's file, and the next verification held, recorded from it.
    await press(page, "A firm's file");
    await choose(page, 'firm.piva', '02184730121');
    await until(page, 'Verification held');
    const scheduled = await inDesk(page, (r) => r.querySelector<HTMLSelectElement>('select[name="verification.scheduled"]')!.options[1]!.value);
    await paste(page, 'verification.held', '2012-04-02');
    await paste(page, 'verification.notes', 'Misure del primo trimestre riviste con il titolare');
    await choose(page, 'verification.scheduled', scheduled);
    await press(page, 'Record the verification');
    await until(page, 'Recorded.');
    for (let i = 0; i < 50 && (await store.events('mechnet-varese-2010')).at(-1)!.event.type !== 'verification.held'; i++) await new Promise((r) => setTimeout(r, 100));
    const held = (await store.events('mechnet-varese-2010')).at(-1)!.event;
    assert.deepEqual([held.type, held.firm, held.scheduled, held.date, held.author], ['verification.held', '02184730121', scheduled, '2012-04-02', 'Giorgio Rossi']);
    assert.deepEqual(await axe(page), [], "axe on the firm's file");
    // The manager's days at the firm, from the same file.
    await paste(page, 'days.days', '1.5');
    await paste(page, 'days.date', '2012-04-02');
    await paste(page, 'days.activity', 'Verifica periodica');
    await press(page, 'Record the days');
    await until(page, 'Recorded.');
    for (let i = 0; i < 50 && (await store.events('mechnet-varese-2010')).at(-1)!.event.type !== 'manager.days-logged'; i++) await new Promise((r) => setTimeout(r, 100));
    const logged = (await store.events('mechnet-varese-2010')).at(-1)!.event;
    assert.deepEqual([logged.type, logged.firm, logged.days, logged.author], ['manager.days-logged', '02184730121', 1.5, 'Giorgio Rossi']);
    // A new analysis of the firm (dated today, after the days above): a score out of the scale is said at its field, then it is recorded.
    await paste(page, 'analysis.strategy.score', '9');
    await press(page, 'Record the analysis');
    // The rule's words, from the server, at the score's field and in the summary that names it.
    await until(page, 'Score (Strategy): Must be at most 5');
    assert.equal(await inDesk(page, (r) => r.querySelector('[name="analysis.strategy.score"]')!.getAttribute('aria-invalid')), 'true');
    assert.equal(await inDesk(page, (r) => r.querySelector('#d-analysis-strategy-score-error')?.textContent?.trim()), 'Must be at most 5');
    await paste(page, 'analysis.strategy.score', '3');
    await paste(page, 'analysis.strategy.findings', 'Un piano scritto, rivisto ogni trimestre');
    await press(page, 'Record the analysis');
    await until(page, 'Recorded.');
    for (let i = 0; i < 50 && (await store.events('mechnet-varese-2010')).at(-1)!.event.type !== 'analysis.recorded'; i++) await new Promise((r) => setTimeout(r, 100));
    const analysis = (await store.events('mechnet-varese-2010')).at(-1)!.event;
    assert.deepEqual([analysis.type, analysis.firm, analysis.areas, analysis.author], [
      'analysis.recorded',
      '02184730121',
      [{ area: 'strategy', score: 3, findings: 'Un piano scritto, rivisto ogni trimestre' }],
      'Giorgio Rossi',
    ]);
    // The firm's figures for the last year, from the step forms: euros typed in English.
    await press(page, 'Record a step');
    await until(page, 'What to record');
    await choose(page, 'step.type', 'firm.figures-recorded');
    await until(page, 'Staff');
    await choose(page, 's.firm', '02184730121');
    await type(page, 's.year', '2011');
    await type(page, 's.staff', '13');
    await type(page, 's.turnoverCents', '1,010,500.00');
    await press(page, 'Record');
    await until(page, 'Recorded.');
    for (let i = 0; i < 50 && (await store.events('mechnet-varese-2010')).at(-1)!.event.type !== 'firm.figures-recorded'; i++) await new Promise((r) => setTimeout(r, 100));
    const year = (await store.events('mechnet-varese-2010')).at(-1)!.event;
    assert.deepEqual([year.type, year.firm, year.year, year.staff, year.turnoverCents, year.author], ['firm.figures-recorded', '02184730121', 2011, 13, 101_050_000, 'Giorgio Rossi']);
    // A manager is offered only the steps of the role, for their own firms.
    const offered = await inDesk(page, (r) => [...r.querySelectorAll<HTMLOptionElement>('select[name="step.type"] option')].map((o) => o.value).filter(Boolean));
    assert.deepEqual(offered.sort(), ['firm.figures-recorded', 'need.declared', 'offer.declared', 'plan.approved']);
    assert.deepEqual(await inDesk(page, (r) => [...r.querySelectorAll<HTMLOptionElement>('select[name="s.firm"] option')].map((o) => o.value).filter(Boolean)), ['02184730121']);
    await press(page, 'Report');
    const href = await inDesk(page, (r) => r.querySelector<HTMLAnchorElement>('a[href*="format=xlsx"]')!.href);
    const bytes = await page.evaluate(async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())), href);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    const sheets = book.worksheets.map((w) => w.name);
    assert.ok(sheets.length >= 3, sheets.join(', '));
    let found = false;
    book.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => (found ||= c.value === 'Officina Meccanica Bossi S.r.l.'))));
    assert.ok(found, "the firm's name in the workbook");
    await page.close();
    assert.deepEqual(problems.filter((p) => !/status of (401|403|422) \(/.test(p)), []);
  });

  it("an officer records a collaboration's figures for the quarter from the step forms: a period that ends before it starts is said at its field, euros typed in Italian are sent in cents", async () => {
    const page = await visit(sample.url);
    await signIn(page, 'giulia@camera.example');
    await until(page, 'Giulia Verdi, ufficio del programma');
    await press(page, 'Registra un passo');
    await until(page, 'Che cosa registrare');
    await choose(page, 'step.type', 'collaboration.figures-recorded');
    await until(page, 'Collaborazione');
    await choose(page, 's.collaboration', 'centro-5-assi');
    await paste(page, 's.period.from', '2012-01-01');
    await paste(page, 's.period.to', '2011-12-31');
    await choose(page, 's.figures.kind', 'machines');
    await until(page, 'Impresa utente 1');
    await choose(page, 's.figures.basis', 'realised');
    await choose(page, 's.figures.owner', '02184730121');
    await type(page, 's.figures.machineType', 'centro di lavoro 5 assi');
    await type(page, 's.figures.annualFixedCostCents', '30.000');
    await type(page, 's.figures.availableHours', '1500');
    await type(page, 's.figures.variableCostPerHourCents', '18,00');
    await choose(page, 's.figures.users.0.firm', '01973260126');
    await type(page, 's.figures.users.0.hoursBooked', '55');
    await type(page, 's.figures.users.0.hoursUsed', '51,5');
    await type(page, 's.figures.users.0.alternativeRateCents', '88');
    // A second user: the new item takes the focus.
    await press(page, 'Aggiungi: Impresa utente');
    assert.equal(await inDesk(page, (r) => r.activeElement?.getAttribute('name')), 's.figures.users.1.firm');
    await choose(page, 's.figures.users.1.firm', '01630580122');
    await type(page, 's.figures.users.1.hoursBooked', '45');
    await type(page, 's.figures.users.1.hoursUsed', '40');
    await type(page, 's.figures.users.1.alternativeRateCents', '78');
    assert.deepEqual(await axe(page), [], 'axe on a step form');
    await press(page, 'Registra');
    // The rule's words at the period's end, and nothing typed lost.
    await until(page, 'Un problema da correggere');
    assert.equal(await inDesk(page, (r) => r.querySelector('[name="s.period.to"]')!.getAttribute('aria-invalid')), 'true');
    assert.match(await inDesk(page, (r) => r.querySelector('#d-s-period-to-error')?.textContent ?? ''), /2011-12-31|31/);
    assert.equal(await inDesk(page, (r) => r.querySelector<HTMLInputElement>('[name="s.figures.users.1.hoursUsed"]')!.value), '40');
    await paste(page, 's.period.to', '2012-03-31');
    await press(page, 'Registra');
    await until(page, 'Registrato.');
    for (let i = 0; i < 50 && (await store.events('mechnet-varese-2010')).at(-1)!.event.type !== 'collaboration.figures-recorded'; i++) await new Promise((r) => setTimeout(r, 100));
    const figures = (await store.events('mechnet-varese-2010')).at(-1)!.event;
    assert.deepEqual(
      { type: figures.type, collaboration: figures.collaboration, period: figures.period, figures: figures.figures, author: figures.author },
      {
        type: 'collaboration.figures-recorded',
        collaboration: 'centro-5-assi',
        period: { from: '2012-01-01', to: '2012-03-31' },
        figures: {
          kind: 'machines',
          basis: 'realised',
          owner: '02184730121',
          machineType: 'centro di lavoro 5 assi',
          annualFixedCostCents: 3_000_000,
          availableHours: 1500,
          variableCostPerHourCents: 1800,
          users: [
            { firm: '01973260126', hoursBooked: 55, hoursUsed: 51.5, alternativeRateCents: 8800 },
            { firm: '01630580122', hoursBooked: 45, hoursUsed: 40, alternativeRateCents: 7800 },
          ],
        },
        author: 'Giulia Verdi',
      },
    );
    // The fields of the recorded step are empty again; the collaboration chosen stays for the next one.
    assert.equal(await inDesk(page, (r) => r.querySelector<HTMLInputElement>('[name="s.figures.machineType"]')?.value ?? ''), '');
    await choose(page, 'step.type', 'collaboration.ended');
    await until(page, 'Motivo');
    assert.equal(await inDesk(page, (r) => r.querySelector<HTMLSelectElement>('select[name="s.collaboration"]')!.value), 'centro-5-assi');
    await page.setViewport({ width: 320, height: 800 });
    await choose(page, 'step.type', 'plan.approved');
    await until(page, 'Obiettivo 1');
    await new Promise((r) => setTimeout(r, 100));
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scroll at 320 px with the plan form');
    assert.deepEqual(await axe(page), [], 'axe on the plan form at 320 px');
    await page.close();
    assert.deepEqual(problems.filter((p) => !/status of (401|403|422) \(/.test(p)), []);
  });
});
