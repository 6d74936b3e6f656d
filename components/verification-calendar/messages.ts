/** The words of `<mechnet-verification-calendar>`, in Italian and English. */
import type { Lang } from '../../src/i18n/index.js';
import type { VerificationStatus } from '../../src/verification/index.js';

/** The element's own words in one language. Every language has every key. */
export interface VerificationCalendarMessages {
  /** The heading of the programme's calendar. */
  title: string;
  /** The heading of one firm's calendar. */
  titleFor: (firm: string) => string;
  /** The status of one verification, as a short word. */
  statuses: Record<VerificationStatus, string>;
  /** What each status means, for the legend. */
  explain: Record<VerificationStatus, (graceDays: string) => string>;
  /** A cell of the grid where the firm has no verification (before its acceptance or after it left). */
  notScheduled: string;
  /** The heading of the legend. */
  legend: string;
  /** The caption of the firms × dates grid. */
  grid: string;
  /** The caption of one firm's list of verifications. */
  list: string;
  /** Column headings. */
  firm: string;
  scheduled: string;
  status: string;
  heldOn: string;
  dueBy: string;
  daysOverdue: string;
  /** Days of delay, with the unit. */
  days: (n: string, one: boolean) => string;
  /** No firm has verifications on the date (none accepted yet). */
  noFirms: string;
  /** The firm has no verifications (not accepted). */
  noVerifications: string;
  /** The heading of the overdue verifications. */
  overdueTitle: string;
  /** No verification overdue. */
  noOverdue: string;
  /** No value. */
  none: string;
}

const it: VerificationCalendarMessages = {
  title: 'Calendario delle verifiche periodiche',
  titleFor: (f) => `Verifiche periodiche di ${f}`,
  statuses: {
    held: 'svolta',
    due: 'da svolgere',
    overdue: 'in ritardo',
    upcoming: 'in calendario',
    missed: 'mancata',
  },
  explain: {
    held: () => 'la verifica si è svolta',
    due: (g) => `la data è passata, ma la verifica è ancora nei ${g} giorni di tolleranza`,
    overdue: (g) => `la verifica non si è svolta entro ${g} giorni dalla data prevista`,
    upcoming: () => 'la data prevista non è ancora arrivata',
    missed: () => "la verifica non si è svolta e l'impresa ha lasciato il programma",
  },
  notScheduled: 'non prevista',
  legend: 'Legenda',
  grid: 'Verifiche per impresa e data',
  list: 'Verifiche per data',
  firm: 'Impresa',
  scheduled: 'Data prevista',
  status: 'Stato',
  heldOn: 'Data di svolgimento',
  dueBy: 'Termine per svolgerla',
  daysOverdue: 'Giorni di ritardo',
  days: (n, one) => `${n} ${one ? 'giorno' : 'giorni'}`,
  noFirms: 'Nessuna impresa ammessa a questa data: nessuna verifica in calendario.',
  noVerifications: "L'impresa non è stata ammessa: non ha verifiche periodiche.",
  overdueTitle: 'Verifiche in ritardo',
  noOverdue: 'Nessuna verifica in ritardo.',
  none: '—',
};

const en: VerificationCalendarMessages = {
  title: 'Periodic verification calendar',
  titleFor: (f) => `Periodic verifications of ${f}`,
  statuses: {
    held: 'held',
    due: 'due',
    overdue: 'overdue',
    upcoming: 'upcoming',
    missed: 'missed',
  },
  explain: {
    held: () => 'the verification was held',
    due: (g) => `the date has passed, but the verification is still within the ${g} days of grace`,
    overdue: (g) => `the verification was not held within ${g} days of its date`,
    upcoming: () => 'the date has not come yet',
    missed: () => 'the verification was not held and the firm has left the programme',
  },
  notScheduled: 'not scheduled',
  legend: 'Legend',
  grid: 'Verifications by firm and date',
  list: 'Verifications by date',
  firm: 'Firm',
  scheduled: 'Scheduled on',
  status: 'Status',
  heldOn: 'Held on',
  dueBy: 'Due by',
  daysOverdue: 'Days overdue',
  days: (n, one) => `${n} ${one ? 'day' : 'days'}`,
  noFirms: 'No firm accepted on this date: no verification scheduled.',
  noVerifications: 'The firm was not accepted: it has no periodic verifications.',
  overdueTitle: 'Overdue verifications',
  noOverdue: 'No verification overdue.',
  none: '—',
};

/** The words of `<mechnet-verification-calendar>` in every language. */
export const verificationCalendarMessages: Record<Lang, VerificationCalendarMessages> = { it, en };
