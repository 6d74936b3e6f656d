/**
 * The analyses, strategic plans and readings of the Filiera Granda sample.
 * Areas and scale (1-4) are the preset's; every plan has at least two
 * objectives and both quantitative and qualitative indicators, as the
 * preset's plan rules ask. Readings are taken at the verifications of
 * November 2024, March 2025 and July 2025 (null: not measured).
 */
import type { Indicator } from '../../../src/index.js';

/** Scores (1-4) and findings by area of the preset. */
export interface AnalysisRow {
  firm: string;
  date: string;
  areas: Record<string, [number, string]>;
  summary: string;
}

export const analyses: AnalysisRow[] = [
  {
    firm: 'stura',
    date: '2024-05-08',
    areas: {
      strategy: [3, 'Prodotto riconosciuto (tome e nostrale d\'alpeggio), strategia chiara ma non scritta'],
      market: [2, 'Vendite concentrate su due grossisti regionali; nessun canale estero'],
      supply: [3, 'Latte da 14 stalle della valle con contratti annuali'],
      production: [2, 'Scarti di lavorazione alti nei mesi estivi; refrigerazione energivora'],
      people: [3, 'Casari esperti; manca un responsabile qualità dedicato'],
      finance: [3, 'Margini stabili, magazzino di stagionatura pesante sul circolante'],
      sustainability: [1, 'Nessuna certificazione richiesta dalla GDO estera'],
    },
    summary: 'Ridurre gli scarti e ottenere la certificazione IFS Food per aprire nuovi canali.',
  },
  {
    firm: 'belbo',
    date: '2024-05-14',
    areas: {
      strategy: [3, 'Posizionamento sul Moscato d\'Asti e sull\'Alta Langa metodo classico'],
      market: [3, 'Export verso Germania e Stati Uniti; poco presente in cantina'],
      supply: [3, 'Uve da conferitori storici della valle Belbo'],
      production: [2, 'Costo energetico per bottiglia in crescita (presa di spuma e refrigerazione)'],
      people: [3, 'Squadra stabile, stagionali in vendemmia'],
      finance: [2, 'Circolante assorbito dalle giacenze in affinamento'],
      sustainability: [2, 'Certificazione SQNPI in corso'],
    },
    summary: 'Ridurre il costo energetico per bottiglia e aprire la cantina all\'enoturismo.',
  },
  {
    firm: 'langa',
    date: '2024-05-10',
    areas: {
      strategy: [2, 'Gamma ampia e poco focalizzata'],
      market: [2, 'Vendita diretta e negozi della zona; export occasionale'],
      supply: [4, 'Nocciola Piemonte IGP da corilicoltori di Cortemilia'],
      production: [3, 'Laboratorio artigiano ben organizzato, capacità inutilizzata in estate'],
      people: [3, 'Soci in produzione, una apprendista'],
      finance: [3, 'Poco indebitamento'],
      sustainability: [2, 'Nessuna certificazione di prodotto'],
    },
    summary: 'Crescere all\'estero ed entrare nella grande distribuzione con una linea dedicata.',
  },
  {
    firm: 'nizza',
    date: '2024-05-16',
    areas: {
      strategy: [2, 'Il consiglio decide anno per anno, senza piano pluriennale'],
      market: [2, 'Vino sfuso a imbottigliatori; bottiglia solo nello spaccio'],
      supply: [3, 'Conferimenti di 120 soci, registri cartacei'],
      production: [3, 'Cantina adeguata, vinificazione per lotti di conferimento'],
      people: [2, 'Amministrazione affidata a una sola persona'],
      finance: [2, 'Tempi di incasso lunghi dagli imbottigliatori'],
      sustainability: [2, 'Tracciabilità dei lotti su carta'],
    },
    summary: 'Accorciare i tempi di incasso e portare su gestionale la tracciabilità dei conferimenti.',
  },
  {
    firm: 'altalanga',
    date: '2024-05-22',
    areas: {
      strategy: [3, 'Birre legate al territorio, marchio giovane'],
      market: [2, 'Vendite in pub torinesi; Horeca cuneese poco servita'],
      supply: [1, 'Malto d\'orzo interamente acquistato fuori regione'],
      production: [3, 'Impianto da 10 hl a Mondovì, sfruttato al 60 %'],
      people: [3, 'Mastro birraio e due addetti'],
      finance: [2, 'Investimento nell\'impianto ancora da ammortizzare'],
      sustainability: [2, 'Nessuna filiera corta dell\'orzo'],
    },
    summary: 'Crescere nell\'Horeca della provincia e lanciare una linea con orzo cuneese.',
  },
  {
    firm: 'saluzzo',
    date: '2024-09-05',
    areas: {
      strategy: [3, 'Confetture e succhi di frutta del Saluzzese'],
      market: [3, 'Marchio del distributore per due catene'],
      supply: [3, 'Frutta da cooperative ortofrutticole della zona'],
      production: [2, 'Resa della frutta lavorata sotto la media del settore'],
      people: [3, 'Personale stagionale ben formato'],
      finance: [3, 'Situazione equilibrata'],
      sustainability: [2, 'Richiesta della GDO di una linea biologica'],
    },
    summary: 'Migliorare la resa della frutta e certificare una linea biologica.',
  },
];

/** One indicator of a plan, without its baseline date (the plan's), and its three readings. */
export type IndicatorRow = DistributiveOmit<Indicator, 'baseline'> & {
  baselineValue?: number;
  baselineLevel?: string;
  readings: Reading[];
};
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A reading: a value, [numerator, denominator], a level, done, or null when not measured. */
export type Reading = number | [number, number] | string | boolean | null;

export interface PlanRow {
  firm: string;
  approved: string;
  /** Date of the baselines. */
  baseline: string;
  objectives: { id: string; title: string; areas: string[]; deadline: string; weight: number; indicators: IndicatorRow[] }[];
}

/** The verifications at which the readings are taken (scheduled dates). */
export const READ_AT = ['2024-11-01', '2025-03-01', '2025-07-01'] as const;

const END = '2026-02-28';

export const plans: PlanRow[] = [
  {
    firm: 'stura',
    approved: '2024-07-09',
    baseline: '2024-06-30',
    objectives: [
      {
        id: 'scarti', title: 'Ridurre gli scarti di lavorazione del latte', areas: ['production'], deadline: END, weight: 2,
        indicators: [{
          id: 'scarto-latte', kind: 'quantitative', name: 'Scarto di lavorazione sul latte lavorato', unit: '%',
          polarity: 'decrease', baselineValue: 6.5, target: 4, deadline: END, readings: [6.1, 5.4, 5],
        }],
      },
      {
        id: 'ifs', title: 'Ottenere la certificazione IFS Food', areas: ['sustainability', 'market'], deadline: '2025-09-30', weight: 1,
        indicators: [{ id: 'ifs-food', kind: 'milestone', name: 'Certificazione IFS Food ottenuta', deadline: '2025-09-30', readings: [false, false, true] }],
      },
    ],
  },
  {
    firm: 'langa',
    approved: '2024-07-10',
    baseline: '2024-06-30',
    objectives: [
      {
        id: 'export', title: 'Crescere all\'estero', areas: ['market'], deadline: END, weight: 2,
        indicators: [{
          id: 'quota-export', kind: 'quantitative', name: 'Quota del fatturato realizzata all\'estero', unit: '%',
          polarity: 'increase', baselineValue: 12, target: 25, deadline: END, readings: [13, 16, 19],
        }],
      },
      {
        id: 'gdo', title: 'Entrare nella grande distribuzione', areas: ['market', 'strategy'], deadline: END, weight: 1,
        indicators: [{
          id: 'gdo-insegne', kind: 'scale', name: 'Presenza nelle insegne della GDO',
          levels: [
            { id: 'nessuna', label: 'Nessuna insegna', score: 0 },
            { id: 'trattativa', label: 'In trattativa', score: 0.3 },
            { id: 'una', label: 'Una insegna', score: 0.7 },
            { id: 'due', label: 'Due o più insegne', score: 1 },
          ],
          baselineLevel: 'nessuna', target: 'due', deadline: END, readings: ['trattativa', 'una', 'una'],
        }],
      },
    ],
  },
  {
    firm: 'belbo',
    approved: '2024-07-16',
    baseline: '2024-06-30',
    objectives: [
      {
        id: 'energia', title: 'Ridurre il costo energetico per bottiglia', areas: ['production', 'finance'], deadline: END, weight: 1,
        indicators: [{
          id: 'energia-bottiglia', kind: 'quantitative', name: 'Costo dell\'energia per bottiglia prodotta', unit: 'centesimi di euro',
          polarity: 'decrease', baselineValue: 9, target: 7.5, deadline: END, readings: [8.9, 8.1, 7.7],
        }],
      },
      {
        id: 'enoturismo', title: 'Aprire la cantina all\'enoturismo', areas: ['market', 'strategy'], deadline: '2025-06-30', weight: 1,
        indicators: [{ id: 'sala-degustazione', kind: 'milestone', name: 'Sala di degustazione e vendita aperta', deadline: '2025-06-30', readings: [false, false, true] }],
      },
    ],
  },
  {
    firm: 'nizza',
    approved: '2024-07-17',
    baseline: '2024-06-30',
    objectives: [
      {
        id: 'incassi', title: 'Accorciare i tempi di incasso', areas: ['finance'], deadline: END, weight: 1,
        indicators: [{
          id: 'giorni-incasso', kind: 'quantitative', name: 'Giorni medi di incasso dei crediti', unit: 'giorni',
          polarity: 'decrease', baselineValue: 110, target: 75, deadline: END, readings: [104, 96, 95],
        }],
      },
      {
        id: 'tracciabilita', title: 'Tracciabilità digitale dei conferimenti', areas: ['supply', 'production'], deadline: END, weight: 1,
        indicators: [{
          id: 'tracciabilita-digitale', kind: 'scale', name: 'Strumento di tracciabilità dei lotti',
          levels: [
            { id: 'carta', label: 'Registri cartacei', score: 0 },
            { id: 'fogli', label: 'Fogli di calcolo', score: 0.5 },
            { id: 'gestionale', label: 'Gestionale con tracciabilità per lotto', score: 1 },
          ],
          baselineLevel: 'carta', target: 'gestionale', deadline: END, readings: ['carta', 'fogli', 'fogli'],
        }],
      },
    ],
  },
  {
    firm: 'altalanga',
    approved: '2024-07-23',
    baseline: '2024-06-30',
    objectives: [
      {
        id: 'horeca', title: 'Crescere nel canale Horeca della provincia', areas: ['market'], deadline: END, weight: 2,
        indicators: [{
          id: 'ettolitri-horeca', kind: 'quantitative', name: 'Birra venduta all\'Horeca negli ultimi 12 mesi', unit: 'hl',
          polarity: 'increase', baselineValue: 180, target: 260, deadline: END, readings: [190, null, 230],
        }],
      },
      {
        id: 'orzo-locale', title: 'Birra con orzo della provincia di Cuneo', areas: ['supply', 'sustainability'], deadline: '2025-12-31', weight: 1,
        indicators: [{ id: 'linea-orzo-cuneese', kind: 'milestone', name: 'Linea di birre con orzo coltivato in provincia in vendita', deadline: '2025-12-31', readings: [false, null, false] }],
      },
    ],
  },
  {
    firm: 'saluzzo',
    approved: '2024-10-08',
    baseline: '2024-09-30',
    objectives: [
      {
        id: 'resa', title: 'Migliorare la resa della frutta lavorata', areas: ['production'], deadline: END, weight: 1,
        indicators: [{
          id: 'resa-frutta', kind: 'quantitative', name: 'Resa in confettura della frutta lavorata', unit: '%',
          polarity: 'increase', baselineValue: 72, target: 80, deadline: END,
          ratio: { numerator: 'kg di confettura prodotta', denominator: 'kg di frutta lavorata', scale: 100 },
          readings: [[36_500, 50_000], [38_000, 50_000], [31_200, 40_000]],
        }],
      },
      {
        id: 'bio', title: 'Certificare una linea biologica', areas: ['sustainability'], deadline: '2025-12-31', weight: 1,
        indicators: [{ id: 'certificazione-bio', kind: 'milestone', name: 'Certificazione biologica della linea di confetture', deadline: '2025-12-31', readings: [false, true, true] }],
      },
    ],
  },
];
