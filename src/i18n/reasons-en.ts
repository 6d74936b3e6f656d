import type { MessageParams } from './catalogue.js';
import { dateWith, euro, many, provinces, sizes, type ReasonTexts } from './reasons-common.js';

/** The EU SME sizes, by code, as a firm is one and as a programme admits them. */
const EN_SIZE: Record<string, string> = { micro: 'a micro enterprise', small: 'a small enterprise', medium: 'a medium-sized enterprise', large: 'a large enterprise' };
const EN_SIZES: Record<string, string> = { micro: 'micro enterprises', small: 'small enterprises', medium: 'medium-sized enterprises', large: 'large enterprises' };

/** The staff of an artisan firm, with the apprentices among them when there are any. */
const enStaff = (p: MessageParams) =>
  `${many(p.count ?? p.name, 'employee', 'employees')}${p.part ? `, ${many(p.part, 'apprentice', 'apprentices')} among them,` : ''}`;

/** The artisan limits of an activity: a base, raised when the units above it are apprentices. */
const enLimit = (p: MessageParams) =>
  p.max !== undefined && p.max !== p.limit
    ? `at most ${many(p.limit, 'employee', 'employees')}, or ${p.max} when the ones above are apprentices`
    : `at most ${many(p.limit, 'employee', 'employees')}`;

/** The reasons of the eligibility rules in English. */
export const reasonsEn: ReasonTexts = {
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
  'edition_closed': (p) => `Enrolment in this edition is closed: the edition ended ${dateWith(p.name, 'en', 'on')}`,
  'ateco_format': () => 'Not a valid ATECO code: for example 25.62.00',
  'ateco_version': (p) =>
    p.other
      ? `Code ${p.other} does not mean the same activity in ATECO 2007 and ATECO 2025: the programme uses ${p.name}, so give the code of the main activity in ${p.name} (${dateWith('2025-04-01', 'en', 'since')} the Chamber's company record, the visura camerale, shows the ATECO 2025 code); if in doubt, ask the programme office`
      : `The programme uses ${p.name}: ${dateWith('2025-04-01', 'en', 'since')} the Chamber's company record (visura camerale) shows the ATECO 2025 code; if the code given comes from there, check that it is the same in ${p.name}`,
  sector: (p) => `ATECO code ${p.name} is not in the programme's sectors (${p.values})`,
  'sector_ok': (p) => `ATECO code ${p.name} is in the programme's sectors`,
  territory: (p) => `The registered seat (${provinces(p.name, 'en')}) is not in the programme's territory (${provinces(p.values, 'en')})`,
  'territory_ok': (p) => `The seat is in the programme's territory (${provinces(p.name, 'en')})`,
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
  'pec_required': () => "The firm's PEC address is missing: the link to confirm the application goes there",
  'capacity_full': (p) => (p.limit === 1 ? "The programme's only place is taken" : `All ${p.limit} places of the programme are taken`),
  waitlist: (p) =>
    `${p.limit === 1 ? "The programme's only place is taken" : `All ${p.limit} places of the programme are taken`}: the application is waitlisted, position ${p.name}`,
};
