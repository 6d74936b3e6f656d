import type { ProgrammeDefinition } from './schema.js';
import { deepFreeze } from '../model/freeze.js';

/**
 * A second programme, written as data only: Filiera Granda, a fictional
 * 2024-2026 edition of the Cuneo Chamber of Commerce with Coldiretti and
 * Confcooperative, funded by Regione Piemonte, for small food and beverage
 * processors (ATECO 2007 divisions 10 and 11) of the provinces of Cuneo and
 * Asti. It differs from {@link mechnetDefinition} in sector, territory (a
 * registered seat or an operating site in the territory), verification
 * cadence (every 4 months), analysis areas and scale (1-4), evaluation
 * settings (no credit above the target, staleness in days, missing data
 * counted as 0, objective status from its score), collaboration kinds
 * (no shared workforce), default allocation (equal percentage of
 * stand-alone cost) and purchase categories. Every figure is a design
 * choice, listed in `sources` with `verified: false`: replace them with a
 * real call's.
 *
 * @example
 * ```ts
 * import { agrifoodCuneoDefinition, verificationSchedule } from 'mechnet';
 * agrifoodCuneoDefinition.eligibility.territory.provinces; // ['CN', 'AT']
 * agrifoodCuneoDefinition.collaboration.allocation;        // 'equal-percentage'
 * verificationSchedule(agrifoodCuneoDefinition)[0];       // '2024-07-01'
 * ```
 */
export const agrifoodCuneoDefinition: ProgrammeDefinition = /* @__PURE__ */ deepFreeze({
  id: 'agrifood-cuneo-2024',
  name: {
    it: 'Filiera Granda: un temporary manager e una rete per le imprese agroalimentari',
    en: 'Filiera Granda: a temporary manager and a network for agri-food firms',
  },
  sector: { it: 'Trasformazione agroalimentare e bevande', en: 'Food and beverage processing' },
  promoters: [
    { name: 'Camera di Commercio di Cuneo', role: { it: 'Promotore', en: 'Promoter' } },
    { name: 'Coldiretti Cuneo', role: { it: 'Organizzazione agricola', en: 'Farmers\' organisation' } },
    { name: 'Confcooperative Cuneo', role: { it: 'Associazione delle cooperative', en: 'Association of cooperatives' } },
  ],
  funder: { name: 'Regione Piemonte', instrument: 'Accordo di programma con il sistema camerale piemontese' },
  contact: {
    office: 'Ufficio Promozione e Filiere',
    organisation: 'Camera di Commercio di Cuneo',
    email: 'filiere@cn.camcom.example',
  },
  locales: ['it', 'en'],
  calendar: {
    start: '2024-03-01',
    end: '2026-03-31',
    verification: { cadence: { every: 4, unit: 'month' }, graceDays: 20 },
  },
  phases: [
    {
      id: 'enrolment',
      label: { it: 'Adesione', en: 'Enrolment' },
      description: { it: 'Domanda, ammissione e lista d\'attesa', en: 'Application, acceptance and waiting list' },
      plannedDays: 45,
    },
    {
      id: 'analysis',
      label: { it: 'Analisi aziendale', en: 'Analysis' },
      description: {
        it: 'Il temporary manager analizza l\'impresa e la sua filiera',
        en: 'The temporary manager assesses the firm and its supply chain',
      },
      plannedDays: 75,
    },
    {
      id: 'plan',
      label: { it: 'Piano strategico', en: 'Strategic plan' },
      description: {
        it: 'Almeno due obiettivi con indicatori quantitativi e qualitativi',
        en: 'At least two objectives with quantitative and qualitative indicators',
      },
      plannedDays: 45,
    },
    {
      id: 'collaboration',
      label: { it: 'Collaborazione di filiera', en: 'Supply-chain collaboration' },
      description: {
        it: 'Acquisti collettivi, servizi comuni, macchine e certificazioni condivise',
        en: 'Collective purchasing, shared services, machines and certifications',
      },
      plannedDays: 300,
    },
    {
      id: 'aggregation',
      label: { it: 'Aggregazione', en: 'Aggregation' },
      description: {
        it: 'Sperimentazione di un consorzio o di un contratto di rete',
        en: 'Trying a consortium or a network contract',
      },
      plannedDays: 240,
    },
    { id: 'completed', label: { it: 'Concluso', en: 'Completed' } },
  ],
  eligibility: {
    sector: { classification: 'ATECO 2007', prefixes: ['10', '11'] },
    territory: { region: 'piemonte', provinces: ['CN', 'AT'], basis: 'seat-or-site' },
    sizes: ['micro', 'small'],
    artisan: 'optional',
    deMinimis: { aidPerFirmCents: 3_000_000 },
    capacity: 6,
    waitlist: true,
    consent: {
      noticeVersion: '2024-01',
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
        {
          id: 'share-with-associations',
          label: {
            it: 'Comunicare i dati di contatto a Coldiretti e Confcooperative per iniziative di filiera',
            en: 'Share the contact details with Coldiretti and Confcooperative for supply-chain initiatives',
          },
        },
      ],
    },
  },
  analysis: {
    areas: [
      { id: 'strategy', label: { it: 'Strategia', en: 'Strategy' } },
      { id: 'market', label: { it: 'Mercati e canali (GDO, Horeca, export)', en: 'Markets and channels (retail, Horeca, export)' } },
      { id: 'supply', label: { it: 'Approvvigionamento e filiera agricola', en: 'Sourcing and the farm supply chain' } },
      { id: 'production', label: { it: 'Produzione e sicurezza alimentare', en: 'Production and food safety' } },
      { id: 'people', label: { it: 'Organizzazione e persone', en: 'Organisation and people' } },
      { id: 'finance', label: { it: 'Finanza', en: 'Finance' } },
      { id: 'sustainability', label: { it: 'Sostenibilità e certificazioni', en: 'Sustainability and certifications' } },
    ],
    scale: { min: 1, max: 4 },
  },
  plan: {
    minObjectives: 2,
    maxObjectives: 6,
    requireQuantitative: true,
    requireQualitative: true,
    requireAreas: true,
  },
  evaluation: {
    cap: 1,
    thresholds: { onTrack: 0.9, behind: 0.75 },
    staleAfter: { count: 180, unit: 'day' },
    pointTolerance: 0.05,
    missingData: 'zero',
    objectiveStatus: 'score',
  },
  collaboration: {
    kinds: ['purchasing', 'services', 'machines', 'brands'],
    allocation: 'equal-percentage',
    purchaseCategories: [
      { id: 'energy', label: { it: 'Energia elettrica', en: 'Electricity' } },
      { id: 'glass', label: { it: 'Vetro (vasi e bottiglie)', en: 'Glass (jars and bottles)' } },
      { id: 'cardboard', label: { it: 'Imballaggi in cartone', en: 'Cardboard packaging' } },
      { id: 'hazelnuts', label: { it: 'Nocciole', en: 'Hazelnuts' } },
      { id: 'lab-analyses', label: { it: 'Analisi di laboratorio', en: 'Laboratory analyses' } },
    ],
  },
  aggregation: {
    forms: ['consortium', 'network-contract'],
    minParticipants: 3,
  },
  money: {
    currency: 'EUR',
    costCents: 22_000_000,
    publicFundingCents: 18_000_000,
    firmContributionCents: 500_000,
  },
  publication: { purpose: 'publish-figures', minimumGroup: 3 },
  // Design defaults, to be set by the Chamber's data protection officer: applications never admitted kept 12 months after the decision; personal data 60 months after the end (the funder's audits).
  retention: { notAdmittedMonths: 12, personalDataMonths: 60 },
  communication: { reminderDaysBefore: 7, digestWeekday: 1 },
  sources: [
    {
      about: 'The whole programme: name, promoters, funder, instrument, contact office and address',
      source: 'Fictional preset written to show that a second sector and territory need no code; not a real call',
      verified: false,
    },
    {
      about: 'Food and beverage processing, ATECO 2007 divisions 10 and 11; provinces of Cuneo and Asti, registered seat or operating site',
      source: 'Design choice for the example; ATECO 2007 because applications close before ATECO 2025 becomes operational (1 April 2025)',
      verified: false,
    },
    {
      about: 'Verification every 4 months from 1 March 2024, 20 days of grace, end date 2026-03-31',
      source: 'Design choice: three meetings a year, one after the harvest',
      verified: false,
    },
    {
      about: 'De minimis: processing and marketing of agricultural products falls under the general regulation (EU) 2023/2831, not the agricultural one (EU) 1408/2013',
      source: 'Reg. (EU) 2023/2831 art. 1; Reg. (EU) 1408/2013 art. 1 (verify for firms that also farm)',
      verified: false,
    },
    {
      about: '6 places (pilot edition); aid per firm EUR 30,000; public funding EUR 180,000; firm contribution EUR 5,000; cost EUR 220,000',
      source: 'Design choice for the example',
      verified: false,
    },
  ],
});
