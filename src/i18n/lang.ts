/**
 * The languages the library speaks. Italian comes first: it is the default
 * wherever a language is not given.
 */
export type Lang = 'it' | 'en';

/** Every supported language, Italian first. */
export const LANGS: readonly Lang[] = ['it', 'en'];

/** The language used when none is given. */
export const DEFAULT_LANG: Lang = 'it';

/**
 * A text in every supported language.
 *
 * @example
 * ```ts
 * const label: LocalText = { it: 'Analisi', en: 'Analysis' };
 * ```
 */
export interface LocalText {
  it: string;
  en: string;
}

/**
 * Picks a supported language from a tag such as `it-IT` or `en`, falling back
 * to Italian.
 *
 * @example
 * ```ts
 * toLang('en-GB'); // 'en'
 * toLang('de');    // 'it'
 * toLang(undefined); // 'it'
 * ```
 */
export function toLang(tag: string | null | undefined): Lang {
  const base = typeof tag === 'string' ? tag.trim().toLowerCase().slice(0, 2) : '';
  // Any other value (a number, an object) is not a language tag: the default.
  return base === 'en' ? 'en' : DEFAULT_LANG;
}
