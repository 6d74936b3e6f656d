// `npm test`: unit tests, server tests (SQLite and PostgreSQL), then browser
// tests (each runs even if an earlier one fails). Builds first when dist/cdn/mechnet.js is missing, because browser
// tests load the built CDN file.
//
// Last line: `N passed, N failed, N skipped`, summed over both runners. Exit 1
// when a test failed or a runner crashed (a crash counts as one failure).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp', 'test');
mkdirSync(tmp, { recursive: true });

function run(command, args, env = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`test: could not start ${command}: ${error.message}`);
      resolvePromise(1);
    });
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

function readCounts(file) {
  try {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    if ([counts.passed, counts.failed].every(Number.isInteger)) return counts;
  } catch {
    // no counts: the runner crashed
  }
  return undefined;
}

const total = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

async function runner(name, script, countsVar) {
  const countsFile = join(tmp, `${name}-counts.json`);
  rmSync(countsFile, { force: true });
  console.log(`\n##### ${name} tests #####\n`);
  const code = await run(process.execPath, [join(root, 'scripts', script)], { [countsVar]: countsFile });
  const counts = readCounts(countsFile);
  if (!counts) {
    problems.push(`${name} tests crashed (exit ${code}, no counts)`);
    total.failed += 1;
    return;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped ?? 0;
  if (code !== 0 && counts.failed === 0) {
    problems.push(`${name} tests exited with ${code} without a failed test`);
    total.failed += 1;
  } else if (counts.failed > 0) {
    problems.push(`${name} tests: ${counts.failed} failed`);
  }
}

await runner('unit', 'test-unit.mjs', 'MECHNET_UNIT_COUNTS');
// The server on SQLite and on a throwaway PostgreSQL cluster (installed when missing and possible).
await runner('server', 'test-server.mjs', 'MECHNET_SERVER_COUNTS');

if (!existsSync(join(root, 'dist', 'cdn', 'mechnet.js'))) {
  console.log('\n##### dist/cdn/mechnet.js is missing: npm run build #####\n');
  // Under `npm test`, npm_execpath is npm's own CLI script.
  const npmCli = process.env.npm_execpath;
  const code = npmCli?.endsWith('.js')
    ? await run(process.execPath, [npmCli, 'run', 'build'])
    : await run('npm', ['run', 'build']);
  if (code !== 0) {
    // Browser tests still run: those that need the build will fail and say so.
    problems.push(`npm run build exited with ${code}`);
    total.failed += 1;
  }
}

await runner('browser', 'test-browser.mjs', 'MECHNET_WTR_COUNTS');

console.log('');
for (const problem of problems) console.log(`test: ${problem}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = problems.length > 0 || total.failed > 0 ? 1 : 0;
