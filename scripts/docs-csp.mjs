// After typedoc: the API reference's pages carry one inline <script> (the
// colour theme from localStorage, and a fade-in). A page under a strict
// Content Security Policy (script-src 'self', as the demo and a Chamber's
// site have) refuses it and reports a violation; without it the pages read
// the same, in the system's theme. This removes it from docs/api/**/*.html.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

let changed = 0;
for (const file of htmlFiles('docs/api')) {
  const html = readFileSync(file, 'utf8');
  const out = html.replace(/<script>[^<]*<\/script>/g, '');
  if (out !== html) {
    writeFileSync(file, out);
    changed++;
  }
}
console.log(`docs-csp: ${changed} pages without inline scripts`);
