/**
 * The embedding examples work as written when pasted: every
 * `<mechnet-enrolment-form>` in an HTML example of the README, of the
 * webmaster's guide and of the demo's home page names its programme
 * (`programme`) and either sends to an `endpoint` or sits inside the page's
 * own `<form>` with a `name`; the first example of each shows both
 * attributes; and the README and the guide say what the form does without
 * each of them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The ```html blocks of a Markdown page. */
const htmlBlocks = (markdown: string) => [...markdown.matchAll(/^```html[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]!);

/** The code shown in the `<pre>` blocks of an HTML page, as a reader copies it. */
const preBlocks = (html: string) =>
  [...html.matchAll(/<pre\b[^>]*>([\s\S]*?)<\/pre>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&'),
  );

interface FormTag {
  tag: string;
  attributes: Set<string>;
  insideForm: boolean;
}

/** Every `<mechnet-enrolment-form ...>` of an example, with its attributes and whether a host `<form>` holds it. */
function formTags(code: string): FormTag[] {
  return [...code.matchAll(/<mechnet-enrolment-form\b([^>]*)>/g)].map((m) => {
    const before = code.slice(0, m.index);
    return {
      tag: m[0],
      attributes: new Set([...m[1]!.matchAll(/([\w-]+)(?:="[^"]*")?/g)].map((a) => a[1]!)),
      insideForm: (before.match(/<form\b/g)?.length ?? 0) > (before.match(/<\/form>/g)?.length ?? 0),
    };
  });
}

const SOURCES: [string, string[]][] = [
  ['README.md', htmlBlocks(read('README.md'))],
  ['docs/webmaster.md', htmlBlocks(read('docs/webmaster.md'))],
  ['docs/index.html', preBlocks(read('docs/index.html'))],
];

describe('the embedding examples of the enrolment form work as written', () => {
  for (const [file, blocks] of SOURCES) {
    const tags = blocks.flatMap(formTags);

    it(`${file}: its first example of the form carries endpoint and programme`, () => {
      assert.ok(tags.length > 0, `${file} has an example of the form`);
      assert.ok(tags[0]!.attributes.has('endpoint') && tags[0]!.attributes.has('programme'), tags[0]!.tag);
    });

    it(`${file}: every example of the form names its programme, and sends to an endpoint or sits in a host <form> with a name`, () => {
      const wrong = tags.filter(
        (t) => !t.attributes.has('programme') || (t.insideForm ? !t.attributes.has('name') || t.attributes.has('endpoint') : !t.attributes.has('endpoint')),
      );
      assert.deepEqual(wrong.map((t) => t.tag), []);
    });
  }

  for (const file of ['README.md', 'docs/webmaster.md']) {
    it(`${file} says what the form does without programme and without endpoint`, () => {
      const sentences = read(file)
        .replace(/\s+/g, ' ')
        .split(/(?<=\.)\s(?=[A-Z(])/);
      assert.ok(
        sentences.some((s) => /without `programme`/i.test(s) && /MechNet/.test(s)),
        'a sentence says that without `programme` the form shows the MechNet preset',
      );
      assert.ok(
        sentences.some((s) => /without `endpoint`/i.test(s) && /<form>/.test(s)),
        "a sentence says that without `endpoint` the form is part of the page's own `<form>`",
      );
    });
  }
});
