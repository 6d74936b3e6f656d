// npm start: serves the demo on http://localhost:8000/ (PORT to change it).
// `/` is docs/, and the built package and the examples are mounted beside it
// as /dist/ and /examples/, so pages load the library exactly as published.
// `/api/` is the library's server (createHandler) on SQLite under .data/: the
// enrolment form of the demo posts there, for a demo programme whose edition
// is open today (the MechNet preset's rules, its 2010 dates moved).
import { createReadStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const port = Number(process.env.PORT ?? 8000);
const mounts = [
  ['/dist/', join(root, 'dist')],
  ['/public/', join(root, '.data', 'public')],
  ['/examples/', join(root, 'examples')],
  ['/', join(root, 'docs')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The file a URL path names, or undefined when it is outside the mounts or missing. */
function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    if (rel.startsWith('..')) return undefined;
    let file = join(dir, rel);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (statSync(file).isFile()) return file;
    } catch {
      // not found here
    }
    return undefined;
  }
  return undefined;
}

const { createHandler, sqliteStore, toNodeListener } = await import(new URL('../dist/src/server/index.js', import.meta.url).href);
const { mechnetDefinition, parseRecord, publicRecord } = await import(new URL('../dist/src/index.js', import.meta.url).href);
const dataDir = join(root, '.data');
mkdirSync(join(dataDir, 'public'), { recursive: true });
// The widgets' pages read the sample record as a public page must: without
// personal data (/public/mechnet-varese-2010.json), and without the firms'
// names (/public/mechnet-varese-2010-anonymous.json), as `mechnet publish` writes them.
const sample = parseRecord(readFileSync(join(root, 'examples', 'mechnet-varese-2010.json'), 'utf8'));
writeFileSync(join(dataDir, 'public', 'mechnet-varese-2010.json'), `${JSON.stringify(publicRecord(sample))}\n`);
writeFileSync(join(dataDir, 'public', 'mechnet-varese-2010-anonymous.json'), `${JSON.stringify(publicRecord(sample, { anonymous: true }))}\n`);
const store = await sqliteStore(join(dataDir, 'mechnet.sqlite'));
await store.migrate();
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const demo = { ...structuredClone(mechnetDefinition), id: 'mechnet-demo', calendar: { ...mechnetDefinition.calendar, start: day(-30), end: day(365) } };
if (!(await store.programme(demo.id))) await store.putProgramme(demo.id, demo);
const api = toNodeListener(createHandler({ store, programme: demo.id }));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/')) {
    api(req, res);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const file = fileFor(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    // The demo runs under the same strict policy a Chamber page may have.
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(port, () => {
  console.log(`mechnet demo: http://localhost:${port}/  (Ctrl+C to stop)`);
  console.log(`applications sent by the demo's form are stored in ${join(dataDir, 'mechnet.sqlite')}`);
});
const stop = () => server.close(() => store.close().then(() => process.exit(0)));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
