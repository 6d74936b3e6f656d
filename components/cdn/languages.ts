/**
 * The CDN build's stand-in for `src/i18n/languages.ts`: a language's texts
 * (the rules' messages and reasons) are loaded the first time a page asks
 * for that language, from `chunks/` next to `mechnet.js`, so a page in
 * Italian downloads no English. The elements wait for
 * {@link loadLanguage} before they render or validate; until a language is
 * loaded, messages asked in it come in a language that is (an issue's
 * `messages.en` may be Italian on a page that never asked for English).
 */
import type { Catalogue } from '../../src/i18n/catalogue.js';
import type { Lang } from '../../src/i18n/lang.js';
import type * as Full from '../../src/i18n/languages.js';
import type { LanguageTexts } from '../../src/i18n/languages.js';
import type { ReasonTexts } from '../../src/i18n/reasons-common.js';

const loaded: Partial<Record<Lang, LanguageTexts>> = {};
const pending = new Map<Lang, Promise<void>>();

/** Before any language is loaded (never, when the elements wait): codes for words. */
const codes = new Proxy({}, { get: (_, code) => (code === 'types' || code === 'documents' ? {} : () => String(code)) });
const CODES = { catalogue: codes as Catalogue, reasons: codes as ReasonTexts };

/** The texts of a language, or of a language that is loaded. */
function textsOf(lang: Lang): LanguageTexts {
  return loaded[lang] ?? loaded.it ?? loaded.en ?? CODES;
}

/** The messages of validation issues in a language (or in one that is loaded). */
export function catalogueOf(lang: Lang): Catalogue {
  return textsOf(lang).catalogue;
}

/** The reasons of the eligibility rules in a language (or in one that is loaded). */
export function reasonsOf(lang: Lang): ReasonTexts {
  return textsOf(lang).reasons;
}

/** Whether a language's texts are loaded. */
export function hasLanguage(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Loads a language's texts (once). */
export function loadLanguage(lang: Lang): Promise<void> {
  let p = pending.get(lang);
  if (!p) {
    p = (lang === 'en' ? import('./texts-en.js') : import('./texts-it.js')).then((m) => {
      loaded[lang] = m.texts;
    });
    p.catch(() => pending.delete(lang));
    pending.set(lang, p);
  }
  return p;
}

// The same functions, with the same types, as the module this one stands in for.
void ({ catalogueOf, reasonsOf, hasLanguage, loadLanguage } satisfies typeof Full);
