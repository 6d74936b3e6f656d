// Installs the packed package into an empty project outside the repository and
// uses it as a user would: an ESM import from Node, and a TypeScript file
// (moduleResolution nodenext) type-checked against the shipped .d.ts.
//
//   node scripts/smoke-pack.mjs [path/to/mechnet-x.y.z.tgz]
//
// Without an argument it runs `npm pack` into .tmp/pack/ first. Dependencies
// come from the npm cache when possible (--prefer-offline). Set
// MECHNET_KEEP_SMOKE=1 to keep the temporary project for inspection.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function run(label, command, args, cwd) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) console.error(`smoke-pack: could not run ${command}: ${result.error.message}`);
  return !result.error && result.status === 0;
}

function packTarball() {
  const packDir = join(root, '.tmp', 'pack');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  if (!run('npm pack', 'npm', ['pack', '--pack-destination', packDir, '--silent'], root)) return undefined;
  const tarball = readdirSync(packDir).find((name) => name.endsWith('.tgz'));
  return tarball && join(packDir, tarball);
}

const NODE_CHECK = `import('mechnet')
  .then((m) => {
    if (typeof m.parseRecord !== 'function') {
      console.error('mechnet has no parseRecord function; exports: ' + Object.keys(m).join(', '));
      process.exit(1);
    }
    console.log('node: import("mechnet") ok, ' + Object.keys(m).length + ' exports');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });`;

const TS_CHECK = `// Compiled by scripts/smoke-pack.mjs against the installed tarball.
import { mechnetDefinition, parseRecord } from 'mechnet';

const definition: unknown = mechnetDefinition;
const parse: (...args: never[]) => unknown = parseRecord;

export { definition, parse };
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
  },
  files: ['smoke.ts'],
};

function main() {
  const tarball = process.argv[2] ? resolve(process.argv[2]) : packTarball();
  if (!tarball) {
    console.error('smoke-pack: no tarball (npm pack failed).');
    return 1;
  }

  const dir = mkdtempSync(join(tmpdir(), 'mechnet-smoke-'));
  console.log(`smoke-pack: ${tarball} -> ${dir}`);
  let ok = false;
  try {
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: 'mechnet-smoke', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
    );
    writeFileSync(join(dir, 'smoke.ts'), TS_CHECK);
    writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);

    ok =
      run(
        'npm install <tarball> (dependencies from the npm cache when possible)',
        'npm',
        ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
        dir,
      ) &&
      run('node: import("mechnet")', process.execPath, ['--input-type=module', '-e', NODE_CHECK], dir) &&
      run(
        'tsc --noEmit (moduleResolution nodenext)',
        process.execPath,
        [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')],
        dir,
      );
  } finally {
    if (process.env.MECHNET_KEEP_SMOKE) console.log(`smoke-pack: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  console.log(ok ? '\nsmoke-pack: ok' : '\nsmoke-pack: FAILED');
  return ok ? 0 : 1;
}

process.exitCode = main();
