import type { Lang } from '../../src/i18n/index.js';
import type { EnrolmentStatus } from '../../src/lifecycle/index.js';
import type { IndicatorStatus } from '../../src/plan/index.js';

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
  /** The `as-of` attribute is not a date. */
  badAsOf: (value: string) => string;
  /** The `firm` attribute names no firm of the record (on the date). */
  unknownFirm: (piva: string) => string;
  /** An indicator's or a plan's status, as a word (never a colour alone). */
  indicatorStatuses: Record<IndicatorStatus, string>;
  /** The label of a table that scrolls sideways on a narrow screen. */
  scrollTable: (caption: string) => string;
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
};

/** The element texts of every language. */
export const uiMessages: Record<Lang, UiMessages> = { it, en };
