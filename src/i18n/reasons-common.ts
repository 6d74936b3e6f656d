/** What the reason texts of every language share: the codes and small helpers. */
import type { MessageParams } from './catalogue.js';
import { centsText, messageDate, type DatePreposition } from './numbers.js';
import { provincesText } from './provinces.js';

/** An amount of cents in the language's format. */
export const euro = (cents: number | undefined, lang: 'it' | 'en'): string => centsText(cents ?? 0, lang);

/** A date of a message after its preposition, written by the date formatter (a text that is not a date stays as given). */
export const dateWith = (date: string | undefined, lang: 'it' | 'en', preposition: DatePreposition): string => messageDate(date, lang, preposition);

/** Province codes (`VA`, or `CN, AT` as a message lists them) as the words for a territory: `provincia di Varese`. */
export const provinces = (codes: string | undefined, lang: 'it' | 'en'): string => provincesText((codes ?? '').split(', '), lang);

/** A list of size codes (`micro, small`) in words. */
export const sizes = (codes: string | undefined, words: Record<string, string>): string =>
  (codes ?? '').split(', ').map((c) => words[c] ?? c).join(', ');

/** `1 addetto`, `2 addetti`: a count with its noun in the number it takes. */
export const many = (n: number | string | undefined, one: string, other: string): string => `${n ?? 0} ${Number(n) === 1 ? one : other}`;

/** Stable codes of the reasons an eligibility check gives. */
export type ReasonCode =
  | 'partita_iva_empty'
  | 'partita_iva_length'
  | 'partita_iva_characters'
  | 'partita_iva_company_number'
  | 'partita_iva_office_code'
  | 'partita_iva_check_digit'
  | 'codice_fiscale_empty'
  | 'codice_fiscale_length'
  | 'codice_fiscale_characters'
  | 'codice_fiscale_check_digit'
  | 'codice_fiscale_birth_date'
  | 'programme'
  | 'edition_closed'
  | 'ateco_format'
  | 'ateco_version'
  | 'sector'
  | 'sector_ok'
  | 'territory'
  | 'territory_ok'
  | 'size'
  | 'size_ok'
  | 'artisan_required'
  | 'artisan_excluded'
  | 'artisan_limits'
  | 'de_minimis_ceiling'
  | 'de_minimis_headroom'
  | 'de_minimis_unknown_regime'
  | 'consent_notice'
  | 'consent_purpose'
  | 'duplicate'
  | 'pec_required'
  | 'capacity_full'
  | 'waitlist';

/** The texts of the reasons of one language, by code. */
export type ReasonTexts = Record<ReasonCode, (p: MessageParams) => string>;
