import type { Lang } from '../../src/i18n/index.js';
import { messageDate } from '../../src/i18n/numbers.js';
import type { EnrolmentStatus } from '../../src/lifecycle/index.js';
import type { IndicatorStatus } from '../../src/plan/index.js';
import type { CollaborationKind } from '../../src/model/index.js';
import { enKindLabels, itKindLabels } from '../../src/collaboration/labels.js';

/**
 * Texts of the elements. Every language must have every key. A date given to
 * a message is `YYYY-MM-DD`: the message writes it with the library's date
 * formatter, with its preposition ("dall'8 marzo 2010").
 */
export interface UiMessages {
  loading: string;
  loadFailed: (detail: string) => string;
  invalidRecord: string;
  noData: string;
  promotedBy: string;
  fundedBy: string;
  period: string;
  /** Where the firms of the programme must be: its provinces, in words. */
  territory: string;
  contact: string;
  phases: string;
  firms: string;
  firm: string;
  municipality: string;
  ateco: string;
  /** An ATECO section (a letter), as an anonymous record may give it. */
  atecoSection: (letter: string) => string;
  status: string;
  anonymousFirm: (n: number) => string;
  cohortSummary: (counts: Record<EnrolmentStatus, number>) => string;
  statuses: Record<EnrolmentStatus, string>;
  /** The date of the figures shown. */
  asOf: (isoDate: string) => string;
  /** No date asked and the programme has ended: the figures are those of its last day, and the element says so. */
  asOfEnded: (end: string) => string;
  /** A date asked after the programme's end: said with the end. */
  asOfAfterEnd: (isoDate: string, end: string) => string;
  /** The firms in a phase on the date. */
  phaseNow: (n: number) => string;
  /** The firms that went through a phase by the date. */
  phasePassed: (n: number) => string;
  /**
   * The phase the calendar is in has no firm: why. Firms move at their own
   * pace: `behind` firms are in earlier phases, `ahead` in later ones.
   */
  phaseEmpty: (behind: number, ahead: number) => string;
  nextVerification: (isoDate: string) => string;
  noNextVerification: string;
  /** The planned dates of a phase. */
  phaseDates: (from: string, to: string) => string;
  /** Said of the phase the date falls in by the calendar. */
  currentPhase: string;
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
  /** The firms' net advantage, said with what it counts: savings and income less the firms' own fees. */
  netAdvantage: string;
  /** What the firms paid to take part, together. */
  firmsFees: string;
  /** The public contribution, as the public cost of the programme. */
  publicCost: string;
  /** The public contribution, who gave it, and the programme's whole cost. */
  publicCostLine: (amount: string, funder: string, total: string) => string;
  /** The ratio of the net advantage to the public contribution. */
  netPerPublicEuro: string;
  /** The ratio, and what it means in money. */
  perPublicEuro: (ratio: string, amount: string) => string;
  avoidanceApart: string;
  aggregation: string;
  noAggregation: string;
  aggregationStatuses: Record<'proposed' | 'drafting' | 'signed' | 'registered', string>;
  aggregationLine: (name: string, status: string, sinceIsoDate: string, firms: number) => string;
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
  territory: 'Territorio',
  contact: 'Contatti',
  phases: 'Fasi del percorso',
  firms: 'Imprese',
  firm: 'Impresa',
  municipality: 'Comune',
  ateco: 'ATECO',
  atecoSection: (letter) => `sezione ${letter}`,
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
  asOf: (d) => `Situazione ${messageDate(d, 'it', 'asOf')}`,
  asOfEnded: (e) => `Programma concluso ${messageDate(e, 'it', 'on')}: dati a quella data`,
  asOfAfterEnd: (d, e) => `Situazione ${messageDate(d, 'it', 'asOf')} (programma concluso ${messageDate(e, 'it', 'on')})`,
  phaseNow: (n) => `in questa fase ora: ${n}`,
  phasePassed: (n) => `passate: ${n}`,
  phaseEmpty: (behind, ahead) =>
    behind + ahead === 0
      ? 'in questa fase ora: nessuna, perché alla data nessuna impresa è nel percorso'
      : `in questa fase ora: nessuna; ogni impresa segue il suo ritmo (${[
          behind ? `${behind} ${behind === 1 ? 'è ancora in una fase precedente' : 'sono ancora in fasi precedenti'}` : '',
          ahead ? `${ahead} ${ahead === 1 ? 'è già in una fase successiva' : 'sono già in fasi successive'}` : '',
        ]
          .filter(Boolean)
          .join(', ')})`,
  nextVerification: (d) => `Prossima verifica periodica: ${messageDate(d, 'it')}`,
  noNextVerification: 'Nessun\'altra verifica periodica in calendario',
  phaseDates: (a, b) => `${messageDate(a, 'it', 'from')} ${messageDate(b, 'it', 'to')}`,
  currentPhase: 'fase in corso secondo il calendario',
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
  netAdvantage: 'Vantaggio netto per le imprese (risparmi e ricavi meno le quote versate dalle imprese)',
  firmsFees: 'Quote versate dalle imprese',
  publicCost: 'Costo pubblico del programma',
  publicCostLine: (a, f, t) => `${a} (contributo di ${f}; costo totale del programma ${t})`,
  netPerPublicEuro: 'Rapporto vantaggio netto / contributo pubblico',
  perPublicEuro: (r, a) => `${r} (${a} di vantaggio netto per le imprese per ogni euro pubblico)`,
  avoidanceApart: 'I costi evitati sono indicati a parte e non entrano nel vantaggio netto.',
  aggregation: 'Aggregazione',
  noAggregation: 'Nessuna aggregazione proposta alla data',
  aggregationStatuses: { proposed: 'proposta', drafting: 'contratto in preparazione', signed: 'contratto firmato', registered: 'contratto iscritto nel registro delle imprese' },
  aggregationLine: (n, s, d, f) => `${n}: ${s} ${messageDate(d, 'it', 'since')}, ${f === 1 ? '1 impresa' : `${f} imprese`}`,
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
  territory: 'Territory',
  contact: 'Contact',
  phases: 'Phases',
  firms: 'Firms',
  firm: 'Firm',
  municipality: 'Municipality',
  ateco: 'ATECO',
  atecoSection: (letter) => `section ${letter}`,
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
  asOf: (d) => `As of ${messageDate(d, 'en')}`,
  asOfEnded: (e) => `Programme ended ${messageDate(e, 'en', 'on')}: figures as of that date`,
  asOfAfterEnd: (d, e) => `As of ${messageDate(d, 'en')} (programme ended ${messageDate(e, 'en', 'on')})`,
  phaseNow: (n) => `in this phase now: ${n}`,
  phasePassed: (n) => `passed through: ${n}`,
  phaseEmpty: (behind, ahead) =>
    behind + ahead === 0
      ? 'in this phase now: none, as no firm is on the path on this date'
      : `in this phase now: none; each firm moves at its own pace (${[
          behind ? `${behind} ${behind === 1 ? 'is still in an earlier phase' : 'are still in earlier phases'}` : '',
          ahead ? `${ahead} ${ahead === 1 ? 'is already in a later phase' : 'are already in later phases'}` : '',
        ]
          .filter(Boolean)
          .join(', ')})`,
  nextVerification: (d) => `Next periodic verification: ${messageDate(d, 'en')}`,
  noNextVerification: 'No further periodic verification scheduled',
  phaseDates: (a, b) => `${messageDate(a, 'en', 'from')} ${messageDate(b, 'en', 'to')}`,
  currentPhase: 'current phase by the calendar',
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
  netAdvantage: 'Net advantage to the firms (savings and income less the fees the firms paid)',
  firmsFees: 'Fees paid by the firms',
  publicCost: 'Public cost of the programme',
  publicCostLine: (a, f, t) => `${a} (contribution of ${f}; total cost of the programme ${t})`,
  netPerPublicEuro: 'Ratio of net advantage to public contribution',
  perPublicEuro: (r, a) => `${r} (${a} of net advantage to the firms per euro of public money)`,
  avoidanceApart: 'Cost avoidance is shown apart and is not counted in the net advantage.',
  aggregation: 'Aggregation',
  noAggregation: 'No aggregation proposed by the date',
  aggregationStatuses: { proposed: 'proposed', drafting: 'contract being drafted', signed: 'contract signed', registered: 'contract registered in the companies register' },
  aggregationLine: (n, s, d, f) => `${n}: ${s} ${messageDate(d, 'en', 'since')}, ${f === 1 ? '1 firm' : `${f} firms`}`,
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
