import type { Lang } from './lang.js';

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
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
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
 * Writes an amount of integer euro cents as money in the given language.
 *
 * @example
 * ```ts
 * formatCents(820_000_000, 'it'); // '8.200.000,00 €'
 * formatCents(820_000_000, 'en'); // '€8,200,000.00'
 * ```
 */
export function formatCents(cents: number, lang: Lang, options: { fraction?: boolean } = {}): string {
  const digits = options.fraction === false ? 0 : 2;
  return cached(
    `c:${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(LOCALE[lang], {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(cents / 100);
}

/**
 * Writes a number in the given language.
 *
 * @example
 * ```ts
 * formatNumber(1234.5, 'it'); // '1.234,5'
 * ```
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return cached(`n:${lang}:${maximumFractionDigits}`, () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits })).format(value);
}

/**
 * Writes a ratio (0.59) as a percentage ("59 %" / "59%") in the given
 * language. This is where rounding happens, and only here: half away from
 * zero to `digits` decimals (default 0), by `Intl.NumberFormat`. The ratio
 * itself is never rounded, so 5.9 on a 0-10 scale shows as 59 %, never 50 %.
 *
 * @example
 * ```ts
 * formatPercent(0.59, 'it');      // '59%'
 * formatPercent(1.125, 'en', 1);  // '112.5%'
 * ```
 */
export function formatPercent(ratio: number, lang: Lang, digits = 0): string {
  return cached(
    `p:${lang}:${digits}`,
    () => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }),
  ).format(ratio);
}
