// Size budgets: `npm run size` (after `npm run build`).
//
// Reads size-budgets.json, measures each entry in bytes after gzip, prints a
// table, rewrites docs/size.md and exits 1 when an entry is missing or over
// its budget (docs/size.md is left alone when something could not be
// measured). `measure: "file"` gzips the file as shipped; `measure: "bundle"`
// bundles the entry with all its dependencies as an app would (esbuild,
// minified, browser ESM, production mode) and gzips the result. `measure:
// "page"` is what a page with only the given elements downloads from the CDN
// folder: the loader, each element's file, every chunk they import, and the
// chunks of the page's language (`lang`) they load; each file gzipped on its
// own, as a browser fetches it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { init, parse } from 'es-module-lexer';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const budgetsFile = join(root, 'size-budgets.json');
const reportFile = join(root, 'docs', 'size.md');

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function bundle(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return result.outputFiles[0].contents;
}

/** A chunk of one language: `chunks/texts-it-<hash>.js` is Italian. */
const languageOf = (file) => /-(it|en)-[A-Za-z0-9_-]{8}\.js$/.exec(basename(file))?.[1];

/**
 * The files a page with only `elements` downloads from the CDN folder `dir`:
 * the loader and the elements' files, what they import, and what they import
 * on demand in the page's language and for the presets its record names
 * (`presets`: the preset's file, e.g. `mechnet`), not other languages, not
 * what only some attributes load.
 */
async function pageFiles(dir, elements, lang, presetFiles = []) {
  await init;
  const seen = new Set();
  const queue = ['mechnet.js', ...elements.map((tag) => `${tag}.js`)].map((f) => join(dir, f));
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${file.slice(root.length + 1)} not found`);
    seen.add(file);
    const [imports] = parse(readFileSync(file, 'utf8'));
    for (const i of imports) {
      if (!i.n || !i.n.startsWith('.')) continue;
      const target = join(dirname(file), i.n);
      const preset = presetFiles.some((name) => new RegExp(`^${name}-[A-Za-z0-9_-]{8}\\.js$`).test(basename(target)));
      if (i.d === -1 || languageOf(target) === lang || preset) queue.push(target);
    }
  }
  return [...seen];
}

async function measure(entry) {
  const path = join(root, entry.path);
  if (!existsSync(path)) {
    return { ...entry, status: 'missing', note: `${entry.path} not found: run \`npm run build\` first` };
  }
  if (entry.measure === 'page') {
    try {
      const files = await pageFiles(path, entry.elements, entry.lang ?? 'it', entry.presets ?? []);
      const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
      const gzip = files.reduce((n, f) => n + gzipSize(readFileSync(f)), 0);
      return { ...entry, raw, gzip, files: files.length, status: gzip <= entry.gzipBudget ? 'ok' : 'OVER' };
    } catch (error) {
      return { ...entry, status: 'error', note: error.message };
    }
  }
  let bytes;
  try {
    bytes = entry.measure === 'bundle' ? await bundle(path) : readFileSync(path);
  } catch (error) {
    return { ...entry, status: 'error', note: `could not bundle ${entry.path}: ${error.message.split('\n')[0]}` };
  }
  const raw = bytes.length;
  const gzip = gzipSize(bytes);
  return { ...entry, raw, gzip, status: gzip <= entry.gzipBudget ? 'ok' : 'OVER' };
}

function table(rows, { markdown }) {
  const header = ['entry', 'file', 'measured', 'raw bytes', 'gzip bytes', 'budget (gzip)', 'status'];
  const body = rows.map((row) => [
    row.name,
    markdown ? `\`${row.path}\`` : row.path,
    row.measure === 'bundle' ? 'bundled with deps' : row.measure === 'page' ? `page: ${row.files ?? '?'} files, ${row.lang ?? 'it'}` : 'file as shipped',
    row.raw === undefined ? '-' : String(row.raw),
    row.gzip === undefined ? '-' : `${row.gzip} (${kb(row.gzip)})`,
    `${row.gzipBudget} (${kb(row.gzipBudget)})`,
    row.status,
  ]);
  if (markdown) {
    return [header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  }
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i].length)));
  return [header, widths.map((w) => '-'.repeat(w)), ...body]
    .map((cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd())
    .join('\n');
}

function report(rows) {
  return `# Bundle size

Generated by \`npm run size\` from \`size-budgets.json\`; do not edit by hand.

Bytes after gzip (level 9). "file as shipped" is the file as published;
"bundled with deps" is the entry bundled with all its dependencies (lit, zod,
immer, date-fns) by esbuild ${esbuild.version}, minified, browser ESM,
\`process.env.NODE_ENV = "production"\`: what an application pays when it
imports that entry. "page" is what a web page with only the named elements
downloads from the CDN folder (\`dist/cdn/\`): the loader, the elements'
files, the chunks they import and the chunks of the page's language, each
file gzipped on its own as a browser fetches it. A budget is raised only in
the commit that explains why.

${table(rows, { markdown: true })}
`;
}

const config = JSON.parse(readFileSync(budgetsFile, 'utf8'));
const rows = [];
for (const entry of config.entries) rows.push(await measure(entry));

console.log(table(rows, { markdown: false }));
for (const row of rows) if (row.note) console.error(`size: ${row.name}: ${row.note}`);

// Keep the published table when something could not be measured.
if (rows.every((row) => row.gzip !== undefined)) {
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, report(rows));
  console.log('\nwrote docs/size.md');
}

const failed = rows.filter((row) => row.status !== 'ok');
if (failed.length > 0) {
  console.error(`size: ${failed.length} of ${rows.length} entries missing or over budget.`);
  process.exitCode = 1;
}
