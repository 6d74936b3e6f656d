/**
 * The 13 firms of the cohort as they applied (DOMAIN.md §0): 8 machining
 * shops, 4 mechanical or electronic assembly firms, 1 galvanic-treatment
 * firm; 103 staff, 120 machines and EUR 8.2M turnover in 2010. Every firm,
 * person and figure is fictional. One firm withdraws, so 12 remain.
 *
 * Other tables name a firm by its `key`; the builders turn it into the
 * partita IVA (see `../facts.ts`).
 */
import type { CollaborationKind, LegalForm } from '../../../src/index.js';
import type { Municipality } from './edition.js';

/** One firm: its application and its 2010 figures. Amounts in euros. */
export interface FirmRow {
  /** Short handle used by the other tables. */
  key: string;
  name: string;
  legalForm: LegalForm;
  /** Digits 1-7 of the partita IVA. */
  companyNumber: string;
  street: string;
  municipality: Municipality;
  /** ATECO 2007, attività prevalente. */
  ateco: string;
  /** 2010 figures (declared in the application and recorded for 2010). */
  staff: number;
  apprentices?: number;
  machines: number;
  turnoverEur: number;
  balanceSheetEur: number;
  artisan: boolean;
  deMinimis: { date: string; amountEur: number; grantor: string }[];
  contact: { name: string; role: string; email: string; phone: string };
  interests: CollaborationKind[];
  aggregation: boolean;
  consent: { newsletter: boolean; publishFigures: boolean };
  /** When the application was submitted (Europe/Rome, winter time). */
  submittedAt: string;
}

/** The 13 firms, in order of application. All fictional. */
export const firms: FirmRow[] = [
  // --- machining shops (8) ---
  {
    key: 'bossi',
    name: 'Officina Meccanica Bossi S.r.l.',
    legalForm: 'srl',
    companyNumber: '0218473',
    street: "Via dell'Artigianato 14",
    municipality: 'Gallarate',
    ateco: '25.62.00',
    staff: 12,
    apprentices: 1,
    machines: 16,
    turnoverEur: 981_300,
    balanceSheetEur: 842_000,
    artisan: true,
    deMinimis: [{ date: '2008-06-12', amountEur: 18_500, grantor: 'Camera di Commercio di Varese' }],
    contact: {
      name: 'Mario Bossi',
      role: 'Amministratore unico',
      email: 'mario.bossi@officinabossi.example',
      phone: '0331 781245',
    },
    interests: ['purchasing', 'machines', 'workforce'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true },
    submittedAt: '2010-01-27T09:40:00+01:00',
  },
  {
    key: 'brambilla',
    name: 'Brambilla Torneria S.n.c. di Luca e Marco Brambilla',
    legalForm: 'snc',
    companyNumber: '0197326',
    street: 'Via Gaetano Donizetti 8',
    municipality: 'Busto Arsizio',
    ateco: '25.62.00',
    staff: 8,
    machines: 11,
    turnoverEur: 612_700,
    balanceSheetEur: 498_000,
    artisan: true,
    deMinimis: [],
    contact: {
      name: 'Luca Brambilla',
      role: 'Socio amministratore',
      email: 'luca@brambillatorneria.example',
      phone: '0331 632918',
    },
    interests: ['purchasing', 'machines'],
    aggregation: true,
    consent: { newsletter: false, publishFigures: true },
    submittedAt: '2010-02-01T11:05:00+01:00',
  },
  {
    key: 'colombo',
    name: 'Meccanica Colombo Fresature S.r.l.',
    legalForm: 'srl',
    companyNumber: '0245190',
    street: 'Via Isonzo 27',
    municipality: 'Cassano Magnago',
    ateco: '25.62.00',
    staff: 14,
    machines: 15,
    turnoverEur: 1_124_600,
    balanceSheetEur: 1_018_000,
    artisan: false,
    deMinimis: [
      { date: '2007-10-05', amountEur: 12_000, grantor: 'Regione Lombardia' },
      { date: '2009-03-18', amountEur: 25_000, grantor: 'Camera di Commercio di Varese' },
    ],
    contact: {
      name: 'Giovanna Colombo',
      role: 'Responsabile amministrativo',
      email: 'amministrazione@colombofresature.example',
      phone: '0331 204877',
    },
    interests: ['purchasing', 'services', 'machines'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true },
    submittedAt: '2010-02-03T15:30:00+01:00',
  },
  {
    key: 'zanzi',
    name: 'Rettifiche Zanzi di Zanzi Ernesto',
    legalForm: 'ditta-individuale',
    companyNumber: '0163058',
    street: 'Via San Giovanni 60',
    municipality: 'Fagnano Olona',
    ateco: '25.62.00',
    staff: 3,
    machines: 5,
    turnoverEur: 238_900,
    balanceSheetEur: 161_000,
    artisan: true,
    deMinimis: [],
    contact: {
      name: 'Ernesto Zanzi',
      role: 'Titolare',
      email: 'ernesto.zanzi@rettifichezanzi.example',
      phone: '0331 361540',
    },
    interests: ['machines', 'workforce'],
    aggregation: true,
    consent: { newsletter: false, publishFigures: false },
    submittedAt: '2010-02-04T18:20:00+01:00',
  },
  {
    key: 'castiglioni',
    name: 'Torneria Castiglioni & Figli S.n.c.',
    legalForm: 'snc',
    companyNumber: '0179842',
    street: 'Via Per Legnano 112',
    municipality: 'Castellanza',
    ateco: '25.62.00',
    staff: 7,
    apprentices: 1,
    machines: 12,
    turnoverEur: 559_200,
    balanceSheetEur: 447_000,
    artisan: true,
    deMinimis: [],
    contact: {
      name: 'Renato Castiglioni',
      role: 'Socio amministratore',
      email: 'renato@torneriacastiglioni.example',
      phone: '0331 503127',
    },
    interests: ['purchasing', 'machines', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true },
    submittedAt: '2010-02-08T10:10:00+01:00',
  },
  {
    key: 'macchi',
    name: 'Macchi Utensili S.a.s. di Paolo Macchi & C.',
    legalForm: 'sas',
    companyNumber: '0226715',
    street: 'Via Monte Rosa 19',
    municipality: 'Tradate',
    ateco: '25.73.10',
    staff: 6,
    machines: 7,
    turnoverEur: 468_400,
    balanceSheetEur: 372_000,
    artisan: true,
    deMinimis: [],
    contact: {
      name: 'Paolo Macchi',
      role: 'Socio accomandatario',
      email: 'paolo.macchi@macchiutensili.example',
      phone: '0331 842906',
    },
    interests: ['purchasing', 'services', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true },
    submittedAt: '2010-02-09T16:45:00+01:00',
  },
  {
    key: 'ferrario',
    name: 'Meccanica di Precisione Ferrario S.r.l.',
    legalForm: 'srl',
    companyNumber: '0251637',
    street: 'Via del Lavoro 5',
    municipality: 'Somma Lombardo',
    ateco: '25.62.00',
    staff: 10,
    machines: 12,
    turnoverEur: 793_500,
    balanceSheetEur: 688_000,
    artisan: true,
    deMinimis: [],
    contact: {
      name: 'Anna Ferrario',
      role: 'Amministratore unico',
      email: 'anna.ferrario@ferrarioprecisione.example',
      phone: '0331 255693',
    },
    interests: ['purchasing', 'machines', 'workforce'],
    aggregation: true,
    consent: { newsletter: false, publishFigures: true },
    submittedAt: '2010-02-10T10:15:00+01:00',
  },
  {
    key: 'caccia',
    name: 'Officina Meccanica Caccia Gianni',
    legalForm: 'ditta-individuale',
    companyNumber: '0148269',
    street: 'Via Voldomino 33',
    municipality: 'Luino',
    ateco: '25.62.00',
    staff: 4,
    machines: 6,
    turnoverEur: 301_800,
    balanceSheetEur: 214_000,
    artisan: true,
    deMinimis: [],
    contact: {
      name: 'Gianni Caccia',
      role: 'Titolare',
      email: 'gianni.caccia@officinacaccia.example',
      phone: '0332 531874',
    },
    interests: ['purchasing'],
    aggregation: false,
    consent: { newsletter: false, publishFigures: false },
    submittedAt: '2010-02-12T09:00:00+01:00',
  },
  // --- mechanical / electronic assembly (4) ---
  {
    key: 'pozzi',
    name: 'Elettromeccanica Pozzi S.r.l.',
    legalForm: 'srl',
    companyNumber: '0233904',
    street: 'Via Varese 141',
    municipality: 'Saronno',
    ateco: '27.12.00',
    staff: 11,
    machines: 6,
    turnoverEur: 918_200,
    balanceSheetEur: 801_000,
    artisan: false,
    deMinimis: [],
    contact: {
      name: 'Davide Pozzi',
      role: 'Amministratore unico',
      email: 'd.pozzi@elettromeccanicapozzi.example',
      phone: '02 96234418',
    },
    interests: ['purchasing', 'services', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true },
    submittedAt: '2010-02-15T11:50:00+01:00',
  },
  {
    key: 'bianchi-gatti',
    name: 'Montaggi Industriali Bianchi & Gatti S.n.c.',
    legalForm: 'snc',
    companyNumber: '0207581',
    street: 'Via Gurone 46',
    municipality: 'Malnate',
    ateco: '28.29.99',
    staff: 7,
    machines: 5,
    turnoverEur: 538_700,
    balanceSheetEur: 431_000,
    artisan: true,
    deMinimis: [{ date: '2008-11-04', amountEur: 30_000, grantor: 'Regione Lombardia' }],
    contact: {
      name: 'Sergio Gatti',
      role: 'Socio amministratore',
      email: 'sergio.gatti@bianchiegatti.example',
      phone: '0332 428061',
    },
    interests: ['services', 'machines', 'workforce'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true },
    submittedAt: '2010-02-17T14:25:00+01:00',
  },
  {
    key: 'sironi',
    name: 'Sironi Automazioni S.r.l.',
    legalForm: 'srl',
    companyNumber: '0264418',
    street: 'Via Peschiera 21',
    municipality: 'Varese',
    ateco: '28.41.00',
    staff: 9,
    machines: 8,
    turnoverEur: 852_100,
    balanceSheetEur: 779_000,
    artisan: false,
    deMinimis: [],
    contact: {
      name: 'Chiara Sironi',
      role: 'Responsabile amministrativo',
      email: 'chiara.sironi@sironiautomazioni.example',
      phone: '0332 284519',
    },
    interests: ['purchasing', 'services', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true },
    submittedAt: '2010-02-18T10:40:00+01:00',
  },
  {
    key: 'tettamanti',
    name: 'Tettamanti Strumenti S.a.s. di Enrico Tettamanti & C.',
    legalForm: 'sas',
    companyNumber: '0189053',
    street: 'Via Marconi 9',
    municipality: 'Sesto Calende',
    ateco: '26.51.29',
    staff: 5,
    machines: 4,
    turnoverEur: 449_300,
    balanceSheetEur: 356_000,
    artisan: true,
    deMinimis: [],
    contact: {
      name: 'Enrico Tettamanti',
      role: 'Socio accomandatario',
      email: 'enrico@tettamantistrumenti.example',
      phone: '0331 924376',
    },
    interests: ['services', 'brands'],
    aggregation: true,
    consent: { newsletter: false, publishFigures: false },
    submittedAt: '2010-02-22T17:05:00+01:00',
  },
  // --- galvanic treatment (1) ---
  {
    key: 'broggini',
    name: 'Galvanotecnica Broggini S.n.c.',
    legalForm: 'snc',
    companyNumber: '0171396',
    street: 'Via Milano 88',
    municipality: 'Cardano al Campo',
    ateco: '25.61.00',
    staff: 7,
    machines: 13,
    turnoverEur: 361_300,
    balanceSheetEur: 296_000,
    artisan: true,
    deMinimis: [],
    contact: {
      name: 'Marisa Broggini',
      role: 'Responsabile amministrativo',
      email: 'amministrazione@galvanicabroggini.example',
      phone: '0331 731602',
    },
    interests: ['purchasing', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true },
    submittedAt: '2010-02-24T09:30:00+01:00',
  },
];

/** Firms that left the programme: Caccia sells the business before agreeing a plan. */
export const withdrawals: { firm: string; date: string; reason: string }[] = [
  { firm: 'caccia', date: '2010-11-22', reason: "Cessione del ramo d'azienda" },
];
