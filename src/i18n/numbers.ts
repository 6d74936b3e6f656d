/**
 * Numbers, money and dates written for people, in Italian or English: the
 * one place where they are rounded (half away from zero, on the decimal
 * value) and formatted (thousands always grouped, money always to the cent,
 * a negative value with the minus sign U+2212, the first day of a month in
 * Italian as the ordinal 1º, and a date after a preposition with the Italian
 * article elided where it is read with a vowel). These take checked values;
 * the public format functions check their arguments first. Files for
 * machines (CSV, JSON) never use them: they keep plain numbers.
 */
import type { Lang } from './lang.js';
import { remembered } from '../model/memo.js';
import { decimalsOf } from '../model/bounds.js';

const LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

// Building an Intl formatter costs far more than using one: keep them.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

// Intl's Italian data groups thousands only from five digits (9940,00 € beside
// 24.310,00 €): one format per column needs grouping always. The option value
// is ES2023; the library's type target is ES2022.
const ALWAYS = 'always' as unknown as boolean;

/**
 * A number's shortest decimal representation (the one `String` gives, which
 * reads back as the same double), written out without an exponent:
 * `1e-7` is `'0.0000001'`, `0.475` is `'0.475'`.
 */
function plainDecimal(value: number): string {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)))!;
  const digits = `${m[1]}${m[2] ?? ''}`;
  return shift(`${value < 0 ? '-' : ''}${digits.slice(0, m[1]!.length)}${m[2] ? `.${m[2]}` : ''}`, Number(m[3] ?? 0));
}

/** Moves the decimal point of a decimal string `places` to the right (left when negative), exactly. */
function shift(decimal: string, places: number): string {
  if (places === 0) return decimal;
  const negative = decimal.startsWith('-');
  const [int = '0', frac = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const head = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const tail = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${head}${tail ? `.${tail}` : ''}`;
}

/**
 * Rounds a decimal string to `places` decimals, half away from zero, on its
 * decimal digits (never on a binary double). A result of zero has no sign.
 */
function roundDecimal(decimal: string, places: number): string {
  const negative = decimal.startsWith('-');
  const [int = '0', frac = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  let kept = int + frac.slice(0, places).padEnd(places, '0');
  if ((frac[places] ?? '0') >= '5') {
    // add one unit in the last kept place
    const d = kept.split('');
    let i = d.length - 1;
    while (i >= 0 && d[i] === '9') d[i--] = '0';
    if (i < 0) d.unshift('1');
    else d[i] = String(Number(d[i]) + 1);
    kept = d.join('');
  }
  const head = kept.slice(0, kept.length - places).replace(/^0+(?=\d)/, '') || '0';
  const tail = places > 0 ? kept.slice(kept.length - places) : '';
  const zero = /^[0]*$/.test(head + tail);
  return `${negative && !zero ? '-' : ''}${head}${tail ? `.${tail}` : ''}`;
}

/**
 * A number rounded to `places` decimals, half away from zero on its decimal
 * value, as a plain decimal string (`'.'` as the decimal point, no grouping,
 * no trailing zeros, no exponent): for files that machines and people both
 * read, such as CSV. With `scale`, the number is first multiplied by ten to
 * that power, exactly (2 turns a ratio into a percentage).
 *
 * @example
 * ```ts
 * roundedDecimal(0.475, 2);  // '0.48'
 * roundedDecimal(0.33249, 1, 2); // '33.2'
 * roundedDecimal(-2.5, 0);   // '-3'
 * roundedDecimal(-0.004, 2); // '0'
 * ```
 */
export function roundedDecimal(value: number, places: number, scale = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const r = roundDecimal(shift(plainDecimal(value), scale), places);
  return r.includes('.') ? r.replace(/0+$/, '').replace(/\.$/, '') : r;
}

/** Formats a decimal string with an Intl formatter: Intl reads it as an exact decimal (ES2023). */
function formatDecimal(f: Intl.NumberFormat, decimal: string): string {
  return (f.format as unknown as (value: string) => string)(decimal);
}

/** The minus sign (U+2212) of display text: a hyphen is a dash in running text, and a line may break after it. */
const MINUS = '\u2212';

/** A formatted number with the minus sign in place of Intl's hyphen (it writes no other hyphen). */
const signed = (text: string): string => text.replace('-', MINUS);

/** {@link formatDate} of a checked date. */
export function dateText(isoDate: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  // A report writes the same few dates in every row: each is formatted once.
  return remembered(datesWritten, `${lang}${style}${isoDate}`, () => formatDateText(isoDate, lang, style));
}

const datesWritten = new Map<string, string>();

function formatDateText(isoDate: string, lang: Lang, style: 'long' | 'short'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)!;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const text = cached(
    `d:${lang}:${style}`,
    () =>
      new Intl.DateTimeFormat(LOCALE[lang], {
        timeZone: 'UTC',
        day: 'numeric',
        month: style === 'long' ? 'long' : '2-digit',
        year: 'numeric',
      }),
  ).format(d);
  // Italian writes the first day of a month as an ordinal, read "primo": 1º marzo 2010.
  return lang === 'it' && style === 'long' && m[3] === '01' ? text.replace(/^1(?=\s)/, '1\u00ba') : text;
}

/**
 * What a sentence puts before a date, by meaning: `on` (il / on), `of` (del /
 * of), `from` and `since` (dal / from, since), `to` and `asOf` (al / to, as
 * of), `by` (entro il / by).
 */
export type DatePreposition = 'on' | 'of' | 'from' | 'since' | 'to' | 'asOf' | 'by';

/** The prepositions, as the list of their names (for checking an argument). */
export const DATE_PREPOSITIONS: readonly DatePreposition[] = ['on', 'of', 'from', 'since', 'to', 'asOf', 'by'];

/** Italian: the preposition with the article, in full and elided. */
const IT_BEFORE: Record<DatePreposition, readonly [string, string]> = {
  on: ['il ', "l'"],
  of: ['del ', "dell'"],
  from: ['dal ', "dall'"],
  since: ['dal ', "dall'"],
  to: ['al ', "all'"],
  asOf: ['al ', "all'"],
  by: ['entro il ', "entro l'"],
};
const EN_BEFORE: Record<DatePreposition, string> = { on: 'on ', of: 'of ', from: 'from ', since: 'since ', to: 'to ', asOf: 'as of ', by: 'by ' };

/**
 * Whether a number written in Italian is read with a vowel first, so that an
 * article before it elides: 8 and everything that starts with it (otto,
 * ottanta, ottocento, ottomila), 11 (undici, undicimila), 1 (uno) - but not
 * the ordinal 1º (primo) nor 1.000 (mille).
 */
export function readWithVowel(text: string): boolean {
  const m = /^(\d+)(.?)/.exec(text);
  if (!m) return false;
  const lead = m[1]!;
  return lead.startsWith('8') || lead === '11' || (lead === '1' && m[2] !== '\u00ba' && m[2] !== '.');
}

const ELIDED: Record<string, string> = { il: "l'", del: "dell'", dal: "dall'", al: "all'", nel: "nell'", sul: "sull'" };

/**
 * An Italian text whose templates put an article before a number (`il
 * {date}`, `entro il {until}`), with the article elided where the number is
 * read with a vowel first: `il 8 marzo` becomes `l'8 marzo`, `del 11` becomes
 * `dell'11`; `il 1º marzo` stays.
 */
export function elideBeforeNumbers(text: string): string {
  return text.replace(/(^|[^\p{L}])(il|Il|del|dal|al|nel|sul) (\d+\S?)/gu, (all, before: string, article: string, number: string) => {
    if (!readWithVowel(number)) return all;
    const elided = ELIDED[article.toLowerCase()]!;
    return `${before}${article === 'Il' ? "L'" : elided}${number}`;
  });
}

/** A text (a date or a number as written) after a preposition, with the Italian article elided before a vowel. */
export function afterPreposition(text: string, lang: Lang, preposition: DatePreposition): string {
  if (lang === 'en') return EN_BEFORE[preposition] + text;
  const [full, elided] = IT_BEFORE[preposition];
  return (readWithVowel(text) ? elided : full) + text;
}

/** {@link formatDateWith} of a checked date: the preposition, with the Italian article elided before a vowel, and the long date. */
export function datePhrase(isoDate: string, lang: Lang, preposition: DatePreposition): string {
  return afterPreposition(dateText(isoDate, lang), lang, preposition);
}

/**
 * A date of a message (`YYYY-MM-DD`) as people read it, after its
 * preposition when one is given: what the catalogues write their dates
 * with. A message never throws: a value that is not such a date is written
 * as given.
 */
export function messageDate(date: unknown, lang: Lang, preposition?: DatePreposition): string {
  const text = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? dateText(date, lang) : String(date ?? '');
  return preposition === undefined ? text : afterPreposition(text, lang, preposition);
}

/** {@link formatCents} of a checked amount. */
export function centsText(cents: number, lang: Lang, fraction = true): string {
  const digits = fraction ? 2 : 0;
  const f = cached(
    `c:${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(LOCALE[lang], {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: ALWAYS,
      }),
  );
  // Whole cents shown to the cent need no rounding: the shortest decimal of cents / 100 is exact.
  // (+ 0 turns -0 into 0: zero has no sign.)
  if (digits === 2 && Number.isSafeInteger(cents) && Math.abs(cents) <= 1e15) return signed(f.format(cents / 100 + 0));
  return signed(formatDecimal(f, roundDecimal(shift(plainDecimal(cents), -2), digits)));
}

/**
 * Whether `x` is written at `places` decimals without rounding: its shortest
 * decimal has at most that many, and it is small enough that a double's
 * error stays far below half a unit of the last place shown. Intl then
 * writes the same text from the double as from its decimal string, and the
 * string arithmetic is skipped (a report writes thousands of such figures).
 */
function needsNoRounding(x: number, places: number): boolean {
  return Number.isSafeInteger(x) || (Math.abs(x) < 1e9 && decimalsOf(x) <= places);
}

/** {@link formatNumber} of a checked number. */
export function numberText(value: number, lang: Lang, maximumFractionDigits = 2): string {
  // (+ 0 turns -0 into 0: zero has no sign.)
  if (needsNoRounding(value, maximumFractionDigits)) return signed(numberFormat(lang, maximumFractionDigits).format(value + 0));
  return exactNumberText(value, lang, maximumFractionDigits);
}

/** {@link numberText} by the decimal digits of the value, always. @internal */
export function exactNumberText(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return signed(formatDecimal(numberFormat(lang, maximumFractionDigits), roundDecimal(plainDecimal(value), maximumFractionDigits)));
}

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  return cached(`n:${lang}:${maximumFractionDigits}`, () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits, useGrouping: ALWAYS }));
}

function percentFormat(lang: Lang, digits: number): Intl.NumberFormat {
  return cached(
    `p:${lang}:${digits}`,
    () => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits, useGrouping: ALWAYS }),
  );
}

function percentOfDecimal(ratio: string, lang: Lang, digits: number): string {
  // Round the ratio at digits + 2 decimals: the percentage's `digits`.
  return signed(formatDecimal(percentFormat(lang, digits), roundDecimal(ratio, digits + 2)));
}

/** {@link formatPercent} of a checked ratio. */
export function percentText(ratio: number, lang: Lang, digits = 0): string {
  if (Math.abs(ratio) < 1e7 && decimalsOf(ratio) <= digits + 2) return signed(percentFormat(lang, digits).format(ratio + 0));
  return exactPercentText(ratio, lang, digits);
}

/** {@link percentText} by the decimal digits of the ratio, always. @internal */
export function exactPercentText(ratio: number, lang: Lang, digits = 0): string {
  return percentOfDecimal(plainDecimal(ratio), lang, digits);
}

/** {@link formatPercentValue} of a checked value. */
export function percentValueText(percent: number, lang: Lang, digits = 2): string {
  if (Math.abs(percent) < 1e9 && decimalsOf(percent) <= digits) return signed(percentFormat(lang, digits).format(percent / 100 + 0));
  return exactPercentValueText(percent, lang, digits);
}

/** {@link percentValueText} by the decimal digits of the value, always. @internal */
export function exactPercentValueText(percent: number, lang: Lang, digits = 2): string {
  return percentOfDecimal(shift(plainDecimal(percent), -2), lang, digits);
}
