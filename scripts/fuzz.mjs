// The nightly fuzz: every parser and every exported function that takes
// outside data, called with arbitrary and hostile inputs, 100,000 times each
// (MECHNET_FUZZ_RUNS to change it), and the server's handler with as many
// arbitrary requests. The same tests as `npm test` runs with
// 10,000 inputs each (tests/unit/*.fuzz.test.ts); a function that throws
// anything but a MechnetError about its input, `internal` included, fails.
//
//   npm run fuzz
//   MECHNET_FUZZ_RUNS=1000000 npm run fuzz
//   MECHNET_FUZZ_ONLY='^parse' npm run fuzz          (only these functions)
//
// The functions are spread over the cores (MECHNET_FUZZ_SHARD, one process
// each). Prints each function's time and inputs, slowest first, then the
// totals and the wall time; exits 1 when one failed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findTestFiles } from './find-test-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.env.MECHNET_FUZZ_RUNS ?? '100000';
const cores = Math.max(1, availableParallelism());
const reporter = pathToFileURL(join(root, 'scripts', 'fuzz-reporter.mjs')).href;
const tmp = join(root, '.tmp', 'fuzz');
mkdirSync(tmp, { recursive: true });

// The server's fuzz (tests/server/fuzz-handler.test.ts) runs too, with as many requests.
const files = [...findTestFiles(join(root, 'tests', 'unit'), '.fuzz.test.ts'), join(root, 'tests', 'server', 'fuzz-handler.test.ts')];
// The file of every exported function is split over the cores; the others run whole.
const jobs = files.flatMap((file) =>
  file.endsWith('only-mechnet-error.fuzz.test.ts') ? Array.from({ length: cores }, (_, k) => ({ file, shard: `${k}/${cores}` })) : [{ file }],
);

function runJob(job, n) {
  const out = join(tmp, `job-${n}.jsonl`);
  rmSync(out, { force: true });
  const args = [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=dot',
    '--test-reporter-destination=stderr',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${out}`,
    relative(root, job.file).split(sep).join('/'),
  ];
  const env = { ...process.env, TZ: 'Europe/Rome', MECHNET_FUZZ_RUNS: runs, MECHNET_FUZZ_REQUESTS: runs, ...(job.shard ? { MECHNET_FUZZ_SHARD: job.shard } : {}) };
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('error', () => resolvePromise({ code: 1, out }));
    child.on('close', (code, signal) => resolvePromise({ code: code ?? (signal ? 1 : 0), out }));
  });
}

const started = Date.now();
const queue = jobs.map((job, n) => () => runJob(job, n));
const results = [];
await Promise.all(
  Array.from({ length: Math.min(cores, queue.length) }, async () => {
    while (queue.length > 0) results.push(await queue.shift()());
  }),
);
const wall = (Date.now() - started) / 1000;

const tests = results.flatMap(({ out }) => {
  try {
    return readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  } catch {
    return [];
  }
});
const inputsOf = (name) => Number(/: ([\d,]+) (?:arbitrary )?inputs$/.exec(name)?.[1]?.replaceAll(',', '') ?? 0);
const fuzzed = tests.filter((t) => inputsOf(t.name) > 0).sort((a, b) => b.ms - a.ms);
const failed = tests.filter((t) => !t.passed);
const crashed = results.filter((r) => r.code !== 0).length > 0 && failed.length === 0;

console.log(`\n${'function'.padEnd(44)} ${'inputs'.padStart(10)} ${'seconds'.padStart(9)} ${'per input'.padStart(10)}`);
for (const t of fuzzed) {
  const n = inputsOf(t.name);
  const name = t.name.replace(/: [\d,]+ (?:arbitrary )?inputs$/, '');
  console.log(`${(t.passed ? '' : 'FAILED ') + name}`.padEnd(44), String(n).padStart(10), (t.ms / 1000).toFixed(1).padStart(9), `${((t.ms * 1000) / n).toFixed(0)} µs`.padStart(10));
}
const inputs = fuzzed.reduce((s, t) => s + inputsOf(t.name), 0);
const cpu = fuzzed.reduce((s, t) => s + t.ms, 0) / 1000;
console.log(`\n${fuzzed.length} functions, ${inputs.toLocaleString('en')} inputs, ${cpu.toFixed(0)} s of tests on ${cores} cores, ${(wall / 60).toFixed(1)} minutes wall time`);
for (const t of failed) console.log(`failed: ${t.name} (${relative(root, t.file ?? '')})`);
if (crashed) console.log('a fuzz process exited with an error and no failed test: see above');
console.log(`${tests.length - failed.length} passed, ${failed.length + (crashed ? 1 : 0)} failed`);
process.exitCode = failed.length > 0 || crashed ? 1 : 0;
