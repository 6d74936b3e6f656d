// Finds the Chromium used by the browser tests.
//
//   node scripts/ensure-browser.mjs      prints the browser path, exit 0
//   CHROME_PATH=/path/to/chrome node scripts/ensure-browser.mjs
//
// Looks at CHROME_PATH (default /usr/bin/chromium, Debian's package). When the
// default is missing and we run as root on a machine with apt-get (CI), it
// installs Debian's chromium. Installer output goes to stderr, so stdout holds
// only the path.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

const HINT =
  "Install Debian's chromium (apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary";

/** Returns the browser's version line, or undefined when it does not run. */
export function browserVersion(path) {
  if (!path || !existsSync(path)) return undefined;
  const result = spawnSync(path, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.trim() || 'unknown version';
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function run(command, args) {
  process.stderr.write(`$ ${command} ${args.join(' ')}\n`);
  // stdout of the installer goes to our stderr: stdout is kept for the path.
  const result = spawnSync(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

/**
 * Makes sure a runnable Chrome/Chromium exists and returns its path.
 * Throws an Error whose message says what to install when it cannot.
 *
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 *   `install: false` never runs apt-get.
 * @returns {Promise<string>}
 */
export async function ensureBrowser({ install = true, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const fromEnv = process.env.CHROME_PATH?.trim();
  const path = resolve(fromEnv || DEFAULT_CHROME_PATH);

  let version = browserVersion(path);
  if (version) {
    log(`browser: ${version} (${path})`);
    return path;
  }

  if (fromEnv && path !== DEFAULT_CHROME_PATH) {
    // Installing Debian's package would not fix a custom path.
    throw new Error(`CHROME_PATH=${fromEnv} does not exist or does not run (--version failed). ${HINT}.`);
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = onPath('apt-get');
  if (!install || !isRoot || !aptGet) {
    const why = !install
      ? 'installing is disabled'
      : !aptGet
        ? 'apt-get is not available'
        : 'not running as root, so it cannot be installed here';
    throw new Error(`No runnable browser at ${path} (${why}). ${HINT}.`);
  }

  log(`No runnable browser at ${path}: installing Debian's chromium with apt-get.`);
  run(aptGet, ['update']);
  run(aptGet, ['install', '-y', 'chromium']);

  version = browserVersion(path);
  if (!version) {
    throw new Error(`apt-get installed chromium, but ${path} still does not run. ${HINT}.`);
  }
  log(`browser: ${version} (${path})`);
  return path;
}

function isMain(url) {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}

const invokedDirectly = isMain(import.meta.url);
if (invokedDirectly) {
  try {
    const path = await ensureBrowser();
    process.stdout.write(`${path}\n`);
  } catch (error) {
    process.stderr.write(`ensure-browser: ${error.message}\n`);
    process.exit(1);
  }
}
