import type { Lang } from '../../src/i18n/index.js';
import type { EnrolmentStatus } from '../../src/lifecycle/index.js';
import type { IndicatorStatus } from '../../src/plan/index.js';
import type { CollaborationKind } from '../../src/model/index.js';
import { enKindLabels, itKindLabels } from '../../src/collaboration/labels.js';

/** Texts of the elements. Every language must have every key. */
export interface UiMessages {
  loading: string;
  loadFailed: (detail: string) => string;
  invalidRecord: string;
  noData: string;
  promotedBy: string;
  fundedBy: string;
  period: string;
  contact: string;
  phases: string;
  firms: string;
  firm: string;
  municipality: string;
  ateco: string;
  status: string;
  anonymousFirm: (n: number) => string;
  cohortSummary: (counts: Record<EnrolmentStatus, number>) => string;
  statuses: Record<EnrolmentStatus, string>;
  asOf: (date: string) => string;
  firmsInPhase: (n: number) => string;
  nextVerification: (date: string) => string;
  noNextVerification: string;
  /** The planned dates of a phase. */
  phaseDates: (from: string, to: string) => string;
  /** Said of the phase the date falls in. */
  currentPhase: string;
  /** The date on the timeline. */
  timelineToday: (date: string) => string;
  keyFigures: string;
  places: (taken: number, capacity: number) => string;
  placesLabel: string;
  overdueLabel: string;
  overdueCount: (n: number) => string;
  nextLabel: string;
  advantage: string;
  hardSavings: string;
  avoidance: string;
  gains: string;
  netAdvantage: string;
  netPerPublicEuro: string;
  perPublicEuro: (amount: string) => string;
  avoidanceApart: string;
  aggregation: string;
  noAggregation: string;
  aggregationStatuses: Record<'proposed' | 'drafting' | 'signed' | 'registered', string>;
  aggregationLine: (name: string, status: string, since: string, firms: number) => string;
  /** The `as-of` attribute is not a date. */
  badAsOf: (value: string) => string;
  /** The `firm` attribute names no firm of the record (on the date). */
  unknownFirm: (piva: string) => string;
  /** An indicator's or a plan's status, as a word (never a colour alone). */
  indicatorStatuses: Record<IndicatorStatus, string>;
  /** The label of a table that scrolls sideways on a narrow screen. */
  scrollTable: (caption: string) => string;
  /** The names of the kinds of collaboration (rule-book §8). */
  kinds: Record<CollaborationKind, string>;
}

const it: UiMessages = {
  loading: 'Caricamento dei dati del programma…',
  loadFailed: (d) => `Impossibile caricare i dati del programma (${d}).`,
  invalidRecord: 'I dati del programma contengono errori:',
  noData: 'Nessun dato del programma: indicare l\'attributo src o la proprietà record.',
  promotedBy: 'Promosso da',
  fundedBy: 'Finanziato da',
  period: 'Periodo',
  contact: 'Contatti',
  phases: 'Fasi del percorso',
  firms: 'Imprese',
  firm: 'Impresa',
  municipality: 'Comune',
  ateco: 'ATECO',
  status: 'Stato',
  anonymousFirm: (n) => `Impresa ${n}`,
  cohortSummary: (c) =>
    [
      `${c.accepted} ${c.accepted === 1 ? 'ammessa' : 'ammesse'}`,
      c.applied ? `${c.applied} in valutazione` : '',
      c.waitlisted ? `${c.waitlisted} in lista d'attesa` : '',
      c.withdrawn ? `${c.withdrawn} ${c.withdrawn === 1 ? 'ritirata' : 'ritirate'}` : '',
      c.rejected ? `${c.rejected} non ${c.rejected === 1 ? 'ammessa' : 'ammesse'}` : '',
    ]
      .filter(Boolean)
      .join(', '),
  statuses: {
    applied: 'Domanda presentata',
    accepted: 'Ammessa',
    waitlisted: 'In lista d\'attesa',
    rejected: 'Non ammessa',
    withdrawn: 'Ritirata',
  },
  asOf: (d) => `Situazione al ${d}`,
  firmsInPhase: (n) => (n === 1 ? '1 impresa' : `${n} imprese`),
  nextVerification: (d) => `Prossima verifica periodica: ${d}`,
  noNextVerification: 'Nessun\'altra verifica periodica in calendario',
  phaseDates: (a, b) => `dal ${a} al ${b}`,
  currentPhase: 'fase in corso alla data',
  timelineToday: (d) => `Posizione al ${d}`,
  keyFigures: 'In cifre',
  places: (t, c) => `${t} su ${c}`,
  placesLabel: 'Posti occupati',
  overdueLabel: 'Verifiche in ritardo',
  overdueCount: (n) => (n === 0 ? 'nessuna' : String(n)),
  nextLabel: 'Prossima verifica',
  advantage: 'Vantaggio economico realizzato',
  hardSavings: 'Risparmi effettivi',
  avoidance: 'Costi evitati',
  gains: 'Ricavi da altre imprese della rete (es. ore macchina)',
  netAdvantage: 'Vantaggio netto (risparmi e ricavi meno i costi del programma)',
  netPerPublicEuro: 'Per ogni euro pubblico',
  perPublicEuro: (a) => `${a} di vantaggio netto`,
  avoidanceApart: 'I costi evitati sono indicati a parte e non entrano nel vantaggio netto.',
  aggregation: 'Aggregazione',
  noAggregation: 'Nessuna aggregazione proposta alla data',
  aggregationStatuses: { proposed: 'proposta', drafting: 'contratto in preparazione', signed: 'contratto firmato', registered: 'contratto iscritto nel registro delle imprese' },
  aggregationLine: (n, s, d, f) => `${n}: ${s} dal ${d}, ${f === 1 ? '1 impresa' : `${f} imprese`}`,
  badAsOf: (v) => `La data indicata nell'attributo as-of non è una data AAAA-MM-GG: «${v}». Nessun dato mostrato.`,
  unknownFirm: (p) => `Nel programma non c'è nessuna impresa con partita IVA «${p}».`,
  indicatorStatuses: {
    'not-started': 'Non iniziato',
    'no-data': 'Senza misure',
    stale: 'Misura non recente',
    achieved: 'Raggiunto',
    'on-track': 'In linea',
    behind: 'In ritardo',
    'at-risk': 'A rischio',
  },
  scrollTable: (c) => `${c} (tabella scorrevole)`,
  kinds: itKindLabels,
};

const en: UiMessages = {
  loading: 'Loading the programme data…',
  loadFailed: (d) => `Could not load the programme data (${d}).`,
  invalidRecord: 'The programme data has errors:',
  noData: 'No programme data: set the src attribute or the record property.',
  promotedBy: 'Promoted by',
  fundedBy: 'Funded by',
  period: 'Period',
  contact: 'Contact',
  phases: 'Phases',
  firms: 'Firms',
  firm: 'Firm',
  municipality: 'Municipality',
  ateco: 'ATECO',
  status: 'Status',
  anonymousFirm: (n) => `Firm ${n}`,
  cohortSummary: (c) =>
    [
      `${c.accepted} accepted`,
      c.applied ? `${c.applied} under review` : '',
      c.waitlisted ? `${c.waitlisted} waitlisted` : '',
      c.withdrawn ? `${c.withdrawn} withdrawn` : '',
      c.rejected ? `${c.rejected} rejected` : '',
    ]
      .filter(Boolean)
      .join(', '),
  statuses: {
    applied: 'Applied',
    accepted: 'Accepted',
    waitlisted: 'Waitlisted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  asOf: (d) => `As of ${d}`,
  firmsInPhase: (n) => (n === 1 ? '1 firm' : `${n} firms`),
  nextVerification: (d) => `Next periodic verification: ${d}`,
  noNextVerification: 'No further periodic verification scheduled',
  phaseDates: (a, b) => `${a} to ${b}`,
  currentPhase: 'current phase on the date',
  timelineToday: (d) => `Position on ${d}`,
  keyFigures: 'Key figures',
  places: (t, c) => `${t} of ${c}`,
  placesLabel: 'Places taken',
  overdueLabel: 'Overdue verifications',
  overdueCount: (n) => (n === 0 ? 'none' : String(n)),
  nextLabel: 'Next verification',
  advantage: 'Realised economic advantage',
  hardSavings: 'Hard savings',
  avoidance: 'Cost avoidance',
  gains: 'Income from other firms of the network (e.g. machine hours)',
  netAdvantage: 'Net advantage (savings and revenue less the programme costs)',
  netPerPublicEuro: 'Per euro of public money',
  perPublicEuro: (a) => `${a} of net advantage`,
  avoidanceApart: 'Cost avoidance is shown apart and is not counted in the net advantage.',
  aggregation: 'Aggregation',
  noAggregation: 'No aggregation proposed by the date',
  aggregationStatuses: { proposed: 'proposed', drafting: 'contract being drafted', signed: 'contract signed', registered: 'contract registered in the companies register' },
  aggregationLine: (n, s, d, f) => `${n}: ${s} since ${d}, ${f === 1 ? '1 firm' : `${f} firms`}`,
  badAsOf: (v) => `The as-of attribute is not a date YYYY-MM-DD: "${v}". No data shown.`,
  unknownFirm: (p) => `The programme has no firm with partita IVA "${p}".`,
  indicatorStatuses: {
    'not-started': 'Not started',
    'no-data': 'No data',
    stale: 'Stale',
    achieved: 'Achieved',
    'on-track': 'On track',
    behind: 'Behind',
    'at-risk': 'At risk',
  },
  scrollTable: (c) => `${c} (scrollable table)`,
  kinds: enKindLabels,
};

/** The element texts of every language. */
export const uiMessages: Record<Lang, UiMessages> = { it, en };
