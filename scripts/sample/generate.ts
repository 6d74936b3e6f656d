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
 * The 12 agree a strategic plan in the summer of 2010 and measure its
 * indicators at the quarterly verifications up to December 2011, with the
 * mix of outcomes listed above the plans table. From the offers and needs
 * they declare in the autumn of 2010 they run five collaborations in 2011
 * (steel purchasing, a shared 5-axis machining centre, a collective stand at
 * MECSPE 2011, a shared ISO 9001 consultant, seconded workers), hold the
 * March 2012 verification and sign a network contract on 5 March 2012; the
 * intended savings are listed above the collaborations table.
 *
 * The script is data tables (firms, managers, assignments, analyses,
 * withdrawals, verifications, plans with their readings, offers and needs,
 * collaborations with their figures, the network contract) plus small builders
 * that turn them into events. Events are collected on a timeline, sorted by
 * date (stable, so events of the same day keep the order they were added
 * in) and numbered `e0001`, `e0002`, ... at the end. To extend the sample, add a table and a builder that calls
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
  type CollaborationFigures,
  type CollaborationKind,
  type DeMinimisGrant,
  type EnrolmentApplication,
  type Indicator,
  type LegalForm,
  type ManagerProfile,
  type Need,
  type NetworkContractDraft,
  type Offer,
  type Plan,
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
export function vat(key: string): string {
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
// Data: periodic verifications (quarterly from the edition start, 2010 to March 2012)
// ---------------------------------------------------------------------------

/**
 * The scheduled verification dates held in the sample, June 2010 to March
 * 2012 (preset: every 3 months from 2010-03-01). Indicators are measured up
 * to December 2011 only (MEASURED_AT); the March 2012 meeting reviews the
 * 2011 collaborations before the network contract is signed.
 */
const VERIFICATION_DATES = [
  '2010-06-01',
  '2010-09-01',
  '2010-12-01',
  '2011-03-01',
  '2011-06-01',
  '2011-09-01',
  '2011-12-01',
  '2012-03-01',
] as const;

/**
 * How the verifications went, where not on time: days late (past the 15 days
 * of grace when above 15), or `missed` (not held by the end of 2011).
 */
const verificationExceptions: Record<string, Partial<Record<VerificationDate, number | 'missed'>>> = {
  zanzi: { '2010-09-01': 24, '2011-09-01': 'missed', '2011-12-01': 'missed' },
  tettamanti: { '2011-03-01': 20 },
  macchi: { '2010-12-01': 9, '2011-12-01': 'missed' },
  colombo: { '2011-06-01': 3 },
};

/** Notes of a verification meeting, by quarter. */
const VERIFICATION_NOTES: Record<VerificationDate, string> = {
  '2010-06-01': "Restituzione dell'analisi e prime priorità",
  '2010-09-01': 'Bozza di piano strategico condivisa con il titolare',
  '2010-12-01': 'Verifica di fine anno: avanzamento delle azioni avviate',
  '2011-03-01': 'Dati di bilancio 2010 e aggiornamento degli indicatori',
  '2011-06-01': 'Verifica semestrale degli obiettivi',
  '2011-09-01': 'Verifica dopo la pausa estiva',
  '2011-12-01': 'Verifica di fine anno e prospettive per il contratto di rete',
  '2012-03-01': 'Consuntivo 2011 delle collaborazioni e preparazione della firma del contratto di rete',
};

/** Notes of the meetings that went differently for one firm. */
const VERIFICATION_NOTES_BY_FIRM: Record<string, Partial<Record<VerificationDate, string>>> = {
  zanzi: {
    '2011-06-01': 'Indicatori non aggiornati dal marzo: il titolare non ha raccolto i dati del trimestre',
  },
  macchi: {
    '2011-09-01': 'Rotazione del magazzino ancora non calcolabile: anagrafica di magazzino da sistemare',
  },
};

/** Days logged by each manager per firm after the analysis: at each verification. */
const DAYS_PER_VERIFICATION = 1.5;

/** A scheduled verification date of the sample (June 2010 to March 2012). */
type VerificationDate = (typeof VERIFICATION_DATES)[number];

/**
 * The day a firm held the verification scheduled on `scheduled`, or
 * undefined when it did not (missed, or after the firm withdrew). On-time
 * firms meet within a week of the date, spread by firm.
 */
function verificationHeldOn(firm: string, scheduled: VerificationDate): string | undefined {
  const a = assignments.find((x) => x.firm === firm);
  if (!a) throw new Error(`No manager assigned to ${firm}`);
  const withdrawn = withdrawals.find((w) => w.firm === firm)?.date;
  if (withdrawn && scheduled >= withdrawn) return undefined;
  const exception = verificationExceptions[firm]?.[scheduled];
  if (exception === 'missed') return undefined;
  return addDaysIso(scheduled, exception ?? assignments.indexOf(a) % 5);
}

/** The notes of a verification: by quarter, unless the firm's meeting went differently. */
function verificationNotes(firm: string, scheduled: VerificationDate, heldOn: string): string {
  const special = VERIFICATION_NOTES_BY_FIRM[firm]?.[scheduled];
  if (special) return special;
  const plan = plans.find((p) => p.firm === firm);
  if (scheduled === '2010-09-01' && plan && plan.approved <= heldOn) {
    return 'Primo rilevamento degli indicatori del piano strategico';
  }
  return VERIFICATION_NOTES[scheduled];
}

function addVerifications(t: Timeline): void {
  for (const a of assignments) {
    for (const scheduled of VERIFICATION_DATES) {
      const date = verificationHeldOn(a.firm, scheduled);
      if (!date) continue;
      t.add({
        type: 'verification.held',
        date,
        author: managerName(a.manager),
        firm: vat(a.firm),
        scheduled,
        manager: a.manager,
        notes: verificationNotes(a.firm, scheduled, date),
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

// ---------------------------------------------------------------------------
// Data: strategic plans and their measurements
// ---------------------------------------------------------------------------
//
// Every firm but Caccia agrees a plan with its manager between June and
// September 2010 (Caccia, about to sell the business, never gets past the
// analysis and withdraws in November). Indicators are measured at each
// periodic verification from the first one after the plan; the readings
// below follow VERIFICATION_DATES from 2010-09-01 to 2011-12-01, `_` where
// nothing was recorded. Baselines are dated 2010-06-30 (plans of June and
// July) or 2010-08-31 (September), so on 2011-12-31 the expected progress is
// 1 for a deadline of 2011-12-31 and about 0.75 (0.73 from August) for one
// of 2012-06-30.
//
// Intended status of every indicator on 2011-12-31 (rule-book §6, MechNet
// settings: cap 1.2, on-track r >= 0.95, behind r >= 0.85, stale after 6
// months). p = progress, e = expected, r = p / e.
//
// | firm          | indicator              | kind, polarity        | status    | why                                        |
// |---------------|------------------------|-----------------------|-----------|--------------------------------------------|
// | bossi         | new-customers          | quantitative increase | achieved  | 7 of 6: p 1.17 (over-achieved, < cap)      |
// |               | top2-share             | quantitative decrease | on-track  | 60 -> 44 of 40: p 0.80, e 0.75             |
// |               | machine-utilisation    | quantitative increase | achieved  | 79 of 75 from 58: p 1.24, capped at 1.2    |
// |               | setup-time             | quantitative decrease | on-track  | 95 -> 61 of 60: p 0.97, e 1                |
// |               | iso-9001               | milestone             | achieved  | renewed June 2011, confirmed every quarter |
// |               | scrap-rate             | ratio, decrease       | on-track  | 3.8 -> 2.1 % of 2.0: p 0.94, e 0.75        |
// |               | job-costing            | scale l1 -> l5        | on-track  | l4: p 0.75, e 0.75                         |
// | brambilla     | bar-cost               | quantitative decrease | behind    | 1.45 -> 1.31 of 1.30: p 0.93, e 1          |
// |               | training-hours         | quantitative increase | on-track  | 4 -> 13 of 16: p 0.75, e 0.75              |
// |               | apprentices            | increase, step        | on-track  | 1 of 2: p 0.5, step e 0.5 (linear: 0.75)   |
// |               | quality-system         | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
// |               | collection-days        | quantitative decrease | at-risk   | 120 -> 96 of 90: p 0.80, e 1               |
// | colombo       | credit-line-use        | quantitative decrease | behind    | 92 -> 73 of 70: p 0.86, e 1                |
// |               | en-9100                | milestone             | at-risk   | not done by its deadline 2011-12-31        |
// |               | aero-share             | increase, interim     | on-track  | 5 -> 16 of 20: p 0.73, e 0.67 (interim)    |
// |               | machine-utilisation    | quantitative increase | on-track  | 62 -> 76 of 80: p 0.78, e 0.75             |
// | zanzi         | successor              | milestone             | stale     | last recorded 2011-03-02                   |
// |               | training-hours         | quantitative increase | stale     | last recorded 2011-03-02                   |
// |               | machine-utilisation    | quantitative increase | stale     | last recorded 2011-03-02                   |
// |               | instrument-calibration | milestone             | stale     | last recorded 2011-03-02                   |
// | castiglioni   | new-customers          | quantitative increase | behind    | 4 of 6: p 0.67, e 0.75                     |
// |               | catalogue              | milestone             | achieved  | done June 2011                             |
// |               | turnover               | quantitative increase | on-track  | 559 -> 630 of 650: p 0.78, e 0.75          |
// |               | scrap-rate             | ratio, maintain       | achieved  | 1.08 % inside the band [0, 1.5]            |
// | macchi        | stock-value            | quantitative decrease | at-risk   | 180 -> 168 of 120: p 0.2, e 1              |
// |               | stock-days             | quantitative decrease | no-data   | never measured                             |
// |               | agents                 | quantitative increase | at-risk   | 1 of 3: p 0.33, e 0.73                     |
// |               | on-time-delivery       | quantitative range    | at-risk   | 92 % outside the band [95, 100]: p 0.4     |
// |               | training               | scale l1 -> l4        | behind    | l3: p 0.67, e 0.73                         |
// | ferrario      | digital-maturity       | scale l1 -> l4        | behind    | l3: p 0.67, e 0.75                         |
// |               | delivery-delay         | quantitative decrease | on-track  | 7 -> 3.2 of 2: p 0.76, e 0.75              |
// |               | price-list             | milestone             | achieved  | done March 2011                            |
// |               | quote-time             | quantitative decrease | on-track  | 6 -> 2.1 of 2: p 0.98, e 1                 |
// |               | ebitda-margin          | quantitative increase | on-track  | 7 -> 9.4 of 10: p 0.80, e 0.75             |
// | pozzi         | margin-control         | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
// |               | gross-margin           | quantitative increase | on-track  | 18 -> 22.6 of 24: p 0.77, e 0.75           |
// |               | suppliers              | quantitative decrease | behind    | 22 -> 13 of 12: p 0.9, e 1                 |
// |               | export-share           | quantitative increase | on-track  | 3 -> 10 of 12: p 0.78, e 0.75              |
// | bianchi-gatti | partners-agreement     | milestone             | achieved  | done September 2011, late but done         |
// |               | planned-trips          | quantitative increase | at-risk   | 40 -> 62 of 80: p 0.55, e 0.73             |
// |               | short-term-credit      | quantitative decrease | on-track  | 120 -> 76 of 60: p 0.73, e 0.73            |
// |               | shared-hours           | quantitative increase | behind    | 400 of 600: p 0.67, e 0.73                 |
// | sironi        | export-share           | increase, interim     | on-track  | 22 -> 33 of 35: p 0.85                     |
// |               | foreign-customers      | quantitative increase | on-track  | 4 -> 7 of 8: p 0.75, e 0.75                |
// |               | trade-fair             | milestone             | achieved  | EMO Hannover, September 2011               |
// |               | on-time-delivery       | quantitative range    | achieved  | 97 % inside the band [95, 100]             |
// |               | delivery-delay         | quantitative decrease | on-track  | 9 -> 3.2 of 3: p 0.97, e 1                 |
// |               | sales-organisation     | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
// | tettamanti    | direct-sales-share     | quantitative increase | behind    | 0 -> 20 of 30: p 0.67, e 0.75              |
// |               | direct-customers       | quantitative increase | on-track  | 33 of 40: p 0.83                           |
// |               | lab-accreditation      | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
// |               | calibrations           | quantitative increase | on-track  | 48 of 60: p 0.8                            |
// |               | stock-days             | quantitative decrease | at-risk   | 150 -> 108 of 90: p 0.7, e 1               |
// | broggini      | energy-cost-hour       | decrease, step        | on-track  | 18.5 -> 16.4 of 15: p 0.6, step e 0.57     |
// |               | chemicals-cost         | quantitative decrease | on-track  | 11 -> 9.5 of 9: p 0.75                     |
// |               | rework-rate            | ratio, decrease       | at-risk   | 5.0 -> 4.1 % of 3.0: p 0.45                |
// |               | purifier               | milestone             | achieved  | done June 2011                             |
// |               | iso-14001              | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
//
// In all: 58 indicators, 27 on-track, 10 achieved, 8 behind, 8 at-risk,
// 4 stale, 1 no-data. Bossi and Sironi do well; Zanzi stops measuring after
// March 2011 and misses the last two verifications; Macchi lags on almost
// everything and misses the December 2011 verification.

/** The status an indicator is meant to have on 2011-12-31 (see the table above). */
type IntendedStatus = 'achieved' | 'on-track' | 'behind' | 'at-risk' | 'stale' | 'no-data';

/** The date the intended statuses refer to. */
export const PLAN_STATUS_DATE = '2011-12-31';

/**
 * A reading at one verification: a value, a ratio's numerator and
 * denominator, a scale level or a milestone's done; `_` for none.
 */
type Reading = number | readonly [numerator: number, denominator: number] | string | boolean | null;
const _ = null;

/** The verifications at which indicators are measured, 2010-09-01 to 2011-12-01 (the readings of a row follow them). */
const MEASURED_AT = VERIFICATION_DATES.filter((d) => d >= '2010-09-01' && d <= '2011-12-01');

interface IndicatorRowBase {
  id: string;
  name: string;
  description?: string;
  deadline: string;
  weight?: number;
  /** One per MEASURED_AT date. */
  readings: Reading[];
  expect: IntendedStatus;
}
interface TowardsRow extends IndicatorRowBase {
  kind: 'quantitative';
  unit: string;
  polarity: 'increase' | 'decrease';
  baseline: number;
  target: number;
  interim?: { date: string; value: number }[];
  trajectory?: 'linear' | 'step';
  ratio?: { numerator: string; denominator: string; scale: number };
}
interface BandRow extends IndicatorRowBase {
  kind: 'quantitative';
  unit: string;
  polarity: 'maintain' | 'range';
  baseline: number;
  band: [number, number];
  ratio?: { numerator: string; denominator: string; scale: number };
}
interface ScaleRow extends IndicatorRowBase {
  kind: 'scale';
  levels: { id: string; label: string; score: number }[];
  baseline: string;
  target: string;
}
interface MilestoneRow extends IndicatorRowBase {
  kind: 'milestone';
}
type IndicatorRow = TowardsRow | BandRow | ScaleRow | MilestoneRow;

interface ObjectiveRow {
  id: string;
  title: string;
  areas: Area[];
  deadline: string;
  weight: number;
  indicators: IndicatorRow[];
}

interface PlanRow {
  firm: string;
  /** Day the manager and the owner approve it; the firm enters the plan phase the same day. */
  approved: string;
  /** Baseline date of every indicator. */
  baseline: string;
  objectives: ObjectiveRow[];
}

/** Levels l1, l2, ... with evenly spaced scores from 0 to 1. */
function levels(...labels: string[]): ScaleRow['levels'] {
  // Scores to two decimals: 0, 0.33, 0.67, 1 for four levels; 0, 0.25, ... 1 for five.
  return labels.map((label, i) => ({ id: `l${i + 1}`, label, score: Math.round((100 * i) / (labels.length - 1)) / 100 }));
}

const SCRAP = { numerator: 'pezzi scartati', denominator: 'pezzi prodotti', scale: 100 };
const ON_TIME_BAND: [number, number] = [95, 100];

const plans: PlanRow[] = [
  {
    firm: 'bossi',
    approved: '2010-06-28',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'clienti',
        title: 'Ridurre la dipendenza dai due clienti principali',
        areas: ['market', 'strategy'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'new-customers',
            kind: 'quantitative',
            name: 'Nuovi clienti acquisiti',
            unit: 'clienti',
            polarity: 'increase',
            baseline: 0,
            target: 6,
            deadline: '2012-06-30',
            interim: [
              { date: '2010-12-31', value: 1 },
              { date: '2011-06-30', value: 3 },
            ],
            weight: 2,
            readings: [0, 1, 2, 4, 5, 7],
            expect: 'achieved',
          },
          {
            id: 'top2-share',
            kind: 'quantitative',
            name: 'Quota di fatturato dei due clienti principali',
            unit: '%',
            polarity: 'decrease',
            baseline: 60,
            target: 40,
            deadline: '2012-06-30',
            readings: [59, 57, 54, 50, 47, 44],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'saturazione',
        title: 'Saturare i centri di lavoro',
        areas: ['operations'],
        deadline: '2011-12-31',
        weight: 2,
        indicators: [
          {
            id: 'machine-utilisation',
            kind: 'quantitative',
            name: 'Utilizzo dei centri di lavoro',
            unit: '%',
            polarity: 'increase',
            baseline: 58,
            target: 75,
            deadline: '2011-12-31',
            interim: [
              { date: '2010-12-31', value: 62 },
              { date: '2011-06-30', value: 68 },
            ],
            readings: [60, 63, 66, 70, 74, 79],
            expect: 'achieved',
          },
          {
            id: 'setup-time',
            kind: 'quantitative',
            name: 'Tempo medio di attrezzaggio',
            unit: 'minuti',
            polarity: 'decrease',
            baseline: 95,
            target: 60,
            deadline: '2011-12-31',
            readings: [93, 88, 80, 72, 66, 61],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'qualita',
        title: 'Rinnovare la certificazione e ridurre gli scarti',
        areas: ['innovation', 'operations'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'iso-9001',
            kind: 'milestone',
            name: 'Rinnovo della certificazione ISO 9001',
            deadline: '2011-06-30',
            readings: [false, false, false, true, true, true],
            expect: 'achieved',
          },
          {
            id: 'scrap-rate',
            kind: 'quantitative',
            name: 'Tasso di scarto',
            description: 'Pezzi scartati al controllo finale sui pezzi prodotti nel trimestre.',
            unit: '%',
            polarity: 'decrease',
            baseline: 3.8,
            target: 2.0,
            deadline: '2012-06-30',
            ratio: SCRAP,
            readings: [
              [1218, 42_000],
              [1066, 41_000],
              [1032, 43_000],
              [1012, 44_000],
              [990, 45_000],
              [966, 46_000],
            ],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'costi',
        title: 'Conoscere il costo di ogni commessa',
        areas: ['finance'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'job-costing',
            kind: 'scale',
            name: 'Controllo dei costi per commessa',
            levels: levels(
              'Nessun calcolo dei costi',
              'Preventivi a stima',
              'Costo orario macchina calcolato',
              'Consuntivo per commessa',
              'Controllo di gestione mensile',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
            readings: ['l1', 'l2', 'l2', 'l3', 'l3', 'l4'],
            expect: 'on-track',
          },
        ],
      },
    ],
  },
  {
    firm: 'brambilla',
    approved: '2010-07-05',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'acquisti',
        title: "Ridurre il costo delle barre con gli acquisti di gruppo",
        areas: ['operations', 'finance'],
        deadline: '2011-12-31',
        weight: 2,
        indicators: [
          {
            id: 'bar-cost',
            kind: 'quantitative',
            name: "Costo medio delle barre d'acciaio",
            unit: 'EUR/kg',
            polarity: 'decrease',
            baseline: 1.45,
            target: 1.3,
            deadline: '2011-12-31',
            readings: [1.44, 1.4, 1.36, 1.33, 1.32, 1.31],
            expect: 'behind',
          },
        ],
      },
      {
        id: 'ricambio',
        title: 'Preparare il ricambio generazionale del personale',
        areas: ['people'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'training-hours',
            kind: 'quantitative',
            name: 'Ore di formazione per addetto negli ultimi 12 mesi',
            unit: 'ore',
            polarity: 'increase',
            baseline: 4,
            target: 16,
            deadline: '2012-06-30',
            readings: [4, 6, 8, 10, 12, 13],
            expect: 'on-track',
          },
          {
            id: 'apprentices',
            kind: 'quantitative',
            name: 'Apprendisti inseriti in officina',
            unit: 'apprendisti',
            polarity: 'increase',
            baseline: 0,
            target: 2,
            deadline: '2012-06-30',
            interim: [{ date: '2011-09-30', value: 1 }],
            trajectory: 'step',
            readings: [0, 0, 0, 0, 1, 1],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'qualita',
        title: 'Arrivare alla certificazione ISO 9001',
        areas: ['innovation', 'strategy'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'quality-system',
            kind: 'scale',
            name: 'Percorso verso la ISO 9001',
            levels: levels(
              'Nessun sistema qualità',
              'Procedure in stesura',
              'Sistema qualità applicato',
              'Audit interno superato',
              'Certificazione ISO 9001 ottenuta',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
            readings: ['l1', 'l2', 'l2', 'l3', 'l3', 'l4'],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'incassi',
        title: 'Accorciare i tempi di incasso',
        areas: ['finance'],
        deadline: '2011-12-31',
        weight: 1,
        indicators: [
          {
            id: 'collection-days',
            kind: 'quantitative',
            name: 'Giorni medi di incasso',
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 120,
            target: 90,
            deadline: '2011-12-31',
            readings: [118, 112, 105, 100, 98, 96],
            expect: 'at-risk',
          },
        ],
      },
    ],
  },
  {
    firm: 'colombo',
    approved: '2010-06-24',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'finanza',
        title: 'Riequilibrare la finanza e liberare i fidi',
        areas: ['finance'],
        deadline: '2011-12-31',
        weight: 3,
        indicators: [
          {
            id: 'credit-line-use',
            kind: 'quantitative',
            name: 'Utilizzo medio dei fidi bancari',
            unit: '%',
            polarity: 'decrease',
            baseline: 92,
            target: 70,
            deadline: '2011-12-31',
            readings: [91, 88, 84, 80, 76, 73],
            expect: 'behind',
          },
        ],
      },
      {
        id: 'aeronautica',
        title: 'Entrare nella filiera aeronautica',
        areas: ['strategy', 'innovation'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'en-9100',
            kind: 'milestone',
            name: 'Certificazione EN 9100',
            deadline: '2011-12-31',
            readings: [false, false, false, false, false, false],
            expect: 'at-risk',
          },
          {
            id: 'aero-share',
            kind: 'quantitative',
            name: 'Quota di fatturato nel settore aeronautico',
            unit: '%',
            polarity: 'increase',
            baseline: 5,
            target: 20,
            deadline: '2012-06-30',
            interim: [
              { date: '2010-12-31', value: 6 },
              { date: '2011-06-30', value: 10 },
            ],
            readings: [5, 6, 8, 10.5, 13, 16],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'capacita',
        title: 'Vendere le ore libere dei centri a 5 assi',
        areas: ['market'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'machine-utilisation',
            kind: 'quantitative',
            name: 'Utilizzo dei centri di lavoro a 5 assi',
            unit: '%',
            polarity: 'increase',
            baseline: 62,
            target: 80,
            deadline: '2012-06-30',
            readings: [63, 66, 69, 72, 74, 76],
            expect: 'on-track',
          },
        ],
      },
    ],
  },
  {
    firm: 'zanzi',
    approved: '2010-09-20',
    baseline: '2010-08-31',
    objectives: [
      {
        id: 'successione',
        title: "Individuare e formare chi continuerà l'attività",
        areas: ['people', 'strategy'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'successor',
            kind: 'milestone',
            name: 'Successore individuato e inserito in officina',
            deadline: '2011-12-31',
            readings: [false, false, false, _, _, _],
            expect: 'stale',
          },
          {
            id: 'training-hours',
            kind: 'quantitative',
            name: 'Ore di formazione per addetto negli ultimi 12 mesi',
            unit: 'ore',
            polarity: 'increase',
            baseline: 2,
            target: 20,
            deadline: '2012-06-30',
            readings: [2, 4, 5, _, _, _],
            expect: 'stale',
          },
        ],
      },
      {
        id: 'ore-libere',
        title: 'Offrire alla rete le ore libere delle rettificatrici',
        areas: ['market', 'operations'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'machine-utilisation',
            kind: 'quantitative',
            name: 'Utilizzo delle rettificatrici',
            unit: '%',
            polarity: 'increase',
            baseline: 55,
            target: 75,
            deadline: '2012-06-30',
            readings: [55, 57, 58, _, _, _],
            expect: 'stale',
          },
        ],
      },
      {
        id: 'strumenti',
        title: 'Tarare gli strumenti di misura',
        areas: ['innovation'],
        deadline: '2011-06-30',
        weight: 1,
        indicators: [
          {
            id: 'instrument-calibration',
            kind: 'milestone',
            name: 'Strumenti di misura tarati e registrati',
            deadline: '2011-06-30',
            readings: [false, false, false, _, _, _],
            expect: 'stale',
          },
        ],
      },
    ],
  },
  {
    firm: 'castiglioni',
    approved: '2010-07-07',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'mercato',
        title: "Nuovi clienti nell'oleodinamica",
        areas: ['market', 'strategy'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'new-customers',
            kind: 'quantitative',
            name: 'Nuovi clienti acquisiti',
            unit: 'clienti',
            polarity: 'increase',
            baseline: 0,
            target: 6,
            deadline: '2012-06-30',
            readings: [0, 1, 1, 2, 3, 4],
            expect: 'behind',
          },
          {
            id: 'catalogue',
            kind: 'milestone',
            name: 'Catalogo delle lavorazioni e sito web pubblicati',
            deadline: '2011-06-30',
            readings: [false, false, false, true, true, true],
            expect: 'achieved',
          },
        ],
      },
      {
        id: 'fatturato',
        title: 'Far crescere il fatturato con il passaggio generazionale',
        areas: ['strategy'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'turnover',
            kind: 'quantitative',
            name: 'Fatturato degli ultimi 12 mesi',
            unit: 'migliaia di EUR',
            polarity: 'increase',
            baseline: 559,
            target: 650,
            deadline: '2012-06-30',
            readings: [562, 570, 585, 600, 615, 630],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'qualita',
        title: "Mantenere gli scarti sotto l'1,5%",
        areas: ['operations', 'innovation'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'scrap-rate',
            kind: 'quantitative',
            name: 'Tasso di scarto',
            unit: '%',
            polarity: 'maintain',
            baseline: 1.2,
            band: [0, 1.5],
            deadline: '2012-06-30',
            ratio: SCRAP,
            readings: [
              [310, 27_000],
              [350, 26_500],
              [330, 28_000],
              [390, 28_500],
              [340, 29_000],
              [320, 29_500],
            ],
            expect: 'achieved',
          },
        ],
      },
    ],
  },
  {
    firm: 'macchi',
    approved: '2010-09-28',
    baseline: '2010-08-31',
    objectives: [
      {
        id: 'magazzino',
        title: 'Liberare liquidità dal magazzino di metallo duro',
        areas: ['finance'],
        deadline: '2011-12-31',
        weight: 3,
        indicators: [
          {
            id: 'stock-value',
            kind: 'quantitative',
            name: 'Valore del magazzino di metallo duro',
            unit: 'migliaia di EUR',
            polarity: 'decrease',
            baseline: 180,
            target: 120,
            deadline: '2011-12-31',
            readings: [_, 178, 175, 170, 168, _],
            expect: 'at-risk',
          },
          {
            id: 'stock-days',
            kind: 'quantitative',
            name: 'Giorni di rotazione del magazzino',
            description: "Da calcolare con l'anagrafica di magazzino aggiornata.",
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 210,
            target: 150,
            deadline: '2011-12-31',
            readings: [_, _, _, _, _, _],
            expect: 'no-data',
          },
        ],
      },
      {
        id: 'vendite',
        title: 'Organizzare la vendita con agenti e consegne puntuali',
        areas: ['market'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'agents',
            kind: 'quantitative',
            name: 'Agenti di vendita attivi',
            unit: 'agenti',
            polarity: 'increase',
            baseline: 0,
            target: 3,
            deadline: '2012-06-30',
            readings: [_, 0, 0, 1, 1, _],
            expect: 'at-risk',
          },
          {
            id: 'on-time-delivery',
            kind: 'quantitative',
            name: 'Consegne puntuali',
            unit: '%',
            polarity: 'range',
            baseline: 90,
            band: ON_TIME_BAND,
            deadline: '2012-06-30',
            readings: [_, 91, 89, 90, 92, _],
            expect: 'at-risk',
          },
        ],
      },
      {
        id: 'formazione',
        title: 'Formare il personale oltre l\'affiancamento',
        areas: ['people'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'training',
            kind: 'scale',
            name: 'Formazione del personale',
            levels: levels(
              'Solo affiancamento',
              'Piano annuale di formazione',
              'Corsi esterni per ogni addetto',
              'Percorsi per ruolo con verifica',
            ),
            baseline: 'l1',
            target: 'l4',
            deadline: '2012-06-30',
            readings: [_, 'l1', 'l2', 'l2', 'l3', _],
            expect: 'behind',
          },
        ],
      },
    ],
  },
  {
    firm: 'ferrario',
    approved: '2010-07-12',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'pianificazione',
        title: 'Pianificare la produzione e consegnare prima',
        areas: ['operations'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'digital-maturity',
            kind: 'scale',
            name: 'Maturità digitale',
            levels: levels(
              'Lavagna e carta',
              'Fogli di calcolo',
              'Gestionale collegato alla produzione',
              'Dati macchina raccolti in automatico',
              'Processi integrati con clienti e fornitori',
            ),
            baseline: 'l1',
            target: 'l4',
            deadline: '2012-06-30',
            readings: ['l1', 'l2', 'l2', 'l2', 'l3', 'l3'],
            expect: 'behind',
          },
          {
            id: 'delivery-delay',
            kind: 'quantitative',
            name: 'Ritardo medio di consegna',
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 7,
            target: 2,
            deadline: '2012-06-30',
            readings: [6.5, 5.8, 5, 4.2, 3.6, 3.2],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'offerte',
        title: 'Listino delle lavorazioni e offerte rapide',
        areas: ['market'],
        deadline: '2011-12-31',
        weight: 1,
        indicators: [
          {
            id: 'price-list',
            kind: 'milestone',
            name: 'Listino delle lavorazioni adottato',
            deadline: '2011-03-31',
            readings: [false, false, true, true, true, true],
            expect: 'achieved',
          },
          {
            id: 'quote-time',
            kind: 'quantitative',
            name: "Tempo medio di risposta alle richieste d'offerta",
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 6,
            target: 2,
            deadline: '2011-12-31',
            readings: [5.5, 4.5, 3.5, 3, 2.4, 2.1],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'redditivita',
        title: 'Migliorare la redditività con il costo orario macchina',
        areas: ['finance'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'ebitda-margin',
            kind: 'quantitative',
            name: 'Margine operativo lordo sul fatturato',
            unit: '%',
            polarity: 'increase',
            baseline: 7,
            target: 10,
            deadline: '2012-06-30',
            readings: [7, 7.5, 8, 8.6, 9, 9.4],
            expect: 'on-track',
          },
        ],
      },
    ],
  },
  {
    firm: 'pozzi',
    approved: '2010-07-14',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'margini',
        title: 'Controllare i margini di commessa',
        areas: ['finance'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'margin-control',
            kind: 'scale',
            name: 'Controllo dei margini di commessa',
            levels: levels(
              'Margini noti solo a consuntivo annuale',
              'Preventivo e consuntivo per commessa',
              'Avanzamento mensile delle commesse',
              'Budget annuale e analisi degli scostamenti',
              'Controllo di gestione completo',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
            readings: ['l1', 'l1', 'l2', 'l2', 'l3', 'l4'],
            expect: 'on-track',
          },
          {
            id: 'gross-margin',
            kind: 'quantitative',
            name: 'Margine medio di commessa',
            unit: '%',
            polarity: 'increase',
            baseline: 18,
            target: 24,
            deadline: '2012-06-30',
            readings: [18.2, 19, 20, 21, 21.8, 22.6],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'acquisti',
        title: 'Concentrare gli acquisti di componenti',
        areas: ['operations'],
        deadline: '2011-12-31',
        weight: 2,
        indicators: [
          {
            id: 'suppliers',
            kind: 'quantitative',
            name: 'Fornitori di componenti elettrici attivi',
            unit: 'fornitori',
            polarity: 'decrease',
            baseline: 22,
            target: 12,
            deadline: '2011-12-31',
            readings: [21, 19, 17, 15, 14, 13],
            expect: 'behind',
          },
        ],
      },
      {
        id: 'estero',
        title: "Prime vendite all'estero",
        areas: ['market', 'strategy'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'export-share',
            kind: 'quantitative',
            name: 'Quota di export sul fatturato',
            unit: '%',
            polarity: 'increase',
            baseline: 3,
            target: 12,
            deadline: '2012-06-30',
            readings: [3, 4, 5.5, 7, 8.5, 10],
            expect: 'on-track',
          },
        ],
      },
    ],
  },
  {
    firm: 'bianchi-gatti',
    approved: '2010-09-13',
    baseline: '2010-08-31',
    objectives: [
      {
        id: 'soci',
        title: 'Decidere insieme lo sviluppo della società',
        areas: ['strategy'],
        deadline: '2011-06-30',
        weight: 2,
        indicators: [
          {
            id: 'partners-agreement',
            kind: 'milestone',
            name: 'Patto tra i soci e piano triennale firmati',
            deadline: '2011-06-30',
            readings: [_, false, false, false, true, true],
            expect: 'achieved',
          },
        ],
      },
      {
        id: 'trasferte',
        title: 'Pianificare le trasferte di montaggio',
        areas: ['operations', 'market'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'planned-trips',
            kind: 'quantitative',
            name: 'Trasferte pianificate con almeno due settimane di anticipo',
            unit: '%',
            polarity: 'increase',
            baseline: 40,
            target: 80,
            deadline: '2012-06-30',
            readings: [_, 42, 45, 50, 56, 62],
            expect: 'at-risk',
          },
          {
            id: 'shared-hours',
            kind: 'quantitative',
            name: 'Ore di montaggio svolte per altre imprese della rete',
            unit: 'ore',
            polarity: 'increase',
            baseline: 0,
            target: 600,
            deadline: '2012-06-30',
            readings: [_, 0, 40, 120, 250, 400],
            expect: 'behind',
          },
        ],
      },
      {
        id: 'liquidita',
        title: 'Ridurre gli anticipi per le trasferte',
        areas: ['finance'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'short-term-credit',
            kind: 'quantitative',
            name: 'Utilizzo medio dei fidi a breve',
            unit: 'migliaia di EUR',
            polarity: 'decrease',
            baseline: 120,
            target: 60,
            deadline: '2012-06-30',
            readings: [_, 115, 105, 96, 88, 76],
            expect: 'on-track',
          },
        ],
      },
    ],
  },
  {
    firm: 'sironi',
    approved: '2010-06-21',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'export',
        title: "Crescere all'estero",
        areas: ['market'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'export-share',
            kind: 'quantitative',
            name: 'Quota di export sul fatturato',
            unit: '%',
            polarity: 'increase',
            baseline: 22,
            target: 35,
            deadline: '2012-06-30',
            interim: [
              { date: '2010-12-31', value: 24 },
              { date: '2011-06-30', value: 28 },
            ],
            weight: 2,
            readings: [23, 24.5, 26, 28.5, 30.5, 33],
            expect: 'on-track',
          },
          {
            id: 'foreign-customers',
            kind: 'quantitative',
            name: 'Clienti esteri attivi',
            unit: 'clienti',
            polarity: 'increase',
            baseline: 4,
            target: 8,
            deadline: '2012-06-30',
            readings: [4, 5, 5, 6, 6, 7],
            expect: 'on-track',
          },
          {
            id: 'trade-fair',
            kind: 'milestone',
            name: 'Prima partecipazione a una fiera internazionale (EMO Hannover 2011)',
            deadline: '2011-09-30',
            readings: [false, false, false, false, false, true],
            expect: 'achieved',
          },
        ],
      },
      {
        id: 'consegne',
        title: 'Consegnare in tempo nonostante le lavorazioni esterne',
        areas: ['operations'],
        deadline: '2011-12-31',
        weight: 2,
        indicators: [
          {
            id: 'on-time-delivery',
            kind: 'quantitative',
            name: 'Consegne puntuali',
            unit: '%',
            polarity: 'range',
            baseline: 88,
            band: ON_TIME_BAND,
            deadline: '2011-12-31',
            readings: [89, 91, 93, 95.5, 96, 97],
            expect: 'achieved',
          },
          {
            id: 'delivery-delay',
            kind: 'quantitative',
            name: 'Ritardo medio di consegna',
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 9,
            target: 3,
            deadline: '2011-12-31',
            readings: [8.5, 7.5, 6, 4.5, 3.6, 3.2],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'commerciale',
        title: "Rafforzare l'organizzazione commerciale",
        areas: ['people', 'market'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'sales-organisation',
            kind: 'scale',
            name: 'Organizzazione commerciale',
            levels: levels(
              'Vendita affidata al solo commerciale interno',
              'Listino e materiali in inglese e tedesco',
              'Agenti in Svizzera e in Germania',
              'Rete di agenti con obiettivi e CRM',
              'Ufficio export strutturato',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
            readings: ['l1', 'l1', 'l2', 'l3', 'l4', 'l4'],
            expect: 'on-track',
          },
        ],
      },
    ],
  },
  {
    firm: 'tettamanti',
    approved: '2010-07-27',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'vendita-diretta',
        title: 'Vendere direttamente agli utilizzatori',
        areas: ['market'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'direct-sales-share',
            kind: 'quantitative',
            name: 'Quota di vendite dirette sul fatturato',
            unit: '%',
            polarity: 'increase',
            baseline: 0,
            target: 30,
            deadline: '2012-06-30',
            readings: [0, 2, 6, 11, 16, 20],
            expect: 'behind',
          },
          {
            id: 'direct-customers',
            kind: 'quantitative',
            name: 'Clienti serviti direttamente',
            unit: 'clienti',
            polarity: 'increase',
            baseline: 0,
            target: 40,
            deadline: '2012-06-30',
            readings: [2, 6, 12, 19, 26, 33],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'taratura',
        title: 'Offrire il servizio di taratura alla rete',
        areas: ['strategy', 'innovation'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'lab-accreditation',
            kind: 'scale',
            name: 'Accreditamento del laboratorio di taratura',
            levels: levels(
              'Laboratorio interno senza procedure scritte',
              'Procedure di taratura documentate',
              'Domanda di accreditamento presentata',
              'Visita ispettiva superata',
              'Laboratorio accreditato',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
            readings: ['l1', 'l2', 'l2', 'l3', 'l4', 'l4'],
            expect: 'on-track',
          },
          {
            id: 'calibrations',
            kind: 'quantitative',
            name: 'Tarature eseguite per altre imprese (dal luglio 2010)',
            unit: 'tarature',
            polarity: 'increase',
            baseline: 0,
            target: 60,
            deadline: '2012-06-30',
            readings: [3, 9, 17, 27, 38, 48],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'scorte',
        title: 'Ridurre le scorte di componenti',
        areas: ['finance'],
        deadline: '2011-12-31',
        weight: 1,
        indicators: [
          {
            id: 'stock-days',
            kind: 'quantitative',
            name: 'Giorni di scorta dei componenti',
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 150,
            target: 90,
            deadline: '2011-12-31',
            readings: [148, 140, 132, 122, 114, 108],
            expect: 'at-risk',
          },
        ],
      },
    ],
  },
  {
    firm: 'broggini',
    approved: '2010-07-20',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'energia',
        title: 'Ridurre i costi di energia e prodotti chimici',
        areas: ['operations', 'finance'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'energy-cost-hour',
            kind: 'quantitative',
            name: "Costo dell'energia per ora di impianto",
            description: 'Il contratto di fornitura del gruppo di acquisto parte nel 2011: il calo atteso è a gradino.',
            unit: 'EUR/ora',
            polarity: 'decrease',
            baseline: 18.5,
            target: 15,
            deadline: '2012-06-30',
            interim: [{ date: '2011-03-31', value: 16.5 }],
            trajectory: 'step',
            readings: [18.4, 18.2, 16.8, 16.6, 16.5, 16.4],
            expect: 'on-track',
          },
          {
            id: 'chemicals-cost',
            kind: 'quantitative',
            name: 'Costo dei prodotti chimici sul fatturato',
            unit: '%',
            polarity: 'decrease',
            baseline: 11,
            target: 9,
            deadline: '2012-06-30',
            readings: [10.9, 10.7, 10.4, 10.2, 9.8, 9.5],
            expect: 'on-track',
          },
        ],
      },
      {
        id: 'qualita',
        title: 'Ridurre le rilavorazioni e adeguare il depuratore',
        areas: ['operations', 'innovation'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'rework-rate',
            kind: 'quantitative',
            name: 'Tasso di rilavorazione',
            unit: '%',
            polarity: 'decrease',
            baseline: 5,
            target: 3,
            deadline: '2012-06-30',
            ratio: { numerator: 'pezzi rilavorati', denominator: 'pezzi trattati', scale: 100 },
            readings: [
              [8820, 180_000],
              [8178, 174_000],
              [8740, 190_000],
              [8580, 195_000],
              [7740, 180_000],
              [7790, 190_000],
            ],
            expect: 'at-risk',
          },
          {
            id: 'purifier',
            kind: 'milestone',
            name: 'Adeguamento del depuratore collaudato',
            deadline: '2011-06-30',
            readings: [false, false, false, true, true, true],
            expect: 'achieved',
          },
        ],
      },
      {
        id: 'ambiente',
        title: 'Avviare il sistema di gestione ambientale',
        areas: ['innovation', 'strategy'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'iso-14001',
            kind: 'scale',
            name: 'Percorso verso la ISO 14001',
            levels: levels(
              'Solo autorizzazioni ambientali',
              'Analisi ambientale iniziale',
              'Procedure e registri ambientali',
              'Audit interno superato',
              'Certificazione ISO 14001 ottenuta',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
            readings: ['l1', 'l1', 'l2', 'l3', 'l3', 'l4'],
            expect: 'on-track',
          },
        ],
      },
    ],
  },
];

/** The intended status of every indicator on {@link PLAN_STATUS_DATE}, by firm key and indicator id. */
export function intendedStatuses(): Record<string, Record<string, IntendedStatus>> {
  return Object.fromEntries(
    plans.map((p) => [
      p.firm,
      Object.fromEntries(p.objectives.flatMap((o) => o.indicators.map((i) => [i.id, i.expect]))),
    ]),
  );
}

const isBandRow = (row: TowardsRow | BandRow): row is BandRow => row.polarity === 'maintain' || row.polarity === 'range';

/** The indicator of the plan, from its row (the readings and the intended status stay here). */
function indicatorOf(row: IndicatorRow, baselineDate: string): Indicator {
  const common = {
    id: row.id,
    name: row.name,
    ...(row.description !== undefined ? { description: row.description } : {}),
  };
  const tail = { deadline: row.deadline, ...(row.weight !== undefined ? { weight: row.weight } : {}) };
  switch (row.kind) {
    case 'milestone':
      return { ...common, kind: 'milestone', ...tail };
    case 'scale':
      return {
        ...common,
        kind: 'scale',
        levels: row.levels.map((l) => ({ ...l })),
        baseline: { level: row.baseline, date: baselineDate },
        target: row.target,
        ...tail,
      };
    case 'quantitative': {
      const q = {
        ...common,
        kind: 'quantitative' as const,
        unit: row.unit,
        polarity: row.polarity,
        baseline: { value: row.baseline, date: baselineDate },
      };
      if (isBandRow(row)) {
        return { ...q, band: [row.band[0], row.band[1]], ...tail, ...(row.ratio ? { ratio: { ...row.ratio } } : {}) };
      }
      return {
        ...q,
        target: row.target,
        ...tail,
        ...(row.interim ? { interim: row.interim.map((x) => ({ ...x })) } : {}),
        ...(row.trajectory ? { trajectory: row.trajectory } : {}),
        ...(row.ratio ? { ratio: { ...row.ratio } } : {}),
      };
    }
  }
}

function planOf(row: PlanRow, manager: string): Plan {
  const f = firmByKey.get(row.firm)!;
  return {
    id: 'piano-2010',
    manager,
    owner: f.contact.name,
    objectives: row.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      areas: [...o.areas],
      deadline: o.deadline,
      weight: o.weight,
      indicators: o.indicators.map((i) => indicatorOf(i, row.baseline)),
    })),
  };
}

/** The fields of a measurement for one reading, in the shape the indicator's kind asks for. */
function measurementShape(
  row: IndicatorRow,
  reading: Exclude<Reading, null>,
): { value: number } | { numerator: number; denominator: number } | { level: string } | { done: boolean } {
  const where = `${row.id}: reading ${JSON.stringify(reading)}`;
  if (row.kind === 'milestone') {
    if (typeof reading !== 'boolean') throw new Error(`${where} must be done true/false`);
    return { done: reading };
  }
  if (row.kind === 'scale') {
    if (typeof reading !== 'string' || !row.levels.some((l) => l.id === reading)) throw new Error(`${where} is not a level`);
    return { level: reading };
  }
  if (row.ratio) {
    if (!Array.isArray(reading)) throw new Error(`${where} must be [numerator, denominator]`);
    const [numerator, denominator] = reading as readonly [number, number];
    return { numerator, denominator };
  }
  if (typeof reading !== 'number') throw new Error(`${where} must be a number`);
  return { value: reading };
}

function addPlans(t: Timeline): void {
  for (const row of plans) {
    const a = assignments.find((x) => x.firm === row.firm);
    if (!a) throw new Error(`No manager assigned to ${row.firm}`);
    const analysed = analyses.find((x) => x.firm === row.firm)?.date;
    if (!analysed || row.approved <= analysed) throw new Error(`Plan of ${row.firm} before its analysis`);
    const firm = vat(row.firm);
    const author = managerName(a.manager);
    t.add({ type: 'plan.approved', date: row.approved, author, firm, plan: planOf(row, a.manager) });
    t.add({ type: 'phase.advanced', date: row.approved, author, firm, phase: 'plan' });
  }
}

/** Every indicator measured at the verifications the firm held after its plan, as the readings say. */
function addMeasurements(t: Timeline): void {
  for (const row of plans) {
    const a = assignments.find((x) => x.firm === row.firm)!;
    const author = managerName(a.manager);
    const firm = vat(row.firm);
    MEASURED_AT.forEach((scheduled, k) => {
      const date = verificationHeldOn(row.firm, scheduled);
      for (const o of row.objectives) {
        for (const ind of o.indicators) {
          if (ind.readings.length !== MEASURED_AT.length) throw new Error(`${row.firm}/${ind.id}: ${ind.readings.length} readings`);
          const reading = ind.readings[k];
          if (reading === null || reading === undefined) continue;
          if (!date) throw new Error(`${row.firm}/${ind.id}: reading at ${scheduled}, a verification not held`);
          if (date < row.approved) throw new Error(`${row.firm}/${ind.id}: reading at ${date}, before the plan`);
          t.add({
            type: 'measurement.recorded',
            date,
            author,
            firm,
            indicator: ind.id,
            ...measurementShape(ind, reading),
          });
        }
      }
    });
  }
}

// ---------------------------------------------------------------------------
// Data: offers and needs (autumn 2010), collaborations (2011), network contract (2012)
// ---------------------------------------------------------------------------
//
// In the autumn of 2010 each manager records with the owner what the firm
// offers to the others and what it needs or buys (§8). From them the
// programme starts five collaborations in the first months of 2011; every
// active firm joins at least one and enters the `collaboration` phase on the
// day the first of them starts. The figures below are realised figures of
// 2011 (recorded by 2011-12-30, so they count on 2011-12-31).
//
// | collaboration           | kind       | firms (lead first)                                  | 2011 figures                                |
// |-------------------------|------------|-----------------------------------------------------|---------------------------------------------|
// | acquisto-acciaio-2011   | purchasing | colombo, bossi, brambilla, castiglioni, macchi,     | 753 t, 700 t tier of the curve: EUR 850/t;  |
// |                         |            | ferrario, sironi                                    | steel rose in 2011 (index 106.5)            |
// | centro-5-assi           | machines   | bossi (owner), brambilla, zanzi, bianchi-gatti      | 560 h booked of 600 spare, two halves       |
// | stand-mecspe-2011       | services   | sironi, bossi, colombo, castiglioni, macchi, pozzi, | 64 m2 for EUR 36,800, split by m2; 81       |
// |                         |            | tettamanti, broggini                                | contacts; agreed 2010-12, ended 2011-04     |
// | consulente-iso-9001     | services   | brambilla, colombo, macchi, pozzi, tettamanti       | 76 days for EUR 28,880, split by days       |
// | distacco-personale-2011 | workforce  | bossi, zanzi, ferrario, bianchi-gatti               | bossi lends a fresatore CNC (zanzi,         |
// |                         |            |                                                     | ferrario), bianchi-gatti a saldatore        |
// |                         |            |                                                     | (ferrario, 400 h = its shared-hours)        |
//
// Intended 2011 realised hard saving per firm, EUR (on 2011-12-31):
//
// | firm          | steel  | 5 axes   | MECSPE | ISO 9001 | workers | hard    | also                           |
// |---------------|--------|----------|--------|----------|---------|---------|--------------------------------|
// | bossi         |  9,360 |        - |  8,250 |        - |       - |  17,610 | gain 11,200 (machine hours)    |
// | brambilla     |  8,840 |   10,300 |      - |    7,780 |       - |  26,920 |                                |
// | colombo       |  8,145 |        - |  8,250 |    7,920 |       - |  24,315 |                                |
// | zanzi         |      - |    6,120 |      - |        - |   8,320 |  14,440 |                                |
// | castiglioni   |  8,170 |        - |  7,900 |        - |       - |  16,070 |                                |
// | macchi        |  4,920 |        - |  7,050 |    7,680 |       - |  19,650 |                                |
// | ferrario      |  8,890 |        - |      - |        - |  11,900 |  20,790 |                                |
// | pozzi         |      - |        - |  8,400 |    8,800 |       - |  17,200 |                                |
// | bianchi-gatti |      - |    6,400 |      - |        - |       - |   6,400 | lends a saldatore              |
// | sironi        |  6,090 |        - |  9,250 |        - |       - |  15,340 |                                |
// | tettamanti    |      - |        - |  6,550 |    7,440 |       - |  13,990 |                                |
// | broggini      |      - |        - |  6,550 |        - |       - |   6,550 |                                |
// | total         | 54,415 |   22,820 | 62,200 |   39,620 |  20,220 | 199,275 | avoidance 38,625 (steel) apart |
//
// With the gain of 11,200 and net of the 13 contributions of EUR 4,500
// (58,500, Caccia's included), the net advantage is EUR 151,975: 0.63 per
// euro of public funding (EUR 241,500). In October 2011 the Chamber proposes
// a network contract to the 12 firms (all declared interest in an
// aggregation, so all enter the aggregation phase); the complete draft
// follows in January 2012, the 12 sign it before a notary on 5 March 2012
// and each has it registered in its own entry of the companies register
// between 12 and 30 March 2012: the network takes effect on the last one.

/** Offers and needs of one firm, declared with its manager on one day. */
interface DeclarationRow {
  firm: string;
  date: string;
  offers: Offer[];
  needs: Need[];
}

const MACHINE_5_AXES = 'centro di lavoro 5 assi';
const MECSPE_NEED = 'Stand fiera MECSPE';
const ISO_NEED = 'Consulenza ISO 9001';

/** What each active firm offers and needs (Sept-Nov 2010). Caccia, about to sell, declares nothing. */
const declarations: DeclarationRow[] = [
  {
    firm: 'bossi',
    date: '2010-09-20',
    offers: [
      {
        kind: 'machines',
        id: 'centro-5-assi',
        machineType: MACHINE_5_AXES,
        description: 'Centro di lavoro verticale a 5 assi continui, tavola 650 mm, acquistato nel 2008',
        spareHours: 600,
        annualFixedCostCents: eur(60_000),
        availableHours: 3000,
        variableCostPerHourCents: eur(18),
      },
      { kind: 'workforce', id: 'fresatore-cnc', skill: 'fresatore CNC', hours: 1000, hourlyCostCents: eur(29) },
    ],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 150, unit: 't', unitPriceCents: eur(910), supplier: 'Siderurgica Olona S.p.A.' },
      { kind: 'purchasing', id: 'utensili', category: 'tooling', quantity: 4000, unit: 'inserti', unitPriceCents: eur(11.5) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(14_000), usage: 10 },
    ],
  },
  {
    firm: 'sironi',
    date: '2010-09-22',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 60, unit: 't', unitPriceCents: eur(955) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(15_000), usage: 10 },
    ],
  },
  {
    firm: 'colombo',
    date: '2010-09-27',
    offers: [
      {
        kind: 'purchasing',
        id: 'acquisto-acciaio-gruppo',
        category: 'steel',
        description: 'Raccoglie i fabbisogni di acciaio delle imprese e tratta il prezzo con il fornitore',
      },
    ],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 170, unit: 't', unitPriceCents: eur(895), supplier: 'Siderurgica Olona S.p.A.' },
      { kind: 'purchasing', id: 'utensili', category: 'tooling', quantity: 6000, unit: 'inserti', unitPriceCents: eur(11) },
      { kind: 'purchasing', id: 'energia', category: 'energy', quantity: 420, unit: 'MWh', unitPriceCents: eur(135) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(14_000), usage: 10 },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(14_000), usage: 16 },
    ],
  },
  {
    firm: 'brambilla',
    date: '2010-10-04',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 110, unit: 't', unitPriceCents: eur(935) },
      { kind: 'machines', id: 'ore-5-assi', machineType: MACHINE_5_AXES, hours: 220, alternativeRateCents: eur(88) },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(15_000), usage: 20 },
    ],
  },
  {
    firm: 'castiglioni',
    date: '2010-10-06',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 90, unit: 't', unitPriceCents: eur(945) },
      { kind: 'machines', id: 'ore-5-assi', machineType: MACHINE_5_AXES, hours: 120, alternativeRateCents: eur(85) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(12_500), usage: 8 },
    ],
  },
  {
    firm: 'ferrario',
    date: '2010-10-11',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 120, unit: 't', unitPriceCents: eur(920) },
      { kind: 'purchasing', id: 'utensili', category: 'tooling', quantity: 3500, unit: 'inserti', unitPriceCents: eur(12) },
      { kind: 'workforce', id: 'fresatore-cnc', skill: 'fresatore CNC', hours: 450, alternativeHourlyCostCents: eur(43) },
      { kind: 'workforce', id: 'saldatore', skill: 'saldatore', hours: 400, alternativeHourlyCostCents: eur(41) },
    ],
  },
  {
    firm: 'pozzi',
    date: '2010-10-13',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'energia', category: 'energy', quantity: 180, unit: 'MWh', unitPriceCents: eur(148) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(13_000), usage: 8 },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(14_500), usage: 16 },
    ],
  },
  {
    firm: 'tettamanti',
    date: '2010-10-18',
    offers: [],
    needs: [
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(10_000), usage: 6 },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(12_000), usage: 12 },
    ],
  },
  {
    firm: 'broggini',
    date: '2010-10-20',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'energia', category: 'energy', quantity: 520, unit: 'MWh', unitPriceCents: eur(132) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(10_000), usage: 6 },
    ],
  },
  {
    firm: 'bianchi-gatti',
    date: '2010-10-25',
    offers: [{ kind: 'workforce', id: 'saldatore', skill: 'saldatore', hours: 400, hourlyCostCents: eur(27) }],
    needs: [{ kind: 'machines', id: 'ore-5-assi', machineType: MACHINE_5_AXES, hours: 160, alternativeRateCents: eur(82) }],
  },
  {
    firm: 'macchi',
    date: '2010-11-03',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 45, unit: 't', unitPriceCents: eur(970) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(10_500), usage: 6 },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(13_000), usage: 14 },
    ],
  },
  {
    firm: 'zanzi',
    date: '2010-11-08',
    offers: [],
    needs: [
      { kind: 'machines', id: 'ore-5-assi', machineType: MACHINE_5_AXES, hours: 180, alternativeRateCents: eur(78) },
      { kind: 'workforce', id: 'fresatore-cnc', skill: 'fresatore CNC', hours: 520, alternativeHourlyCostCents: eur(45) },
    ],
  },
];

/** One period's figures of a collaboration, recorded on `date`. */
interface FiguresRow {
  date: string;
  from: string;
  to: string;
  figures: CollaborationFigures;
  note?: string;
}

/** A collaboration from its proposal to its end (firm keys; the lead first). */
interface CollaborationRow {
  id: string;
  kind: CollaborationKind;
  title: string;
  firms: string[];
  lead: string;
  estimatedAnnualAdvantageCents: number;
  proposed: string;
  agreed: string;
  terms?: CollaborationFigures;
  started: string;
  figures: FiguresRow[];
  ended?: { date: string; reason: string; note?: string };
}

/** The steel supplier's price per tonne by the group's yearly tonnes (2011 agreement). */
const STEEL_PRICE_CURVE = [
  { minQuantity: 0, priceCents: eur(980) },
  { minQuantity: 100, priceCents: eur(945) },
  { minQuantity: 250, priceCents: eur(910) },
  { minQuantity: 400, priceCents: eur(880) },
  { minQuantity: 700, priceCents: eur(850) },
];

/**
 * Steel members: [firm, tonnes planned, tonnes bought in 2011, documented 2010 price, 2011 price alone (quote) or undefined].
 * The group bought 753 t in 2011, so everyone paid the 700 t tier.
 */
const STEEL_MEMBERS: [string, number, number, number, number | undefined][] = [
  ['colombo', 170, 181, 895, 955],
  ['bossi', 150, 156, 910, 970],
  ['brambilla', 110, 104, 935, 1005],
  ['castiglioni', 90, 86, 945, undefined],
  ['macchi', 45, 41, 970, 1040],
  ['ferrario', 120, 127, 920, 985],
  ['sironi', 60, 58, 955, undefined],
];

function steelFigures(basis: 'negotiated' | 'realised'): CollaborationFigures {
  const planned = basis === 'negotiated';
  const total = STEEL_MEMBERS.reduce((s, m) => s + (planned ? m[1] : m[2]), 0);
  const tier = [...STEEL_PRICE_CURVE].reverse().find((t) => t.minQuantity <= total)!;
  return {
    kind: 'purchasing',
    basis,
    category: 'steel',
    unit: 't',
    priceCurve: STEEL_PRICE_CURVE.map((t) => ({ ...t })),
    ...(planned ? {} : { priceIndex: { name: 'Indice prezzi laminati mercantili (2010 = 100)', base: 100, current: 106.5 } }),
    members: STEEL_MEMBERS.map(([firm, q, realised, before, market]) => ({
      firm: vat(firm),
      quantity: planned ? q : realised,
      priceBeforeCents: eur(before),
      priceGroupCents: tier.priceCents,
      ...(!planned && market !== undefined ? { marketPriceCents: eur(market) } : {}),
    })),
  };
}

/** The 5-axis centre over half a year: half the fixed cost and half the available hours. */
function machineHalf(basis: 'negotiated' | 'realised', users: [string, number, number, number][]): CollaborationFigures {
  return {
    kind: 'machines',
    basis,
    owner: vat('bossi'),
    machineType: MACHINE_5_AXES,
    annualFixedCostCents: eur(30_000),
    availableHours: 1500,
    variableCostPerHourCents: eur(18),
    users: users.map(([firm, hoursBooked, hoursUsed, rate]) => ({
      firm: vat(firm),
      hoursBooked,
      hoursUsed,
      alternativeRateCents: eur(rate),
    })),
  };
}

/** MECSPE stand members: [firm, square metres, cost of a stand of its own]. */
const STAND_MEMBERS: [string, number, number][] = [
  ['sironi', 10, 15_000],
  ['bossi', 10, 14_000],
  ['colombo', 10, 14_000],
  ['castiglioni', 8, 12_500],
  ['macchi', 6, 10_500],
  ['pozzi', 8, 13_000],
  ['tettamanti', 6, 10_000],
  ['broggini', 6, 10_000],
];

/** ISO 9001 consultant members: [firm, days, cost of a consultant of its own]. */
const ISO_MEMBERS: [string, number, number][] = [
  ['brambilla', 19, 15_000],
  ['colombo', 16, 14_000],
  ['macchi', 14, 13_000],
  ['pozzi', 15, 14_500],
  ['tettamanti', 12, 12_000],
];

function secondments(rows: [string, string, string, number, number, number][]) {
  return rows.map(([from, to, skill, hours, cost, avoided]) => ({
    from: vat(from),
    to: vat(to),
    skill,
    hours,
    hourlyCostCents: eur(cost),
    avoidedHourlyCostCents: eur(avoided),
  }));
}

const collaborations: CollaborationRow[] = [
  {
    id: 'stand-mecspe-2011',
    kind: 'services',
    title: 'Stand collettivo MechNet a MECSPE 2011 (Parma, marzo 2011)',
    firms: STAND_MEMBERS.map((m) => m[0]),
    lead: 'sironi',
    estimatedAnnualAdvantageCents: eur(58_000),
    proposed: '2010-11-29',
    agreed: '2010-12-13',
    terms: {
      kind: 'services',
      basis: 'negotiated',
      service: 'Stand collettivo MECSPE 2011',
      sharedCostCents: eur(38_400),
      split: 'usage',
      members: STAND_MEMBERS.map(([firm, m2, alone]) => ({ firm: vat(firm), standAloneCostCents: eur(alone), usage: m2 })),
    },
    started: '2011-01-12',
    figures: [
      {
        date: '2011-04-15',
        from: '2011-01-12',
        to: '2011-03-31',
        figures: {
          kind: 'services',
          basis: 'realised',
          service: 'Stand collettivo MECSPE 2011',
          sharedCostCents: eur(36_800),
          split: 'usage',
          members: STAND_MEMBERS.map(([firm, m2, alone]) => ({ firm: vat(firm), standAloneCostCents: eur(alone), usage: m2 })),
        },
        note: 'Consuntivo della fiera: 64 m² divisi per superficie occupata; 81 contatti raccolti allo stand collettivo',
      },
    ],
    ended: {
      date: '2011-04-15',
      reason: 'Fiera conclusa',
      note: 'Le imprese sono andate insieme a MECSPE 2011 a Parma: 81 contatti, distribuiti alle imprese per settore',
    },
  },
  {
    id: 'centro-5-assi',
    kind: 'machines',
    title: 'Uso consortile del centro di lavoro a 5 assi della Officina Bossi',
    firms: ['bossi', 'brambilla', 'zanzi', 'bianchi-gatti'],
    lead: 'bossi',
    estimatedAnnualAdvantageCents: eur(30_000),
    proposed: '2010-12-06',
    agreed: '2010-12-20',
    terms: {
      ...(machineHalf('negotiated', [
        ['brambilla', 220, 220, 88],
        ['zanzi', 180, 180, 78],
        ['bianchi-gatti', 160, 160, 82],
      ]) as Extract<CollaborationFigures, { kind: 'machines' }>),
      annualFixedCostCents: eur(60_000),
      availableHours: 3000,
    },
    started: '2011-01-10',
    figures: [
      {
        date: '2011-07-08',
        from: '2011-01-10',
        to: '2011-06-30',
        figures: machineHalf('realised', [
          ['brambilla', 110, 102, 88],
          ['zanzi', 90, 84, 78],
          ['bianchi-gatti', 80, 71, 82],
        ]),
        note: 'Primo semestre: costo fisso e ore disponibili del semestre',
      },
      {
        date: '2011-12-30',
        from: '2011-07-01',
        to: '2011-12-31',
        figures: machineHalf('realised', [
          ['brambilla', 110, 108, 88],
          ['zanzi', 90, 78, 78],
          ['bianchi-gatti', 80, 79, 82],
        ]),
        note: "Secondo semestre: consuntivo di fine anno, officina chiusa dal 23 dicembre",
      },
    ],
  },
  {
    id: 'acquisto-acciaio-2011',
    kind: 'purchasing',
    title: "Gruppo d'acquisto dell'acciaio 2011",
    firms: STEEL_MEMBERS.map((m) => m[0]),
    lead: 'colombo',
    estimatedAnnualAdvantageCents: eur(34_000),
    proposed: '2010-12-06',
    agreed: '2011-01-14',
    terms: steelFigures('negotiated'),
    started: '2011-01-17',
    figures: [
      {
        date: '2011-12-30',
        from: '2011-01-01',
        to: '2011-12-31',
        figures: steelFigures('realised'),
        note: "Consuntivo annuale: 753 t ritirate, scaglione dei 700 t raggiunto; i prezzi dell'acciaio sono saliti nel 2011",
      },
    ],
  },
  {
    id: 'consulente-iso-9001',
    kind: 'services',
    title: 'Consulente ISO 9001 condiviso',
    firms: ISO_MEMBERS.map((m) => m[0]),
    lead: 'brambilla',
    estimatedAnnualAdvantageCents: eur(35_000),
    proposed: '2011-01-24',
    agreed: '2011-02-07',
    terms: {
      kind: 'services',
      basis: 'negotiated',
      service: 'Consulenza ISO 9001',
      sharedCostCents: eur(30_400),
      split: 'usage',
      members: ISO_MEMBERS.map(([firm, , alone]) => ({ firm: vat(firm), standAloneCostCents: eur(alone), usage: 16 })),
    },
    started: '2011-02-14',
    figures: [
      {
        date: '2011-12-16',
        from: '2011-02-14',
        to: '2011-12-16',
        figures: {
          kind: 'services',
          basis: 'realised',
          service: 'Consulenza ISO 9001',
          sharedCostCents: eur(28_880),
          split: 'usage',
          members: ISO_MEMBERS.map(([firm, days, alone]) => ({ firm: vat(firm), standAloneCostCents: eur(alone), usage: days })),
        },
        note: '76 giornate di consulenza a EUR 380, divise per giornate presso ciascuna impresa',
      },
    ],
    ended: {
      date: '2011-12-16',
      reason: 'Percorso di consulenza concluso',
      note: 'Manuali e procedure pronti; gli audit di certificazione sono programmati nel 2012',
    },
  },
  {
    id: 'distacco-personale-2011',
    kind: 'workforce',
    title: 'Distacco di personale tra le imprese: fresatore CNC e saldatore',
    firms: ['bossi', 'zanzi', 'ferrario', 'bianchi-gatti'],
    lead: 'bossi',
    estimatedAnnualAdvantageCents: eur(18_000),
    proposed: '2011-01-24',
    agreed: '2011-01-31',
    started: '2011-02-07',
    figures: [
      {
        date: '2011-07-11',
        from: '2011-02-07',
        to: '2011-06-30',
        figures: {
          kind: 'workforce',
          basis: 'realised',
          secondments: secondments([
            ['bossi', 'zanzi', 'fresatore CNC', 240, 29, 45],
            ['bossi', 'ferrario', 'fresatore CNC', 200, 29, 43],
            ['bianchi-gatti', 'ferrario', 'saldatore', 120, 27, 41],
          ]),
        },
      },
      {
        date: '2011-12-30',
        from: '2011-07-01',
        to: '2011-12-31',
        figures: {
          kind: 'workforce',
          basis: 'realised',
          secondments: secondments([
            ['bossi', 'zanzi', 'fresatore CNC', 280, 29, 45],
            ['bossi', 'ferrario', 'fresatore CNC', 250, 29, 43],
            ['bianchi-gatti', 'ferrario', 'saldatore', 280, 27, 41],
          ]),
        },
      },
    ],
  },
];

/** The network contract: proposal, draft, signature and registrations. */
const NETWORK = {
  id: 'rete-mechnet',
  name: 'Rete MechNet Varese',
  proposed: '2011-10-17',
  drafted: '2012-01-30',
  signed: '2012-03-05',
  /** One registration per signatory, in its own entry of the companies register (firm key, date). */
  registrations: [
    ['sironi', '2012-03-12'],
    ['bossi', '2012-03-12'],
    ['colombo', '2012-03-13'],
    ['pozzi', '2012-03-14'],
    ['brambilla', '2012-03-15'],
    ['ferrario', '2012-03-16'],
    ['castiglioni', '2012-03-19'],
    ['broggini', '2012-03-20'],
    ['tettamanti', '2012-03-22'],
    ['bianchi-gatti', '2012-03-26'],
    ['macchi', '2012-03-28'],
    ['zanzi', '2012-03-30'],
  ] as [string, string][],
  /** Plan indicators the contract's objectives are measured by. */
  indicators: [
    ['bossi', 'machine-utilisation'],
    ['brambilla', 'bar-cost'],
    ['bianchi-gatti', 'shared-hours'],
    ['sironi', 'foreign-customers'],
    ['castiglioni', 'new-customers'],
    ['broggini', 'energy-cost-hour'],
  ] as [string, string][],
  commonFundCents: eur(24_000),
};

/** The 12 active firms, in order of application. */
const activeFirmKeys = (): string[] =>
  firms.map((f) => f.key).filter((k) => !withdrawals.some((w) => w.firm === k));

function networkDraft(): NetworkContractDraft {
  const participants = activeFirmKeys().map(vat);
  return {
    participants,
    objectives: {
      text:
        'Accrescere insieme la capacità innovativa e la competitività delle imprese sul mercato: ' +
        "acquisti comuni di materie prime ed energia, uso condiviso delle macchine e del personale qualificato, " +
        "presenza comune alle fiere e sui mercati esteri, percorsi comuni di certificazione. L'avanzamento si misura " +
        'con gli indicatori dei piani strategici delle imprese indicati qui sotto, rilevati ogni trimestre, e con il ' +
        'vantaggio economico delle collaborazioni calcolato alle verifiche periodiche.',
      indicators: NETWORK.indicators.map(([firm, indicator]) => ({ firm: vat(firm), indicator })),
    },
    programme: {
      text:
        'Programma di rete 2012-2014: gruppo di acquisto di acciaio, utensili ed energia; calendario condiviso delle ' +
        'ore macchina disponibili; distacco di personale tra le imprese; partecipazione collettiva ad almeno una fiera ' +
        "l'anno; consulenza comune per la qualità. Ogni impresa comunica i propri fabbisogni e le capacità libere, " +
        'partecipa alle iniziative a cui aderisce e ne sostiene i costi in proporzione all\u2019uso; ' +
        'versa al fondo patrimoniale comune EUR 2.000 all\u2019atto della firma.',
      commonFundCents: NETWORK.commonFundCents,
    },
    duration: { months: 36 },
    joiningRules:
      "Possono aderire altre imprese del settore metalmeccanico con sede in provincia di Varese, con il voto favorevole " +
      'dei due terzi dei partecipanti e il versamento della quota al fondo comune.',
    withdrawalRules:
      'Recesso con preavviso di sei mesi, comunicato al comitato di gestione; la quota versata al fondo comune resta alla rete.',
    commonBody:
      'Comitato di gestione di tre membri eletti dai partecipanti per la durata del contratto, con un presidente: ' +
      'esegue il programma, gestisce il fondo comune, rappresenta la rete verso terzi per le attività del programma.',
    decisionRules:
      'Assemblea dei partecipanti, una impresa un voto: decisioni ordinarie a maggioranza dei presenti; modifiche del ' +
      "programma e ingresso di nuovi partecipanti con i due terzi dei voti; modifiche del contratto all'unanimità.",
  };
}

/** The temporary manager of a firm, by key. */
function managerOf(firm: string): { id: string; name: string } {
  const a = assignments.find((x) => x.firm === firm);
  if (!a) throw new Error(`No manager assigned to ${firm}`);
  return { id: a.manager, name: managerName(a.manager) };
}

function addOffersAndNeeds(t: Timeline): void {
  for (const row of declarations) {
    const author = managerOf(row.firm).name;
    const firm = vat(row.firm);
    for (const offer of row.offers) t.add({ type: 'offer.declared', date: row.date, author, firm, offer });
    for (const need of row.needs) t.add({ type: 'need.declared', date: row.date, author, firm, need });
  }
}

function addCollaborations(t: Timeline): void {
  for (const c of collaborations) {
    if (!c.firms.includes(c.lead)) throw new Error(`${c.id}: lead ${c.lead} not among its firms`);
    const author = managerOf(c.lead).name;
    t.add({
      type: 'collaboration.proposed',
      date: c.proposed,
      author,
      collaboration: {
        id: c.id,
        kind: c.kind,
        title: c.title,
        firms: c.firms.map(vat),
        lead: vat(c.lead),
        estimatedAnnualAdvantageCents: c.estimatedAnnualAdvantageCents,
      },
    });
    t.add({ type: 'collaboration.agreed', date: c.agreed, author: OFFICE, collaboration: c.id, ...(c.terms ? { terms: c.terms } : {}) });
    t.add({ type: 'collaboration.started', date: c.started, author: OFFICE, collaboration: c.id });
    for (const f of c.figures) {
      t.add({
        type: 'collaboration.figures-recorded',
        date: f.date,
        author,
        collaboration: c.id,
        period: { from: f.from, to: f.to },
        figures: f.figures,
        ...(f.note ? { note: f.note } : {}),
      });
    }
    if (c.ended) {
      t.add({
        type: 'collaboration.ended',
        date: c.ended.date,
        author: OFFICE,
        collaboration: c.id,
        reason: c.ended.reason,
        ...(c.ended.note ? { note: c.ended.note } : {}),
      });
    }
  }
  // Each firm enters the collaboration phase when its first collaboration starts.
  for (const key of activeFirmKeys()) {
    const first = collaborations
      .filter((c) => c.firms.includes(key))
      .map((c) => c.started)
      .sort()[0];
    if (!first) throw new Error(`${key} takes part in no collaboration`);
    t.add({ type: 'phase.advanced', date: first, author: managerOf(key).name, firm: vat(key), phase: 'collaboration' });
  }
}

function addNetworkContract(t: Timeline): void {
  const keys = activeFirmKeys();
  t.add({
    type: 'aggregation.proposed',
    date: NETWORK.proposed,
    author: OFFICE,
    aggregation: { id: NETWORK.id, form: 'network-contract', legalPersonality: false, name: NETWORK.name, firms: keys.map(vat) },
    note: 'Proposta alle 12 imprese, tutte interessate a una forma stabile di aggregazione fin dalla domanda di adesione',
  });
  for (const key of keys) {
    t.add({ type: 'phase.advanced', date: NETWORK.proposed, author: OFFICE, firm: vat(key), phase: 'aggregation' });
  }
  t.add({ type: 'aggregation.drafted', date: NETWORK.drafted, author: OFFICE, aggregation: NETWORK.id, draft: networkDraft() });
  t.add({
    type: 'aggregation.signed',
    date: NETWORK.signed,
    author: OFFICE,
    aggregation: NETWORK.id,
    signatories: keys.map(vat),
    deed: 'notarial',
    note: 'Atto pubblico firmato a Varese dalle 12 imprese: il primo contratto di rete della provincia',
  });
  const registered = new Set(NETWORK.registrations.map(([k]) => k));
  if (registered.size !== keys.length || !keys.every((k) => registered.has(k))) throw new Error('Every signatory registers once');
  for (const [key, date] of [...NETWORK.registrations].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))) {
    t.add({
      type: 'aggregation.registered',
      date,
      author: OFFICE,
      aggregation: NETWORK.id,
      firm: vat(key),
      registry: 'Registro delle imprese di Varese',
    });
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
  addPlans(t);
  addMeasurements(t);
  addOffersAndNeeds(t);
  addCollaborations(t);
  addNetworkContract(t);
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
