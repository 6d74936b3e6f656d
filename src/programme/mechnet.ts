import type { ProgrammeDefinition } from './schema.js';
import { deepFreeze } from '../model/freeze.js';

/**
 * The MechNet programme of the Varese Chamber of Commerce (2010), as a
 * definition. Figures the original announcement does not give are design
 * defaults, listed in `sources` with `verified: false`.
 *
 * @example
 * ```ts
 * import { mechnetDefinition } from 'mechnet';
 * mechnetDefinition.eligibility.capacity; // 13
 * mechnetDefinition.evaluation.cap;       // 1.2
 * ```
 */
export const mechnetDefinition: ProgrammeDefinition = /* @__PURE__ */ deepFreeze({
  id: 'mechnet-varese-2010',
  name: {
    it: 'MechNet: un tutor e una rete per le imprese meccaniche',
    en: 'MechNet: a tutor and a network for mechanical firms',
  },
  sector: { it: 'Meccanica', en: 'Mechanical engineering' },
  promoters: [
    {
      name: 'Camera di Commercio di Varese',
      role: { it: 'Promotore', en: 'Promoter' },
    },
    { name: 'Confartigianato', role: { it: 'Associazione di categoria', en: 'Trade association' } },
    { name: 'CNA', role: { it: 'Associazione di categoria', en: 'Trade association' } },
  ],
  funder: { name: 'Regione Lombardia', instrument: 'Convenzione Artigianato' },
  contact: {
    office: 'Ufficio Innovazione',
    organisation: 'Camera di Commercio di Varese',
    phone: '0332/295.363',
    email: 'innovazione@va.camcom.it',
  },
  locales: ['it', 'en'],
  calendar: {
    start: '2010-03-01',
    end: '2012-06-30',
    verification: { cadence: { every: 3, unit: 'month' }, graceDays: 15 },
  },
  phases: [
    {
      id: 'enrolment',
      label: { it: 'Adesione', en: 'Enrolment' },
      description: { it: 'Domanda e ammissione', en: 'Application and acceptance' },
      plannedDays: 30,
    },
    {
      id: 'analysis',
      label: { it: 'Analisi aziendale', en: 'Analysis' },
      description: {
        it: 'Il temporary manager analizza l\'impresa',
        en: 'The temporary manager assesses the firm',
      },
      plannedDays: 60,
    },
    {
      id: 'plan',
      label: { it: 'Piano strategico', en: 'Strategic plan' },
      description: {
        it: 'Obiettivi e indicatori quantitativi e qualitativi concordati con l\'imprenditore',
        en: 'Objectives and quantitative and qualitative indicators agreed with the owner',
      },
      plannedDays: 60,
    },
    {
      id: 'collaboration',
      label: { it: 'Collaborazione', en: 'Collaboration' },
      description: {
        it: 'Acquisti collettivi, servizi, macchine, marchi e forza lavoro condivisi',
        en: 'Collective purchasing, shared services, machines, brands and workforce',
      },
      plannedDays: 365,
    },
    {
      id: 'aggregation',
      label: { it: 'Aggregazione', en: 'Aggregation' },
      description: {
        it: 'Sperimentazione di una forma stabile: contratto di rete',
        en: 'Trying a stable form: a network contract',
      },
      plannedDays: 180,
    },
    { id: 'completed', label: { it: 'Concluso', en: 'Completed' } },
  ],
  eligibility: {
    sector: { classification: 'ATECO 2007', prefixes: ['24', '25', '26', '27', '28', '29', '30', '33'] },
    territory: { region: 'lombardia', provinces: ['VA'], basis: 'registered-seat' },
    sizes: ['micro', 'small'],
    artisan: 'optional',
    deMinimis: { aidPerFirmCents: 2_300_000 },
    capacity: 13,
    waitlist: true,
    consent: {
      noticeVersion: '2010-01',
      purposes: [
        {
          id: 'newsletter',
          label: {
            it: 'Ricevere notizie su altre iniziative della Camera di Commercio',
            en: 'Receive news about other initiatives of the Chamber of Commerce',
          },
        },
        {
          id: 'publish-figures',
          label: {
            it: 'Pubblicare con il nome dell\'impresa i risultati e i risparmi ottenuti',
            en: 'Publish the results and savings obtained under the firm\'s name',
          },
        },
      ],
    },
  },
  analysis: {
    areas: [
      { id: 'strategy', label: { it: 'Strategia', en: 'Strategy' } },
      { id: 'market', label: { it: 'Mercato e vendite', en: 'Market and sales' } },
      { id: 'operations', label: { it: 'Produzione e operations', en: 'Production and operations' } },
      { id: 'people', label: { it: 'Organizzazione e persone', en: 'Organisation and people' } },
      { id: 'finance', label: { it: 'Finanza', en: 'Finance' } },
      { id: 'innovation', label: { it: 'Innovazione e qualità', en: 'Innovation and quality' } },
    ],
    scale: { min: 1, max: 5 },
  },
  plan: {
    minObjectives: 1,
    maxObjectives: 8,
    requireQuantitative: true,
    requireQualitative: true,
    requireAreas: true,
  },
  evaluation: {
    cap: 1.2,
    thresholds: { onTrack: 0.95, behind: 0.85 },
    staleAfter: { count: 2, unit: 'cadence' },
    pointTolerance: 0.1,
    missingData: 'ignore',
    objectiveStatus: 'worst',
  },
  collaboration: {
    kinds: ['purchasing', 'services', 'machines', 'brands', 'workforce'],
    allocation: 'proportional',
    purchaseCategories: [
      { id: 'steel', label: { it: 'Acciaio', en: 'Steel' } },
      { id: 'tooling', label: { it: 'Utensileria', en: 'Tooling' } },
      { id: 'energy', label: { it: 'Energia', en: 'Energy' } },
      { id: 'consumables', label: { it: 'Materiali di consumo', en: 'Consumables' } },
      { id: 'insurance', label: { it: 'Assicurazioni', en: 'Insurance' } },
    ],
  },
  aggregation: {
    forms: ['network-contract', 'consortium', 'temporary-association'],
    minParticipants: 2,
  },
  money: {
    currency: 'EUR',
    costCents: 30_000_000,
    publicFundingCents: 24_150_000,
    firmContributionCents: 450_000,
  },
  publication: { purpose: 'publish-figures', minimumGroup: 3 },
  // Design defaults, to be set by the Chamber's data protection officer: applications never admitted kept 12 months after the decision; personal data 60 months after the end (the funder's audits).
  retention: { notAdmittedMonths: 12, personalDataMonths: 60 },
  communication: { reminderDaysBefore: 7, digestWeekday: 1 },
  sources: [
    {
      about: 'Promoters, funder, 13 firms, start in March 2010, phases, collaboration kinds, contact office',
      source: 'VareseNews, «Un tutor e una rete per le imprese meccaniche», 11 December 2009',
      verified: true,
    },
    {
      about: 'Project cost about EUR 300,000; network contract of 12 firms signed on 5 March 2012',
      source: 'Programme facts as summarised in the rule-book',
      verified: false,
    },
    {
      about: 'Quarterly verification cadence, 15 days of grace, end date 2012-06-30',
      source: 'Design default: the announcement says only «verifica periodica»',
      verified: false,
    },
    {
      about: 'Metalworking ATECO 2007 divisions 24-30 and 33; micro and small firms; province of Varese',
      source: 'Design default: the cohort covered machining, assembly and galvanic treatment',
      verified: false,
    },
    {
      about: 'Aid per firm EUR 23,000 (de minimis); public funding EUR 241,500; firm contribution EUR 4,500',
      source: 'Design default: about EUR 300,000 over 13 firms',
      verified: false,
    },
  ],
});
