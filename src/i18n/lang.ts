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
