/**
 * Builds the sample programme record of the MechNet edition that started in
 * Varese in March 2010, writes it to `examples/mechnet-varese-2010.json` and
 * validates it with `parseRecord`.
 *
 *   npx tsx scripts/sample/generate.ts
 *
 * Every firm, person and figure is fictional; the cohort matches the facts of
 * the rule-book (DOMAIN.md §0): 13 firms (8 machining shops, 4 mechanical or
 * electronic assembly firms, 1 galvanic-treatment firm), 103 staff, 120
 * machines and EUR 8.2M turnover in 2010; one firm withdraws, so 12 remain.
 *
 * The script is data tables (firms, managers, assignments, analyses,
 * withdrawals) plus small builders that turn them into events. Events are
 * collected on a timeline, sorted by date (stable, so events of the same day
 * keep the order they were added in) and numbered `e0001`, `e0002`, ... at
 * the end. To extend the sample, add a table and a builder that calls
 * `timeline.add(...)`. The output is deterministic: no clock, no randomness.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  MechnetError,
  addDaysIso,
  parseRecord,
  partitaIvaCheckDigit,
  type CollaborationKind,
  type DeMinimisGrant,
  type EnrolmentApplication,
  type LegalForm,
  type ManagerProfile,
  type ProgrammeEvent,
  type ProgrammeRecord,
} from '../../src/index.js';

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

const PROGRAMME = 'mechnet-varese-2010';
const OFFICE = 'Ufficio Innovazione';
const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/mechnet-varese-2010.json');

/** Version of the privacy notice shown on the 2010 enrolment form (as in the preset). */
const NOTICE_VERSION = '2010-01';
/** Date the Chamber accepted the whole cohort (edition start). */
const ACCEPTED_ON = '2010-03-01';
/** Date the temporary managers were registered. */
const MANAGERS_REGISTERED_ON = '2010-03-01';
/** Date the 2010 figures of every firm were recorded (after the 2010 accounts). */
const FIGURES_2010_RECORDED_ON = '2011-03-31';

/** Office code of the partita IVA (digits 8-10) for the province of Varese. */
const VAT_OFFICE_VARESE = '012';

/** Municipalities of the province of Varese used by the sample: CAP. */
const CAP: Record<string, string> = {
  Varese: '21100',
  Gallarate: '21013',
  'Busto Arsizio': '21052',
  Saronno: '21047',
  Tradate: '21049',
  Castellanza: '21053',
  'Cassano Magnago': '21012',
  'Somma Lombardo': '21019',
  Luino: '21016',
  'Sesto Calende': '21018',
  Malnate: '21046',
  'Fagnano Olona': '21054',
  'Cardano al Campo': '21010',
};

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/** Euros (whole or with cents as decimals) to integer cents. */
const eur = (euros: number): number => Math.round(euros * 100);

/** A full partita IVA from a 7-digit company number and a 3-digit office code. */
export function partitaIva(companyNumber: string, office = VAT_OFFICE_VARESE): string {
  if (!/^\d{7}$/.test(companyNumber) || /^0{7}$/.test(companyNumber)) {
    throw new Error(`Bad company number ${companyNumber}`);
  }
  const first10 = companyNumber + office;
  return first10 + partitaIvaCheckDigit(first10);
}

/** The calendar date of an ISO date-time with offset (its local date, not UTC). */
const dateOf = (dateTime: string): string => dateTime.slice(0, 10);

// ---------------------------------------------------------------------------
// Timeline: events collected in any order, emitted in date order with ids
// ---------------------------------------------------------------------------

/** An event before it gets its id. */
type EventDraft = ProgrammeEvent extends infer E ? (E extends unknown ? Omit<E, 'id'> : never) : never;

class Timeline {
  readonly #drafts: EventDraft[] = [];

  add(draft: EventDraft): void {
    this.#drafts.push(draft);
  }

  /** The events in date order (stable for equal dates), numbered e0001, e0002, ... */
  events(): ProgrammeEvent[] {
    return [...this.#drafts]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((draft, i) => ({ id: `e${String(i + 1).padStart(4, '0')}`, ...draft } as ProgrammeEvent));
  }
}

// ---------------------------------------------------------------------------
// Data: firms
// ---------------------------------------------------------------------------

interface FirmRow {
  /** Short handle used by the other tables. */
  key: string;
  name: string;
  legalForm: LegalForm;
  /** Digits 1-7 of the partita IVA. */
  companyNumber: string;
  street: string;
  municipality: keyof typeof CAP;
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
const firms: FirmRow[] = [
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

// ---------------------------------------------------------------------------
// Data: temporary managers and their assignments
// ---------------------------------------------------------------------------

const managers: ManagerProfile[] = [
  {
    id: 'm-rossi',
    name: 'Giorgio Rossi',
    profile: 'Ingegnere gestionale, 20 anni in aziende meccaniche, già direttore di stabilimento',
    expertise: ['Organizzazione della produzione', 'Lean manufacturing', 'Controllo di gestione'],
    email: 'giorgio.rossi@temporarymanager.example',
  },
  {
    id: 'm-galli',
    name: 'Stefano Galli',
    profile: 'Ingegnere meccanico, 15 anni da responsabile acquisti nella componentistica',
    expertise: ['Acquisti e supply chain', "Reti d'impresa", 'Qualità ISO 9001'],
    email: 'stefano.galli@temporarymanager.example',
  },
  {
    id: 'm-bernasconi',
    name: 'Laura Bernasconi',
    profile: "Economista d'impresa, consulente di finanza e controllo di gestione per PMI artigiane",
    expertise: ["Finanza d'impresa", 'Controllo di gestione', 'Accesso al credito'],
    email: 'laura.bernasconi@temporarymanager.example',
  },
  {
    id: 'm-mazzucchelli',
    name: 'Paola Mazzucchelli',
    profile: 'Export manager, 15 anni nel commercio estero di macchinari e componenti',
    expertise: ['Marketing industriale', 'Internazionalizzazione', 'Fiere di settore'],
    email: 'paola.mazzucchelli@temporarymanager.example',
  },
];

interface AssignmentRow {
  firm: string;
  manager: string;
  date: string;
  budgetDays: number;
  /** Days logged at the end of March, April and May 2010. */
  daysLogged: [number, number, number];
}

/** Each manager follows 3-4 firms, grouped by area. */
const assignments: AssignmentRow[] = [
  { firm: 'bossi', manager: 'm-rossi', date: '2010-03-08', budgetDays: 28, daysLogged: [2, 4, 3] },
  { firm: 'ferrario', manager: 'm-rossi', date: '2010-03-09', budgetDays: 25, daysLogged: [2, 3, 2] },
  { firm: 'broggini', manager: 'm-rossi', date: '2010-03-10', budgetDays: 24, daysLogged: [1, 3, 2] },
  { firm: 'caccia', manager: 'm-rossi', date: '2010-03-11', budgetDays: 20, daysLogged: [1, 2, 1] },
  { firm: 'brambilla', manager: 'm-galli', date: '2010-03-08', budgetDays: 24, daysLogged: [2, 3, 2] },
  { firm: 'castiglioni', manager: 'm-galli', date: '2010-03-10', budgetDays: 22, daysLogged: [1, 3, 2] },
  { firm: 'zanzi', manager: 'm-galli', date: '2010-03-12', budgetDays: 20, daysLogged: [1, 2, 2] },
  { firm: 'colombo', manager: 'm-bernasconi', date: '2010-03-15', budgetDays: 30, daysLogged: [2, 4, 3] },
  { firm: 'macchi', manager: 'm-bernasconi', date: '2010-03-16', budgetDays: 22, daysLogged: [1, 3, 2] },
  { firm: 'pozzi', manager: 'm-bernasconi', date: '2010-03-17', budgetDays: 26, daysLogged: [2, 3, 3] },
  { firm: 'sironi', manager: 'm-mazzucchelli', date: '2010-03-15', budgetDays: 26, daysLogged: [2, 3, 3] },
  { firm: 'bianchi-gatti', manager: 'm-mazzucchelli', date: '2010-03-18', budgetDays: 24, daysLogged: [1, 3, 2] },
  { firm: 'tettamanti', manager: 'm-mazzucchelli', date: '2010-03-19', budgetDays: 22, daysLogged: [1, 2, 2] },
];

/** When days are logged, and what for (index matches `daysLogged`). */
const DAYS_LOG_PERIODS = [
  { date: '2010-03-31', activity: "Avvio: incontro con il titolare e visita dell'officina" },
  { date: '2010-04-30', activity: 'Analisi aziendale: raccolta dei dati e colloqui con il personale' },
  { date: '2010-05-31', activity: "Restituzione dell'analisi al titolare" },
] as const;

// ---------------------------------------------------------------------------
// Data: analyses (scores 1-5 on the six areas of the preset)
// ---------------------------------------------------------------------------

/** The analysis areas of the MechNet preset, in its order. */
const AREAS = ['strategy', 'market', 'operations', 'people', 'finance', 'innovation'] as const;
type Area = (typeof AREAS)[number];

interface AnalysisRow {
  firm: string;
  date: string;
  areas: Record<Area, [score: number, findings: string]>;
  summary: string;
}

const analyses: AnalysisRow[] = [
  {
    firm: 'bossi',
    date: '2010-04-21',
    areas: {
      strategy: [2, 'Nessun piano scritto; le scelte seguono le richieste dei due clienti principali.'],
      market: [2, 'Il 60% del fatturato viene da due committenti del tessile; nessuna azione commerciale attiva.'],
      operations: [3, 'Parco macchine ampio ma centri di lavoro saturi sotto il 60%; attrezzaggi lunghi.'],
      people: [3, 'Personale esperto e fidelizzato; manca un secondo responsabile di reparto.'],
      finance: [3, 'Conti in ordine ma margini in calo; costi per commessa non calcolati.'],
      innovation: [3, 'Controllo qualità solo a fine lavorazione; certificazione ISO 9001 da rinnovare.'],
    },
    summary: 'Buona base tecnica, forte dipendenza da pochi clienti: priorità a nuovi mercati e al costo per commessa.',
  },
  {
    firm: 'brambilla',
    date: '2010-04-22',
    areas: {
      strategy: [2, 'I due soci condividono la direzione ma non hanno obiettivi scritti.'],
      market: [3, "Clientela varia nella meccanica dell'Alto Milanese; prezzi sotto pressione."],
      operations: [3, 'Torni a CNC ben tenuti; barre acquistate in piccoli lotti a prezzi alti.'],
      people: [2, 'Età media elevata; nessun giovane in formazione per il ricambio.'],
      finance: [3, 'Indebitamento contenuto; incassi a 120 giorni pesano sulla liquidità.'],
      innovation: [2, "Nessuna certificazione; controllo qualità affidato all'esperienza dei soci."],
    },
    summary: 'Officina solida da rafforzare su acquisti e ricambio generazionale del personale.',
  },
  {
    firm: 'ferrario',
    date: '2010-04-28',
    areas: {
      strategy: [3, "L'amministratrice vuole diversificare oltre l'indotto aeroportuale."],
      market: [3, "Clienti nell'indotto di Malpensa; offerte preparate senza un listino."],
      operations: [3, 'Buona precisione; programmazione della produzione su lavagna.'],
      people: [4, 'Squadra giovane e motivata; orari flessibili già in uso.'],
      finance: [3, 'Redditività nella media; nessun controllo dei costi per macchina.'],
      innovation: [3, 'ISO 9001 attiva; interesse per una macchina di misura a coordinate condivisa.'],
    },
    summary: 'Impresa dinamica: servono un listino, la pianificazione della produzione e il costo orario macchina.',
  },
  {
    firm: 'castiglioni',
    date: '2010-04-29',
    areas: {
      strategy: [3, 'Passaggio generazionale avviato; i figli puntano al settore oleodinamico.'],
      market: [2, 'Pochi clienti, tutti in provincia; nessun catalogo delle lavorazioni.'],
      operations: [4, 'Torni plurimandrino e a fantina mobile ben organizzati; scarti bassi.'],
      people: [3, 'Famiglia coesa; mancano competenze commerciali.'],
      finance: [3, 'Situazione solida; investimenti finanziati con mezzi propri.'],
      innovation: [3, 'Buon controllo di processo; interesse per un marchio di qualità condiviso.'],
    },
    summary: 'Produzione efficiente, mercato ristretto: catalogo, nuovi clienti e marchio comune.',
  },
  {
    firm: 'broggini',
    date: '2010-05-05',
    areas: {
      strategy: [2, 'Impresa reattiva alle richieste dei clienti, senza obiettivi di medio periodo.'],
      market: [3, 'Zincatura e nichelatura per molte officine della zona, anche del programma.'],
      operations: [2, 'Consumi di energia e prodotti chimici elevati; depuratore da adeguare.'],
      people: [3, 'Addetti formati sulla sicurezza chimica; turnazione rigida.'],
      finance: [3, 'Costi energetici cresciuti del 15% in due anni.'],
      innovation: [2, 'Autorizzazioni ambientali in regola; interesse per la ISO 14001.'],
    },
    summary: 'Fornitore naturale della filiera: ridurre i costi di energia e chimici con acquisti collettivi.',
  },
  {
    firm: 'zanzi',
    date: '2010-05-06',
    areas: {
      strategy: [2, "Attività legata al titolare; nessuna riflessione sul futuro dell'impresa."],
      market: [2, 'Lavora per conto terzi su richiesta di cinque clienti storici.'],
      operations: [3, 'Rettificatrici affidabili ma datate; ore libere in alcuni mesi.'],
      people: [2, 'Due dipendenti esperti; nessun successore individuato.'],
      finance: [3, 'Nessun debito; margini modesti e prezzi fermi da anni.'],
      innovation: [2, 'Strumenti di misura da tarare; nessuna certificazione.'],
    },
    summary: 'Piccola rettifica con ore macchina libere da offrire alla rete e un problema di successione.',
  },
  {
    firm: 'caccia',
    date: '2010-05-07',
    areas: {
      strategy: [1, "Il titolare valuta la cessione di parte dell'attività; nessun piano."],
      market: [2, "Clienti locali dell'Alto Varesotto; domanda in calo."],
      operations: [2, 'Macchine tradizionali, poche a controllo numerico; ordini gestiti su carta.'],
      people: [2, 'Dipendenti con molta anzianità; nessun ingresso previsto.'],
      finance: [2, 'Fatturato in calo dal 2008; liquidità appena sufficiente.'],
      innovation: [1, 'Nessun investimento negli ultimi cinque anni.'],
    },
    summary: "Impresa in difficoltà, con il futuro dell'attività da decidere prima di un piano.",
  },
  {
    firm: 'colombo',
    date: '2010-05-12',
    areas: {
      strategy: [3, 'Obiettivo di crescita nel settore aeronautico, senza un piano di investimenti.'],
      market: [3, 'Buona reputazione presso i clienti; sito web datato e nessuna fiera.'],
      operations: [4, 'Reparto fresatura efficiente, con due centri a 5 assi e ore disponibili.'],
      people: [3, 'Responsabilità concentrate sul titolare; deleghe informali.'],
      finance: [2, 'Leasing recenti e fidi bancari utilizzati quasi per intero.'],
      innovation: [3, 'ISO 9001 attiva; manca la EN 9100 richiesta dai clienti aeronautici.'],
    },
    summary: 'Capacità produttiva da valorizzare nella rete; attenzione alla tensione finanziaria.',
  },
  {
    firm: 'sironi',
    date: '2010-05-13',
    areas: {
      strategy: [4, 'Piano triennale informale ma condiviso tra i soci; focus su presse speciali.'],
      market: [3, 'Clienti in Italia e Svizzera; partecipazione saltuaria alle fiere.'],
      operations: [3, 'Lavorazioni meccaniche affidate a terzi; tempi di consegna a rischio.'],
      people: [3, 'Ufficio tecnico di tre persone; un solo commerciale.'],
      finance: [4, 'Buona patrimonializzazione; accesso al credito senza difficoltà.'],
      innovation: [4, 'Progettazione 3D e prove interne; domanda di brevetto in preparazione.'],
    },
    summary: 'Impresa strutturata: può portare progettazione e presenza in fiera alla rete e comprarvi lavorazioni.',
  },
  {
    firm: 'macchi',
    date: '2010-05-18',
    areas: {
      strategy: [3, 'Nicchia chiara negli utensili speciali; strategia non formalizzata.'],
      market: [3, 'Clienti anche fuori provincia; manca una rete di agenti.'],
      operations: [3, 'Affilatura e produzione in un unico reparto; spazi stretti.'],
      people: [3, "Personale qualificato; formazione lasciata all'affiancamento."],
      finance: [2, 'Magazzino di metallo duro elevato che immobilizza liquidità.'],
      innovation: [4, 'Geometrie degli utensili sviluppate in proprio; buona progettazione.'],
    },
    summary: 'Competenza tecnica distintiva; liberare liquidità dal magazzino e organizzare la vendita.',
  },
  {
    firm: 'bianchi-gatti',
    date: '2010-05-19',
    areas: {
      strategy: [2, 'I soci hanno visioni diverse sullo sviluppo; decisioni rinviate.'],
      market: [3, 'Montaggi in trasferta per costruttori di macchine; lavoro a picchi.'],
      operations: [3, 'Squadre di montaggio flessibili; trasferte pianificate a ridosso.'],
      people: [3, 'Montatori esperti, richiesti anche da altre imprese nei periodi di punta.'],
      finance: [2, 'Anticipi per le trasferte pesanti; fidi a breve usati spesso.'],
      innovation: [3, 'Documentazione tecnica curata; nessuna certificazione di sistema.'],
    },
    summary: 'Montatori preziosi per la rete; serve accordo tra i soci e pianificazione dei picchi.',
  },
  {
    firm: 'pozzi',
    date: '2010-05-20',
    areas: {
      strategy: [3, "Orientamento ai quadri per l'automazione; obiettivi di fatturato annuali."],
      market: [4, "Portafoglio clienti ampio; un venditore interno; interesse per l'estero."],
      operations: [3, 'Montaggio su commessa ben tracciato; acquisti di componenti frammentati.'],
      people: [3, 'Tecnici qualificati; carichi di lavoro squilibrati tra i reparti.'],
      finance: [3, 'Controllo di gestione essenziale; margini per commessa solo a consuntivo.'],
      innovation: [3, 'Progettazione con CAD elettrico; marcatura CE gestita internamente.'],
    },
    summary: 'Buona posizione di mercato; margini da presidiare e acquisti da concentrare.',
  },
  {
    firm: 'tettamanti',
    date: '2010-05-26',
    areas: {
      strategy: [3, 'Prodotto di nicchia, strumenti di misura per officina, con margini buoni.'],
      market: [2, 'Vendita tramite due rivenditori; nessun contatto diretto con gli utilizzatori.'],
      operations: [3, 'Montaggio e taratura curati; componenti meccanici acquistati da terzi.'],
      people: [3, 'Competenze di metrologia concentrate sul titolare.'],
      finance: [3, 'Conti equilibrati; scorte di componenti elevate.'],
      innovation: [4, "Laboratorio di taratura interno; interesse per l'accreditamento."],
    },
    summary: 'Prodotto valido e poco conosciuto: vendita diretta e servizio di taratura per la rete.',
  },
];

// ---------------------------------------------------------------------------
// Data: withdrawals
// ---------------------------------------------------------------------------

const withdrawals = [{ firm: 'caccia', date: '2010-11-22', reason: "Cessione del ramo d'azienda" }];

// ---------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------

const firmByKey = new Map(firms.map((f) => [f.key, f]));
const managerById = new Map(managers.map((m) => [m.id, m]));

/** The partita IVA of a firm of the table. */
function vat(key: string): string {
  const f = firmByKey.get(key);
  if (!f) throw new Error(`Unknown firm ${key}`);
  return partitaIva(f.companyNumber);
}

function managerName(id: string): string {
  const m = managerById.get(id);
  if (!m) throw new Error(`Unknown manager ${id}`);
  return m.name;
}

// ---------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------

function application(f: FirmRow, order: number): EnrolmentApplication {
  const piva = partitaIva(f.companyNumber);
  const grants: DeMinimisGrant[] = f.deMinimis.map((g) => ({
    date: g.date,
    amountCents: eur(g.amountEur),
    grantor: g.grantor,
  }));
  return {
    programme: PROGRAMME,
    idempotencyKey: `app-2010-${String(order).padStart(4, '0')}-${piva}`,
    submittedAt: f.submittedAt,
    firm: {
      name: f.name,
      legalForm: f.legalForm,
      partitaIva: piva,
      codiceFiscale: piva,
      address: { street: f.street, postalCode: CAP[f.municipality]!, municipality: f.municipality, province: 'VA' },
      ateco: f.ateco,
      staff: f.staff,
      ...(f.apprentices !== undefined ? { apprentices: f.apprentices } : {}),
      turnoverCents: eur(f.turnoverEur),
      balanceSheetCents: eur(f.balanceSheetEur),
      artisan: f.artisan,
      ...(f.artisan ? { artisanActivity: 'not-in-series' as const } : {}),
      machines: f.machines,
      deMinimis: grants,
    },
    contact: { ...f.contact },
    interests: { kinds: [...f.interests], aggregation: f.aggregation },
    consent: {
      noticeVersion: NOTICE_VERSION,
      purposes: { newsletter: f.consent.newsletter, 'publish-figures': f.consent.publishFigures },
      givenAt: f.submittedAt,
    },
  };
}

function addEnrolments(t: Timeline): void {
  firms.forEach((f, i) => {
    t.add({
      type: 'enrolment.applied',
      date: dateOf(f.submittedAt),
      author: f.contact.name,
      firm: vat(f.key),
      application: application(f, i + 1),
    });
  });
  for (const f of firms) {
    t.add({ type: 'enrolment.accepted', date: ACCEPTED_ON, author: OFFICE, firm: vat(f.key) });
  }
}

function addManagers(t: Timeline): void {
  for (const m of managers) {
    t.add({ type: 'manager.registered', date: MANAGERS_REGISTERED_ON, author: OFFICE, manager: m });
  }
}

function addAssignments(t: Timeline): void {
  for (const a of assignments) {
    const firm = vat(a.firm);
    t.add({
      type: 'manager.assigned',
      date: a.date,
      author: OFFICE,
      firm,
      manager: a.manager,
      budgetDays: a.budgetDays,
    });
    t.add({ type: 'phase.advanced', date: a.date, author: OFFICE, firm, phase: 'analysis' });
  }
}

function addDaysLogged(t: Timeline): void {
  for (const a of assignments) {
    a.daysLogged.forEach((days, i) => {
      const period = DAYS_LOG_PERIODS[i]!;
      t.add({
        type: 'manager.days-logged',
        date: period.date,
        author: managerName(a.manager),
        firm: vat(a.firm),
        manager: a.manager,
        days,
        activity: period.activity,
      });
    });
  }
}

function addAnalyses(t: Timeline): void {
  for (const row of analyses) {
    const a = assignments.find((x) => x.firm === row.firm);
    if (!a) throw new Error(`No manager assigned to ${row.firm}`);
    t.add({
      type: 'analysis.recorded',
      date: row.date,
      author: managerName(a.manager),
      firm: vat(row.firm),
      manager: a.manager,
      areas: AREAS.map((area) => ({ area, score: row.areas[area][0], findings: row.areas[area][1] })),
      summary: row.summary,
    });
  }
}

function addWithdrawals(t: Timeline): void {
  for (const w of withdrawals) {
    t.add({ type: 'firm.withdrawn', date: w.date, author: OFFICE, firm: vat(w.firm), reason: w.reason });
  }
}

function addFigures2010(t: Timeline): void {
  for (const f of firms) {
    t.add({
      type: 'firm.figures-recorded',
      date: FIGURES_2010_RECORDED_ON,
      author: OFFICE,
      firm: vat(f.key),
      year: 2010,
      staff: f.staff,
      turnoverCents: eur(f.turnoverEur),
      balanceSheetCents: eur(f.balanceSheetEur),
      machines: f.machines,
    });
  }
}

// ---------------------------------------------------------------------------
// Data: periodic verifications (quarterly from the edition start, 2010-2011)
// ---------------------------------------------------------------------------

/** The scheduled verification dates of 2010-2011 (preset: every 3 months from 2010-03-01). */
const VERIFICATION_DATES = [
  '2010-06-01',
  '2010-09-01',
  '2010-12-01',
  '2011-03-01',
  '2011-06-01',
  '2011-09-01',
  '2011-12-01',
] as const;

/**
 * How the verifications went, where not on time: days late (past the 15 days
 * of grace when above 15), or `missed` (not held by the end of 2011).
 */
const verificationExceptions: Record<string, Partial<Record<(typeof VERIFICATION_DATES)[number], number | 'missed'>>> = {
  zanzi: { '2010-09-01': 24, '2011-09-01': 'missed', '2011-12-01': 'missed' },
  tettamanti: { '2011-03-01': 20 },
  macchi: { '2010-12-01': 9, '2011-12-01': 'missed' },
  colombo: { '2011-06-01': 3 },
};

/** Notes of a verification meeting, by quarter. */
const VERIFICATION_NOTES: Record<(typeof VERIFICATION_DATES)[number], string> = {
  '2010-06-01': "Restituzione dell'analisi e prime priorità",
  '2010-09-01': 'Bozza di piano strategico condivisa con il titolare',
  '2010-12-01': 'Verifica di fine anno: avanzamento delle azioni avviate',
  '2011-03-01': 'Dati di bilancio 2010 e aggiornamento degli indicatori',
  '2011-06-01': 'Verifica semestrale degli obiettivi',
  '2011-09-01': 'Verifica dopo la pausa estiva',
  '2011-12-01': 'Verifica di fine anno e prospettive per il contratto di rete',
};

/** Days logged by each manager per firm after the analysis: at each verification. */
const DAYS_PER_VERIFICATION = 1.5;

function addVerifications(t: Timeline): void {
  for (const a of assignments) {
    const withdrawn = withdrawals.find((w) => w.firm === a.firm)?.date;
    for (const scheduled of VERIFICATION_DATES) {
      if (withdrawn && scheduled >= withdrawn) continue;
      const exception = verificationExceptions[a.firm]?.[scheduled];
      if (exception === 'missed') continue;
      // On time firms meet within a week of the date, spread by firm.
      const late = exception ?? (assignments.indexOf(a) % 5);
      const date = addDaysIso(scheduled, late);
      t.add({
        type: 'verification.held',
        date,
        author: managerName(a.manager),
        firm: vat(a.firm),
        scheduled,
        manager: a.manager,
        notes: VERIFICATION_NOTES[scheduled],
      });
      t.add({
        type: 'manager.days-logged',
        date,
        author: managerName(a.manager),
        firm: vat(a.firm),
        manager: a.manager,
        days: DAYS_PER_VERIFICATION,
        activity: 'Verifica periodica',
      });
    }
  }
}

/** The whole sample record. */
export function buildRecord(): ProgrammeRecord {
  const t = new Timeline();
  addEnrolments(t);
  addManagers(t);
  addAssignments(t);
  addDaysLogged(t);
  addAnalyses(t);
  addWithdrawals(t);
  addVerifications(t);
  addFigures2010(t);
  return { programme: PROGRAMME, events: t.events() };
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

function main(): void {
  const json = `${JSON.stringify(buildRecord(), null, 2)}\n`;
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, json);
  try {
    const record = parseRecord(json);
    console.log(`Wrote ${OUTPUT}: ${record.events.length} events, valid.`);
  } catch (e) {
    console.error(`Wrote ${OUTPUT}, but it does not parse:`);
    console.error(e instanceof MechnetError ? e.messageIn('en') : e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}

// Run only when executed, so other scripts and tests can import buildRecord.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
