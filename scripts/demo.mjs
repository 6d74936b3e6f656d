// npm start: the demo site on http://localhost:8000/ (PORT to change it),
// served by `mechnet serve` on SQLite under .data/, as a Chamber without
// developers would run it:
//
//   mechnet serve --store sqlite:.data/mechnet.sqlite --programme .data/demo-programme.json
//                 --static docs --static /cdn=dist/cdn --static /examples=examples
//                 --static /reference=docs/api --static /guides=dist/site/guides
//                 --csp "..." --port 8000
//
// Each folder is served under its own path: the pages (docs/*.html) at /, the
// built CDN folder at /cdn/, the sample records at /examples/, the API
// reference at /reference/ and the guides (docs/*.md as pages, written by
// `npm run guides`) at /guides/.
// The enrolment form posts to /api/enrolments for a demo edition of MechNet
// that is open today (the 2010 edition closed long ago).
// MECHNET_DEMO_TODAY=YYYY-MM-DD takes another day for today (the pictures of
// the demo's pages fix it, so the form shows the same edition every day).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// MECHNET_DEMO_DATA: another folder for the database (the tests use a temporary one).
const data = resolve(process.env.MECHNET_DEMO_DATA ?? join(root, '.data'));
const port = process.env.PORT ?? '8000';

/** The policy of a Chamber page that allows nothing inline: the elements need no more. */
export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const today = process.env.MECHNET_DEMO_TODAY ? Date.parse(`${process.env.MECHNET_DEMO_TODAY}T12:00:00Z`) : Date.now();
if (Number.isNaN(today)) throw new Error(`demo: MECHNET_DEMO_TODAY must be a date YYYY-MM-DD, not ${process.env.MECHNET_DEMO_TODAY}`);

/** Today and a day `n` days away, `YYYY-MM-DD` (UTC). */
const day = (n = 0) => new Date(today + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo edition: the MechNet preset, open from 30 days ago for a year, and
 * asking firms to confirm from their PEC as a new edition does (the 2010
 * preset's record was made before confirmation). Kept while it is open, so
 * that the applications stored under it stay valid.
 */
async function demoProgramme(noticeUrl) {
  const file = join(data, 'demo-programme.json');
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    const current = kept.calendar?.end >= day() && kept.calendar?.start <= day() && kept.enrolment?.confirmation === 'pec';
    if (current && kept.eligibility?.consent?.noticeUrl === noticeUrl) return file;
  }
  const { mechnetDefinition } = await import(new URL('../dist/src/index.js', import.meta.url).href);
  const demo = {
    ...structuredClone(mechnetDefinition),
    id: `mechnet-demo-${day().slice(0, 4)}`,
    calendar: { ...mechnetDefinition.calendar, start: day(-30), end: day(365) },
    enrolment: { confirmation: 'pec', linkValidDays: 14 },
    // This edition's own privacy notice, on the demo site.
    eligibility: {
      ...mechnetDefinition.eligibility,
      consent: { ...mechnetDefinition.eligibility.consent, noticeVersion: `${day(-30).slice(0, 4)}-01`, noticeUrl },
    },
  };
  writeFileSync(file, `${JSON.stringify(demo, null, 2)}\n`);
  return file;
}

/** The demo's accounts of the reserved area (named on the home page: demo only, never on a real site). */
export const DEMO_ACCOUNTS = [
  { email: 'ufficio@demo.example', password: 'ufficio-demo-mechnet', role: 'officer', name: 'Giulia Verdi (ufficio, demo)' },
  { email: 'manager@demo.example', password: 'manager-demo-mechnet', role: 'manager', name: 'Giorgio Rossi (temporary manager, demo)' },
];

/** Creates the demo's accounts once, through the command line as a Chamber would. */
function demoAccounts(store) {
  const cli = join(root, 'dist', 'src', 'cli', 'main.js');
  const listed = spawnSync(process.execPath, [cli, 'officer', 'list', '--store', store, '--lang', 'en'], { encoding: 'utf8' });
  for (const a of DEMO_ACCOUNTS) {
    if (listed.stdout?.includes(a.email)) continue;
    const file = join(data, `.${a.role}-password`);
    writeFileSync(file, `${a.password}\n`, { mode: 0o600 });
    const made = spawnSync(process.execPath, [cli, 'officer', 'add', a.email, '--role', a.role, '--name', a.name, '--password-file', file, '--store', store, '--lang', 'en'], { encoding: 'utf8' });
    rmSync(file, { force: true });
    if (made.status !== 0) console.warn(`demo: could not create the account ${a.email}: ${made.stderr}`);
  }
}

async function main() {
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js')) || !lstatSync(join(root, 'dist', 'cdn')).isDirectory()) {
    console.error('demo: build first (npm start builds, then starts).');
    process.exit(1);
  }
  mkdirSync(data, { recursive: true });
  // The notice is a page of this site; a definition names it by its full address.
  const programme = await demoProgramme(`http://localhost:${port}/informativa.html`);
  demoAccounts(`sqlite:${join(data, 'mechnet.sqlite')}`);
  const docs = join(root, 'docs');
  const guides = join(root, 'dist', 'site', 'guides');
  if (!existsSync(guides)) console.warn('demo: the guides are not built (npm run guides); /guides/ is not served.');
  const args = [
    join(root, 'dist', 'src', 'cli', 'main.js'),
    'serve',
    '--store', `sqlite:${join(data, 'mechnet.sqlite')}`,
    '--programme', programme,
    '--static', docs,
    '--static', `/cdn=${join(root, 'dist', 'cdn')}`,
    '--static', `/examples=${join(root, 'examples')}`,
    ...(existsSync(join(docs, 'api')) ? ['--static', `/reference=${join(docs, 'api')}`] : []),
    ...(existsSync(guides) ? ['--static', `/guides=${guides}`] : []),
    '--csp', DEMO_CSP,
    '--port', port,
    '--host', process.env.HOST ?? '127.0.0.1',
  ];
  console.log(`mechnet demo: http://localhost:${port}/ — Ctrl+C stops it.`);
  console.log(`The applications sent with the demo's form are stored in ${join(data, 'mechnet.sqlite')}.`);
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
