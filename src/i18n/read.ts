/**
 * Numbers and amounts of money as people type them in a form, in Italian or
 * English: `1.234,56`, `1234,56`, `1,234.56`, `1234.56`, `€ 1.234`. The
 * last of `,` and `.` is the decimal mark when both appear; a lone `.`
 * followed by groups of three digits separates thousands (`1.234` is one
 * thousand two hundred and thirty-four, as an Italian writes it).
 */
import { guarded } from '../model/guard.js';

/**
 * The number written in `text`, or undefined when it is not one.
 *
 * @example
 * ```ts
 * readNumber('2,5');      // 2.5
 * readNumber('1.234');    // 1234
 * readNumber('1,234.5');  // 1234.5
 * readNumber('−3,5');     // -3.5 (the minus sign U+2212, as the library writes it)
 * readNumber('dieci');    // undefined
 * ```
 */
export function readNumber(text: unknown): number | undefined {
  return guarded(undefined, () => {
    if (typeof text !== 'string') return undefined;
    // The minus sign U+2212 the library writes reads as a minus.
    const s = text.replace(/[\s\u00a0€]/g, '').replace(/^eur/i, '').replace(/^\u2212/, '-');
    if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
    const lastComma = s.lastIndexOf(',');
    const lastDot = s.lastIndexOf('.');
    let normal: string;
    if (lastComma >= 0 && lastDot >= 0) {
      const decimal = lastComma > lastDot ? ',' : '.';
      const thousands = decimal === ',' ? '.' : ',';
      const [int, frac, extra] = s.split(decimal);
      if (extra !== undefined || !groupedThousands(int!, thousands)) return undefined;
      normal = `${int!.split(thousands).join('')}.${frac}`;
    } else if (lastComma >= 0) {
      const parts = s.split(',');
      if (parts.length !== 2) return undefined;
      normal = `${parts[0]}.${parts[1]}`;
    } else if (lastDot >= 0) {
      const parts = s.split('.');
      normal = parts.length > 2 || /^[+-]?\d{1,3}(\.\d{3})+$/.test(s) ? (groupedThousands(s, '.') ? parts.join('') : '') : s;
    } else normal = s;
    if (!/^[+-]?\d+(\.\d+)?$/.test(normal)) return undefined;
    const n = Number(normal);
    return Number.isFinite(n) ? n : undefined;
  });
}

/** Whether the integer part uses `sep` only between groups of three digits (or not at all). */
function groupedThousands(int: string, sep: string): boolean {
  if (!int.includes(sep)) return /^[+-]?\d+$/.test(int);
  return new RegExp(`^[+-]?\\d{1,3}(\\${sep}\\d{3})+$`).test(int);
}

/**
 * The amount of euros written in `text`, in whole cents, or undefined when it
 * is not an amount or has more than two decimals.
 *
 * @example
 * ```ts
 * readEuros('1.234,56'); // 123456
 * readEuros('1234.5');   // 123450
 * readEuros('€ 950');    // 95000
 * readEuros('12,345');   // undefined: three decimals
 * ```
 */
export function readEuros(text: unknown): number | undefined {
  return guarded(undefined, () => {
    const n = readNumber(text);
    if (n === undefined) return undefined;
    const cents = Math.round(n * 100);
    return Math.abs(cents / 100 - n) < 1e-9 && Number.isSafeInteger(cents) ? cents : undefined;
  });
}
