// Browser tests: makes sure Chromium is there, then runs @web/test-runner
// with web-test-runner.config.mjs. Extra arguments go to web-test-runner.
//
//   npm run test:browser
//   npm run test:browser -- --files tests/browser/form.test.ts
//   CHROME_PATH=/path/to/chrome npm run test:browser
//
// The runner's count reporter prints `N passed, N failed, N skipped` last and
// writes the counts to $MECHNET_WTR_COUNTS (a file under .tmp/ when unset).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './ensure-browser.mjs';
import { findTestFiles } from './find-test-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function main() {
  const countsFile = process.env.MECHNET_WTR_COUNTS || join(root, '.tmp', 'test-browser', 'counts.json');
  mkdirSync(dirname(countsFile), { recursive: true });
  rmSync(countsFile, { force: true });

  const args = process.argv.slice(2);
  if (findTestFiles(join(root, 'tests', 'browser')).length === 0 && !args.includes('--files')) {
    console.log('test-browser: no tests/browser/**/*.test.ts files.');
    writeFileSync(countsFile, `${JSON.stringify({ passed: 0, failed: 0, skipped: 0, files: 0, finished: true })}\n`);
    console.log('0 passed, 0 failed, 0 skipped');
    return 0;
  }

  let chromePath;
  try {
    chromePath = await ensureBrowser();
  } catch (error) {
    console.error(`test-browser: ${error.message}`);
    return 1;
  }

  const bin = join(root, 'node_modules', '.bin', 'web-test-runner');
  if (!existsSync(bin)) {
    console.error('test-browser: node_modules/.bin/web-test-runner is missing: run `npm ci` first.');
    return 1;
  }

  const code = await new Promise((resolvePromise) => {
    const child = spawn(bin, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CHROME_PATH: chromePath, MECHNET_WTR_COUNTS: countsFile },
    });
    child.on('error', (error) => {
      console.error(`test-browser: could not start web-test-runner: ${error.message}`);
      resolvePromise(1);
    });
    child.on('close', (exitCode, signal) => resolvePromise(exitCode ?? (signal ? 1 : 0)));
  });

  const counts = readCounts(countsFile);
  if (!counts) {
    console.error(`test-browser: web-test-runner exited with ${code} and wrote no counts.`);
    return code || 1;
  }
  if (code !== 0 && counts.failed === 0) {
    console.error(`test-browser: web-test-runner exited with ${code} although no test failed.`);
  }
  return code;
}

process.exitCode = await main();
