import type { Catalogue } from './catalogue.js';
import type { Lang } from './lang.js';
import { catalogueOf } from './languages.js';

/**
 * The message catalogue of a language.
 *
 * @example
 * ```ts
 * catalogue('en').required({}); // 'Required'
 * ```
 */
export function catalogue(lang: Lang): Catalogue {
  return catalogueOf(lang);
}
