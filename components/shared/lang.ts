import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang, type Lang } from '../../src/i18n/index.js';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** The `lang` of the element or of its closest ancestor that has one, across shadow roots. */
export function closestLang(el: Element): string | undefined {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Gives an element its language: its own `lang`, else the closest `[lang]`
 * ancestor's, else Italian; re-renders the element when any `lang` attribute
 * on the page changes.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language to render in. */
  get value(): Lang {
    return toLang(closestLang(this.host));
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  }
}
