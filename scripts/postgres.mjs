// A throwaway PostgreSQL cluster for the server tests and the benchmark.
//
//   const pg = await startPostgres();   // { url, halt(), resume(), stop() }
//
// Finds Debian's PostgreSQL (/usr/lib/postgresql/<version>/bin); when it is
// missing and we run as root on a machine with apt-get (CI), installs
// Debian's `postgresql`. The cluster lives in a temporary folder, listens on
// 127.0.0.1 only, on a free port, and is removed by stop(). PostgreSQL
// refuses to run as root: as root, its programs run as the `postgres` user.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const HINT = "Install Debian's postgresql (apt-get install postgresql), or set MECHNET_PG_URL to a database the tests may use";

function binDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(base, versions[0], 'bin') : undefined;
}

function sh(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, ...options });
  if (r.error) throw r.error;
  return r;
}

/** Makes sure PostgreSQL's programs are here; returns their folder. */
export function ensurePostgres({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  let bin = binDir();
  if (bin) return bin;
  const root = process.getuid?.() === 0;
  const apt = sh('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!root || !apt) throw new Error(`PostgreSQL not found. ${HINT}.`);
  log('postgres: installing Debian\'s postgresql (apt-get)');
  let r = sh('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0) {
    sh('apt-get', ['update'], { stdio: ['ignore', process.stderr, process.stderr] });
    r = sh('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: ['ignore', process.stderr, process.stderr] });
  }
  bin = binDir();
  if (!bin) throw new Error(`apt-get install postgresql did not give /usr/lib/postgresql/*/bin. ${HINT}.`);
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster with one database, `mechnet`; returns its URL and a stop
 * function that stops the server and removes the folder.
 */
export async function startPostgres({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const bin = ensurePostgres({ log });
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'mechnet-pg-'));
  const as = (program, args, options) =>
    root ? sh('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], options) : sh(join(bin, program), args, options);
  if (root) {
    const id = sh('id', ['-u', 'postgres']);
    const gid = sh('id', ['-g', 'postgres']);
    if (id.status !== 0) throw new Error(`no "postgres" user to run PostgreSQL as (we are root). ${HINT}.`);
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  }
  const data = join(dir, 'data');
  const user = root ? 'postgres' : userInfo().username;
  let r = as('initdb', ['-D', data, '-A', 'trust', '-U', user, '--no-sync', '-E', 'UTF8', '--locale=C']);
  if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr || r.stdout}`);
  const port = await freePort();
  r = as('pg_ctl', ['-D', data, '-w', '-t', '60', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'start']);
  if (r.status !== 0) throw new Error(`pg_ctl start failed: ${r.stderr || r.stdout}`);
  r = as('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', user, 'mechnet']);
  if (r.status !== 0) throw new Error(`createdb failed: ${r.stderr || r.stdout}`);
  const version = as('postgres', ['--version']).stdout.trim();
  log(`postgres: ${version}, 127.0.0.1:${port}, cluster in ${dir}`);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  return {
    url: `postgres://${user}@127.0.0.1:${port}/mechnet`,
    version,
    /** Stops the server (fast shutdown: open connections are cut), keeping its data, as a crash or a restart would. */
    halt() {
      const h = as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      if (h.status !== 0) throw new Error(`pg_ctl stop failed: ${h.stderr || h.stdout}`);
    },
    /** Starts the server again on the same data and port. */
    resume() {
      const h = as('pg_ctl', ['-D', data, '-w', '-t', '60', '-l', join(dir, 'log'), '-o', options, 'start']);
      if (h.status !== 0) throw new Error(`pg_ctl start failed: ${h.stderr || h.stdout}`);
    },
    stop() {
      as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
