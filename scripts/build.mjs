// npm run build: the ESM tree and CDN file (rollup), type declarations (tsc),
// JSON Schemas (from the zod schemas), the shape reader's tables made from
// them, and the Custom Elements Manifest.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const bin = (name) => resolve('node_modules/.bin', name);
const steps = [];

function run(label, command, args) {
  const started = performance.now();
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(r.status ?? 1);
  }
  steps.push([label, performance.now() - started]);
}

async function step(label, fn) {
  const started = performance.now();
  await fn();
  steps.push([label, performance.now() - started]);
}

rmSync('dist', { recursive: true, force: true });
// The shape reader's tables, from the JSON Schemas of the zod schemas (committed; a unit test says when they are stale).
run('shape tables', process.execPath, ['--import', 'tsx', 'scripts/shape-tables.ts']);
run('rollup (ESM tree + CDN file)', bin('rollup'), ['-c', '--silent']);
run('tsc (declarations)', bin('tsc'), ['-p', 'tsconfig.build.json']);
await step('CDN declaration, bin', () => {
  writeFileSync('dist/cdn/mechnet.d.ts', '// The loader: defines each mechnet-* element when its tag appears on the page. It exports nothing.\nexport {};\n');
  chmodSync('dist/src/cli/main.js', 0o755);
});
await step('JSON Schemas', async () => {
  const { jsonSchema } = await import(pathToFileURL(resolve('dist/src/schema/json-schema.js')).href);
  mkdirSync('dist/schema', { recursive: true });
  for (const name of ['definition', 'record', 'application']) {
    writeFileSync(`dist/schema/${name}.schema.json`, `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
  }
});
run('custom-elements.json', bin('cem'), ['analyze', '--quiet']);

for (const [label, ms] of steps) console.log(`  ${label.padEnd(32)} ${(ms / 1000).toFixed(2)} s`);
