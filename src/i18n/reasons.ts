/**
 * Messages of the enrolment rules (identifiers and eligibility), in Italian
 * and English. The codes are stable.
 */
import * as z from 'zod/mini';
import { ensure, guarded, reading, refuse } from '../model/guard.js';
import type { Lang, LocalText } from './lang.js';
import type { MessageParams } from './catalogue.js';
import { reasonsOf } from './languages.js';
import type { ReasonCode } from './reasons-common.js';

export type { ReasonCode, ReasonTexts } from './reasons-common.js';

/**
 * The message of a reason in Italian and English.
 *
 * @example
 * ```ts
 * reasonText('partita_iva_length').en; // 'A partita IVA is 11 digits'
 * ```
 */
export function reasonText(
  code: ReasonCode,
  params: MessageParams | ((lang: 'it' | 'en') => MessageParams) = {},
): LocalText {
  return guarded(undefined, () => {
    if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(reasonsOf('it'), code)) {
      refuse('unknown_reason', ['code'], { name: typeof code === 'string' ? code : '' });
    }
    // The parameters read once per language (calling the caller's function), into checked copies.
    const read = (lang: Lang): MessageParams =>
      ensure(ParamsSchema, typeof params === 'function' ? reading(() => params(lang), ['params']) : (params ?? {}), ['params']);
    const it = read('it');
    const en = typeof params === 'function' ? read('en') : it;
    return reasonMessages(code, (lang) => (lang === 'en' ? en : it));
  });
}

/** {@link reasonText} on checked arguments, for the library's own rules. */
export function reasonMessages(
  code: ReasonCode,
  params: MessageParams | ((lang: 'it' | 'en') => MessageParams) = {},
): LocalText {
  const p = typeof params === 'function' ? params : () => params;
  return { it: reasonsOf('it')[code](p('it')), en: reasonsOf('en')[code](p('en')) };
}

/** Message parameters given by a caller: texts and numbers. */
const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
