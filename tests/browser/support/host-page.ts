/**
 * A webmaster's page in an iframe, and what the hostile-host tests measure
 * in it: the elements' shadow trees, their boxes, and what overflows them.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './until.js';
export { until };

/** What `pages/csp-probe.js` records in the page. */
export type HostWindow = Window &
  typeof globalThis & {
    __violations: string[];
    __console: string[];
  };

export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  /** The page's own scripts, as loaded (the dev server adds one of its own). */
  scripts: HTMLScriptElement[];
}

/** The six elements, in the order of the hostile page. */
export const TAGS = [
  'mechnet-programme-overview',
  'mechnet-firm-progress',
  'mechnet-savings',
  'mechnet-collaborations',
  'mechnet-verification-calendar',
  'mechnet-enrolment-form',
] as const;

/** The five that show a record. */
export const DISPLAY_TAGS = TAGS.filter((t) => t !== 'mechnet-enrolment-form');


/** Opens `url` in an iframe `width` CSS pixels wide (the page's viewport). */
export async function openPage(url: string, width: number, height = 900): Promise<HostPage> {
  // A visitor's first visit: no draft or receipt of the form kept by an earlier test in this tab.
  sessionStorage.clear();
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  frame.style.display = 'block';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = url;
  });
  const win = frame.contentWindow as HostWindow;
  win.addEventListener('unhandledrejection', (e) => win.__console.push(`error: unhandled rejection ${String(e.reason)}`));
  return { frame, win, doc: win.document, scripts: [...win.document.querySelectorAll('script')] };
}

/** Waits until every element of the page shows its content (or its error state). */
export async function rendered(page: HostPage, tags: readonly string[] = TAGS): Promise<void> {
  for (const tag of tags) {
    const el = page.doc.querySelector(tag);
    if (!el) throw new Error(`no <${tag}> on the page`);
    await until(() => el.shadowRoot?.querySelector('[part~=base], [part~=error], [part~=form], [part~=receipt]'), `<${tag}> rendered`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return found;
}

/** Elements matching `selector` in the document and in every shadow tree. */
export function deepQueryAll(doc: Document, selector: string): Element[] {
  return [doc, ...shadowRoots(doc)].flatMap((r) => [...r.querySelectorAll(selector)]);
}

/**
 * The box an element takes on the page: its border box, or for an element
 * the host page made inline (a reset's `display: revert`), the union of its
 * shadow tree's boxes.
 */
export function boxOf(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.height > 0) return r;
  const rects = [...(el.shadowRoot?.children ?? [])].map((c) => c.getBoundingClientRect()).filter((x) => x.width > 0 || x.height > 0);
  if (rects.length === 0) return r;
  const left = Math.min(...rects.map((x) => x.left));
  const top = Math.min(...rects.map((x) => x.top));
  const right = Math.max(...rects.map((x) => x.right));
  const bottom = Math.max(...rects.map((x) => x.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * What sticks out to the right of an element without a scrolling box to
 * hold it: each shadow descendant whose right edge passes the element's,
 * unless an ancestor inside the shadow tree that scrolls or clips sideways
 * ends within the element (a scrolling table holds its cells). Described for a failure message.
 */
export function overflowing(host: Element): string[] {
  const win = host.ownerDocument.defaultView!;
  const limit = boxOf(host).right + 1;
  const out: string[] = [];
  const root = host.shadowRoot!;
  for (const el of root.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= limit) continue;
    let held = false;
    for (let a = el.parentElement; a && !held; a = a.parentElement) {
      held = win.getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= limit;
    }
    if (!held) out.push(`<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}> ends at ${Math.round(r.right)} px (element ends at ${Math.round(limit - 1)})`);
  }
  return out;
}

/**
 * Writes a screenshot of a whole page (its iframe stretched to its height)
 * into `.tmp/screenshots/`, for people to look at, when the run was started
 * with MECHNET_SCREENSHOTS set (see `support/screenshot-plugin.mjs`).
 */
export async function screenshot(frame: HTMLIFrameElement, name: string): Promise<void> {
  const height = frame.style.height;
  frame.style.height = `${frame.contentDocument!.documentElement.scrollHeight}px`;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  frame.id ||= `frame-${crypto.randomUUID()}`;
  try {
    await executeServerCommand('mechnet-screenshot', { selector: `#${frame.id}`, name });
  } finally {
    frame.style.height = height;
  }
}
