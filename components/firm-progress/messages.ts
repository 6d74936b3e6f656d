/** The words of `<mechnet-firm-progress>`, in Italian and English. */
import type { Lang } from '../../src/i18n/index.js';
import { messageDate } from '../../src/i18n/numbers.js';

/**
 * The element's own words in one language. Every language has every key. A
 * date given to a message is `YYYY-MM-DD` where the message puts a
 * preposition before it: the message writes it with the library's formatter.
 */
export interface FirmProgressMessages {
  /** The `firm` attribute is missing or empty. */
  missingFirm: string;
  /** The label of the partita IVA beside the firm's name. */
  partitaIva: (piva: string) => string;
  /** The firm's enrolment status, as a sentence. */
  statusLine: (status: string, sinceIsoDate: string) => string;
  /** The heading of the phase path. */
  path: string;
  /** A phase already done; the date it started, when known. */
  stepDone: string;
  /** The phase the firm is in now. */
  stepCurrent: string;
  /** The last phase a firm reached before it left the path (waitlisted, rejected, withdrawn). */
  stepReached: string;
  /** A phase not reached yet. */
  stepTodo: string;
  /** When a phase started. */
  since: (isoDate: string) => string;
  /** The firm is waitlisted, rejected or withdrawn: said in words, with the date. */
  sideState: (state: string, isoDate: string) => string;
  /** Why the firm withdrew, as recorded. */
  reason: (text: string) => string;
  /** The heading of the plan. */
  plan: string;
  /** The firm has no approved plan on the date. */
  noPlan: string;
  /** When the plan was approved. */
  approvedOn: (isoDate: string) => string;
  /** The plan's overall status, before its chip. */
  planStatus: string;
  /** The plan's score. */
  planScore: (score: string) => string;
  /** No score yet (no measurement counted). */
  noScore: string;
  /** An objective's deadline. */
  deadline: (date: string) => string;
  /** An objective's score. */
  objectiveScore: (score: string) => string;
  /** Column headings of the indicators table. */
  indicator: string;
  status: string;
  progress: string;
  baseline: string;
  latest: string;
  target: string;
  forecast: string;
  deadlineColumn: string;
  /** Achievement against expected progress, in words beside the bar. */
  achievedOfExpected: (achieved: string, expected: string) => string;
  /** A value with the date it was measured. */
  measuredOn: (value: string, date: string) => string;
  /** A milestone done or not done. */
  done: string;
  notDone: string;
  /** The forecast at the deadline, as a share of the target. */
  forecastOfTarget: (percent: string) => string;
  /** No value. */
  none: string;
  /** The caption of an objective's indicators table. */
  indicatorsOf: (objective: string) => string;
  /** The heading of the verifications. */
  verifications: string;
  /** How many verifications are held, due, overdue, upcoming and missed. */
  verificationCounts: (c: { held: string; due: string; overdue: string; upcoming: string; missed: string }) => string;
  /** A verification in its window, not held yet. */
  dueNow: (isoDate: string, dueByIsoDate: string) => string;
  /** The heading of the overdue verifications. */
  overdue: string;
  /** One overdue verification. */
  overdueItem: (isoDate: string, days: string) => string;
  /** No verification overdue. */
  noOverdue: string;
}

const it: FirmProgressMessages = {
  missingFirm: "Indicare la partita IVA dell'impresa nell'attributo firm.",
  partitaIva: (p) => `Partita IVA ${p}`,
  statusLine: (s, d) => `Stato: ${s} ${messageDate(d, 'it', 'since')}`,
  path: 'Percorso nel programma',
  stepDone: 'fase completata',
  stepCurrent: 'fase attuale',
  stepReached: 'ultima fase raggiunta',
  stepTodo: 'fase da svolgere',
  since: (d) => messageDate(d, 'it', 'since'),
  sideState: (s, d) => `${s} ${messageDate(d, 'it', 'since')}: l'impresa non prosegue il percorso.`,
  reason: (r) => `Motivo: ${r}`,
  plan: 'Piano strategico',
  noPlan: 'Nessun piano strategico approvato a questa data.',
  approvedOn: (d) => `Approvato ${messageDate(d, 'it', 'on')}`,
  planStatus: 'Stato del piano:',
  planScore: (s) => `punteggio ${s}`,
  noScore: 'punteggio non ancora disponibile',
  deadline: (d) => `scadenza ${d}`,
  objectiveScore: (s) => `punteggio ${s}`,
  indicator: 'Indicatore',
  status: 'Stato',
  progress: 'Avanzamento',
  baseline: 'Partenza',
  latest: 'Ultimo valore',
  target: 'Obiettivo',
  forecast: 'Previsione alla scadenza',
  deadlineColumn: 'Scadenza',
  achievedOfExpected: (a, e) => `raggiunto ${a}, atteso ${e}`,
  measuredOn: (v, d) => `${v} (${d})`,
  done: 'fatto',
  notDone: 'non fatto',
  forecastOfTarget: (p) => `${p} dell'obiettivo`,
  none: '—',
  indicatorsOf: (o) => `Indicatori: ${o}`,
  verifications: 'Verifiche periodiche',
  verificationCounts: (c) =>
    `Svolte: ${c.held} · da svolgere ora: ${c.due} · in ritardo: ${c.overdue} · in calendario: ${c.upcoming} · mancate: ${c.missed}`,
  dueNow: (d, by) => `Verifica ${messageDate(d, 'it', 'of')} da svolgere ${messageDate(by, 'it', 'by')}`,
  overdue: 'Verifiche in ritardo',
  overdueItem: (d, n) => `Verifica prevista ${messageDate(d, 'it', 'on')}: in ritardo di ${n} ${n === '1' ? 'giorno' : 'giorni'}`,
  noOverdue: 'Nessuna verifica in ritardo.',
};

const en: FirmProgressMessages = {
  missingFirm: "Give the firm's partita IVA in the firm attribute.",
  partitaIva: (p) => `Partita IVA ${p}`,
  statusLine: (s, d) => `Status: ${s} ${messageDate(d, 'en', 'since')}`,
  path: 'Path through the programme',
  stepDone: 'done',
  stepCurrent: 'current phase',
  stepReached: 'last phase reached',
  stepTodo: 'to do',
  since: (d) => messageDate(d, 'en', 'since'),
  sideState: (s, d) => `${s} ${messageDate(d, 'en', 'since')}: the firm does not continue the path.`,
  reason: (r) => `Reason: ${r}`,
  plan: 'Strategic plan',
  noPlan: 'No approved strategic plan on this date.',
  approvedOn: (d) => `Approved ${messageDate(d, 'en', 'on')}`,
  planStatus: 'Plan status:',
  planScore: (s) => `score ${s}`,
  noScore: 'no score yet',
  deadline: (d) => `deadline ${d}`,
  objectiveScore: (s) => `score ${s}`,
  indicator: 'Indicator',
  status: 'Status',
  progress: 'Progress',
  baseline: 'Baseline',
  latest: 'Latest',
  target: 'Target',
  forecast: 'Forecast at the deadline',
  deadlineColumn: 'Deadline',
  achievedOfExpected: (a, e) => `achieved ${a}, expected ${e}`,
  measuredOn: (v, d) => `${v} (${d})`,
  done: 'done',
  notDone: 'not done',
  forecastOfTarget: (p) => `${p} of the target`,
  none: '—',
  indicatorsOf: (o) => `Indicators: ${o}`,
  verifications: 'Periodic verifications',
  verificationCounts: (c) =>
    `Held: ${c.held} · due now: ${c.due} · overdue: ${c.overdue} · scheduled: ${c.upcoming} · missed: ${c.missed}`,
  dueNow: (d, by) => `Verification ${messageDate(d, 'en', 'of')} to hold ${messageDate(by, 'en', 'by')}`,
  overdue: 'Overdue verifications',
  overdueItem: (d, n) => `Verification scheduled ${messageDate(d, 'en', 'on')}: ${n} ${n === '1' ? 'day' : 'days'} overdue`,
  noOverdue: 'No verification overdue.',
};

/** The words of `<mechnet-firm-progress>` in every language. */
export const firmProgressMessages: Record<Lang, FirmProgressMessages> = { it, en };
