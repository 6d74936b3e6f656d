// Server tests: node's test runner over tests/server/**/*.test.ts, once, with
// a throwaway PostgreSQL cluster (scripts/postgres.mjs) started before and
// stopped after; SQLite needs nothing. MECHNET_PG_URL set by hand skips the
// cluster and uses that database.
//
//   npm run test:server
//   npm run test:server -- tests/server/sqlite.test.ts
//
// Prints `N passed, N failed` as its last line and writes the counts to
// $MECHNET_SERVER_COUNTS when set.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findTestFiles } from './find-test-files.mjs';
import { startPostgres } from './postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reporter = pathToFileURL(join(root, 'scripts', 'node-test-count-reporter.mjs')).href;
const countsOut = process.env.MECHNET_SERVER_COUNTS;
const tmp = join(root, '.tmp', 'test-server');
mkdirSync(tmp, { recursive: true });
const countsFile = join(tmp, 'counts.jsonl');
rmSync(countsFile, { force: true });

const cliFiles = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const files = cliFiles.length > 0 ? cliFiles.map((file) => resolve(file)) : findTestFiles(join(root, 'tests', 'server'));

let pg;
let url = process.env.MECHNET_PG_URL;
const problems = [];
if (!url) {
  try {
    pg = await startPostgres();
    url = pg.url;
  } catch (error) {
    // The PostgreSQL tests then fail (they need MECHNET_PG_URL) and say why.
    problems.push(`PostgreSQL could not start: ${error.message}`);
  }
}

const stop = () => {
  try {
    pg?.stop();
  } catch (error) {
    console.error(`test-server: stopping PostgreSQL: ${error.message}`);
  }
  pg = undefined;
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(130); });

const code = await new Promise((resolvePromise) => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${reporter}`,
      `--test-reporter-destination=${countsFile}`,
      ...files.map((file) => relative(root, file).split(sep).join('/')),
    ],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, TZ: 'Europe/Rome', ...(url ? { MECHNET_PG_URL: url } : {}), ...(problems.length ? { MECHNET_PG_PROBLEM: problems.join('; ') } : {}) },
    },
  );
  child.on('error', (error) => {
    console.error(`test-server: could not start node: ${error.message}`);
    resolvePromise(1);
  });
  child.on('close', (c, signal) => resolvePromise(c ?? (signal ? 1 : 0)));
});
stop();

let counts;
try {
  counts = JSON.parse(readFileSync(countsFile, 'utf8').trim().split('\n').at(-1));
} catch {
  counts = { passed: 0, failed: 1, skipped: 0, crashed: true };
}
for (const p of problems) console.log(`test-server: ${p}`);
if (countsOut) writeFileSync(countsOut, `${JSON.stringify(counts)}\n`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped ?? 0} skipped`);
process.exitCode = code !== 0 || counts.failed > 0 ? 1 : 0;
