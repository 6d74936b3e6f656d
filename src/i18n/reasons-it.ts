import type { MessageParams } from './catalogue.js';
import { dateWith, euro, many, provinces, sizes, type ReasonTexts } from './reasons-common.js';

/** The EU SME sizes, by code, as a firm is one and as a programme admits them. */
const IT_SIZE: Record<string, string> = { micro: 'una microimpresa', small: 'una piccola impresa', medium: 'una media impresa', large: 'una grande impresa' };
const IT_SIZES: Record<string, string> = { micro: 'microimprese', small: 'piccole imprese', medium: 'medie imprese', large: 'grandi imprese' };

/** The staff of an artisan firm, with the apprentices among them when there are any. */
const itStaff = (p: MessageParams) =>
  `${many(p.count ?? p.name, 'addetto', 'addetti')}${p.part ? `, di cui ${many(p.part, 'apprendista', 'apprendisti')},` : ''}`;

/** The artisan limits of an activity: a base, raised when the units above it are apprentices. */
const itLimit = (p: MessageParams) =>
  p.max !== undefined && p.max !== p.limit
    ? `al massimo ${many(p.limit, 'addetto', 'addetti')}, o ${p.max} se quelli in più sono apprendisti`
    : `al massimo ${many(p.limit, 'addetto', 'addetti')}`;

/** The reasons of the eligibility rules in Italian. */
export const reasonsIt: ReasonTexts = {
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
  'edition_closed': (p) => `Le adesioni a questa edizione sono chiuse: l'edizione è terminata ${dateWith(p.name, 'it', 'on')}`,
  'ateco_format': () => 'Codice ATECO non valido: per esempio 25.62.00',
  'ateco_version': (p) =>
    p.other
      ? `Il codice ${p.other} non indica la stessa attività in ATECO 2007 e in ATECO 2025: il programma usa ${p.name}, quindi indicare il codice ${p.name} dell'attività prevalente (${dateWith('2025-04-01', 'it', 'since')} la visura camerale riporta il codice ATECO 2025); in caso di dubbio, chiedere all'ufficio del programma`
      : `Il programma usa ${p.name}: ${dateWith('2025-04-01', 'it', 'since')} la visura camerale riporta il codice ATECO 2025; se il codice indicato viene da lì, controllare che in ${p.name} sia lo stesso`,
  sector: (p) => `Il codice ATECO ${p.name} non rientra nei settori del programma (${p.values})`,
  'sector_ok': (p) => `Il codice ATECO ${p.name} rientra nei settori del programma`,
  territory: (p) => `La sede (${provinces(p.name, 'it')}) non è nel territorio del programma (${provinces(p.values, 'it')})`,
  'territory_ok': (p) => `La sede è nel territorio del programma (${provinces(p.name, 'it')})`,
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
  'pec_required': () => "Manca l'indirizzo PEC dell'impresa: il link per confermare la domanda arriva lì",
  'capacity_full': (p) => (p.limit === 1 ? "L'unico posto del programma è occupato" : `I ${p.limit} posti del programma sono esauriti`),
  waitlist: (p) =>
    `${p.limit === 1 ? "L'unico posto del programma è occupato" : `I ${p.limit} posti del programma sono occupati`}: la domanda va in lista d'attesa, posizione ${p.name}`,
};

