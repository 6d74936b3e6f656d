/**
 * Offers and needs (rule-book §8): in the autumn of 2010 each manager
 * records with the owner what the firm offers to the others and what it
 * needs or buys. The collaborations of 2011 (`collaborations.ts`) start from
 * them.
 */
import type { Need, Offer } from '../../../src/index.js';
import { eur } from '../money.js';

/** Offers and needs of one firm, declared with its manager on one day. */
export interface DeclarationRow {
  firm: string;
  date: string;
  offers: Offer[];
  needs: Need[];
}

/** The machine Officina Bossi offers and the others need. */
export const MACHINE_5_AXES = 'centro di lavoro 5 assi';
const MECSPE_NEED = 'Stand fiera MECSPE';
const ISO_NEED = 'Consulenza ISO 9001';

/** What each active firm offers and needs (Sept-Nov 2010). Caccia, about to sell, declares nothing. */
export const declarations: DeclarationRow[] = [
  {
    firm: 'bossi',
    date: '2010-09-20',
    offers: [
      {
        kind: 'machines',
        id: 'centro-5-assi',
        machineType: MACHINE_5_AXES,
        description: 'Centro di lavoro verticale a 5 assi continui, tavola 650 mm, acquistato nel 2008',
        spareHours: 600,
        annualFixedCostCents: eur(60_000),
        availableHours: 3000,
        variableCostPerHourCents: eur(18),
      },
      { kind: 'workforce', id: 'fresatore-cnc', skill: 'fresatore CNC', hours: 1000, hourlyCostCents: eur(29) },
    ],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 150, unit: 't', unitPriceCents: eur(910), supplier: 'Siderurgica Olona S.p.A.' },
      { kind: 'purchasing', id: 'utensili', category: 'tooling', quantity: 4000, unit: 'inserti', unitPriceCents: eur(11.5) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(14_000), usage: 10 },
    ],
  },
  {
    firm: 'sironi',
    date: '2010-09-22',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 60, unit: 't', unitPriceCents: eur(955) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(15_000), usage: 10 },
    ],
  },
  {
    firm: 'colombo',
    date: '2010-09-27',
    offers: [
      {
        kind: 'purchasing',
        id: 'acquisto-acciaio-gruppo',
        category: 'steel',
        description: 'Raccoglie i fabbisogni di acciaio delle imprese e tratta il prezzo con il fornitore',
      },
    ],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 170, unit: 't', unitPriceCents: eur(895), supplier: 'Siderurgica Olona S.p.A.' },
      { kind: 'purchasing', id: 'utensili', category: 'tooling', quantity: 6000, unit: 'inserti', unitPriceCents: eur(11) },
      { kind: 'purchasing', id: 'energia', category: 'energy', quantity: 420, unit: 'MWh', unitPriceCents: eur(135) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(14_000), usage: 10 },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(14_000), usage: 16 },
    ],
  },
  {
    firm: 'brambilla',
    date: '2010-10-04',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 110, unit: 't', unitPriceCents: eur(935) },
      { kind: 'machines', id: 'ore-5-assi', machineType: MACHINE_5_AXES, hours: 220, alternativeRateCents: eur(88) },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(15_000), usage: 20 },
    ],
  },
  {
    firm: 'castiglioni',
    date: '2010-10-06',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 90, unit: 't', unitPriceCents: eur(945) },
      { kind: 'machines', id: 'ore-5-assi', machineType: MACHINE_5_AXES, hours: 120, alternativeRateCents: eur(85) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(12_500), usage: 8 },
    ],
  },
  {
    firm: 'ferrario',
    date: '2010-10-11',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 120, unit: 't', unitPriceCents: eur(920) },
      { kind: 'purchasing', id: 'utensili', category: 'tooling', quantity: 3500, unit: 'inserti', unitPriceCents: eur(12) },
      { kind: 'workforce', id: 'fresatore-cnc', skill: 'fresatore CNC', hours: 450, alternativeHourlyCostCents: eur(43) },
      { kind: 'workforce', id: 'saldatore', skill: 'saldatore', hours: 400, alternativeHourlyCostCents: eur(41) },
    ],
  },
  {
    firm: 'pozzi',
    date: '2010-10-13',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'energia', category: 'energy', quantity: 180, unit: 'MWh', unitPriceCents: eur(148) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(13_000), usage: 8 },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(14_500), usage: 16 },
    ],
  },
  {
    firm: 'tettamanti',
    date: '2010-10-18',
    offers: [],
    needs: [
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(10_000), usage: 6 },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(12_000), usage: 12 },
    ],
  },
  {
    firm: 'broggini',
    date: '2010-10-20',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'energia', category: 'energy', quantity: 520, unit: 'MWh', unitPriceCents: eur(132) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(10_000), usage: 6 },
    ],
  },
  {
    firm: 'bianchi-gatti',
    date: '2010-10-25',
    offers: [{ kind: 'workforce', id: 'saldatore', skill: 'saldatore', hours: 400, hourlyCostCents: eur(27) }],
    needs: [{ kind: 'machines', id: 'ore-5-assi', machineType: MACHINE_5_AXES, hours: 160, alternativeRateCents: eur(82) }],
  },
  {
    firm: 'macchi',
    date: '2010-11-03',
    offers: [],
    needs: [
      { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 45, unit: 't', unitPriceCents: eur(970) },
      { kind: 'services', id: 'fiera-mecspe', service: MECSPE_NEED, standAloneCostCents: eur(10_500), usage: 6 },
      { kind: 'services', id: 'consulenza-iso-9001', service: ISO_NEED, standAloneCostCents: eur(13_000), usage: 14 },
    ],
  },
  {
    firm: 'zanzi',
    date: '2010-11-08',
    offers: [],
    needs: [
      { kind: 'machines', id: 'ore-5-assi', machineType: MACHINE_5_AXES, hours: 180, alternativeRateCents: eur(78) },
      { kind: 'workforce', id: 'fresatore-cnc', skill: 'fresatore CNC', hours: 520, alternativeHourlyCostCents: eur(45) },
    ],
  },
];
