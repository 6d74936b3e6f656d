// npm run bench, in Chromium: the first render of the programme overview and
// of the savings element on a synthetic 500-firm record, beside the naive
// baseline (each firm's figures from a fold of the whole record of its own).
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from '../scripts/ensure-browser.mjs';
import type { BenchResult } from './harness.js';
import { syntheticEconomicsRecord } from './synthetic.js';

const RUNS = 10;

/** Mean and minimum of a list of timings, as the harness reports them. */
function summary(name: string, times: number[], note: string): BenchResult {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { name, runs: times.length, meanMs: mean, minMs: sorted[0]!, note };
}

export async function browserBench(): Promise<BenchResult[]> {
  const bundle = await build({
    entryPoints: [new URL('./browser-entry.ts', import.meta.url).pathname],
    bundle: true,
    minify: !process.env.MECHNET_BENCH_PROFILE,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const firms = 500;
  const record = JSON.stringify(syntheticEconomicsRecord(firms));
  const events = (JSON.parse(record) as { events: unknown[] }).events.length;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html lang="it"><body><div id="host"></div><script type="module" src="/bench.js"></script></body></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await puppeteer.launch({
    executablePath: await ensureBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction('globalThis.mechnetBench !== undefined');
    const asOf = '2011-12-31';
    const results: BenchResult[] = [];
    const note = `${firms} firms, ${events} events, Chromium`;
    // MECHNET_BENCH_PROFILE=dir writes a CPU profile of each element's runs there (open it in Chrome's DevTools).
    const profileDir = process.env.MECHNET_BENCH_PROFILE;
    const cdp = profileDir ? await page.createCDPSession() : undefined;
    for (const tag of ['mechnet-programme-overview', 'mechnet-savings']) {
      await page.evaluate((t, j, d) => (globalThis as never as { mechnetBench: { render(a: string, b: string, c: string): Promise<number> } }).mechnetBench.render(t, j, d), tag, record, asOf);
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        times.push(await page.evaluate((t, j, d) => (globalThis as never as { mechnetBench: { render(a: string, b: string, c: string): Promise<number> } }).mechnetBench.render(t, j, d), tag, record, asOf));
      }
      if (cdp && profileDir) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(join(profileDir, `${tag}.cpuprofile`), JSON.stringify(profile));
      }
      results.push(summary(`first render <${tag}>`, times, `${note}; record checked by shape, figures and DOM`));
    }
    const naive: number[] = [];
    for (let i = 0; i < 2; i++) naive.push(await page.evaluate((j, d) => (globalThis as never as { mechnetBench: { naive(a: string, b: string): number } }).mechnetBench.naive(j, d), record, asOf));
    results.push(summary('  naive baseline: every firm re-folds the record', naive, `${note}; figures only, no DOM`));
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}
