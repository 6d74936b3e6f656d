/**
 * The strategic plans (rule-book §5). Every firm but Caccia agrees a plan
 * with its manager between June and September 2010 (Caccia, about to sell
 * the business, never gets past the analysis and withdraws in November).
 * Baselines are dated 2010-06-30 (plans of June and July) or 2010-08-31
 * (September), so on 2011-12-31 the expected progress is 1 for a deadline of
 * 2011-12-31 and about 0.75 (0.73 from August) for one of 2012-06-30.
 *
 * What was measured at each verification, and the status each indicator is
 * meant to reach, are in `measurements.ts`.
 */

/** What every indicator row has. */
interface IndicatorRowBase {
  id: string;
  name: string;
  description?: string;
  deadline: string;
  weight?: number;
}
/** A quantitative indicator moving from its baseline towards a target. */
export interface TowardsRow extends IndicatorRowBase {
  kind: 'quantitative';
  unit: string;
  polarity: 'increase' | 'decrease';
  baseline: number;
  target: number;
  interim?: { date: string; value: number }[];
  trajectory?: 'linear' | 'step';
  ratio?: { numerator: string; denominator: string; scale: number };
}
/** A quantitative indicator that must stay inside a band. */
export interface BandRow extends IndicatorRowBase {
  kind: 'quantitative';
  unit: string;
  polarity: 'maintain' | 'range';
  baseline: number;
  band: [number, number];
  ratio?: { numerator: string; denominator: string; scale: number };
}
/** A qualitative indicator on a scale of levels. */
export interface ScaleRow extends IndicatorRowBase {
  kind: 'scale';
  levels: { id: string; label: string; score: number }[];
  baseline: string;
  target: string;
}
/** A qualitative indicator that is done or not. */
export interface MilestoneRow extends IndicatorRowBase {
  kind: 'milestone';
}
export type IndicatorRow = TowardsRow | BandRow | ScaleRow | MilestoneRow;

export interface ObjectiveRow {
  id: string;
  title: string;
  /** Analysis areas of the preset. */
  areas: string[];
  deadline: string;
  weight: number;
  indicators: IndicatorRow[];
}

export interface PlanRow {
  firm: string;
  /** Day the manager and the owner approve it; the firm enters the plan phase the same day. */
  approved: string;
  /** Baseline date of every indicator. */
  baseline: string;
  objectives: ObjectiveRow[];
}

/** Levels l1, l2, ... with evenly spaced scores from 0 to 1. */
function levels(...labels: string[]): ScaleRow['levels'] {
  // Scores to two decimals: 0, 0.33, 0.67, 1 for four levels; 0, 0.25, ... 1 for five.
  return labels.map((label, i) => ({ id: `l${i + 1}`, label, score: Math.round((100 * i) / (labels.length - 1)) / 100 }));
}

const SCRAP = { numerator: 'pezzi scartati', denominator: 'pezzi prodotti', scale: 100 };
const ON_TIME_BAND: [number, number] = [95, 100];

export const plans: PlanRow[] = [
  {
    firm: 'bossi',
    approved: '2010-06-28',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'clienti',
        title: 'Ridurre la dipendenza dai due clienti principali',
        areas: ['market', 'strategy'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'new-customers',
            kind: 'quantitative',
            name: 'Nuovi clienti acquisiti',
            unit: 'clienti',
            polarity: 'increase',
            baseline: 0,
            target: 6,
            deadline: '2012-06-30',
            interim: [
              { date: '2010-12-31', value: 1 },
              { date: '2011-06-30', value: 3 },
            ],
            weight: 2,
          },
          {
            id: 'top2-share',
            kind: 'quantitative',
            name: 'Quota di fatturato dei due clienti principali',
            unit: '%',
            polarity: 'decrease',
            baseline: 60,
            target: 40,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'saturazione',
        title: 'Saturare i centri di lavoro',
        areas: ['operations'],
        deadline: '2011-12-31',
        weight: 2,
        indicators: [
          {
            id: 'machine-utilisation',
            kind: 'quantitative',
            name: 'Utilizzo dei centri di lavoro',
            unit: '%',
            polarity: 'increase',
            baseline: 58,
            target: 75,
            deadline: '2011-12-31',
            interim: [
              { date: '2010-12-31', value: 62 },
              { date: '2011-06-30', value: 68 },
            ],
          },
          {
            id: 'setup-time',
            kind: 'quantitative',
            name: 'Tempo medio di attrezzaggio',
            unit: 'minuti',
            polarity: 'decrease',
            baseline: 95,
            target: 60,
            deadline: '2011-12-31',
          },
        ],
      },
      {
        id: 'qualita',
        title: 'Rinnovare la certificazione e ridurre gli scarti',
        areas: ['innovation', 'operations'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'iso-9001',
            kind: 'milestone',
            name: 'Rinnovo della certificazione ISO 9001',
            deadline: '2011-06-30',
          },
          {
            id: 'scrap-rate',
            kind: 'quantitative',
            name: 'Tasso di scarto',
            description: 'Pezzi scartati al controllo finale sui pezzi prodotti nel trimestre.',
            unit: '%',
            polarity: 'decrease',
            baseline: 3.8,
            target: 2.0,
            deadline: '2012-06-30',
            ratio: SCRAP,
          },
        ],
      },
      {
        id: 'costi',
        title: 'Conoscere il costo di ogni commessa',
        areas: ['finance'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'job-costing',
            kind: 'scale',
            name: 'Controllo dei costi per commessa',
            levels: levels(
              'Nessun calcolo dei costi',
              'Preventivi a stima',
              'Costo orario macchina calcolato',
              'Consuntivo per commessa',
              'Controllo di gestione mensile',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
          },
        ],
      },
    ],
  },
  {
    firm: 'brambilla',
    approved: '2010-07-05',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'acquisti',
        title: "Ridurre il costo delle barre con gli acquisti di gruppo",
        areas: ['operations', 'finance'],
        deadline: '2011-12-31',
        weight: 2,
        indicators: [
          {
            id: 'bar-cost',
            kind: 'quantitative',
            name: "Costo medio delle barre d'acciaio",
            unit: 'EUR/kg',
            polarity: 'decrease',
            baseline: 1.45,
            target: 1.3,
            deadline: '2011-12-31',
          },
        ],
      },
      {
        id: 'ricambio',
        title: 'Preparare il ricambio generazionale del personale',
        areas: ['people'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'training-hours',
            kind: 'quantitative',
            name: 'Ore di formazione per addetto negli ultimi 12 mesi',
            unit: 'ore',
            polarity: 'increase',
            baseline: 4,
            target: 16,
            deadline: '2012-06-30',
          },
          {
            id: 'apprentices',
            kind: 'quantitative',
            name: 'Apprendisti inseriti in officina',
            unit: 'apprendisti',
            polarity: 'increase',
            baseline: 0,
            target: 2,
            deadline: '2012-06-30',
            interim: [{ date: '2011-09-30', value: 1 }],
            trajectory: 'step',
          },
        ],
      },
      {
        id: 'qualita',
        title: 'Arrivare alla certificazione ISO 9001',
        areas: ['innovation', 'strategy'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'quality-system',
            kind: 'scale',
            name: 'Percorso verso la ISO 9001',
            levels: levels(
              'Nessun sistema qualità',
              'Procedure in stesura',
              'Sistema qualità applicato',
              'Audit interno superato',
              'Certificazione ISO 9001 ottenuta',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'incassi',
        title: 'Accorciare i tempi di incasso',
        areas: ['finance'],
        deadline: '2011-12-31',
        weight: 1,
        indicators: [
          {
            id: 'collection-days',
            kind: 'quantitative',
            name: 'Giorni medi di incasso',
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 120,
            target: 90,
            deadline: '2011-12-31',
          },
        ],
      },
    ],
  },
  {
    firm: 'colombo',
    approved: '2010-06-24',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'finanza',
        title: 'Riequilibrare la finanza e liberare i fidi',
        areas: ['finance'],
        deadline: '2011-12-31',
        weight: 3,
        indicators: [
          {
            id: 'credit-line-use',
            kind: 'quantitative',
            name: 'Utilizzo medio dei fidi bancari',
            unit: '%',
            polarity: 'decrease',
            baseline: 92,
            target: 70,
            deadline: '2011-12-31',
          },
        ],
      },
      {
        id: 'aeronautica',
        title: 'Entrare nella filiera aeronautica',
        areas: ['strategy', 'innovation'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'en-9100',
            kind: 'milestone',
            name: 'Certificazione EN 9100',
            deadline: '2011-12-31',
          },
          {
            id: 'aero-share',
            kind: 'quantitative',
            name: 'Quota di fatturato nel settore aeronautico',
            unit: '%',
            polarity: 'increase',
            baseline: 5,
            target: 20,
            deadline: '2012-06-30',
            interim: [
              { date: '2010-12-31', value: 6 },
              { date: '2011-06-30', value: 10 },
            ],
          },
        ],
      },
      {
        id: 'capacita',
        title: 'Vendere le ore libere dei centri a 5 assi',
        areas: ['market'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'machine-utilisation',
            kind: 'quantitative',
            name: 'Utilizzo dei centri di lavoro a 5 assi',
            unit: '%',
            polarity: 'increase',
            baseline: 62,
            target: 80,
            deadline: '2012-06-30',
          },
        ],
      },
    ],
  },
  {
    firm: 'zanzi',
    approved: '2010-09-20',
    baseline: '2010-08-31',
    objectives: [
      {
        id: 'successione',
        title: "Individuare e formare chi continuerà l'attività",
        areas: ['people', 'strategy'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'successor',
            kind: 'milestone',
            name: 'Successore individuato e inserito in officina',
            deadline: '2011-12-31',
          },
          {
            id: 'training-hours',
            kind: 'quantitative',
            name: 'Ore di formazione per addetto negli ultimi 12 mesi',
            unit: 'ore',
            polarity: 'increase',
            baseline: 2,
            target: 20,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'ore-libere',
        title: 'Offrire alla rete le ore libere delle rettificatrici',
        areas: ['market', 'operations'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'machine-utilisation',
            kind: 'quantitative',
            name: 'Utilizzo delle rettificatrici',
            unit: '%',
            polarity: 'increase',
            baseline: 55,
            target: 75,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'strumenti',
        title: 'Tarare gli strumenti di misura',
        areas: ['innovation'],
        deadline: '2011-06-30',
        weight: 1,
        indicators: [
          {
            id: 'instrument-calibration',
            kind: 'milestone',
            name: 'Strumenti di misura tarati e registrati',
            deadline: '2011-06-30',
          },
        ],
      },
    ],
  },
  {
    firm: 'castiglioni',
    approved: '2010-07-07',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'mercato',
        title: "Nuovi clienti nell'oleodinamica",
        areas: ['market', 'strategy'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'new-customers',
            kind: 'quantitative',
            name: 'Nuovi clienti acquisiti',
            unit: 'clienti',
            polarity: 'increase',
            baseline: 0,
            target: 6,
            deadline: '2012-06-30',
          },
          {
            id: 'catalogue',
            kind: 'milestone',
            name: 'Catalogo delle lavorazioni e sito web pubblicati',
            deadline: '2011-06-30',
          },
        ],
      },
      {
        id: 'fatturato',
        title: 'Far crescere il fatturato con il passaggio generazionale',
        areas: ['strategy'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'turnover',
            kind: 'quantitative',
            name: 'Fatturato degli ultimi 12 mesi',
            unit: 'migliaia di EUR',
            polarity: 'increase',
            baseline: 559,
            target: 650,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'qualita',
        title: "Mantenere gli scarti sotto l'1,5%",
        areas: ['operations', 'innovation'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'scrap-rate',
            kind: 'quantitative',
            name: 'Tasso di scarto',
            unit: '%',
            polarity: 'maintain',
            baseline: 1.2,
            band: [0, 1.5],
            deadline: '2012-06-30',
            ratio: SCRAP,
          },
        ],
      },
    ],
  },
  {
    firm: 'macchi',
    approved: '2010-09-28',
    baseline: '2010-08-31',
    objectives: [
      {
        id: 'magazzino',
        title: 'Liberare liquidità dal magazzino di metallo duro',
        areas: ['finance'],
        deadline: '2011-12-31',
        weight: 3,
        indicators: [
          {
            id: 'stock-value',
            kind: 'quantitative',
            name: 'Valore del magazzino di metallo duro',
            unit: 'migliaia di EUR',
            polarity: 'decrease',
            baseline: 180,
            target: 120,
            deadline: '2011-12-31',
          },
          {
            id: 'stock-days',
            kind: 'quantitative',
            name: 'Giorni di rotazione del magazzino',
            description: "Da calcolare con l'anagrafica di magazzino aggiornata.",
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 210,
            target: 150,
            deadline: '2011-12-31',
          },
        ],
      },
      {
        id: 'vendite',
        title: 'Organizzare la vendita con agenti e consegne puntuali',
        areas: ['market'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'agents',
            kind: 'quantitative',
            name: 'Agenti di vendita attivi',
            unit: 'agenti',
            polarity: 'increase',
            baseline: 0,
            target: 3,
            deadline: '2012-06-30',
          },
          {
            id: 'on-time-delivery',
            kind: 'quantitative',
            name: 'Consegne puntuali',
            unit: '%',
            polarity: 'range',
            baseline: 90,
            band: ON_TIME_BAND,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'formazione',
        title: 'Formare il personale oltre l\'affiancamento',
        areas: ['people'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'training',
            kind: 'scale',
            name: 'Formazione del personale',
            levels: levels(
              'Solo affiancamento',
              'Piano annuale di formazione',
              'Corsi esterni per ogni addetto',
              'Percorsi per ruolo con verifica',
            ),
            baseline: 'l1',
            target: 'l4',
            deadline: '2012-06-30',
          },
        ],
      },
    ],
  },
  {
    firm: 'ferrario',
    approved: '2010-07-12',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'pianificazione',
        title: 'Pianificare la produzione e consegnare prima',
        areas: ['operations'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'digital-maturity',
            kind: 'scale',
            name: 'Maturità digitale',
            levels: levels(
              'Lavagna e carta',
              'Fogli di calcolo',
              'Gestionale collegato alla produzione',
              'Dati macchina raccolti in automatico',
              'Processi integrati con clienti e fornitori',
            ),
            baseline: 'l1',
            target: 'l4',
            deadline: '2012-06-30',
          },
          {
            id: 'delivery-delay',
            kind: 'quantitative',
            name: 'Ritardo medio di consegna',
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 7,
            target: 2,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'offerte',
        title: 'Listino delle lavorazioni e offerte rapide',
        areas: ['market'],
        deadline: '2011-12-31',
        weight: 1,
        indicators: [
          {
            id: 'price-list',
            kind: 'milestone',
            name: 'Listino delle lavorazioni adottato',
            deadline: '2011-03-31',
          },
          {
            id: 'quote-time',
            kind: 'quantitative',
            name: "Tempo medio di risposta alle richieste d'offerta",
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 6,
            target: 2,
            deadline: '2011-12-31',
          },
        ],
      },
      {
        id: 'redditivita',
        title: 'Migliorare la redditività con il costo orario macchina',
        areas: ['finance'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'ebitda-margin',
            kind: 'quantitative',
            name: 'Margine operativo lordo sul fatturato',
            unit: '%',
            polarity: 'increase',
            baseline: 7,
            target: 10,
            deadline: '2012-06-30',
          },
        ],
      },
    ],
  },
  {
    firm: 'pozzi',
    approved: '2010-07-14',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'margini',
        title: 'Controllare i margini di commessa',
        areas: ['finance'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'margin-control',
            kind: 'scale',
            name: 'Controllo dei margini di commessa',
            levels: levels(
              'Margini noti solo a consuntivo annuale',
              'Preventivo e consuntivo per commessa',
              'Avanzamento mensile delle commesse',
              'Budget annuale e analisi degli scostamenti',
              'Controllo di gestione completo',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
          },
          {
            id: 'gross-margin',
            kind: 'quantitative',
            name: 'Margine medio di commessa',
            unit: '%',
            polarity: 'increase',
            baseline: 18,
            target: 24,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'acquisti',
        title: 'Concentrare gli acquisti di componenti',
        areas: ['operations'],
        deadline: '2011-12-31',
        weight: 2,
        indicators: [
          {
            id: 'suppliers',
            kind: 'quantitative',
            name: 'Fornitori di componenti elettrici attivi',
            unit: 'fornitori',
            polarity: 'decrease',
            baseline: 22,
            target: 12,
            deadline: '2011-12-31',
          },
        ],
      },
      {
        id: 'estero',
        title: "Prime vendite all'estero",
        areas: ['market', 'strategy'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'export-share',
            kind: 'quantitative',
            name: 'Quota di export sul fatturato',
            unit: '%',
            polarity: 'increase',
            baseline: 3,
            target: 12,
            deadline: '2012-06-30',
          },
        ],
      },
    ],
  },
  {
    firm: 'bianchi-gatti',
    approved: '2010-09-13',
    baseline: '2010-08-31',
    objectives: [
      {
        id: 'soci',
        title: 'Decidere insieme lo sviluppo della società',
        areas: ['strategy'],
        deadline: '2011-06-30',
        weight: 2,
        indicators: [
          {
            id: 'partners-agreement',
            kind: 'milestone',
            name: 'Patto tra i soci e piano triennale firmati',
            deadline: '2011-06-30',
          },
        ],
      },
      {
        id: 'trasferte',
        title: 'Pianificare le trasferte di montaggio',
        areas: ['operations', 'market'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'planned-trips',
            kind: 'quantitative',
            name: 'Trasferte pianificate con almeno due settimane di anticipo',
            unit: '%',
            polarity: 'increase',
            baseline: 40,
            target: 80,
            deadline: '2012-06-30',
          },
          {
            id: 'shared-hours',
            kind: 'quantitative',
            name: 'Ore di montaggio svolte per altre imprese della rete',
            unit: 'ore',
            polarity: 'increase',
            baseline: 0,
            target: 600,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'liquidita',
        title: 'Ridurre gli anticipi per le trasferte',
        areas: ['finance'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'short-term-credit',
            kind: 'quantitative',
            name: 'Utilizzo medio dei fidi a breve',
            unit: 'migliaia di EUR',
            polarity: 'decrease',
            baseline: 120,
            target: 60,
            deadline: '2012-06-30',
          },
        ],
      },
    ],
  },
  {
    firm: 'sironi',
    approved: '2010-06-21',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'export',
        title: "Crescere all'estero",
        areas: ['market'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'export-share',
            kind: 'quantitative',
            name: 'Quota di export sul fatturato',
            unit: '%',
            polarity: 'increase',
            baseline: 22,
            target: 35,
            deadline: '2012-06-30',
            interim: [
              { date: '2010-12-31', value: 24 },
              { date: '2011-06-30', value: 28 },
            ],
            weight: 2,
          },
          {
            id: 'foreign-customers',
            kind: 'quantitative',
            name: 'Clienti esteri attivi',
            unit: 'clienti',
            polarity: 'increase',
            baseline: 4,
            target: 8,
            deadline: '2012-06-30',
          },
          {
            id: 'trade-fair',
            kind: 'milestone',
            name: 'Prima partecipazione a una fiera internazionale (EMO Hannover 2011)',
            deadline: '2011-09-30',
          },
        ],
      },
      {
        id: 'consegne',
        title: 'Consegnare in tempo nonostante le lavorazioni esterne',
        areas: ['operations'],
        deadline: '2011-12-31',
        weight: 2,
        indicators: [
          {
            id: 'on-time-delivery',
            kind: 'quantitative',
            name: 'Consegne puntuali',
            unit: '%',
            polarity: 'range',
            baseline: 88,
            band: ON_TIME_BAND,
            deadline: '2011-12-31',
          },
          {
            id: 'delivery-delay',
            kind: 'quantitative',
            name: 'Ritardo medio di consegna',
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 9,
            target: 3,
            deadline: '2011-12-31',
          },
        ],
      },
      {
        id: 'commerciale',
        title: "Rafforzare l'organizzazione commerciale",
        areas: ['people', 'market'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'sales-organisation',
            kind: 'scale',
            name: 'Organizzazione commerciale',
            levels: levels(
              'Vendita affidata al solo commerciale interno',
              'Listino e materiali in inglese e tedesco',
              'Agenti in Svizzera e in Germania',
              'Rete di agenti con obiettivi e CRM',
              'Ufficio export strutturato',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
          },
        ],
      },
    ],
  },
  {
    firm: 'tettamanti',
    approved: '2010-07-27',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'vendita-diretta',
        title: 'Vendere direttamente agli utilizzatori',
        areas: ['market'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'direct-sales-share',
            kind: 'quantitative',
            name: 'Quota di vendite dirette sul fatturato',
            unit: '%',
            polarity: 'increase',
            baseline: 0,
            target: 30,
            deadline: '2012-06-30',
          },
          {
            id: 'direct-customers',
            kind: 'quantitative',
            name: 'Clienti serviti direttamente',
            unit: 'clienti',
            polarity: 'increase',
            baseline: 0,
            target: 40,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'taratura',
        title: 'Offrire il servizio di taratura alla rete',
        areas: ['strategy', 'innovation'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'lab-accreditation',
            kind: 'scale',
            name: 'Accreditamento del laboratorio di taratura',
            levels: levels(
              'Laboratorio interno senza procedure scritte',
              'Procedure di taratura documentate',
              'Domanda di accreditamento presentata',
              'Visita ispettiva superata',
              'Laboratorio accreditato',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
          },
          {
            id: 'calibrations',
            kind: 'quantitative',
            name: 'Tarature eseguite per altre imprese (dal luglio 2010)',
            unit: 'tarature',
            polarity: 'increase',
            baseline: 0,
            target: 60,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'scorte',
        title: 'Ridurre le scorte di componenti',
        areas: ['finance'],
        deadline: '2011-12-31',
        weight: 1,
        indicators: [
          {
            id: 'stock-days',
            kind: 'quantitative',
            name: 'Giorni di scorta dei componenti',
            unit: 'giorni',
            polarity: 'decrease',
            baseline: 150,
            target: 90,
            deadline: '2011-12-31',
          },
        ],
      },
    ],
  },
  {
    firm: 'broggini',
    approved: '2010-07-20',
    baseline: '2010-06-30',
    objectives: [
      {
        id: 'energia',
        title: 'Ridurre i costi di energia e prodotti chimici',
        areas: ['operations', 'finance'],
        deadline: '2012-06-30',
        weight: 3,
        indicators: [
          {
            id: 'energy-cost-hour',
            kind: 'quantitative',
            name: "Costo dell'energia per ora di impianto",
            description: 'Il contratto di fornitura del gruppo di acquisto parte nel 2011: il calo atteso è a gradino.',
            unit: 'EUR/ora',
            polarity: 'decrease',
            baseline: 18.5,
            target: 15,
            deadline: '2012-06-30',
            interim: [{ date: '2011-03-31', value: 16.5 }],
            trajectory: 'step',
          },
          {
            id: 'chemicals-cost',
            kind: 'quantitative',
            name: 'Costo dei prodotti chimici sul fatturato',
            unit: '%',
            polarity: 'decrease',
            baseline: 11,
            target: 9,
            deadline: '2012-06-30',
          },
        ],
      },
      {
        id: 'qualita',
        title: 'Ridurre le rilavorazioni e adeguare il depuratore',
        areas: ['operations', 'innovation'],
        deadline: '2012-06-30',
        weight: 2,
        indicators: [
          {
            id: 'rework-rate',
            kind: 'quantitative',
            name: 'Tasso di rilavorazione',
            unit: '%',
            polarity: 'decrease',
            baseline: 5,
            target: 3,
            deadline: '2012-06-30',
            ratio: { numerator: 'pezzi rilavorati', denominator: 'pezzi trattati', scale: 100 },
          },
          {
            id: 'purifier',
            kind: 'milestone',
            name: 'Adeguamento del depuratore collaudato',
            deadline: '2011-06-30',
          },
        ],
      },
      {
        id: 'ambiente',
        title: 'Avviare il sistema di gestione ambientale',
        areas: ['innovation', 'strategy'],
        deadline: '2012-06-30',
        weight: 1,
        indicators: [
          {
            id: 'iso-14001',
            kind: 'scale',
            name: 'Percorso verso la ISO 14001',
            levels: levels(
              'Solo autorizzazioni ambientali',
              'Analisi ambientale iniziale',
              'Procedure e registri ambientali',
              'Audit interno superato',
              'Certificazione ISO 14001 ottenuta',
            ),
            baseline: 'l1',
            target: 'l5',
            deadline: '2012-06-30',
          },
        ],
      },
    ],
  },
];
