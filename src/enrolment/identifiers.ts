/**
 * Italian identifiers: partita IVA (VAT number) and codice fiscale (tax
 * code), with normalisers and checks that say what is wrong.
 */
import { reasonMessages } from '../i18n/reasons.js';
import { ensureText, guarded, refuse } from '../model/guard.js';
import type { LocalText } from '../i18n/lang.js';

/** What can be wrong with a partita IVA. */
export type PartitaIvaProblem = 'empty' | 'length' | 'characters' | 'company_number' | 'office_code' | 'check_digit';

/** What can be wrong with a codice fiscale. */
export type CodiceFiscaleProblem = 'empty' | 'length' | 'characters' | 'check_digit' | 'birth_date' | PartitaIvaProblem;

/** The outcome of checking an identifier. */
export interface IdentifierCheck<P extends string> {
  valid: boolean;
  /** The identifier as the library stores it. */
  normalized: string;
  /** What is wrong, when not valid. */
  problem?: P;
  /** What is wrong, in words. */
  message?: LocalText;
}

/** Details read from a person's codice fiscale. */
export interface CodiceFiscalePerson {
  /** Two-digit year of birth. */
  year: number;
  month: number;
  day: number;
  sex: 'M' | 'F';
  /** Cadastral code of the municipality (or Z + country code). */
  place: string;
}

/**
 * Puts a partita IVA in the form the library stores: without spaces, dots,
 * dashes, slashes or an `IT` prefix. Idempotent.
 *
 * @example
 * ```ts
 * normalizePartitaIva(' IT 007 431 101 57 '); // '00743110157'
 * ```
 */
export function normalizePartitaIva(input: string): string {
  return guarded(undefined, () => {
    const compact = ensureText(input, ['partitaIva']).replace(/[\s.\-/]/g, '');
    // The country prefix goes only when digits follow, so normalising twice changes nothing.
    return /^it\d*$/i.test(compact) ? compact.slice(2) : compact;
  });
}

/** Luhn sum check over 11 digits, as used by the partita IVA. */
function luhnOk(digits: string): boolean {
  return luhnCheckDigit(digits.slice(0, 10)) === digits[10];
}

/**
 * The check digit that completes the first 10 digits of a partita IVA:
 * digits in even positions (2nd, 4th, … from the left) are doubled, less 9
 * when above 9; the check digit brings the sum of all 11 to a multiple of 10.
 *
 * @example
 * ```ts
 * partitaIvaCheckDigit('0074311015'); // '7'
 * ```
 */
export function partitaIvaCheckDigit(first10: string): string {
  if (typeof first10 !== 'string' || !/^\d{10}$/.test(first10)) refuse('invalid_partita_iva_digits', ['first10'], { limit: 10 });
  return luhnCheckDigit(first10);
}

/** The Luhn check digit of 10 digits (checked by the caller). */
function luhnCheckDigit(first10: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = first10.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function isOfficeCode(code: number): boolean {
  return (code >= 1 && code <= 100) || code === 120 || code === 121 || code === 888 || code === 999;
}

function fail<P extends string>(normalized: string, problem: P, prefix: string): IdentifierCheck<P> {
  return { valid: false, normalized, problem, message: reasonMessages(`${prefix}_${problem}` as never) };
}

/**
 * Checks a partita IVA and says what is wrong: empty, length (not 11 digits),
 * characters (not only digits), company number (all zeros), office code (not
 * 001-100, 120, 121, 888 or 999) or check digit.
 *
 * @example
 * ```ts
 * checkPartitaIva('00743110158').problem;     // 'check_digit'
 * checkPartitaIva('IT 00743110157').valid;    // true
 * ```
 */
export function checkPartitaIva(input: string): IdentifierCheck<PartitaIvaProblem> {
  return guarded(undefined, () => {
    const n = typeof input === 'string' ? normalizePartitaIva(input) : '';
    if (n === '') return fail(n, 'empty', 'partita_iva');
    if (!/^\d*$/.test(n)) return fail(n, 'characters', 'partita_iva');
    if (n.length !== 11) return fail(n, 'length', 'partita_iva');
    if (n.startsWith('0000000')) return fail(n, 'company_number', 'partita_iva');
    if (!isOfficeCode(Number(n.slice(7, 10)))) return fail(n, 'office_code', 'partita_iva');
    if (!luhnOk(n)) return fail(n, 'check_digit', 'partita_iva');
    return { valid: true, normalized: n };
  });
}

/**
 * Whether a partita IVA is valid (after normalising).
 *
 * @example
 * ```ts
 * isValidPartitaIva('00743110157'); // true
 * isValidPartitaIva('00743110158'); // false
 * ```
 */
export function isValidPartitaIva(input: string): boolean {
  return guarded(undefined, () => checkPartitaIva(input).valid);
}

/**
 * Puts a codice fiscale in the form the library stores: upper case, without
 * spaces or dashes. Idempotent.
 *
 * @example
 * ```ts
 * normalizeCodiceFiscale('rccmnl 83s18 d969h'); // 'RCCMNL83S18D969H'
 * ```
 */
export function normalizeCodiceFiscale(input: string): string {
  return guarded(undefined, () => ensureText(input, ['codiceFiscale']).replace(/[\s.\-/]/g, '').toUpperCase());
}

const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const OMOCODIA = 'LMNPQRSTUV';
const OMOCODIA_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const MONTHS = 'ABCDEHLMPRST';
const PERSON = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** The check character of the first 15 characters of a person's codice fiscale. */
export function codiceFiscaleCheckChar(first15: string): string {
  if (typeof first15 !== 'string' || !/^[A-Z0-9]{15}$/.test(first15)) refuse('invalid_codice_fiscale_chars', ['first15'], { limit: 15 });
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charCodeAt(i);
    const v = c >= 65 ? c - 65 : c - 48; // letter A-Z as 0-25, digit as its value
    sum += i % 2 === 0 ? ODD[v]! : v; // 1-based odd positions are 0-based even
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Replaces omocodia letters with the digits they stand for. */
function decodeOmocodia(cf: string): string {
  const chars = cf.split('');
  for (const p of OMOCODIA_POSITIONS) {
    const k = OMOCODIA.indexOf(chars[p]!);
    if (k >= 0) chars[p] = String(k);
  }
  return chars.join('');
}

/**
 * Reads birth date, sex and place from a person's codice fiscale (omocodia
 * decoded). Returns undefined when the code is not a valid person's code.
 *
 * @example
 * ```ts
 * readCodiceFiscale('RCCMNL83S18D969H'); // { year: 83, month: 11, day: 18, sex: 'M', place: 'D969' }
 * ```
 */
export function readCodiceFiscale(input: string): CodiceFiscalePerson | undefined {
  return guarded(undefined, () => {
    const check = checkCodiceFiscale(input);
    if (!check.valid || check.normalized.length !== 16) return undefined;
    return person(decodeOmocodia(check.normalized));
  });
}

function person(decoded: string): CodiceFiscalePerson {
  const dayField = Number(decoded.slice(9, 11));
  return {
    year: Number(decoded.slice(6, 8)),
    month: MONTHS.indexOf(decoded[8]!) + 1,
    day: dayField > 40 ? dayField - 40 : dayField,
    sex: dayField > 40 ? 'F' : 'M',
    place: decoded.slice(11, 15),
  };
}

function birthDateExists(p: CodiceFiscalePerson, dayField: number): boolean {
  if (!((dayField >= 1 && dayField <= 31) || (dayField >= 41 && dayField <= 71))) return false;
  // Two-digit year: a 29 February is possible when either century makes it a leap year.
  const monthDays = [31, p.year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return p.day <= monthDays[p.month - 1]!;
}

/**
 * Checks a codice fiscale and says what is wrong. An 11-digit code (a
 * company's) is checked like a partita IVA; a 16-character code (a person's)
 * for its characters, its check character and its birth date, with omocodia
 * letters decoded.
 *
 * @example
 * ```ts
 * checkCodiceFiscale('RCCMNL83S18D969H').valid;   // true
 * checkCodiceFiscale('RCCMNL83S18D969A').problem; // 'check_digit'
 * checkCodiceFiscale('RCCMNL83B30D969?').problem; // 'characters'
 * ```
 */
export function checkCodiceFiscale(input: string): IdentifierCheck<CodiceFiscaleProblem> {
  return guarded(undefined, () => {
    const n = typeof input === 'string' ? normalizeCodiceFiscale(input) : '';
    if (n === '') return fail(n, 'empty', 'codice_fiscale');
    if (/^\d+$/.test(n) && n.length === 11) {
      if (!luhnOk(n)) return fail(n, 'check_digit', 'codice_fiscale');
      return { valid: true, normalized: n };
    }
    if (n.length !== 16) return fail(n, 'length', 'codice_fiscale');
    if (!PERSON.test(n)) return fail(n, 'characters', 'codice_fiscale');
    if (codiceFiscaleCheckChar(n.slice(0, 15)) !== n[15]) return fail(n, 'check_digit', 'codice_fiscale');
    const decoded = decodeOmocodia(n);
    if (!birthDateExists(person(decoded), Number(decoded.slice(9, 11)))) return fail(n, 'birth_date', 'codice_fiscale');
    return { valid: true, normalized: n };
  });
}

/**
 * Whether a codice fiscale is valid (after normalising).
 *
 * @example
 * ```ts
 * isValidCodiceFiscale('RCCMNL83S18D969H'); // true
 * isValidCodiceFiscale('00743110157');      // true (a company)
 * ```
 */
export function isValidCodiceFiscale(input: string): boolean {
  return guarded(undefined, () => checkCodiceFiscale(input).valid);
}
