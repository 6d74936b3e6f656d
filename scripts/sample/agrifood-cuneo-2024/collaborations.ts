/**
 * The needs the firms declare in November 2024 and the two collaborations
 * of 2025: a purchasing group for electricity (led by the cooperative winery,
 * priced on the supplier's volume curve) and a joint path to the IFS Food
 * certification (a shared brand or certification, its cost split equally).
 * Prices are in cents per MWh; stand-alone costs in cents.
 */

/** The electricity supplier's price by annual volume (cents per MWh). */
export const ENERGY_CURVE = [
  { minQuantity: 0, priceCents: 17_000 },
  { minQuantity: 400, priceCents: 15_500 },
  { minQuantity: 700, priceCents: 14_600 },
];

/** Each member's documented price before the group, and its volumes: a year (negotiated) and the first half of 2025 (realised). */
export const energyMembers: { firm: string; priceBeforeCents: number; yearMWh: number; firstHalfMWh: number }[] = [
  { firm: 'stura', priceBeforeCents: 15_800, yearMWh: 420, firstHalfMWh: 210 },
  { firm: 'langa', priceBeforeCents: 18_900, yearMWh: 90, firstHalfMWh: 45 },
  { firm: 'belbo', priceBeforeCents: 16_500, yearMWh: 300, firstHalfMWh: 150 },
  { firm: 'nizza', priceBeforeCents: 17_200, yearMWh: 260, firstHalfMWh: 130 },
  { firm: 'saluzzo', priceBeforeCents: 16_100, yearMWh: 380, firstHalfMWh: 190 },
];

export const ENERGY = {
  id: 'energia-2025',
  title: 'Gruppo d\'acquisto dell\'energia elettrica 2025',
  lead: 'nizza',
  estimatedAnnualAdvantageCents: 2_700_000,
  needsDeclared: '2024-11-15',
  proposed: '2024-11-20',
  agreed: '2024-12-12',
  started: '2025-01-02',
  figures: { date: '2025-07-10', from: '2025-01-01', to: '2025-06-30' },
} as const;

/** What each member would spend alone on the IFS Food path (consultancy and audit), in cents. */
export const ifsMembers: { firm: string; standAloneCostCents: number }[] = [
  { firm: 'stura', standAloneCostCents: 1_400_000 },
  { firm: 'langa', standAloneCostCents: 1_100_000 },
  { firm: 'altalanga', standAloneCostCents: 950_000 },
  { firm: 'saluzzo', standAloneCostCents: 1_350_000 },
];

export const IFS = {
  id: 'ifs-food-gruppo',
  brand: 'IFS Food (percorso di gruppo)',
  title: 'Percorso comune verso la certificazione IFS Food',
  lead: 'stura',
  estimatedAnnualAdvantageCents: 1_800_000,
  jointCostCents: 3_000_000,
  needsDeclared: '2024-11-15',
  proposed: '2025-01-15',
  agreed: '2025-02-03',
  started: '2025-02-10',
  figures: { date: '2025-07-03', from: '2025-02-10', to: '2025-06-30' },
} as const;
