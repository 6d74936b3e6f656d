import type { LanguageTexts } from '../../src/i18n/languages.js';
import { en } from '../../src/i18n/en.js';
import { reasonsEn } from '../../src/i18n/reasons-en.js';

/** The rules' texts in English, for the CDN build. */
export const texts: LanguageTexts = { catalogue: en, reasons: reasonsEn };
