/**
 * Where the rules find the texts of a language: the message catalogue and
 * the reasons of the eligibility rules. Here every language is loaded; the
 * CDN build of the elements swaps this module for one that loads a
 * language's texts when a page first asks for it, so that a page in Italian
 * downloads no English. The rules only ever call {@link catalogueOf} and
 * {@link reasonsOf}.
 */
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { it } from './it.js';
import type { Lang } from './lang.js';
import type { ReasonTexts } from './reasons-common.js';
import { reasonsEn } from './reasons-en.js';
import { reasonsIt } from './reasons-it.js';

/** Every text of the rules in one language. */
export interface LanguageTexts {
  /** The messages of validation issues, by code. */
  catalogue: Catalogue;
  /** The reasons of the eligibility rules, by code. */
  reasons: ReasonTexts;
}

const CATALOGUES: Record<Lang, Catalogue> = { it, en };
const REASONS: Record<Lang, ReasonTexts> = { it: reasonsIt, en: reasonsEn };

/** The messages of validation issues in a language. */
export function catalogueOf(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** The reasons of the eligibility rules in a language. */
export function reasonsOf(lang: Lang): ReasonTexts {
  return REASONS[lang];
}

/** Whether a language's texts are ready (here: always). */
export function hasLanguage(_lang: Lang): boolean {
  return true;
}

/** Makes a language's texts ready (here they always are). */
export function loadLanguage(_lang: Lang): Promise<void> {
  return Promise.resolve();
}
