import type { LanguageTexts } from '../../src/i18n/languages.js';
import { it } from '../../src/i18n/it.js';
import { reasonsIt } from '../../src/i18n/reasons-it.js';

/** The rules' texts in Italian, for the CDN build. */
export const texts: LanguageTexts = { catalogue: it, reasons: reasonsIt };
