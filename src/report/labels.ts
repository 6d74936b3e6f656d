/** The words of the report, in Italian and English. */
import type { Lang } from '../i18n/lang.js';
import type { IndicatorStatus } from '../plan/evaluate.js';
import type { CollaborationKind } from '../shared/schemas.js';

export interface ReportLabels {
  title: (date: string) => string;
  forFirm: (name: string) => string;
  promoters: string;
  funder: string;
  period: string;
  phases: string;
  phase: string;
  firms: string;
  firm: string;
  count: string;
  evaluation: string;
  meanScore: string;
  status: string;
  indicators: string;
  score: string;
  verifications: string;
  held: string;
  overdue: string;
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
  hard: string;
  avoidance: string;
  gains: string;
  programmeCost: string;
  net: string;
  total: string;
  negotiated: string;
  publicFunding: string;
  netPerPublicEuro: string;
  overdueTitle: string;
  scheduled: string;
  daysOverdue: string;
  virtualFirm: string;
  employees: string;
  machines: string;
  turnover: string;
  figuresOf: (year: number | undefined) => string;
  none: string;
  statuses: Record<IndicatorStatus, string>;
  kinds: Record<CollaborationKind, string>;
  collaborationStatuses: Record<string, string>;
  done: string;
  notDone: string;
}

const it: ReportLabels = {
  title: (d) => `Verifica periodica al ${d}`,
  forFirm: (n) => `Impresa: ${n}`,
  promoters: 'Promotori',
  funder: 'Finanziamento',
  period: 'Periodo',
  phases: 'Fasi',
  phase: 'Fase',
  firms: 'Imprese',
  firm: 'Impresa',
  count: 'Imprese',
  evaluation: 'Valutazione dei piani strategici',
  meanScore: 'Punteggio medio dei piani',
  status: 'Stato',
  indicators: 'Indicatori',
  score: 'Punteggio',
  verifications: 'Verifiche',
  held: 'svolte',
  overdue: 'in ritardo',
  manager: 'Temporary manager',
  days: 'giorni',
  objective: 'Obiettivo',
  indicator: 'Indicatore',
  baseline: 'Partenza',
  target: 'Obiettivo',
  latest: 'Ultimo valore',
  expected: 'Atteso',
  achievement: 'Raggiunto',
  forecast: 'Previsione',
  deadline: 'Scadenza',
  collaborations: 'Collaborazioni',
  collaboration: 'Collaborazione',
  kind: 'Tipo',
  since: 'Dal',
  aggregations: 'Aggregazioni',
  aggregation: 'Aggregazione',
  signatories: 'Firmatari',
  registered: 'Iscritta da',
  advantage: 'Vantaggio economico',
  hard: 'Risparmi',
  avoidance: 'Costi evitati',
  gains: 'Ricavi',
  programmeCost: 'Costo del programma',
  net: 'Vantaggio netto',
  total: 'Totale',
  negotiated: 'Negoziato (non ancora realizzato)',
  publicFunding: 'Contributo pubblico',
  netPerPublicEuro: 'Vantaggio netto per euro pubblico',
  overdueTitle: 'Verifiche in ritardo',
  scheduled: 'Prevista il',
  daysOverdue: 'Giorni di ritardo',
  virtualFirm: "La rete come un'unica impresa",
  employees: 'Addetti',
  machines: 'Macchine',
  turnover: 'Fatturato',
  figuresOf: (y) => (y === undefined ? 'dati delle domande di adesione' : `dati ${y}`),
  none: 'Nessuna',
  statuses: {
    'not-started': 'non iniziato',
    'no-data': 'senza dati',
    stale: 'dati vecchi',
    achieved: 'raggiunto',
    'on-track': 'in linea',
    behind: 'in ritardo',
    'at-risk': 'a rischio',
  },
  kinds: {
    purchasing: 'Acquisti collettivi',
    services: 'Servizi condivisi',
    machines: 'Macchine in comune',
    brands: 'Marchi e certificazioni',
    workforce: 'Personale condiviso',
  },
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
  title: (d) => `Periodic verification as of ${d}`,
  forFirm: (n) => `Firm: ${n}`,
  promoters: 'Promoters',
  funder: 'Funding',
  period: 'Period',
  phases: 'Phases',
  phase: 'Phase',
  firms: 'Firms',
  firm: 'Firm',
  count: 'Firms',
  evaluation: 'Strategic plan evaluation',
  meanScore: 'Mean plan score',
  status: 'Status',
  indicators: 'Indicators',
  score: 'Score',
  verifications: 'Verifications',
  held: 'held',
  overdue: 'overdue',
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
  hard: 'Savings',
  avoidance: 'Costs avoided',
  gains: 'Gains',
  programmeCost: 'Programme cost',
  net: 'Net advantage',
  total: 'Total',
  negotiated: 'Negotiated (not yet realised)',
  publicFunding: 'Public funding',
  netPerPublicEuro: 'Net advantage per public euro',
  overdueTitle: 'Overdue verifications',
  scheduled: 'Scheduled on',
  daysOverdue: 'Days overdue',
  virtualFirm: 'The network as one firm',
  employees: 'Employees',
  machines: 'Machines',
  turnover: 'Turnover',
  figuresOf: (y) => (y === undefined ? 'figures of the applications' : `${y} figures`),
  none: 'None',
  statuses: {
    'not-started': 'not started',
    'no-data': 'no data',
    stale: 'stale',
    achieved: 'achieved',
    'on-track': 'on track',
    behind: 'behind',
    'at-risk': 'at risk',
  },
  kinds: {
    purchasing: 'Collective purchasing',
    services: 'Shared services',
    machines: 'Shared machines',
    brands: 'Brands and certifications',
    workforce: 'Shared workforce',
  },
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
