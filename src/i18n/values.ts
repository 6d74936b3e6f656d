/** A value received where another was expected, written for people in Italian and English. */
import type { Lang } from './lang.js';

/** How values are named in messages, by kind. */
export const valueWords: Record<Lang, Record<string, string>> = {
  it: {
    nan: 'un valore che non è un numero',
    inf: 'infinito',
    '-inf': 'meno infinito',
    text: 'il testo',
    bigint: 'un numero BigInt',
    symbol: 'un simbolo',
    function: 'una funzione',
    array: 'un elenco',
    object: 'un oggetto',
    date: 'una data',
    undefined: 'niente',
    null: 'null',
    true: 'true (sì)',
    false: 'false (no)',
  },
  en: {
    nan: 'a value that is not a number',
    inf: 'infinity',
    '-inf': 'minus infinity',
    text: 'the text',
    bigint: 'a BigInt number',
    symbol: 'a symbol',
    function: 'a function',
    array: 'a list',
    object: 'an object',
    date: 'a date',
    undefined: 'nothing',
    null: 'null',
    true: 'true (yes)',
    false: 'false (no)',
  },
};

/**
 * A value as people read it, in the given language: numbers in full with the
 * language's decimal mark, texts quoted, anything else by its kind.
 *
 * @example
 * ```ts
 * describeValue(10.5, 'it');   // '10,5'
 * describeValue(NaN, 'en');    // 'a value that is not a number'
 * describeValue('abc', 'it');  // 'il testo «abc»'
 * ```
 */
export function describeValue(v: unknown, lang: Lang): string {
  const w = valueWords[lang];
  switch (typeof v) {
    case 'number': {
      if (Number.isNaN(v)) return w.nan!;
      if (!Number.isFinite(v)) return v > 0 ? w.inf! : w['-inf']!;
      const s = String(v);
      return lang === 'it' ? s.replace('.', ',') : s;
    }
    case 'string': {
      const t = v.length > 40 ? `${v.slice(0, 40)}…` : v;
      return lang === 'it' ? `${w.text} «${t}»` : `${w.text} "${t}"`;
    }
    case 'boolean':
      return v ? w.true! : w.false!;
    case 'bigint':
    case 'symbol':
    case 'function':
    case 'undefined':
      return w[typeof v]!;
    default:
      if (v === null) return w.null!;
      try {
        if (Array.isArray(v)) return w.array!;
        if (v instanceof Date) return w.date!;
      } catch {
        // a proxy that fights back (revoked, or a trap that throws): an object all the same
      }
      return w.object!;
  }
}

