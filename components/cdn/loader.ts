/**
 * The loader behind `<script type="module" src=".../mechnet.js">`.
 *
 * It defines nothing itself. When a `mechnet-*` tag is in the document (when
 * the script runs, or added later), it imports that element's file from the
 * same folder (`mechnet-enrolment-form.js`...), which defines the element and
 * pulls the shared chunks it needs from `chunks/`. A page pays only for the
 * elements it shows. No `eval`, no inline script, no `<script>` added: only
 * `import()` of files next to this one, so it runs under a strict Content
 * Security Policy with Trusted Types.
 */
import { TAGS, type Tag } from './tags.js';

declare const __MECHNET_VERSION__: string;
const VERSION: string = typeof __MECHNET_VERSION__ === 'string' ? __MECHNET_VERSION__ : 'dev';

/** What the first loader on a page leaves, so a second copy knows it is one. */
interface LoaderMark {
  version: string;
  url: string;
}

const MARK = Symbol.for('mechnet.loader');
const here = import.meta.url;
const page = globalThis as unknown as Record<symbol, LoaderMark | undefined>;
const first = page[MARK];

if (first) {
  // A second copy (another URL, another version): the first one does the work.
  const what = first.version === VERSION ? 'the same version' : `mechnet ${first.version}`;
  console.warn(`mechnet ${VERSION}: a second mechnet.js (${here}) is on this page; the first one (${first.url}, ${what}) loads the elements, this one does nothing.`);
} else {
  page[MARK] = { version: VERSION, url: here };
  start();
}

function start(): void {
  const pending = new Set<Tag>(TAGS);
  const warned = new Set<string>();

  const load = (tag: Tag): void => {
    pending.delete(tag);
    const existing = customElements.get(tag) as (CustomElementConstructor & { mechnetVersion?: string }) | undefined;
    if (existing) {
      // Defined by the page's own build: keep it; say so when it is another version.
      if (existing.mechnetVersion !== VERSION) {
        const by = existing.mechnetVersion ? `mechnet ${existing.mechnetVersion}` : 'another script';
        console.warn(`mechnet ${VERSION}: <${tag}> is already defined by ${by}; keeping that definition.`);
      }
      return;
    }
    const url = new URL(`./${tag}.js`, here).href;
    import(/* @vite-ignore */ url).catch((error: unknown) => {
      console.error(`mechnet ${VERSION}: could not load <${tag}> from ${url} (copy the whole folder of mechnet.js, with chunks/).`, error);
    });
  };

  const scan = (): void => {
    for (const tag of pending) if (document.querySelector(tag)) load(tag);
    for (const el of document.querySelectorAll(':not(:defined)')) {
      const name = el.localName;
      if (name.startsWith('mechnet-') && !(TAGS as readonly string[]).includes(name) && !warned.has(name)) {
        warned.add(name);
        console.warn(`mechnet ${VERSION}: there is no element <${name}>; the elements are ${TAGS.map((t) => `<${t}>`).join(', ')}.`);
      }
    }
    if (pending.size === 0) observer.disconnect();
  };

  const observer = new MutationObserver(scan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan();
}
