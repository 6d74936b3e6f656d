import type { Lang } from './lang.js';
import { ensure, ensureNumber, refuse, typeName } from '../model/guard.js';
import { IsoDate } from '../model/schemas.js';

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

/**
 * Writes a calendar date `YYYY-MM-DD` for people, in the given language. The
 * date never shifts with the time zone of the machine.
 *
 * @example
 * ```ts
 * formatDate('2010-03-01', 'it'); // '1 marzo 2010'
 * formatDate('2010-03-01', 'en'); // '1 March 2010'
 * ```
 */
export function formatDate(isoDate: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  isoDate = ensure(IsoDate, isoDate, ['isoDate']);
  lang = langArgument(lang);
  if (style !== 'long' && style !== 'short') refuse('invalid_value', ['style'], { values: 'long, short' });
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)!;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return cached(
    `d:${lang}:${style}`,
    () =>
      new Intl.DateTimeFormat(LOCALE[lang], {
        timeZone: 'UTC',
        day: 'numeric',
        month: style === 'long' ? 'long' : '2-digit',
        year: 'numeric',
      }),
  ).format(d);
}

/**
 * Writes an amount of integer euro cents as money in the given language,
 * thousands always grouped (`9.940,00 €` as well as `24.310,00 €`). Without
 * the fraction, cents are rounded half away from zero.
 *
 * @example
 * ```ts
 * formatCents(820_000_000, 'it'); // '8.200.000,00 €'
 * formatCents(994_000, 'it');     // '9.940,00 €'
 * formatCents(820_000_000, 'en'); // '€8,200,000.00'
 * ```
 */
export function formatCents(cents: number, lang: Lang, options: { fraction?: boolean } = {}): string {
  cents = ensureNumber(cents, ['cents']);
  lang = langArgument(lang);
  const fraction = options === undefined || options === null || typeof options !== 'object' ? undefined : (options as { fraction?: unknown }).fraction;
  if (fraction !== undefined && typeof fraction !== 'boolean') refuse('invalid_type', ['options', 'fraction'], { expected: 'boolean', received: typeName(fraction) });
  const digits = fraction === false ? 0 : 2;
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
  if (digits === 2 && Number.isSafeInteger(cents) && Math.abs(cents) <= 1e15) return f.format(cents / 100);
  return formatDecimal(f, roundDecimal(shift(plainDecimal(cents), -2), digits));
}

/**
 * Writes a number in the given language, rounded half away from zero to at
 * most `maximumFractionDigits` decimals, thousands always grouped.
 *
 * @example
 * ```ts
 * formatNumber(1234.5, 'it');   // '1.234,5'
 * formatNumber(12345.678, 'en'); // '12,345.68'
 * ```
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  value = ensureNumber(value, ['value']);
  lang = langArgument(lang);
  maximumFractionDigits = digitsArgument(maximumFractionDigits, 'maximumFractionDigits');
  const f = cached(`n:${lang}:${maximumFractionDigits}`, () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits, useGrouping: ALWAYS }));
  return formatDecimal(f, roundDecimal(plainDecimal(value), maximumFractionDigits));
}

function percentOfDecimal(ratio: string, lang: Lang, digits: number): string {
  const f = cached(
    `p:${lang}:${digits}`,
    () => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits, useGrouping: ALWAYS }),
  );
  // Round the ratio at digits + 2 decimals: the percentage's `digits`.
  return formatDecimal(f, roundDecimal(ratio, digits + 2));
}

/**
 * Writes a ratio (0.59) as a percentage ("59%") in the given language. This
 * is where rounding happens, and only here: half away from zero to `digits`
 * decimals (default 0), on the number's decimal value (0.475 is 48%, never
 * 47% because the double is 0.47499999...). The ratio itself is never
 * rounded, so 5.9 on a 0-10 scale shows as 59%, never 50%. A value that
 * rounds to zero shows no sign.
 *
 * @example
 * ```ts
 * formatPercent(0.59, 'it');      // '59%'
 * formatPercent(0.475, 'it');     // '48%'
 * formatPercent(-0.475, 'it');    // '-48%'
 * formatPercent(1.125, 'en', 1);  // '112.5%'
 * ```
 */
export function formatPercent(ratio: number, lang: Lang, digits = 0): string {
  ratio = ensureNumber(ratio, ['ratio']);
  lang = langArgument(lang);
  digits = digitsArgument(digits, 'digits');
  return percentOfDecimal(plainDecimal(ratio), lang, digits);
}

/**
 * Writes a value that is already a percentage (60 for 60 %) in the same style
 * as {@link formatPercent}, rounded half away from zero to at most `digits`
 * decimals (default 2).
 *
 * @example
 * ```ts
 * formatPercentValue(3.8, 'it'); // '3,8%'
 * formatPercentValue(60, 'en');  // '60%'
 * ```
 */
export function formatPercentValue(percent: number, lang: Lang, digits = 2): string {
  percent = ensureNumber(percent, ['percent']);
  lang = langArgument(lang);
  digits = digitsArgument(digits, 'digits');
  return percentOfDecimal(shift(plainDecimal(percent), -2), lang, digits);
}
