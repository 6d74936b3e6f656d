// Package checks on the tarball that would be published: `npm run lint:pkg`
// (after `npm run build`).
//
// 1. `npm pack` into .tmp/pack/
// 2. publint on the tarball (warnings count as errors)
// 3. attw (Are the Types Wrong) on the tarball, profile esm-only; exports
//    that lead only to data files (JSON, CSS...) are not type-checked
// 4. scripts/smoke-pack.mjs: install the tarball in an empty project, import
//    it from Node and from TypeScript
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packDir = join(root, '.tmp', 'pack');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const show = (arg) =>
  arg === process.execPath ? 'node' : arg.startsWith(root + sep) ? relative(root, arg) : arg;

function run(label, command, args, options = {}) {
  console.log(`\n### ${label}\n$ ${[command, ...args].map(show).join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) {
    console.error(`lint:pkg: could not run ${command}: ${result.error.message}`);
    return false;
  }
  return result.status === 0;
}

/** Export subpaths whose targets are all non-JS files (no types to check). */
export function dataOnlySubpaths(exportsField) {
  if (!exportsField || typeof exportsField !== 'object' || Array.isArray(exportsField)) return [];
  const keys = Object.keys(exportsField);
  if (!keys[0]?.startsWith('.')) return []; // conditions only: the root entry
  const targets = (value) =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(targets)
        : [];
  const code = /\.(?:[cm]?js|d\.[cm]?ts|[cm]?ts|jsx|tsx)$/;
  return keys.filter((key) => {
    const list = targets(exportsField[key]);
    return list.length > 0 && !list.some((target) => code.test(target));
  });
}

function main() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!existsSync(join(root, 'dist'))) {
    console.error('lint:pkg: dist/ is missing: run `npm run build` first.');
    return 1;
  }

  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  if (!run('npm pack', 'npm', ['pack', '--pack-destination', packDir, '--silent'])) {
    console.error('lint:pkg: npm pack failed.');
    return 1;
  }
  const tarballs = readdirSync(packDir).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) {
    console.error(`lint:pkg: expected one tarball in .tmp/pack/, found ${tarballs.length}.`);
    return 1;
  }
  const tarball = join(packDir, tarballs[0]);
  console.log(`tarball: ${relative(root, tarball)}`);

  const failures = [];

  if (!run('publint', bin('publint'), ['run', tarball, '--strict'])) failures.push('publint');

  const excluded = dataOnlySubpaths(pkg.exports);
  const attwArgs = [tarball, '--profile', 'esm-only', '--format', 'table', '--no-emoji'];
  if (!process.stdout.isTTY) attwArgs.push('--no-color');
  if (excluded.length > 0) {
    console.log(`\nattw: not type-checking data-only exports: ${excluded.join(', ')}`);
    attwArgs.push('--exclude-entrypoints', ...excluded);
  }
  if (!run('attw (esm-only)', bin('attw'), attwArgs)) failures.push('attw');

  if (!run('smoke test of the tarball', process.execPath, [join(root, 'scripts', 'smoke-pack.mjs'), tarball])) {
    failures.push('smoke-pack');
  }

  console.log('');
  if (failures.length > 0) {
    console.error(`lint:pkg: failed: ${failures.join(', ')}`);
    return 1;
  }
  console.log('lint:pkg: publint, attw and the smoke test passed.');
  return 0;
}

process.exitCode = main();
