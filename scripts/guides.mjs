// npm run guides (also run by npm run docs, so by npm start): the guides of
// docs/*.md as HTML pages of the demo site, written to dist/site/guides/ and
// served by the demo at /guides/ (webmaster.md becomes /guides/webmaster.html).
//
// The pages read under the demo's strict Content Security Policy: no script,
// no inline style, and nothing of the Markdown becomes markup on its own:
//
// - raw HTML in the Markdown is shown as text (HTML comments are dropped);
// - a link keeps its address only when it is http(s), mailto, a fragment, a
//   guide (`developer.md#errors` becomes `developer.html#errors`) or a file
//   the demo serves (`../examples/x.json` becomes `/examples/x.json`);
//   an unsafe scheme (`javascript:`) leaves the link's text alone, and any
//   other address stops the build, naming the page and the link;
// - headings get the ids GitHub gives them, so `#anchors` written for GitHub
//   work here too;
// - code blocks and wide tables scroll inside themselves and are reached
//   with the Tab key (tabindex="0"), so a 320 px screen never scrolls sideways.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked, Renderer } from 'marked';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the guides are written; the demo serves this folder at /guides/. */
export const GUIDES_OUT = join(root, 'dist', 'site', 'guides');

/** The guides first named in the menu and the index, in this order; the others follow by name. */
const ORDER = ['webmaster', 'developer', 'programme-author', 'enrolment-form', 'elements-reference', 'definition-reference', 'api-conventions', 'indicators', 'economics', 'privacy', 'size'];

/** What each guide is for, on the index page (a guide not listed here shows its first sentence). */
const DESCRIPTIONS = {
  webmaster: 'each element\'s snippet and attributes, theming, Content Security Policy, what a public page shows, accessibility.',
  developer: 'the data model and recipes: check an application, mount the server, record a verification, split savings, produce the report.',
  'programme-author': 'a definition for another sector and territory, step by step, every event type and the formulas.',
  'enrolment-form': 'what the form asks, checks and sends, and the answers it understands.',
  'elements-reference': 'attributes, properties, events, parts and custom properties of each element.',
  'definition-reference': 'every field of a programme definition.',
  'api-conventions': 'the grammar of the API: parseX, safeParseX, checkX, xState.',
  indicators: 'how indicators, objectives and plans are evaluated, and why.',
  economics: 'how savings are computed and shared, method by method.',
  privacy: 'for the data protection officer: what is stored and published, consent, anonymity, retention, erasure, access, backups.',
  size: 'the sizes of the published files against their budgets.',
};

/** Menu of every guide page: the guides a reader starts from, and the API reference. */
const MENU = [
  ['webmaster', 'Webmasters'],
  ['developer', 'Developers'],
  ['programme-author', 'Programme authors'],
  ['enrolment-form', 'Enrolment form'],
  ['elements-reference', 'Elements'],
];

/** Folders of the repository that the demo serves, and where (`../examples/x.json` -> `/examples/x.json`). */
const SERVED = { 'examples/': '/examples/' };

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The text of inline tokens, without markup (a heading's words, a table header's). */
function plain(tokens = []) {
  return tokens.map((t) => (t.tokens ? plain(t.tokens) : t.type === 'html' ? '' : (t.text ?? ''))).join('');
}

/** The id GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function slug(text, seen = new Map()) {
  const base = text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

/**
 * Where a link of a guide leads on the demo site, or `undefined` when it must
 * not be a link. Throws for an address the site cannot serve.
 */
function target(href, guides) {
  if (/^(https?:|mailto:)/i.test(href)) return href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined; // javascript:, data:, protocol-relative
  if (href.startsWith('#')) return href;
  const [path = '', fragment] = href.split('#', 2);
  const hash = fragment === undefined ? '' : `#${fragment}`;
  const guide = /^(?:\.\/)?([\w-]+)\.md$/.exec(path);
  if (guide && guides.includes(guide[1])) return `${guide[1]}.html${hash}`;
  for (const [folder, at] of Object.entries(SERVED)) {
    if (path.startsWith(`../${folder}`) && path.length > folder.length + 3 && !path.endsWith('/')) return `${at}${path.slice(folder.length + 3)}${hash}`;
  }
  throw new Error(`a link to ${href}, which the demo site does not serve`);
}

/**
 * One guide's Markdown as HTML for the demo's page template.
 *
 * @param {string} markdown the page
 * @param {{ guides?: string[] }} [options] the names of the guides (`webmaster` for webmaster.md) that links may point to
 * @returns {{ title: string, html: string, summary: string, problems: string[] }} the first heading as plain text, the body, its first paragraph as plain text, and the links the site cannot serve
 */
export function renderGuide(markdown, { guides = [] } = {}) {
  const seen = new Map();
  const problems = [];
  let title = '';
  let summary = '';
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      heading({ tokens, depth }) {
        const text = plain(tokens);
        if (depth === 1 && !title) title = text;
        return `<h${depth} id="${escapeHtml(slug(text, seen))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      paragraph({ tokens }) {
        if (!summary) summary = plain(tokens).replace(/\s+/g, ' ').trim();
        return `<p>${this.parser.parseInline(tokens)}</p>\n`;
      },
      html({ text, block }) {
        if (/^\s*<!--[\s\S]*-->\s*$/.test(text)) return '';
        return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
      },
      link({ href, title: linkTitle, tokens }) {
        const inner = this.parser.parseInline(tokens);
        let to;
        try {
          to = target(href, guides);
        } catch (error) {
          problems.push(error.message);
          return inner;
        }
        if (to === undefined) return inner;
        return `<a href="${escapeHtml(to)}"${linkTitle ? ` title="${escapeHtml(linkTitle)}"` : ''}>${inner}</a>`;
      },
      image({ href, text }) {
        let to;
        try {
          to = target(href, guides);
        } catch (error) {
          problems.push(error.message);
        }
        return to && !to.startsWith('mailto:') ? `<img src="${escapeHtml(to)}" alt="${escapeHtml(text)}">` : escapeHtml(text);
      },
      code({ text, lang }) {
        const language = (lang ?? '').trim().split(/\s+/)[0]?.replace(/[^\w-]/g, '') ?? '';
        return `<pre tabindex="0"><code${language ? ` class="language-${language}"` : ''}>${escapeHtml(text.replace(/\n$/, ''))}</code></pre>\n`;
      },
      table(token) {
        const label = `Table: ${token.header.map((cell) => plain(cell.tokens)).join(', ')}`;
        return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}">\n${Renderer.prototype.table.call(this, token)}</div>\n`;
      },
    },
  });
  const html = marked.parse(markdown);
  return { title, html, summary, problems };
}

/** The demo site's page template for a guide (English, like the guides). */
export function guidePage({ name, title, content }) {
  const menu = MENU.map(([page, label]) => `        <li><a href="/guides/${page}.html"${page === name ? ' aria-current="page"' : ''}>${label}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} – mechnet guides (demo)</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/demo.css" />
  </head>
  <body class="guides">
    <a class="skip" href="#main">Skip to content</a>
    <div class="demo-bar">
      <p>Demo site of the <code>mechnet</code> library</p>
      <nav aria-label="Demo site">
        <ul>
          <li><a href="/index.html" hreflang="it">MechNet, Varese</a></li>
          <li><a href="/agroalimentare.html" hreflang="it">Filiera Granda, Cuneo</a></li>
          <li><a href="/guides/index.html"${name === 'index' ? ' aria-current="page"' : ''}>Guides</a></li>
        </ul>
      </nav>
    </div>
    <header class="site-header">
      <div class="brand">
        <p>The mechnet library</p>
        <p class="title">Guides</p>
      </div>
    </header>
    <nav class="menu" aria-label="Guides">
      <ul>
${menu}
        <li><a href="/reference/index.html">API reference</a></li>
      </ul>
    </nav>
    <main id="main" class="prose">
${content}
    </main>
    <footer>
      <div class="inner">
        <p>The guides of the <code>mechnet</code> library, from <code>docs/*.md</code> in its repository.</p>
        <ul>
          <li><a href="/guides/index.html">Every guide</a></li>
          <li><a href="/reference/index.html">API reference</a></li>
          <li><a href="/guides/size.html">Bundle size</a></li>
        </ul>
      </div>
    </footer>
  </body>
</html>
`;
}

/**
 * Writes every guide of `from` (each `*.md`) as a page to `to`, with an index
 * page. Fails, naming them, when a guide links to something the site does not serve.
 *
 * @returns {{ name: string, title: string }[]} the guides written
 */
export function buildGuides({ from = join(root, 'docs'), to = GUIDES_OUT } = {}) {
  const rank = (name) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  const names = readdirSync(from)
    .filter((f) => f.endsWith('.md'))
    .map((f) => basename(f, '.md'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const problems = [];
  const pages = names.map((name) => {
    const page = renderGuide(readFileSync(join(from, `${name}.md`), 'utf8'), { guides: names });
    problems.push(...page.problems.map((p) => `docs/${name}.md: ${p}`));
    return { name, ...page };
  });
  if (problems.length > 0) throw new Error(`guides: ${problems.join('; ')}`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const page of pages) writeFileSync(join(to, `${page.name}.html`), guidePage({ name: page.name, title: page.title, content: page.html }));
  const list = pages
    .map((p) => `<li><a href="${p.name}.html">${escapeHtml(p.title)}</a>: ${escapeHtml(DESCRIPTIONS[p.name] ?? p.summary.split(/(?<=\.)\s/)[0] ?? '')}</li>`)
    .join('\n');
  const index = `<h1 id="the-guides">The guides</h1>\n<p>How to embed, use, extend and check the <code>mechnet</code> library. The API reference lists every function and type.</p>\n<ul class="guide-list">\n${list}\n</ul>\n`;
  writeFileSync(join(to, 'index.html'), guidePage({ name: 'index', title: 'The guides', content: index }));
  return pages.map(({ name, title }) => ({ name, title }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const pages = buildGuides();
    console.log(`guides: ${pages.length} pages in ${GUIDES_OUT.slice(root.length + 1)}/ (served by the demo at /guides/)`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
