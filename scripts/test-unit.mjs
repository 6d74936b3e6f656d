// Unit tests: node's test runner over tests/unit/**/*.test.ts, once per time
// zone, because date code must hold in all of them.
//
//   npm run test:unit
//   npm run test:unit -- tests/unit/money.test.ts     (only these files)
//   MECHNET_TEST_TZ=Europe/Rome npm run test:unit      (only this time zone)
//   MECHNET_FUZZ_RUNS=1000 npm run test:unit           (fewer fuzz inputs; default 10,000 per function)
//
// The nightly fuzz, 100,000 inputs per function spread over the cores, is
// `npm run fuzz` (scripts/fuzz.mjs), not part of `npm test`.
//
// Files named *.fuzz.test.ts run in the first time zone only.
//
// Prints `N passed, N failed` (summed over the time zones) as its last line and
// writes {"passed","failed","skipped"} to $MECHNET_UNIT_COUNTS when set.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findTestFiles } from './find-test-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIME_ZONES = ['Europe/Rome', 'America/Sao_Paulo', 'Pacific/Apia'];
const reporter = pathToFileURL(join(root, 'scripts', 'node-test-count-reporter.mjs')).href;

function runOnce(files, timeZone, countsFile) {
  const args = [
    '--import',
    'tsx',
    '--test',
    // Files in parallel on every core (node's default leaves one idle).
    `--test-concurrency=${Math.max(2, availableParallelism())}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${countsFile}`,
    ...files.map((file) => relative(root, file).split(sep).join('/')),
  ];
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, TZ: timeZone },
    });
    child.on('error', (error) => {
      console.error(`test-unit: could not start node: ${error.message}`);
      resolvePromise(1);
    });
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

function readCounts(file) {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const counts = JSON.parse(lines.at(-1));
    if ([counts.passed, counts.failed, counts.skipped].every(Number.isInteger)) return counts;
  } catch {
    // missing or partial: the run crashed
  }
  return undefined;
}

const cliFiles = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const files = cliFiles.length > 0 ? cliFiles.map((file) => resolve(file)) : findTestFiles(join(root, 'tests', 'unit'));
const zones = process.env.MECHNET_TEST_TZ ? process.env.MECHNET_TEST_TZ.split(',').map((z) => z.trim()) : TIME_ZONES;

const total = { passed: 0, failed: 0, skipped: 0, timeZones: zones, files: files.length };
let crashed = false;

if (files.length === 0) {
  console.log('test-unit: no tests/unit/**/*.test.ts files.');
} else {
  const tmp = join(root, '.tmp', 'test-unit');
  mkdirSync(tmp, { recursive: true });
  // Fuzz files (*.fuzz.test.ts: arbitrary inputs by the ten thousand) test
  // error classes, not dates: they run once, in the first time zone.
  const fuzz = (file) => file.endsWith('.fuzz.test.ts');
  for (const [k, timeZone] of zones.entries()) {
    const these = k === 0 ? files : files.filter((file) => !fuzz(file));
    if (these.length === 0) continue;
    console.log(`\n=== unit tests, TZ=${timeZone} (${these.length} file${these.length === 1 ? '' : 's'}) ===\n`);
    const countsFile = join(tmp, `counts-${timeZone.replaceAll('/', '_')}.json`);
    rmSync(countsFile, { force: true });
    const code = await runOnce(these, timeZone, countsFile);
    const counts = readCounts(countsFile);
    if (!counts) {
      console.error(`test-unit: node's test runner wrote no counts for TZ=${timeZone} (exit ${code}); counted as 1 failure.`);
      total.failed += 1;
      crashed = true;
      continue;
    }
    if (code !== 0 && counts.failed === 0) {
      console.error(`test-unit: node's test runner exited with ${code} for TZ=${timeZone} with no failed test; counted as 1 failure.`);
      counts.failed = 1;
      crashed = true;
    }
    console.log(`TZ=${timeZone}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
}

if (process.env.MECHNET_UNIT_COUNTS) {
  writeFileSync(process.env.MECHNET_UNIT_COUNTS, `${JSON.stringify({ ...total, crashed })}\n`);
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 || crashed ? 1 : 0;
