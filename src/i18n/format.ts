import type { Lang } from './lang.js';
import { ensure, ensureNumber, guarded, refuse, typeName } from '../model/guard.js';
import * as z from 'zod/mini';
import { IsoDate, Province } from '../model/schemas.js';
import { provincesText } from './provinces.js';
import { centsText, datePhrase, dateText, DATE_PREPOSITIONS, numberText, percentText, percentValueText, type DatePreposition } from './numbers.js';

export type { DatePreposition } from './numbers.js';

/** The language argument of a format function: `it` or `en`. */
function langArgument(lang: unknown): Lang {
  if (lang !== 'it' && lang !== 'en') refuse('invalid_value', ['lang'], { values: 'it, en' });
  return lang;
}

/** A number of decimals: a whole number from 0 to 20. */
function digitsArgument(digits: unknown, name: string): number {
  if (typeof digits !== 'number' || !Number.isInteger(digits)) {
    refuse('invalid_type', [name], { expected: 'int', received: typeName(digits) });
  }
  if (digits < 0 || digits > 20) refuse(digits < 0 ? 'too_small' : 'too_big', [name], { limit: digits < 0 ? 0 : 20, origin: 'number' });
  return digits;
}

/** Options of the format functions. */
export interface FormatOptions {
  /** The language, `it` (default) or `en`. */
  lang?: Lang;
}

/** The options of a format function, checked: the language, and the named whole number of decimals (for the format functions of this folder). */
export function formatOptions(options: unknown, digitsKey?: string, digitsDefault = 0): { lang: Lang; digits: number } {
  if (options === undefined) return { lang: 'it', digits: digitsDefault };
  if (options === null || typeof options !== 'object') refuse('invalid_type', ['options'], { expected: 'object', received: typeName(options) });
  let lang: unknown;
  let digits: unknown;
  try {
    lang = (options as { lang?: unknown }).lang;
    digits = digitsKey === undefined ? undefined : (options as Record<string, unknown>)[digitsKey];
  } catch {
    refuse('unreadable', ['options']);
  }
  return {
    lang: lang === undefined ? 'it' : langArgument(lang),
    digits: digits === undefined || digitsKey === undefined ? digitsDefault : digitsArgument(digits, digitsKey),
  };
}

/** One option as given (the options were checked to be an object or undefined). */
function readOption(options: unknown, key: string): unknown {
  try {
    return options === undefined ? undefined : (options as Record<string, unknown>)[key];
  } catch {
    refuse('unreadable', ['options', key]);
  }
}

/** Options of {@link formatDate}. */
export interface DateFormatOptions extends FormatOptions {
  /** `long` (1º marzo 2010, default) or `short` (01/03/2010). */
  style?: 'long' | 'short';
}

/**
 * Writes a calendar date `YYYY-MM-DD` for people, in the given language. The
 * date never shifts with the time zone of the machine. In Italian the first
 * day of a month is the ordinal 1º (read "primo"), as Italian writes it; a
 * date after a preposition in a sentence is {@link formatDateWith}'s.
 *
 * @example
 * ```ts
 * formatDate('2010-03-01');                   // '1º marzo 2010'
 * formatDate('2010-03-08');                   // '8 marzo 2010'
 * formatDate('2010-03-01', { lang: 'en' });   // '1 March 2010'
 * formatDate('2010-03-01', { style: 'short' }); // '01/03/2010'
 * ```
 */
export function formatDate(isoDate: string, options?: DateFormatOptions): string {
  return guarded(options, () => {
    const { lang } = formatOptions(options);
    const style = readOption(options, 'style') ?? 'long';
    if (style !== 'long' && style !== 'short') refuse('invalid_value', ['options', 'style'], { values: 'long, short' });
    return dateText(ensure(IsoDate, isoDate, ['isoDate']), lang, style);
  });
}

/**
 * Writes a calendar date `YYYY-MM-DD` with the preposition a sentence puts
 * before it, in the given language: the one way the library's sentences say
 * "from", "since", "as of", "on", "of", "to" or "by" a date. In Italian the
 * preposition takes the article, elided before a day read with a vowel (8,
 * otto; 11, undici): "dall'8 marzo 2010", "dal 30 giugno 2012"; the first of
 * a month is the ordinal 1º, read "primo", so its article is not elided: "dal
 * 1º marzo 2010". The date never shifts with the time zone of the machine.
 *
 * `preposition`, by meaning: `on` (il / on), `of` (del / of), `from` and
 * `since` (dal / from, since), `to` and `asOf` (al / to, as of), `by`
 * (entro il / by).
 *
 * @example
 * ```ts
 * formatDateWith('2010-03-08', 'since');                 // "dall'8 marzo 2010"
 * formatDateWith('2012-06-30', 'since');                 // 'dal 30 giugno 2012'
 * formatDateWith('2010-03-01', 'from');                  // 'dal 1º marzo 2010'
 * formatDateWith('2011-04-11', 'asOf');                  // "all'11 aprile 2011"
 * formatDateWith('2012-06-08', 'on');                    // "l'8 giugno 2012"
 * formatDateWith('2010-03-08', 'since', { lang: 'en' }); // 'since 8 March 2010'
 * ```
 */
export function formatDateWith(isoDate: string, preposition: DatePreposition, options?: FormatOptions): string {
  return guarded(options, () => {
    const { lang } = formatOptions(options);
    const date = ensure(IsoDate, isoDate, ['isoDate']);
    if (!DATE_PREPOSITIONS.includes(preposition)) refuse('invalid_value', ['preposition'], { values: DATE_PREPOSITIONS.join(', ') });
    return datePhrase(date, lang, preposition);
  });
}

/** Options of {@link formatCents}. */
export interface MoneyFormatOptions extends FormatOptions {
  /**
   * Show the cents (default) or round to whole euros. The display elements
   * and the reports always show the cents: one money format on a page.
   */
  fraction?: boolean;
}

/**
 * Writes an amount of integer euro cents as money in the given language:
 * always to the cent (`151.975,00 €`), so that every amount of a page has
 * the same decimals, thousands always grouped (`9.940,00 €` as well as
 * `24.310,00 €`), a negative amount with the minus sign U+2212
 * (`−3.465,00 €`; files for machines keep plain numbers). Without the
 * fraction, cents are rounded half away from zero.
 *
 * @example
 * ```ts
 * formatCents(820_000_000);                 // '8.200.000,00 €'
 * formatCents(994_000);                     // '9.940,00 €'
 * formatCents(-346_500);                    // '−3.465,00 €'
 * formatCents(820_000_000, { lang: 'en' }); // '€8,200,000.00'
 * ```
 */
export function formatCents(cents: number, options?: MoneyFormatOptions): string {
  return guarded(options, () => {
    const { lang } = formatOptions(options);
    const fraction = readOption(options, 'fraction');
    if (fraction !== undefined && typeof fraction !== 'boolean') refuse('invalid_type', ['options', 'fraction'], { expected: 'boolean', received: typeName(fraction) });
    return centsText(ensureNumber(cents, ['cents']), lang, fraction !== false);
  });
}

/** Options of {@link formatNumber}. */
export interface NumberFormatOptions extends FormatOptions {
  /** The most decimals shown, 0 to 20 (default 2). */
  maximumFractionDigits?: number;
}

/**
 * Writes a number in the given language, rounded half away from zero to at
 * most `maximumFractionDigits` decimals, thousands always grouped, a negative
 * number with the minus sign U+2212.
 *
 * @example
 * ```ts
 * formatNumber(1234.5);                    // '1.234,5'
 * formatNumber(12345.678, { lang: 'en' }); // '12,345.68'
 * formatNumber(-0.019);                    // '−0,02'
 * ```
 */
export function formatNumber(value: number, options?: NumberFormatOptions): string {
  return guarded(options, () => {
    const { lang, digits } = formatOptions(options, 'maximumFractionDigits', 2);
    return numberText(ensureNumber(value, ['value']), lang, digits);
  });
}

/** Options of {@link formatPercent} and {@link formatPercentValue}. */
export interface PercentFormatOptions extends FormatOptions {
  /** Decimals of the percentage, 0 to 20 (default 0; 2 for {@link formatPercentValue}). */
  digits?: number;
}

/**
 * Writes a ratio (0.59) as a percentage ("59%") in the given language. This
 * is where rounding happens, and only here: half away from zero to `digits`
 * decimals (default 0), on the number's decimal value (0.475 is 48%, never
 * 47% because the double is 0.47499999...). The ratio itself is never
 * rounded, so 5.9 on a 0-10 scale shows as 59%, never 50%. A value that
 * rounds to zero shows no sign; a negative one, the minus sign U+2212.
 *
 * @example
 * ```ts
 * formatPercent(0.59);                          // '59%'
 * formatPercent(0.475);                         // '48%'
 * formatPercent(-0.475);                        // '−48%'
 * formatPercent(1.125, { lang: 'en', digits: 1 }); // '112.5%'
 * ```
 */
export function formatPercent(ratio: number, options?: PercentFormatOptions): string {
  return guarded(options, () => {
    const { lang, digits } = formatOptions(options, 'digits', 0);
    return percentText(ensureNumber(ratio, ['ratio']), lang, digits);
  });
}

/**
 * Writes a value that is already a percentage (60 for 60 %) in the same style
 * as {@link formatPercent}, rounded half away from zero to at most `digits`
 * decimals (default 2).
 *
 * @example
 * ```ts
 * formatPercentValue(3.8);                 // '3,8%'
 * formatPercentValue(60, { lang: 'en' }); // '60%'
 * ```
 */
export function formatPercentValue(percent: number, options?: PercentFormatOptions): string {
  return guarded(options, () => {
    const { lang, digits } = formatOptions(options, 'digits', 2);
    return percentValueText(ensureNumber(percent, ['percent']), lang, digits);
  });
}

/** A list of province codes. */
const Codes = z.array(Province);

/**
 * Names a programme's territory from its province codes (the definition's
 * `eligibility.territory.provinces`), in the given language: the words a page
 * uses for where a firm must be, so they never say more or less than the
 * rules. A code the library does not know is written as it is.
 *
 * @throws {@link MechnetError} (`invalid_input`) for a list that is empty or
 * holds something other than two-letter codes.
 *
 * @example
 * ```ts
 * formatProvinces(['VA']);                       // 'provincia di Varese'
 * formatProvinces(['CN', 'AT']);                 // 'province di Cuneo e Asti'
 * formatProvinces(['SP', 'GE']);                 // 'province della Spezia e di Genova'
 * formatProvinces(['CN', 'AT'], { lang: 'en' }); // 'provinces of Cuneo and Asti'
 * formatProvinces(mechnetDefinition.eligibility.territory.provinces); // 'provincia di Varese'
 * ```
 */
export function formatProvinces(codes: readonly string[], options?: FormatOptions): string {
  return guarded(options, () => {
    const { lang } = formatOptions(options);
    const list = ensure(Codes, codes, ['codes']);
    if (list.length === 0) refuse('too_small', ['codes'], { limit: 1, origin: 'array' });
    return provincesText(list, lang);
  });
}
