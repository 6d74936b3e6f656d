/**
 * The guides as pages of the demo site (scripts/guides.mjs, run by npm start):
 * nothing of the Markdown becomes markup by itself (raw HTML is shown as
 * text, unsafe links lose their address), links between guides lead to the
 * pages and to headings that exist, code and wide tables are reachable with
 * the keyboard, and every page of docs/*.md renders under the demo's strict
 * policy (no script, no inline style).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildGuides, guidePage, renderGuide, slug } from '../../scripts/guides.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const names = readdirSync(join(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));

/** The tags of an HTML text, `<name attributes>`. */
const tags = (html: string) => [...html.matchAll(/<([a-z][\w-]*)([^>]*)>/gi)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]! }));

describe('a guide rendered for the demo site', () => {
  it('shows raw HTML of the Markdown as text, and drops HTML comments', () => {
    const { html } = renderGuide(
      '# T\n\n<script>alert(1)</script>\n\n<div style="color: red" onclick="x()">block</div>\n\nInline <img src=x onerror=alert(1)> and <b style="x">bold</b>.\n\n<!-- a note for editors -->\n',
    );
    assert.deepEqual(
      tags(html).map((t) => t.name),
      ['h1', 'p', 'p', 'p'],
      html,
    );
    assert.ok(!/\sstyle=|\son\w+=/i.test(tags(html).map((t) => t.attributes).join(' ')), html);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.ok(!html.includes('a note for editors'));
  });

  it('keeps the address of safe links only; an unsafe one leaves its text', () => {
    const { html, problems } = renderGuide(
      '[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](data:text/html,x) [d](vbscript:x) [e](//evil.example/x) [f](https://example.org/?a=1&b="2") [g](mailto:someone@example.org) [h](#part)',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]),
      ['https://example.org/?a=1&amp;b=&quot;2&quot;', 'mailto:someone@example.org', '#part'],
    );
    for (const text of ['a', 'b', 'c', 'd', 'e']) assert.match(html, new RegExp(`(^|\\s|>)${text}(\\s|<)`));
  });

  it('leads links between guides to their pages, links to the examples to /examples/, and reports any other address', () => {
    const { html, problems } = renderGuide(
      '[w](webmaster.md) [s](./size.md#budgets) [x](../examples/mechnet-varese-2010.public.json) [r](../README.md) [n](nowhere.md) [d](../examples/)',
      { guides: ['webmaster', 'size'] },
    );
    assert.deepEqual(
      [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]),
      ['webmaster.html', 'size.html#budgets', '/examples/mechnet-varese-2010.public.json'],
    );
    assert.deepEqual(problems, [
      'a link to ../README.md, which the demo site does not serve',
      'a link to nowhere.md, which the demo site does not serve',
      'a link to ../examples/, which the demo site does not serve',
    ]);
  });

  it('gives headings the ids GitHub gives them, so anchors written for GitHub work', () => {
    assert.equal(slug('6. What is public, and how anonymous protects the firms'), '6-what-is-public-and-how-anonymous-protects-the-firms');
    assert.equal(slug('<mechnet-enrolment-form>'), 'mechnet-enrolment-form');
    assert.equal(slug('Perché così? Più semplice'), 'perché-così-più-semplice');
    const { html, title } = renderGuide('# The `<mechnet-savings>` guide\n\n## Errors\n\n## Errors\n\n### What `checkX` returns');
    assert.equal(title, 'The <mechnet-savings> guide');
    assert.deepEqual(
      [...html.matchAll(/<h\d id="([^"]*)"/g)].map((m) => m[1]),
      ['the-mechnet-savings-guide', 'errors', 'errors-1', 'what-checkx-returns'],
    );
    assert.match(html, /<h1 id="the-mechnet-savings-guide">The <code>&lt;mechnet-savings&gt;<\/code> guide<\/h1>/);
  });

  it('escapes code, and makes code blocks and tables reachable with the keyboard when they scroll', () => {
    const { html } = renderGuide('```html no-run\n<script src="x.js"></script>\n```\n\n| attribute | meaning |\n| --- | --- |\n| `src` | the record |\n');
    assert.match(html, /<pre tabindex="0"><code class="language-html">&lt;script src=&quot;x.js&quot;&gt;&lt;\/script&gt;<\/code><\/pre>/);
    assert.match(html, /<div class="table-scroll" tabindex="0" role="region" aria-label="Table: attribute, meaning">\n<table>/);
  });

  it('sits in the demo\'s template: English, the demo\'s stylesheet, no script and no inline style', () => {
    const page = guidePage({ name: 'size', title: 'Bundle <size>', content: '<p>x</p>' });
    assert.match(page, /^<!doctype html>\n<html lang="en">/);
    assert.match(page, /<title>Bundle &lt;size&gt; – mechnet guides \(demo\)<\/title>/);
    assert.match(page, /<link rel="stylesheet" href="\/demo.css" \/>/);
    assert.ok(!/<script|<style|\sstyle=/i.test(page));
    assert.match(page, /<main id="main" class="prose">/);
  });
});

describe('the guides of docs/*.md', () => {
  const pages = new Map(names.map((name) => [name, renderGuide(readFileSync(join(root, 'docs', `${name}.md`), 'utf8'), { guides: names })]));

  it('render without a link the demo site cannot serve, each with a title', () => {
    for (const [name, page] of pages) {
      assert.deepEqual(page.problems, [], `docs/${name}.md`);
      assert.ok(page.title.length > 0, `docs/${name}.md has a # title`);
    }
  });

  it('carry no script, no inline style and no event handler', () => {
    for (const [name, page] of pages) {
      assert.ok(!/<script|<style/i.test(page.html), `docs/${name}.md`);
      assert.ok(!/\sstyle=|\son\w+=/i.test(tags(page.html).map((t) => t.attributes).join(' ')), `docs/${name}.md`);
    }
  });

  it('link to headings that exist, in the same guide or in another', () => {
    const ids = new Map([...pages].map(([name, page]) => [name, new Set([...page.html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]!))]));
    const missing: string[] = [];
    for (const [name, page] of pages) {
      for (const m of page.html.matchAll(/href="(?:([\w-]+)\.html)?#([^"]*)"/g)) {
        const target = m[1] ?? name;
        if (!ids.get(target)?.has(m[2]!)) missing.push(`docs/${name}.md links to ${target}.md#${m[2]}, which has no such heading`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('are written as pages with an index, and a guide with a link the site cannot serve stops the build', () => {
    const to = mkdtempSync(join(tmpdir(), 'mechnet-guides-'));
    const written = buildGuides({ to });
    assert.deepEqual(written.map((p) => p.name).sort(), [...names].sort());
    assert.deepEqual(readdirSync(to).sort(), [...names.map((n) => `${n}.html`), 'index.html'].sort());
    const index = readFileSync(join(to, 'index.html'), 'utf8');
    for (const name of names) assert.ok(index.includes(`href="${name}.html"`), `the index links ${name}.html`);

    const from = mkdtempSync(join(tmpdir(), 'mechnet-guides-md-'));
    mkdirSync(from, { recursive: true });
    writeFileSync(join(from, 'a.md'), '# A\n\nSee [the readme](../README.md).\n');
    assert.throws(() => buildGuides({ from, to: join(from, 'out') }), /docs\/a\.md: a link to \.\.\/README\.md, which the demo site does not serve/);
  });
});
