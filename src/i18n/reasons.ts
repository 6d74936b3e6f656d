/**
 * Messages of the enrolment rules (identifiers and eligibility), in Italian
 * and English. The codes are stable.
 */
import * as z from 'zod/mini';
import { MechnetError } from '../errors/mechnet-error.js';
import { ensure, refuse } from '../model/guard.js';
import type { LocalText } from './lang.js';
import { centsText } from './numbers.js';
import type { MessageParams } from './catalogue.js';

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
  | 'capacity_full'
  | 'waitlist';

type Texts = Record<ReasonCode, (p: MessageParams) => string>;

/** `1 addetto`, `2 addetti`: a count with its noun in the number it takes. */
/** An amount of cents in the language's format. */
const euro = (cents: number | undefined, lang: 'it' | 'en') => centsText(cents ?? 0, lang);

/** The EU SME sizes, by code, as a firm is one and as a programme admits them. */
const IT_SIZE: Record<string, string> = { micro: 'una microimpresa', small: 'una piccola impresa', medium: 'una media impresa', large: 'una grande impresa' };
const IT_SIZES: Record<string, string> = { micro: 'microimprese', small: 'piccole imprese', medium: 'medie imprese', large: 'grandi imprese' };
const EN_SIZE: Record<string, string> = { micro: 'a micro enterprise', small: 'a small enterprise', medium: 'a medium-sized enterprise', large: 'a large enterprise' };
const EN_SIZES: Record<string, string> = { micro: 'micro enterprises', small: 'small enterprises', medium: 'medium-sized enterprises', large: 'large enterprises' };
/** A list of size codes (`micro, small`) in words. */
const sizes = (codes: string | undefined, words: Record<string, string>) =>
  (codes ?? '').split(', ').map((c) => words[c] ?? c).join(', ');

const many = (n: number | string | undefined, one: string, other: string): string => `${n ?? 0} ${Number(n) === 1 ? one : other}`;

/** The staff of an artisan firm, with the apprentices among them when there are any. */
const itStaff = (p: MessageParams) =>
  `${many(p.count ?? p.name, 'addetto', 'addetti')}${p.part ? `, di cui ${many(p.part, 'apprendista', 'apprendisti')},` : ''}`;
const enStaff = (p: MessageParams) =>
  `${many(p.count ?? p.name, 'employee', 'employees')}${p.part ? `, ${many(p.part, 'apprentice', 'apprentices')} among them,` : ''}`;

/** The artisan limits of an activity: a base, raised when the units above it are apprentices. */
const itLimit = (p: MessageParams) =>
  p.max !== undefined && p.max !== p.limit
    ? `al massimo ${many(p.limit, 'addetto', 'addetti')}, o ${p.max} se quelli in più sono apprendisti`
    : `al massimo ${many(p.limit, 'addetto', 'addetti')}`;
const enLimit = (p: MessageParams) =>
  p.max !== undefined && p.max !== p.limit
    ? `at most ${many(p.limit, 'employee', 'employees')}, or ${p.max} when the ones above are apprentices`
    : `at most ${many(p.limit, 'employee', 'employees')}`;

const it: Texts = {
  'partita_iva_empty': () => 'Indicare la partita IVA',
  'partita_iva_length': () => 'La partita IVA è fatta di 11 cifre',
  'partita_iva_characters': () => 'La partita IVA contiene solo cifre (il prefisso IT è facoltativo)',
  'partita_iva_company_number': () => 'Le prime 7 cifre della partita IVA non possono essere tutte zero',
  'partita_iva_office_code': () =>
    'Le cifre 8-10 della partita IVA (codice dell\'ufficio) devono essere tra 001 e 100, oppure 120, 121, 888 o 999',
  'partita_iva_check_digit': () => 'La partita IVA non è corretta: l\'ultima cifra di controllo non corrisponde; ricontrollare le cifre',
  'codice_fiscale_empty': () => 'Indicare il codice fiscale',
  'codice_fiscale_length': () => 'Il codice fiscale è di 11 cifre (impresa) o 16 caratteri (persona)',
  'codice_fiscale_characters': () =>
    'Il codice fiscale di una persona è fatto di 6 lettere, 2 cifre, 1 lettera, 2 cifre, 1 lettera, 3 cifre e 1 lettera',
  'codice_fiscale_check_digit': () => 'Il codice fiscale non è corretto: il carattere di controllo non corrisponde',
  'codice_fiscale_birth_date': () => 'Il codice fiscale contiene una data di nascita impossibile',
  programme: (p) => `La domanda è per il programma «${p.name}», non per «${p.other}»`,
  'edition_closed': (p) => `Le adesioni a questa edizione sono chiuse dal ${p.name}`,
  'ateco_format': () => 'Codice ATECO non valido: per esempio 25.62.00',
  'ateco_version': (p) =>
    `Il programma usa la classificazione ${p.name}: dal 1° aprile 2025 è in vigore ATECO 2025; indicare il codice nella classificazione ${p.name}`,
  sector: (p) => `Il codice ATECO ${p.name} non rientra nei settori del programma (${p.values})`,
  'sector_ok': (p) => `Il codice ATECO ${p.name} rientra nei settori del programma`,
  territory: (p) => `La sede (provincia ${p.name}) non è nel territorio del programma (${p.values})`,
  'territory_ok': (p) => `La sede è nel territorio del programma (provincia ${p.name})`,
  size: (p) => `L'impresa risulta ${IT_SIZE[p.name ?? ''] ?? p.name}; il programma ammette: ${sizes(p.values, IT_SIZES)}`,
  'size_ok': (p) => `L'impresa risulta ${IT_SIZE[p.name ?? ''] ?? p.name}`,
  'artisan_required': () => 'Il programma è riservato alle imprese iscritte all\'Albo delle imprese artigiane',
  'artisan_excluded': () => 'Il programma non è aperto alle imprese artigiane',
  'artisan_limits': (p) =>
    `Con ${itStaff(p)} l'impresa supera i limiti dell'impresa artigiana (${itLimit(p)}; legge 443/1985 art. 4)`,
  'de_minimis_ceiling': (p) =>
    `L'aiuto del programma (${euro(p.aidCents, 'it')}) porterebbe gli aiuti «de minimis» oltre il massimale di ${euro(p.ceilingCents, 'it')} (regolamento ${p.other}): l'aiuto non è ammissibile nemmeno in parte. Margine disponibile: ${euro(p.leftCents, 'it')}`,
  'de_minimis_headroom': (p) =>
    `Aiuti «de minimis» nel periodo: ${euro(p.usedCents, 'it')} su ${euro(p.ceilingCents, 'it')} (regolamento ${p.other}); margine dopo l'aiuto del programma: ${euro(p.leftCents, 'it')}`,
  'de_minimis_unknown_regime': (p) => `Nessun regolamento «de minimis» noto per la data ${p.name}`,
  'consent_notice': (p) => `L'informativa privacy è cambiata (versione ${p.other}, non ${p.name}): leggere la nuova versione`,
  'consent_purpose': (p) => `Finalità del consenso sconosciuta: «${p.name}»`,
  duplicate: (p) => `L'impresa con partita IVA ${p.name} ha già presentato domanda per questa edizione`,
  'capacity_full': (p) => (p.limit === 1 ? "L'unico posto del programma è occupato" : `I ${p.limit} posti del programma sono esauriti`),
  waitlist: (p) =>
    `${p.limit === 1 ? "L'unico posto del programma è occupato" : `I ${p.limit} posti del programma sono occupati`}: la domanda va in lista d'attesa, posizione ${p.name}`,
};

const en: Texts = {
  'partita_iva_empty': () => 'Enter the partita IVA',
  'partita_iva_length': () => 'A partita IVA is 11 digits',
  'partita_iva_characters': () => 'A partita IVA has digits only (the IT prefix is optional)',
  'partita_iva_company_number': () => 'The first 7 digits of a partita IVA cannot all be zero',
  'partita_iva_office_code': () =>
    'Digits 8-10 of a partita IVA (the office code) must be 001 to 100, or 120, 121, 888 or 999',
  'partita_iva_check_digit': () => 'The partita IVA is not correct: its last (check) digit does not match; check the digits',
  'codice_fiscale_empty': () => 'Enter the codice fiscale',
  'codice_fiscale_length': () => 'A codice fiscale is 11 digits (a company) or 16 characters (a person)',
  'codice_fiscale_characters': () =>
    "A person's codice fiscale is 6 letters, 2 digits, 1 letter, 2 digits, 1 letter, 3 digits and 1 letter",
  'codice_fiscale_check_digit': () => 'The codice fiscale is not correct: its check character does not match',
  'codice_fiscale_birth_date': () => 'The codice fiscale holds an impossible birth date',
  programme: (p) => `The application is for programme "${p.name}", not "${p.other}"`,
  'edition_closed': (p) => `Enrolment in this edition closed on ${p.name}`,
  'ateco_format': () => 'Not a valid ATECO code: for example 25.62.00',
  'ateco_version': (p) =>
    `The programme uses the ${p.name} classification; ATECO 2025 is in force since 1 April 2025: give the code in ${p.name}`,
  sector: (p) => `ATECO code ${p.name} is not in the programme's sectors (${p.values})`,
  'sector_ok': (p) => `ATECO code ${p.name} is in the programme's sectors`,
  territory: (p) => `The registered seat (province ${p.name}) is not in the programme's territory (${p.values})`,
  'territory_ok': (p) => `The seat is in the programme's territory (province ${p.name})`,
  size: (p) => `The firm is ${EN_SIZE[p.name ?? ''] ?? p.name}; the programme admits: ${sizes(p.values, EN_SIZES)}`,
  'size_ok': (p) => `The firm is ${EN_SIZE[p.name ?? ''] ?? p.name}`,
  'artisan_required': () => 'The programme is for firms registered as artisan firms (Albo delle imprese artigiane)',
  'artisan_excluded': () => 'The programme is not open to artisan firms',
  'artisan_limits': (p) =>
    `With ${enStaff(p)} the firm exceeds the limits of an artisan firm (${enLimit(p)}; Legge 443/1985 art. 4)`,
  'de_minimis_ceiling': (p) =>
    `The programme's aid (${euro(p.aidCents, 'en')}) would take the firm's de minimis aid over the ceiling of ${euro(p.ceilingCents, 'en')} (Regulation ${p.other}): the aid cannot be granted, not even in part. Headroom: ${euro(p.leftCents, 'en')}`,
  'de_minimis_headroom': (p) =>
    `De minimis aid in the period: ${euro(p.usedCents, 'en')} of ${euro(p.ceilingCents, 'en')} (Regulation ${p.other}); headroom after the programme's aid: ${euro(p.leftCents, 'en')}`,
  'de_minimis_unknown_regime': (p) => `No known de minimis regulation for the date ${p.name}`,
  'consent_notice': (p) => `The privacy notice has changed (version ${p.other}, not ${p.name}): read the new version`,
  'consent_purpose': (p) => `Unknown consent purpose: "${p.name}"`,
  duplicate: (p) => `The firm with partita IVA ${p.name} has already applied to this edition`,
  'capacity_full': (p) => (p.limit === 1 ? "The programme's only place is taken" : `All ${p.limit} places of the programme are taken`),
  waitlist: (p) =>
    `${p.limit === 1 ? "The programme's only place is taken" : `All ${p.limit} places of the programme are taken`}: the application is waitlisted, position ${p.name}`,
};

const TEXTS = { it, en } as const;

/** Every reason's texts, by language (for completeness checks). */
export const reasonTexts: Readonly<Record<'it' | 'en', Readonly<Texts>>> = TEXTS;

/**
 * The message of a reason in Italian and English.
 *
 * @example
 * ```ts
 * reasonText('partita_iva_length').en; // 'A partita IVA is 11 digits'
 * ```
 */
export function reasonText(
  code: ReasonCode,
  params: MessageParams | ((lang: 'it' | 'en') => MessageParams) = {},
): LocalText {
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(it, code)) {
    refuse('unknown_reason', ['code'], { name: typeof code === 'string' ? code : '' });
  }
  try {
    return reasonMessages(code, typeof params === 'function' ? params : ensure(ParamsSchema, params ?? {}, ['params']));
  } catch (e) {
    if (e instanceof MechnetError) throw e;
    refuse('unreadable', ['params']);
  }
}

/** {@link reasonText} on checked arguments, for the library's own rules. */
export function reasonMessages(
  code: ReasonCode,
  params: MessageParams | ((lang: 'it' | 'en') => MessageParams) = {},
): LocalText {
  const p = typeof params === 'function' ? params : () => params;
  return { it: it[code](p('it')), en: en[code](p('en')) };
}

/** Message parameters given by a caller: texts and numbers. */
const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
