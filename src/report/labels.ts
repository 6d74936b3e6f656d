/** The words of the report, in Italian and English. */
import type { Lang } from '../i18n/lang.js';
import { messageDate } from '../i18n/numbers.js';
import type { IndicatorStatus } from '../plan/evaluate.js';
import type { CollaborationKind } from '../model/schemas.js';
import { enKindLabels, itKindLabels } from '../collaboration/labels.js';

/** The side states of a firm, beside the programme's phases. */
export type SideState = 'waitlisted' | 'rejected' | 'withdrawn';

// Plain names, never property reads, tie the side states to the catalogues
// below: the domain entry needs only these, and a bundler then leaves out the
// rest of the report's words.
const itSideStates: Record<SideState, string> = { waitlisted: "In lista d'attesa", rejected: 'Non ammesse', withdrawn: 'Ritirate' };
const enSideStates: Record<SideState, string> = { waitlisted: 'Waitlisted', rejected: 'Rejected', withdrawn: 'Withdrawn' };

/**
 * The names of the side states, as the heading of a count of firms (Italian
 * feminine plural, agreeing with "imprese").
 *
 * @example
 * ```ts
 * sideStateLabels.it.withdrawn; // 'Ritirate'
 * ```
 */
export const sideStateLabels: Record<Lang, Record<SideState, string>> = { it: itSideStates, en: enSideStates };

/** The words of the periodic verification report, in one language. */
export interface ReportLabels {
  /** The report's title, with its date (`YYYY-MM-DD`). */
  title: (isoDate: string) => string;
  forFirm: (name: string) => string;
  /** The partita IVA, as a column heading. */
  partitaIva: string;
  /** Added to a column heading in CSV for the column of codes beside it: `Stato (codice)`. */
  code: (column: string) => string;
  /** Added to a column heading in CSV for a column of percentages: `Atteso (%)`. */
  percentColumn: (column: string) => string;
  sideStates: Record<SideState, string>;
  /** A side state as one firm's phase (Italian feminine singular, agreeing with "impresa"). */
  firmSideStates: Record<SideState, string>;
  promoters: string;
  funder: string;
  period: string;
  phases: string;
  phase: string;
  firms: string;
  firm: string;
  count: string;
  /** Column headings of the phases: firms in the phase on the date, firms that went through it. */
  inPhaseNow: string;
  passedPhase: string;
  evaluation: string;
  /** The section on one firm's plan. */
  evaluationOfFirm: string;
  meanScore: string;
  /** The score of one firm's plan. */
  planScore: string;
  status: string;
  indicators: string;
  score: string;
  verifications: string;
  held: string;
  overdue: string;
  /** Column headings: verifications held, verifications overdue. */
  verificationsHeld: string;
  verificationsOverdue: string;
  manager: string;
  days: string;
  objective: string;
  indicator: string;
  baseline: string;
  target: string;
  latest: string;
  expected: string;
  achievement: string;
  forecast: string;
  deadline: string;
  collaborations: string;
  collaboration: string;
  kind: string;
  since: string;
  aggregations: string;
  aggregation: string;
  signatories: string;
  registered: string;
  advantage: string;
  /** The advantage tables: by kind of collaboration, by firm. */
  byKind: string;
  byFirm: string;
  hard: string;
  avoidance: string;
  gains: string;
  /** The programme's whole cost (public contribution and firms' fees). */
  programmeCost: string;
  /** A firm's own programme cost, as a column heading: the fee it paid. */
  fee: string;
  /** A firm's net advantage, as a column heading. */
  net: string;
  /** The firms' net advantage. */
  netOfFirms: string;
  /** What the firms' net advantage counts (savings and income less the firms' fees), and that the public contribution is not subtracted. */
  netOfFirmsMeaning: string;
  /** One firm's net advantage. */
  netOfFirm: string;
  /** What one firm's net advantage counts. */
  netOfFirmMeaning: string;
  /** What the firms paid to take part, together. */
  firmsFees: string;
  total: string;
  negotiated: string;
  /** The public contribution, as the public cost of the programme. */
  publicFunding: string;
  /** The ratio of the net advantage to the public contribution. */
  netPerPublicEuro: string;
  overdueTitle: string;
  scheduled: string;
  daysOverdue: string;
  virtualFirm: string;
  employees: string;
  machines: string;
  turnover: string;
  figuresOf: (year: number | undefined) => string;
  noCollaborations: string;
  noOverdue: string;
  /** Firms admitted by an exception to the eligibility rules. */
  exceptionsTitle: string;
  noExceptions: string;
  acceptedOn: string;
  rulesWaived: string;
  exceptionReason: string;
  approvedBy: string;
  /** Short names of the eligibility rules an exception may waive, by reason code. */
  rules: Record<string, string>;
  statuses: Record<IndicatorStatus, string>;
  kinds: Record<CollaborationKind, string>;
  collaborationStatuses: Record<string, string>;
  done: string;
  notDone: string;
}

const it: ReportLabels = {
  title: (d) => `Verifica periodica ${messageDate(d, 'it', 'asOf')}`,
  forFirm: (n) => `Impresa: ${n}`,
  partitaIva: 'P. IVA',
  code: (c) => `${c} (codice)`,
  percentColumn: (c) => `${c} (%)`,
  sideStates: itSideStates,
  firmSideStates: { waitlisted: "In lista d'attesa", rejected: 'Non ammessa', withdrawn: 'Ritirata' },
  promoters: 'Promotori',
  funder: 'Finanziamento',
  period: 'Periodo',
  phases: 'Fasi',
  phase: 'Fase',
  firms: 'Imprese',
  firm: 'Impresa',
  count: 'Imprese',
  inPhaseNow: 'Imprese ora nella fase',
  passedPhase: 'Imprese passate per la fase',
  evaluation: 'Valutazione dei piani strategici',
  evaluationOfFirm: 'Valutazione del piano strategico',
  meanScore: 'Punteggio medio dei piani',
  planScore: 'Punteggio del piano',
  status: 'Stato',
  indicators: 'Indicatori',
  score: 'Punteggio',
  verifications: 'Verifiche',
  held: 'svolte',
  overdue: 'in ritardo',
  verificationsHeld: 'Verifiche svolte',
  verificationsOverdue: 'Verifiche in ritardo',
  manager: 'Temporary manager',
  days: 'giorni',
  objective: 'Obiettivo',
  indicator: 'Indicatore',
  baseline: 'Partenza',
  target: 'Valore obiettivo',
  latest: 'Ultimo valore',
  expected: 'Atteso',
  achievement: 'Raggiunto',
  forecast: 'Previsione',
  deadline: 'Scadenza',
  collaborations: 'Collaborazioni',
  collaboration: 'Collaborazione',
  kind: 'Tipo',
  since: 'Data dello stato',
  aggregations: 'Aggregazioni',
  aggregation: 'Aggregazione',
  signatories: 'Firmatari',
  registered: 'Iscritta da',
  advantage: 'Vantaggio economico',
  byKind: 'Per tipo di collaborazione',
  byFirm: 'Per impresa',
  hard: 'Risparmi',
  avoidance: 'Costi evitati',
  gains: 'Ricavi',
  programmeCost: 'Costo totale del programma',
  fee: 'Quota versata',
  net: 'Vantaggio netto',
  netOfFirms: 'Vantaggio netto per le imprese',
  netOfFirmsMeaning: 'risparmi e ricavi meno le quote versate dalle imprese; il contributo pubblico non è sottratto',
  netOfFirm: "Vantaggio netto dell'impresa",
  netOfFirmMeaning: "risparmi e ricavi meno la quota versata dall'impresa",
  firmsFees: 'Quote versate dalle imprese',
  total: 'Totale',
  negotiated: 'Negoziato (non ancora realizzato)',
  publicFunding: 'Costo pubblico del programma (contributo pubblico)',
  netPerPublicEuro: 'Rapporto vantaggio netto / contributo pubblico',
  overdueTitle: 'Verifiche in ritardo',
  scheduled: 'Data prevista',
  daysOverdue: 'Giorni di ritardo',
  virtualFirm: "La rete come un'unica impresa",
  employees: 'Addetti',
  machines: 'Macchine',
  turnover: 'Fatturato',
  figuresOf: (y) => (y === undefined ? 'Dati delle domande di adesione' : `Dati del ${y}`),
  noCollaborations: 'Nessuna collaborazione',
  noOverdue: 'Nessuna verifica in ritardo',
  exceptionsTitle: 'Imprese ammesse in deroga alle regole',
  noExceptions: 'Nessuna impresa ammessa in deroga',
  acceptedOn: 'Data di ammissione',
  rulesWaived: 'Regole derogate',
  exceptionReason: 'Motivo',
  approvedBy: 'Approvata da',
  rules: {
    programme: 'programma',
    partita_iva: 'partita IVA',
    codice_fiscale: 'codice fiscale',
    'edition_closed': 'edizione chiusa',
    'ateco_format': 'codice ATECO',
    sector: 'settore',
    territory: 'territorio',
    size: 'dimensione',
    'artisan_required': 'impresa artigiana',
    'artisan_excluded': 'impresa non artigiana',
    'artisan_limits': 'limiti dell\'impresa artigiana',
    'de_minimis_ceiling': 'massimale de minimis',
    'consent_notice': 'informativa privacy',
    'consent_purpose': 'finalità del consenso',
    duplicate: 'domanda ripetuta',
    'capacity_full': 'posti esauriti',
  },
  statuses: {
    'not-started': 'non iniziato',
    'no-data': 'senza dati',
    stale: 'dati vecchi',
    achieved: 'raggiunto',
    'on-track': 'in linea',
    behind: 'in ritardo',
    'at-risk': 'a rischio',
  },
  kinds: itKindLabels,
  collaborationStatuses: {
    proposed: 'proposta',
    agreed: 'concordata',
    running: 'in corso',
    ended: 'conclusa',
    drafting: 'in redazione',
    signed: 'firmata',
    registered: 'iscritta',
  },
  done: 'fatto',
  notDone: 'non fatto',
};

const en: ReportLabels = {
  title: (d) => `Periodic verification ${messageDate(d, 'en', 'asOf')}`,
  forFirm: (n) => `Firm: ${n}`,
  partitaIva: 'P. IVA',
  code: (c) => `${c} (code)`,
  percentColumn: (c) => `${c} (%)`,
  sideStates: enSideStates,
  firmSideStates: { waitlisted: 'Waitlisted', rejected: 'Rejected', withdrawn: 'Withdrawn' },
  promoters: 'Promoters',
  funder: 'Funding',
  period: 'Period',
  phases: 'Phases',
  phase: 'Phase',
  firms: 'Firms',
  firm: 'Firm',
  count: 'Firms',
  inPhaseNow: 'Firms in the phase now',
  passedPhase: 'Firms that passed through it',
  evaluation: 'Strategic plan evaluation',
  evaluationOfFirm: 'Strategic plan evaluation',
  meanScore: 'Mean plan score',
  planScore: 'Plan score',
  status: 'Status',
  indicators: 'Indicators',
  score: 'Score',
  verifications: 'Verifications',
  held: 'held',
  overdue: 'overdue',
  verificationsHeld: 'Verifications held',
  verificationsOverdue: 'Verifications overdue',
  manager: 'Temporary manager',
  days: 'days',
  objective: 'Objective',
  indicator: 'Indicator',
  baseline: 'Baseline',
  target: 'Target',
  latest: 'Latest',
  expected: 'Expected',
  achievement: 'Achieved',
  forecast: 'Forecast',
  deadline: 'Deadline',
  collaborations: 'Collaborations',
  collaboration: 'Collaboration',
  kind: 'Kind',
  since: 'Since',
  aggregations: 'Aggregations',
  aggregation: 'Aggregation',
  signatories: 'Signatories',
  registered: 'Registered by',
  advantage: 'Economic advantage',
  byKind: 'By kind of collaboration',
  byFirm: 'By firm',
  hard: 'Savings',
  avoidance: 'Costs avoided',
  gains: 'Gains',
  programmeCost: 'Total cost of the programme',
  fee: 'Fee paid',
  net: 'Net advantage',
  netOfFirms: 'Net advantage to the firms',
  netOfFirmsMeaning: 'savings and income less the fees the firms paid; the public contribution is not subtracted',
  netOfFirm: "The firm's net advantage",
  netOfFirmMeaning: 'savings and income less the fee the firm paid',
  firmsFees: 'Fees paid by the firms',
  total: 'Total',
  negotiated: 'Negotiated (not yet realised)',
  publicFunding: 'Public cost of the programme (public contribution)',
  netPerPublicEuro: 'Ratio of net advantage to public contribution',
  overdueTitle: 'Overdue verifications',
  scheduled: 'Scheduled on',
  daysOverdue: 'Days overdue',
  virtualFirm: 'The network as one firm',
  employees: 'Employees',
  machines: 'Machines',
  turnover: 'Turnover',
  figuresOf: (y) => (y === undefined ? 'Figures of the applications' : `Figures of ${y}`),
  noCollaborations: 'No collaborations',
  noOverdue: 'No overdue verifications',
  exceptionsTitle: 'Firms admitted by exception to the rules',
  noExceptions: 'No firm admitted by exception',
  acceptedOn: 'Accepted on',
  rulesWaived: 'Rules waived',
  exceptionReason: 'Reason',
  approvedBy: 'Approved by',
  rules: {
    programme: 'programme',
    partita_iva: 'VAT number (partita IVA)',
    codice_fiscale: 'tax code (codice fiscale)',
    'edition_closed': 'edition closed',
    'ateco_format': 'ATECO code',
    sector: 'sector',
    territory: 'territory',
    size: 'size',
    'artisan_required': 'artisan firm',
    'artisan_excluded': 'non-artisan firm',
    'artisan_limits': 'artisan limits',
    'de_minimis_ceiling': 'de minimis ceiling',
    'consent_notice': 'privacy notice',
    'consent_purpose': 'consent purpose',
    duplicate: 'repeated application',
    'capacity_full': 'no places left',
  },
  statuses: {
    'not-started': 'not started',
    'no-data': 'no data',
    stale: 'stale',
    achieved: 'achieved',
    'on-track': 'on track',
    behind: 'behind',
    'at-risk': 'at risk',
  },
  kinds: enKindLabels,
  collaborationStatuses: {
    proposed: 'proposed',
    agreed: 'agreed',
    running: 'running',
    ended: 'ended',
    drafting: 'drafting',
    signed: 'signed',
    registered: 'registered',
  },
  done: 'done',
  notDone: 'not done',
};

/** The report's words in every language. */
export const reportLabels: Record<Lang, ReportLabels> = { it, en };
