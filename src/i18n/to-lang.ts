/** A supported language from a language tag. */
import { guarded } from '../model/guard.js';
import { DEFAULT_LANG, type Lang } from './lang.js';

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
  return guarded(undefined, () => {
    const base = typeof tag === 'string' ? tag.trim().toLowerCase().slice(0, 2) : '';
    // Any other value (a number, an object) is not a language tag: the default.
    return base === 'en' ? 'en' : DEFAULT_LANG;
  });
}
