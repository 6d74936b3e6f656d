import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang, type Lang } from '../../src/i18n/index.js';
import { hasLanguage, loadLanguage } from '../../src/i18n/languages.js';

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
 * on the page changes. A language is ready once the rules' texts and the
 * element's own words in it are loaded (`load`); until then the element
 * keeps rendering in the language it had, so a switch never blanks it.
 */
export class LangController<M = undefined> implements ReactiveController {
  private readonly words = new Map<Lang, M>();
  private readonly loading = new Set<Lang>();
  private shown: Lang | undefined = undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load?: (lang: Lang) => Promise<M>,
  ) {
    host.addController(this);
  }

  /** The language the page asks for. */
  get requested(): Lang {
    return toLang(closestLang(this.host));
  }

  /** The language to render in: the one asked for once it is ready, else the last ready one. */
  get value(): Lang {
    const asked = this.requested;
    return this.isReady(asked) ? asked : (this.shown ?? asked);
  }

  /** Whether some language is ready to render in. */
  get ready(): boolean {
    return this.isReady(this.value);
  }

  /** The element's own words in {@link value}, once loaded. */
  get messages(): M | undefined {
    return this.words.get(this.value);
  }

  private isReady(lang: Lang): boolean {
    return hasLanguage(lang) && (!this.load || this.words.has(lang));
  }

  hostUpdate(): void {
    const asked = this.requested;
    if (this.isReady(asked)) {
      this.shown = asked;
      return;
    }
    if (this.loading.has(asked)) return;
    this.loading.add(asked);
    Promise.all([loadLanguage(asked), this.load?.(asked)])
      .then(([, words]) => {
        if (this.load) this.words.set(asked, words as M);
        this.host.requestUpdate();
      })
      .catch((error: unknown) => console.error(`mechnet: could not load the texts in "${asked}".`, error))
      .finally(() => this.loading.delete(asked));
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
