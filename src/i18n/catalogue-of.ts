import type { Catalogue } from './catalogue.js';
import type { Lang } from './lang.js';
import { en } from './en.js';
import { it } from './it.js';

/**
 * The message catalogue of a language.
 *
 * @example
 * ```ts
 * catalogue('en').required({}); // 'Required'
 * ```
 */
export function catalogue(lang: Lang): Catalogue {
  return lang === 'en' ? en : it;
}
