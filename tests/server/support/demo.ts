/**
 * The demo site as `npm start` runs it, for the demo's tests: scripts/demo.mjs
 * (`mechnet serve` on SQLite) on a free port with its own data folder, after
 * the steps of `npm start` that the test needs (the API reference when it is
 * missing, the guides every time: they take a moment and follow docs/*.md),
 * and Chromium through puppeteer-core.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureBrowser } from '../../../scripts/ensure-browser.mjs';
import { buildGuides } from '../../../scripts/guides.mjs';
import { tempDir } from './fixtures.js';

export const root = new URL('../../../', import.meta.url).pathname;

/** The demo's own pages (docs/*.html), in Italian. */
export const PAGES = ['/', '/aderire.html', '/programma.html', '/area-riservata.html', '/ufficio.html', '/agroalimentare.html', '/accessibilita.html', '/informativa.html'];

/** The guides (docs/*.md) as the demo serves them, in English, and their index. */
export const GUIDES = [
  '/guides/index.html',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `/guides/${f.replace(/\.md$/, '.html')}`),
];

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Demo {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** The folder of the demo's database and demo edition. */
  data: string;
  /** What the server printed so far. */
  log(): string;
  stop(): void;
}

/** Builds what `npm start` builds for the pages (API reference if missing, the guides), then starts scripts/demo.mjs. */
export async function startDemo(env: Record<string, string> = {}): Promise<Demo> {
  if (!existsSync(join(root, 'docs/api/index.html'))) {
    const docs = spawnSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc')], { cwd: root, encoding: 'utf8' });
    assert.equal(docs.status, 0, docs.stdout + docs.stderr);
    assert.equal(spawnSync(process.execPath, [join(root, 'scripts/docs-csp.mjs')], { cwd: root }).status, 0);
  }
  buildGuides();
  const data = tempDir();
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [join(root, 'scripts/demo.mjs')], {
    env: { ...process.env, PORT: String(port), MECHNET_DEMO_DATA: data, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 200 && !/ (su|on) http:\/\//.test(log); i++) await new Promise((r) => setTimeout(r, 50));
  assert.match(log, / (su|on) http:\/\//, `the server did not start:\n${log}`);
  return { base: `http://127.0.0.1:${port}`, data, log: () => log, stop: () => void server.kill('SIGTERM') };
}

/** Headless Chromium (CHROME_PATH, else /usr/bin/chromium), with `args` added to the usual flags. */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await ensureBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
  });
}

/** Resolves once every mechnet element of the page has rendered something (its content or its error) and is not loading. */
export async function elementsRendered(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('mechnet-'))
        .every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0 && !e.shadowRoot.querySelector('[part=status][role=status]')),
    { timeout: 15000 },
  );
}

/** Opens a page and records what a visitor's console would show. */
export async function visit(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await elementsRendered(page);
  return { page, problems };
}

/** axe (WCAG 2.1 A and AA) on the page, shadow roots included. */
export async function axe(page: Page): Promise<string[]> {
  const source = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
