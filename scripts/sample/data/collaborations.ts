/**
 * Collaborations of 2011 (rule-book §8) and the savings they are meant to show (§10).
 *
 * In the autumn of 2010 each manager records with the owner what the firm
 * offers to the others and what it needs or buys (§8). From them the
 * programme starts five collaborations in the first months of 2011; every
 * active firm joins at least one and enters the `collaboration` phase on the
 * day the first of them starts. The figures below are realised figures of
 * 2011 (recorded by 2011-12-30, so they count on 2011-12-31).
 *
 * | collaboration           | kind       | firms (lead first)                                  | 2011 figures                                |
 * |-------------------------|------------|-----------------------------------------------------|---------------------------------------------|
 * | acquisto-acciaio-2011   | purchasing | colombo, bossi, brambilla, castiglioni, macchi,     | 753 t, 700 t tier of the curve: EUR 850/t;  |
 * |                         |            | ferrario, sironi                                    | steel rose in 2011 (index 106.5)            |
 * | centro-5-assi           | machines   | bossi (owner), brambilla, zanzi, bianchi-gatti      | 560 h booked of 600 spare, two halves       |
 * | stand-mecspe-2011       | services   | sironi, bossi, colombo, castiglioni, macchi, pozzi, | 64 m2 for EUR 36,800, split by m2; 81       |
 * |                         |            | tettamanti, broggini                                | contacts; agreed 2010-12, ended 2011-04     |
 * | consulente-iso-9001     | services   | brambilla, colombo, macchi, pozzi, tettamanti       | 76 days for EUR 28,880, split by days       |
 * | distacco-personale-2011 | workforce  | bossi, zanzi, ferrario, bianchi-gatti               | bossi lends a fresatore CNC (zanzi,         |
 * |                         |            |                                                     | ferrario), bianchi-gatti a saldatore        |
 * |                         |            |                                                     | (ferrario, 400 h = its shared-hours)        |
 *
 * Intended 2011 realised hard saving per firm, EUR (on 2011-12-31):
 *
 * | firm          | steel  | 5 axes   | MECSPE | ISO 9001 | workers | hard    | also                           |
 * |---------------|--------|----------|--------|----------|---------|---------|--------------------------------|
 * | bossi         |  9,360 |        - |  8,250 |        - |       - |  17,610 | gain 11,200 (machine hours)    |
 * | brambilla     |  8,840 |   10,300 |      - |    7,780 |       - |  26,920 |                                |
 * | colombo       |  8,145 |        - |  8,250 |    7,920 |       - |  24,315 |                                |
 * | zanzi         |      - |    6,120 |      - |        - |   8,320 |  14,440 |                                |
 * | castiglioni   |  8,170 |        - |  7,900 |        - |       - |  16,070 |                                |
 * | macchi        |  4,920 |        - |  7,050 |    7,680 |       - |  19,650 |                                |
 * | ferrario      |  8,890 |        - |      - |        - |  11,900 |  20,790 |                                |
 * | pozzi         |      - |        - |  8,400 |    8,800 |       - |  17,200 |                                |
 * | bianchi-gatti |      - |    6,400 |      - |        - |       - |   6,400 | lends a saldatore              |
 * | sironi        |  6,090 |        - |  9,250 |        - |       - |  15,340 |                                |
 * | tettamanti    |      - |        - |  6,550 |    7,440 |       - |  13,990 |                                |
 * | broggini      |      - |        - |  6,550 |        - |       - |   6,550 |                                |
 * | total         | 54,415 |   22,820 | 62,200 |   39,620 |  20,220 | 199,275 | avoidance 38,625 (steel) apart |
 *
 * With the gain of 11,200 and net of the 13 contributions of EUR 4,500
 * (58,500, Caccia's included), the net advantage is EUR 151,975: 0.63 per
 * euro of public funding (EUR 241,500).
 *
 * Figures name firms by key where the record has a partita IVA; the builder
 * swaps them, and prices a purchasing group from its price curve.
 */
import type { CollaborationFigures, CollaborationKind } from '../../../src/index.js';
import { eur } from '../money.js';
import { MACHINE_5_AXES } from './offers-needs.js';

type Basis = 'negotiated' | 'realised';
type FiguresOf<K extends CollaborationFigures['kind']> = Extract<CollaborationFigures, { kind: K }>;
type PurchasingFigures = FiguresOf<'purchasing'>;

/** A purchasing group's figures without the group price, which the builder reads off the price curve. */
export interface PurchasingSpec extends Omit<PurchasingFigures, 'priceCurve' | 'members'> {
  priceCurve: NonNullable<PurchasingFigures['priceCurve']>;
  members: Omit<PurchasingFigures['members'][number], 'priceGroupCents'>[];
}

/** A collaboration's figures as the tables write them: firm keys instead of partite IVA. */
export type FiguresSpec = PurchasingSpec | FiguresOf<'services'> | FiguresOf<'machines'> | FiguresOf<'workforce'>;

/** One period's figures of a collaboration, recorded on `date`. */
export interface FiguresRow {
  date: string;
  from: string;
  to: string;
  figures: FiguresSpec;
  note?: string;
}

/** A collaboration from its proposal to its end (firm keys; the lead first). */
export interface CollaborationRow {
  id: string;
  kind: CollaborationKind;
  title: string;
  firms: string[];
  lead: string;
  estimatedAnnualAdvantageCents: number;
  proposed: string;
  agreed: string;
  terms?: FiguresSpec;
  started: string;
  figures: FiguresRow[];
  ended?: { date: string; reason: string; note?: string };
}

/** The steel supplier's price per tonne by the group's yearly tonnes (2011 agreement). */
const STEEL_PRICE_CURVE = [
  { minQuantity: 0, priceCents: eur(980) },
  { minQuantity: 100, priceCents: eur(945) },
  { minQuantity: 250, priceCents: eur(910) },
  { minQuantity: 400, priceCents: eur(880) },
  { minQuantity: 700, priceCents: eur(850) },
];

/**
 * Steel members: [firm, tonnes planned, tonnes bought in 2011, documented 2010 price, 2011 price alone (quote) or undefined].
 * The group bought 753 t in 2011, so everyone paid the 700 t tier.
 */
const STEEL_MEMBERS: [string, number, number, number, number | undefined][] = [
  ['colombo', 170, 181, 895, 955],
  ['bossi', 150, 156, 910, 970],
  ['brambilla', 110, 104, 935, 1005],
  ['castiglioni', 90, 86, 945, undefined],
  ['macchi', 45, 41, 970, 1040],
  ['ferrario', 120, 127, 920, 985],
  ['sironi', 60, 58, 955, undefined],
];

/** Steel rose in 2011. */
const STEEL_PRICE_INDEX_2011 = { name: 'Indice prezzi laminati mercantili (2010 = 100)', base: 100, current: 106.5 };

/** The steel group: the tonnes planned (negotiated), or bought in 2011 with the price index and the quotes alone (realised). */
function steel(basis: Basis): PurchasingSpec {
  const planned = basis === 'negotiated';
  return {
    kind: 'purchasing',
    basis,
    category: 'steel',
    unit: 't',
    priceCurve: STEEL_PRICE_CURVE,
    ...(planned ? {} : { priceIndex: STEEL_PRICE_INDEX_2011 }),
    members: STEEL_MEMBERS.map(([firm, q, bought, before, alone]) => ({
      firm,
      quantity: planned ? q : bought,
      priceBeforeCents: eur(before),
      ...(!planned && alone !== undefined ? { marketPriceCents: eur(alone) } : {}),
    })),
  };
}

/**
 * The 5-axis centre of Officina Bossi over `months` of a year (fixed cost
 * EUR 60,000 and 3,000 hours a year, in proportion). Users: [firm, hours
 * booked, hours used, hourly rate of an outside shop].
 */
function centre(basis: Basis, months: 6 | 12, users: [string, number, number, number][]): FiguresOf<'machines'> {
  return {
    kind: 'machines',
    basis,
    owner: 'bossi',
    machineType: MACHINE_5_AXES,
    annualFixedCostCents: eur((60_000 * months) / 12),
    availableHours: (3000 * months) / 12,
    variableCostPerHourCents: eur(18),
    users: users.map(([firm, hoursBooked, hoursUsed, rate]) => ({
      firm,
      hoursBooked,
      hoursUsed,
      alternativeRateCents: eur(rate),
    })),
  };
}

/** MECSPE stand members: [firm, square metres, cost of a stand of its own]. */
const STAND_MEMBERS: [string, number, number][] = [
  ['sironi', 10, 15_000],
  ['bossi', 10, 14_000],
  ['colombo', 10, 14_000],
  ['castiglioni', 8, 12_500],
  ['macchi', 6, 10_500],
  ['pozzi', 8, 13_000],
  ['tettamanti', 6, 10_000],
  ['broggini', 6, 10_000],
];

/** ISO 9001 consultant members: [firm, days, cost of a consultant of its own]. */
const ISO_MEMBERS: [string, number, number][] = [
  ['brambilla', 19, 15_000],
  ['colombo', 16, 14_000],
  ['macchi', 14, 13_000],
  ['pozzi', 15, 14_500],
  ['tettamanti', 12, 12_000],
];

/** Secondments: [from, to, skill, hours, hourly cost, hourly cost avoided by the host]. */
function secondments(rows: [string, string, string, number, number, number][]): FiguresOf<'workforce'>['secondments'] {
  return rows.map(([from, to, skill, hours, cost, avoided]) => ({
    from,
    to,
    skill,
    hours,
    hourlyCostCents: eur(cost),
    avoidedHourlyCostCents: eur(avoided),
  }));
}

export const collaborations: CollaborationRow[] = [
  {
    id: 'stand-mecspe-2011',
    kind: 'services',
    title: 'Stand collettivo MechNet a MECSPE 2011 (Parma, marzo 2011)',
    firms: STAND_MEMBERS.map((m) => m[0]),
    lead: 'sironi',
    estimatedAnnualAdvantageCents: eur(58_000),
    proposed: '2010-11-29',
    agreed: '2010-12-13',
    terms: {
      kind: 'services',
      basis: 'negotiated',
      service: 'Stand collettivo MECSPE 2011',
      sharedCostCents: eur(38_400),
      split: 'usage',
      members: STAND_MEMBERS.map(([firm, m2, alone]) => ({ firm, standAloneCostCents: eur(alone), usage: m2 })),
    },
    started: '2011-01-12',
    figures: [
      {
        date: '2011-04-15',
        from: '2011-01-12',
        to: '2011-03-31',
        figures: {
          kind: 'services',
          basis: 'realised',
          service: 'Stand collettivo MECSPE 2011',
          sharedCostCents: eur(36_800),
          split: 'usage',
          members: STAND_MEMBERS.map(([firm, m2, alone]) => ({ firm, standAloneCostCents: eur(alone), usage: m2 })),
        },
        note: 'Consuntivo della fiera: 64 m² divisi per superficie occupata; 81 contatti raccolti allo stand collettivo',
      },
    ],
    ended: {
      date: '2011-04-15',
      reason: 'Fiera conclusa',
      note: 'Le imprese sono andate insieme a MECSPE 2011 a Parma: 81 contatti, distribuiti alle imprese per settore',
    },
  },
  {
    id: 'centro-5-assi',
    kind: 'machines',
    title: 'Uso consortile del centro di lavoro a 5 assi della Officina Bossi',
    firms: ['bossi', 'brambilla', 'zanzi', 'bianchi-gatti'],
    lead: 'bossi',
    estimatedAnnualAdvantageCents: eur(30_000),
    proposed: '2010-12-06',
    agreed: '2010-12-20',
    terms: centre('negotiated', 12, [
      ['brambilla', 220, 220, 88],
      ['zanzi', 180, 180, 78],
      ['bianchi-gatti', 160, 160, 82],
    ]),
    started: '2011-01-10',
    figures: [
      {
        date: '2011-07-08',
        from: '2011-01-10',
        to: '2011-06-30',
        figures: centre('realised', 6, [
          ['brambilla', 110, 102, 88],
          ['zanzi', 90, 84, 78],
          ['bianchi-gatti', 80, 71, 82],
        ]),
        note: 'Primo semestre: costo fisso e ore disponibili del semestre',
      },
      {
        date: '2011-12-30',
        from: '2011-07-01',
        to: '2011-12-31',
        figures: centre('realised', 6, [
          ['brambilla', 110, 108, 88],
          ['zanzi', 90, 78, 78],
          ['bianchi-gatti', 80, 79, 82],
        ]),
        note: "Secondo semestre: consuntivo di fine anno, officina chiusa dal 23 dicembre",
      },
    ],
  },
  {
    id: 'acquisto-acciaio-2011',
    kind: 'purchasing',
    title: "Gruppo d'acquisto dell'acciaio 2011",
    firms: STEEL_MEMBERS.map((m) => m[0]),
    lead: 'colombo',
    estimatedAnnualAdvantageCents: eur(34_000),
    proposed: '2010-12-06',
    agreed: '2011-01-14',
    terms: steel('negotiated'),
    started: '2011-01-17',
    figures: [
      {
        date: '2011-12-30',
        from: '2011-01-01',
        to: '2011-12-31',
        figures: steel('realised'),
        note: "Consuntivo annuale: 753 t ritirate, scaglione dei 700 t raggiunto; i prezzi dell'acciaio sono saliti nel 2011",
      },
    ],
  },
  {
    id: 'consulente-iso-9001',
    kind: 'services',
    title: 'Consulente ISO 9001 condiviso',
    firms: ISO_MEMBERS.map((m) => m[0]),
    lead: 'brambilla',
    estimatedAnnualAdvantageCents: eur(35_000),
    proposed: '2011-01-24',
    agreed: '2011-02-07',
    terms: {
      kind: 'services',
      basis: 'negotiated',
      service: 'Consulenza ISO 9001',
      sharedCostCents: eur(30_400),
      split: 'usage',
      members: ISO_MEMBERS.map(([firm, , alone]) => ({ firm, standAloneCostCents: eur(alone), usage: 16 })),
    },
    started: '2011-02-14',
    figures: [
      {
        date: '2011-12-16',
        from: '2011-02-14',
        to: '2011-12-16',
        figures: {
          kind: 'services',
          basis: 'realised',
          service: 'Consulenza ISO 9001',
          sharedCostCents: eur(28_880),
          split: 'usage',
          members: ISO_MEMBERS.map(([firm, days, alone]) => ({ firm, standAloneCostCents: eur(alone), usage: days })),
        },
        note: '76 giornate di consulenza a EUR 380, divise per giornate presso ciascuna impresa',
      },
    ],
    ended: {
      date: '2011-12-16',
      reason: 'Percorso di consulenza concluso',
      note: 'Manuali e procedure pronti; gli audit di certificazione sono programmati nel 2012',
    },
  },
  {
    id: 'distacco-personale-2011',
    kind: 'workforce',
    title: 'Distacco di personale tra le imprese: fresatore CNC e saldatore',
    firms: ['bossi', 'zanzi', 'ferrario', 'bianchi-gatti'],
    lead: 'bossi',
    estimatedAnnualAdvantageCents: eur(18_000),
    proposed: '2011-01-24',
    agreed: '2011-01-31',
    started: '2011-02-07',
    figures: [
      {
        date: '2011-07-11',
        from: '2011-02-07',
        to: '2011-06-30',
        figures: {
          kind: 'workforce',
          basis: 'realised',
          secondments: secondments([
            ['bossi', 'zanzi', 'fresatore CNC', 240, 29, 45],
            ['bossi', 'ferrario', 'fresatore CNC', 200, 29, 43],
            ['bianchi-gatti', 'ferrario', 'saldatore', 120, 27, 41],
          ]),
        },
      },
      {
        date: '2011-12-30',
        from: '2011-07-01',
        to: '2011-12-31',
        figures: {
          kind: 'workforce',
          basis: 'realised',
          secondments: secondments([
            ['bossi', 'zanzi', 'fresatore CNC', 280, 29, 45],
            ['bossi', 'ferrario', 'fresatore CNC', 250, 29, 43],
            ['bianchi-gatti', 'ferrario', 'saldatore', 280, 27, 41],
          ]),
        },
      },
    ],
  },
];
