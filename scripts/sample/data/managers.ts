/**
 * The four temporary managers, the firms each follows, and the days they
 * logged before the periodic verifications began.
 */
import type { ManagerProfile } from '../../../src/index.js';

export const managers: ManagerProfile[] = [
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

export interface AssignmentRow {
  firm: string;
  manager: string;
  date: string;
  budgetDays: number;
  /** Days logged at the end of March, April and May 2010. */
  daysLogged: [number, number, number];
}

/** Each manager follows 3-4 firms, grouped by area. */
export const assignments: AssignmentRow[] = [
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
export const DAYS_LOG_PERIODS = [
  { date: '2010-03-31', activity: "Avvio: incontro con il titolare e visita dell'officina" },
  { date: '2010-04-30', activity: 'Analisi aziendale: raccolta dei dati e colloqui con il personale' },
  { date: '2010-05-31', activity: "Restituzione dell'analisi al titolare" },
] as const;
