/** Matching offers and needs into collaboration opportunities (rule-book §8). */
import type { CollaborationKind } from '../model/schemas.js';
import { isActive, type ProgrammeFold } from '../record/state.js';
import { toCents } from '../economics/check.js';

/** A collaboration the programme could propose. */
export interface Opportunity {
  kind: CollaborationKind;
  /** What it is about: a purchase category, a machine type, a service, a brand, a skill. */
  subject: string;
  firms: string[];
  /** For machines and workers: who offers and who needs, and how many hours. */
  provider?: string;
  hours?: number;
  /** Estimated annual advantage for the firms together, in cents. */
  estimatedAnnualAdvantageCents: number;
  /**
   * How the estimate was made: `discount-on-spend` (the assumed discount on
   * the firms' spend in the category), `shared-instead-of-each` (every
   * stand-alone cost but the largest), `alternative-minus-hour-rate` (the
   * needing firm's alternative rate minus the machine-hour rate, times the
   * hours) or `avoided-minus-hourly-cost` (the avoided hourly cost minus the
   * worker's, times the hours).
   */
  basis: OpportunityBasis;
  /** For `discount-on-spend`: the discount assumed. */
  discount?: number;
}

/** How an opportunity's advantage is estimated. */
export type OpportunityBasis = 'discount-on-spend' | 'shared-instead-of-each' | 'alternative-minus-hour-rate' | 'avoided-minus-hourly-cost';


/** Options of {@link matchOpportunities}. */
export interface MatchingOptions {
  /** Discount a purchasing group is assumed to obtain. Default 0.05 (5 %). */
  purchasingDiscount?: number;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * The opportunities of a programme's state: firms buying in the same
 * category (estimated at the assumed discount on their spend), an offered
 * machine type with spare hours against needed hours (the needing firm's
 * alternative rate against the machine's hour rate), a service or a brand
 * several firms need (sharing one instead of paying for each: all stand-alone
 * costs but the largest), and workers with a skill against needed hours.
 * Largest advantage first.
 */
export function opportunitiesOf(state: ProgrammeFold, options: MatchingOptions = {}): Opportunity[] {
  const discount = options.purchasingDiscount ?? 0.05;
  const active = [...state.firms.values()].filter(isActive);
  const out: Opportunity[] = [];
  const group = <T>(items: { firm: string; item: T; key: string }[]) => {
    const m = new Map<string, { firm: string; item: T }[]>();
    for (const x of items) {
      const list = m.get(x.key);
      if (list) list.push(x);
      else m.set(x.key, [x]);
    }
    return m;
  };
  const needs = active.flatMap((f) => [...f.needs.values()].map((n) => ({ firm: f.partitaIva, need: n })));
  const offers = active.flatMap((f) => [...f.offers.values()].map((o) => ({ firm: f.partitaIva, offer: o })));

  // Collective purchasing: the same category bought by two firms or more.
  const buying = group(
    needs.flatMap(({ firm, need }) => (need.kind === 'purchasing' ? [{ firm, item: need, key: need.category }] : [])),
  );
  for (const [category, list] of buying) {
    const firms = [...new Set(list.map((x) => x.firm))];
    if (firms.length < 2) continue;
    const spend = list.reduce((s, x) => s + x.item.unitPriceCents * x.item.quantity, 0);
    out.push({ kind: 'purchasing', subject: category, firms, estimatedAnnualAdvantageCents: toCents(spend * discount, []), basis: 'discount-on-spend', discount });
  }

  // Services and brands: one shared instead of one each.
  for (const kind of ['services', 'brands'] as const) {
    const wanted = group(
      needs.flatMap(({ firm, need }) =>
        need.kind === kind ? [{ firm, item: need, key: norm(need.kind === 'services' ? need.service : need.kind === 'brands' ? need.brand : '') }] : [],
      ),
    );
    for (const list of wanted.values()) {
      const firms = [...new Set(list.map((x) => x.firm))];
      if (firms.length < 2) continue;
      const costs = list.map((x) => ('standAloneCostCents' in x.item ? x.item.standAloneCostCents : 0));
      const saving = costs.reduce((a, b) => a + b, 0) - Math.max(...costs);
      const first = list[0]!.item;
      const subject = first.kind === 'services' ? first.service : first.kind === 'brands' ? first.brand : '';
      out.push({ kind, subject, firms, estimatedAnnualAdvantageCents: saving, basis: 'shared-instead-of-each' });
    }
  }

  // Machines: spare hours of a machine type against needed hours.
  for (const { firm: owner, offer } of offers) {
    if (offer.kind !== 'machines') continue;
    const rate = offer.annualFixedCostCents / offer.availableHours + offer.variableCostPerHourCents;
    let spare = offer.spareHours;
    for (const { firm, need } of needs) {
      if (need.kind !== 'machines' || firm === owner || norm(need.machineType) !== norm(offer.machineType) || spare <= 0) continue;
      const hours = Math.min(spare, need.hours);
      spare -= hours;
      const saving = toCents(hours * (need.alternativeRateCents - rate), []);
      if (saving <= 0) continue;
      out.push({ kind: 'machines', subject: offer.machineType, firms: [owner, firm], provider: owner, hours, estimatedAnnualAdvantageCents: saving, basis: 'alternative-minus-hour-rate' });
    }
  }

  // Workforce: workers with a skill against needed hours.
  for (const { firm: lender, offer } of offers) {
    if (offer.kind !== 'workforce') continue;
    let available = offer.hours;
    for (const { firm, need } of needs) {
      if (need.kind !== 'workforce' || firm === lender || norm(need.skill) !== norm(offer.skill) || available <= 0) continue;
      const hours = Math.min(available, need.hours);
      available -= hours;
      const saving = toCents(hours * (need.alternativeHourlyCostCents - offer.hourlyCostCents), []);
      if (saving <= 0) continue;
      out.push({ kind: 'workforce', subject: offer.skill, firms: [lender, firm], provider: lender, hours, estimatedAnnualAdvantageCents: saving, basis: 'avoided-minus-hourly-cost' });
    }
  }
  return out.sort((a, b) => b.estimatedAnnualAdvantageCents - a.estimatedAnnualAdvantageCents);
}
