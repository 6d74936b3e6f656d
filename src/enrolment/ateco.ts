/** ATECO activity codes: format, version, and the programme's sector prefixes. */
import * as z from 'zod/mini';
import { AtecoVersion } from '../model/schemas.js';
import { ensure, ensureText, guarded } from '../model/guard.js';
import { IsoDate } from '../model/schemas.js';

const Prefixes = z.array(z.string());

/** The classifications a programme can name. */
export type AtecoClassification = 'ATECO 2007' | 'ATECO 2025';

/** The day ATECO 2025 became operational (in force since 1 January 2025). */
export const ATECO_2025_OPERATIONAL = '2025-04-01';

const FORMAT = /^\d{2}(?:\.\d{1,2}(?:\.\d{1,2})?)?$/;

/**
 * Whether `code` is written as an ATECO code (2007 and 2025 share the form
 * `NN`, `NN.N`, `NN.NN`, `NN.NN.N`, `NN.NN.NN`).
 *
 * @example
 * ```ts
 * isAtecoCode('25.62.00'); // true
 * isAtecoCode('C25.62');   // false
 * ```
 */
export function isAtecoCode(code: string): boolean {
  return guarded(undefined, () => typeof code === 'string' && FORMAT.test(code));
}

/**
 * Puts an ATECO code as people type it into its dotted form.
 *
 * @example
 * ```ts
 * normalizeAteco('256200');    // '25.62.00'
 * normalizeAteco(' 25.62.00'); // '25.62.00'
 * ```
 */
export function normalizeAteco(input: string): string {
  return guarded(undefined, () => {
    const s = ensureText(input, ['ateco']).trim().replace(/\s/g, '');
    if (/^\d{2,6}$/.test(s)) return [s.slice(0, 2), s.slice(2, 4), s.slice(4, 6)].filter(Boolean).join('.');
    return s;
  });
}

/**
 * The first of `prefixes` that `code` starts with, segment by segment (`25`
 * and `25.6` match `25.62.00`; `28.4` does not match `28.04`), or undefined.
 *
 * @example
 * ```ts
 * matchAtecoPrefix('25.62.00', ['24', '25']); // '25'
 * matchAtecoPrefix('45.20.10', ['24', '25']); // undefined
 * ```
 */
export function matchAtecoPrefix(code: string, prefixes: readonly string[]): string | undefined {
  return prefixOf(ensureText(code, ['code']), ensure(Prefixes, prefixes, ['prefixes']));
}

/** {@link matchAtecoPrefix} on checked arguments. */
export function prefixOf(code: string, prefixes: readonly string[]): string | undefined {
  const parts = code.split('.');
  for (const p of prefixes) {
    const pp = p.split('.');
    if (pp.length > parts.length) continue;
    let ok = true;
    for (let i = 0; i < pp.length && ok; i++) {
      const a = parts[i]!;
      const b = pp[i]!;
      ok = i === pp.length - 1 ? a.startsWith(b) : a === b;
    }
    if (ok) return p;
  }
  return undefined;
}

/**
 * Whether a code given on `date` may be in another classification than the
 * programme's: a programme on ATECO 2007 receiving an application after ATECO
 * 2025 became operational (or the other way round, before).
 *
 * @example
 * ```ts
 * atecoVersionDoubt('ATECO 2007', '2025-06-01'); // true
 * atecoVersionDoubt('ATECO 2007', '2010-02-15'); // false
 * ```
 */
export function atecoVersionDoubt(classification: AtecoClassification, date: string): boolean {
  return versionDoubt(ensure(AtecoVersion, classification, ['classification']), ensure(IsoDate, date, ['date']));
}

/** {@link atecoVersionDoubt} on checked arguments. */
export function versionDoubt(classification: AtecoClassification, date: string): boolean {
  return classification === 'ATECO 2007' ? date >= ATECO_2025_OPERATIONAL : date < ATECO_2025_OPERATIONAL;
}
