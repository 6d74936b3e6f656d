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

/**
 * What the library knows of the passage from ATECO 2007 to ATECO 2025, for
 * the divisions of the mechanical sector that the MechNet preset admits
 * (24 to 30 and 33). Source: ATECO 2025 is the national version of NACE
 * Rev. 2.1 (Commission Delegated Regulation (EU) 2023/137), which splits the
 * civil and the military part of these classes; the rest of the divisions
 * keeps its classes. The list covers classes (four digits) only, not the
 * national categories and subcategories (five and six digits), and no other
 * division: ISTAT's correspondence table ATECO 2007 - ATECO 2025 (istat.it,
 * "Verso ATECO 2025") is the reference for those, and for any class a
 * programme relies on.
 */
export const ATECO_2025_CHANGES = {
  /** The divisions whose classes were compared. */
  divisions: ['24', '25', '26', '27', '28', '29', '30', '33'],
  /**
   * The classes that do not mean the same activity in the two: split in
   * ATECO 2025 (ships 30.11, aircraft and spacecraft 30.30, repair of ships,
   * aircraft and other transport equipment 33.15-33.17 become civil only), or
   * new in ATECO 2025 (military ships 30.13, civil and military aircraft
   * 30.31 and 30.32, repair of military vehicles, ships and aircraft 33.18).
   */
  classes: ['30.11', '30.13', '30.30', '30.31', '30.32', '33.15', '33.16', '33.17', '33.18'],
} as const;

/**
 * Whether an ATECO code means the same activity in ATECO 2007 and ATECO 2025:
 * `changed`, `same`, or `unknown` outside the divisions the library has
 * compared ({@link ATECO_2025_CHANGES}). A code of a whole division or group
 * is `changed` when any class in it changed.
 */
export function atecoChange(code: string): 'changed' | 'same' | 'unknown' {
  const { divisions, classes } = ATECO_2025_CHANGES;
  if (!(divisions as readonly string[]).includes(code.slice(0, 2))) return 'unknown';
  return classes.some((c) => c.startsWith(code.slice(0, 5))) ? 'changed' : 'same';
}
