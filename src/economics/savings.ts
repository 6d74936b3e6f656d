/**
 * The economic advantage of each kind of collaboration (rule-book §10), in
 * integer cents. Amounts are computed per firm and rounded to the cent once
 * (half away from zero); every split goes through {@link allocate}.
 */
import type { CollaborationFigures } from '../collaboration/schema.js';
import type { AllocationMethod } from '../programme/schema.js';
import type { CollaborationKind } from '../shared/schemas.js';
import { allocate, apportion } from './allocate.js';
import { coreCheck, shapley, type CoalitionGame } from './shapley.js';

type Figures<K extends CollaborationFigures['kind']> = Extract<CollaborationFigures, { kind: K }>;

/** Rounds to whole cents, half away from zero. */
export function roundCents(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** What one firm gets from one collaboration. */
export interface FirmSaving {
  firm: string;
  kind: CollaborationKind;
  /** Money saved against what the firm documented paying before (hard saving). */
  hardCents: number;
  /** A price increase prevented (cost avoidance), never mixed with hard saving. */
  avoidanceCents: number;
  /** Money gained by offering something to the others (e.g. machine hours). */
  gainCents: number;
  /** What the firm pays for the shared thing, when it pays a share. */
  costCents?: number;
}

// ---------------------------------------------------------------------------
// Collective purchasing
// ---------------------------------------------------------------------------

/** One member of a purchasing group, with its savings. */
export interface PurchasingMemberSaving extends FirmSaving {
  quantity: number;
  /** What the firm would have paid at its own price before: `P_before x Q`. */
  standAloneCents: number;
  /** With a price index: the saving against the index-adjusted price before, and the market's own movement. */
  indexAdjusted?: { groupEffectCents: number; marketEffectCents: number };
}

/**
 * Savings of a purchasing group, per member: hard saving `(P_before -
 * P_group) x Q` (never negative: a price rise is not a saving), cost
 * avoidance `(P_market - max(P_before, P_group)) x Q` when the market price
 * rose above both, and with a price index the group's effect
 * `(P_before x I_t / I_0 - P_group) x Q` apart from the market's
 * `(P_before x I_t / I_0 - P_before) x Q`.
 *
 * @example
 * ```ts
 * purchasingSavings({ kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't',
 *   members: [{ firm: 'A', quantity: 40, priceBeforeCents: 90_000, priceGroupCents: 85_000 }] });
 * // [{ firm: 'A', hardCents: 200_000, … }]   (EUR 50 x 40 t = EUR 2,000)
 * ```
 */
export function purchasingSavings(f: Figures<'purchasing'>): PurchasingMemberSaving[] {
  return f.members.map((m) => {
    const q = m.quantity;
    const hard = roundCents(Math.max(0, m.priceBeforeCents - m.priceGroupCents) * q);
    const paidRef = Math.max(m.priceBeforeCents, m.priceGroupCents);
    const avoidance =
      m.marketPriceCents !== undefined && m.marketPriceCents > paidRef ? roundCents((m.marketPriceCents - paidRef) * q) : 0;
    const out: PurchasingMemberSaving = {
      firm: m.firm,
      kind: 'purchasing',
      quantity: q,
      standAloneCents: roundCents(m.priceBeforeCents * q),
      hardCents: hard,
      avoidanceCents: avoidance,
      gainCents: 0,
      costCents: roundCents(m.priceGroupCents * q),
    };
    if (f.priceIndex) {
      const adjusted = (m.priceBeforeCents * f.priceIndex.current) / f.priceIndex.base;
      out.indexAdjusted = {
        groupEffectCents: roundCents((adjusted - m.priceGroupCents) * q),
        marketEffectCents: roundCents((adjusted - m.priceBeforeCents) * q),
      };
    }
    return out;
  });
}

/** The supplier's price for a total quantity, from a tiered curve (undefined below the first tier). */
export function curvePrice(curve: readonly { minQuantity: number; priceCents: number }[], quantity: number): number | undefined {
  let price: number | undefined;
  let best = -1;
  for (const t of curve) if (t.minQuantity <= quantity && t.minQuantity > best) (best = t.minQuantity), (price = t.priceCents);
  return price;
}

/**
 * The savings game of a purchasing group: what coalition S would save on
 * its own, `max(0, sum of P_before x Q over S - price(Q_S) x Q_S)` with the
 * supplier's quantity-discount curve; without a curve each member's own hard
 * saving, added up.
 */
export function purchasingGame(f: Figures<'purchasing'>): CoalitionGame {
  const ms = f.members;
  const own = purchasingSavings(f).map((s) => s.hardCents);
  const curve = f.priceCurve;
  return {
    size: ms.length,
    value(members) {
      let q = 0;
      let standAlone = 0;
      let additive = 0;
      for (let i = 0; i < ms.length; i++) {
        if (!members[i]) continue;
        q += ms[i]!.quantity;
        standAlone += ms[i]!.priceBeforeCents * ms[i]!.quantity;
        additive += own[i]!;
      }
      if (!curve) return additive;
      const price = curvePrice(curve, q);
      return price === undefined ? 0 : Math.max(0, standAlone - price * q);
    },
  };
}

/** The group's gain split by every method, side by side. */
export interface GroupGainComparison {
  /** The gain to split: the whole group's saving. */
  gainCents: number;
  firms: string[];
  /** Each method's split, in cents per firm (same order as `firms`), adding up to `gainCents`. */
  methods: Record<AllocationMethod, number[]>;
  /** Whether each method's split is in the core (no sub-group gets more alone), with a blocking coalition if not. */
  core: Record<AllocationMethod, { inCore: boolean; blocking?: string[] }>;
}

/**
 * Splits a purchasing group's gain by every method of the rule-book, so a
 * programme can compare them (Schotanus, Telgen and de Boer, EJOR 2008):
 * `equal-price` (everyone pays the group price, so each keeps its own
 * saving), `proportional` (to volume), `equal-share`, `equal-percentage` (of
 * stand-alone cost) and `shapley` (of the savings game with the supplier's
 * price curve). Every split adds up to the gain, to the cent.
 *
 * @example
 * ```ts
 * const c = compareGroupGain(steelFigures);
 * c.methods.proportional; // e.g. [120_000, 240_000, 640_000]
 * c.core['equal-share'];  // { inCore: false, blocking: ['C'] }
 * ```
 */
export function compareGroupGain(f: Figures<'purchasing'>): GroupGainComparison {
  const game = purchasingGame(f);
  const firms = f.members.map((m) => m.firm);
  const all = new Uint8Array(firms.length).fill(1);
  const gain = roundCents(game.value(all));
  // Under equal price everyone pays the price the whole group obtains.
  const groupPrice = f.priceCurve ? curvePrice(f.priceCurve, f.members.reduce((s, m) => s + m.quantity, 0)) : undefined;
  const ownAtGroupPrice = f.members.map((m) =>
    Math.max(0, (m.priceBeforeCents - (groupPrice ?? m.priceGroupCents)) * m.quantity),
  );
  const methods: Record<AllocationMethod, number[]> = {
    'equal-price': apportion(scaleTo(ownAtGroupPrice, gain), gain),
    proportional: allocate(gain, f.members.map((m) => m.quantity)),
    'equal-share': allocate(gain, firms.map(() => 1)),
    'equal-percentage': allocate(gain, f.members.map((m) => m.priceBeforeCents * m.quantity)),
    shapley: apportion(scaleTo(shapley(game).values, gain), gain),
  };
  const core = {} as GroupGainComparison['core'];
  for (const [method, split] of Object.entries(methods) as [AllocationMethod, number[]][]) {
    if (firms.length > 20) {
      core[method] = { inCore: false };
      continue;
    }
    const r = coreCheck(game, split, { tolerance: 0.5 + firms.length });
    core[method] = r.blocking ? { inCore: false, blocking: r.blocking.members.map((i) => firms[i]!) } : { inCore: r.inCore };
  }
  return { gainCents: gain, firms, methods, core };
}

/** Scales amounts so they add up to `total` (they already do up to rounding, or sum to zero). */
function scaleTo(xs: readonly number[], total: number): number[] {
  const s = xs.reduce((a, b) => a + b, 0);
  if (s === 0) return xs.map(() => total / Math.max(1, xs.length));
  return xs.map((x) => (x * total) / s);
}

// ---------------------------------------------------------------------------
// Shared services, brands and certifications
// ---------------------------------------------------------------------------

/**
 * Each firm's share of a shared cost and its saving: `stand-alone cost -
 * share`. Shares by usage (default), equally, or by the Shapley value of the
 * savings game `max(0, sum of stand-alone costs over S - shared cost)`.
 *
 * @example
 * ```ts
 * sharedCostSavings('services', 3_000_000, [
 *   { firm: 'A', standAloneCostCents: 2_000_000, usage: 1 },
 *   { firm: 'B', standAloneCostCents: 2_000_000, usage: 2 },
 * ], 'usage');
 * // A pays 1_000_000 and saves 1_000_000; B pays 2_000_000 and saves 0
 * ```
 */
export function sharedCostSavings(
  kind: 'services' | 'brands',
  sharedCostCents: number,
  members: readonly { firm: string; standAloneCostCents: number; usage?: number }[],
  split: 'usage' | 'equal' | 'shapley',
): FirmSaving[] {
  let shares: number[];
  if (split === 'shapley') {
    const game: CoalitionGame = {
      size: members.length,
      value(m) {
        let s = 0;
        for (let i = 0; i < members.length; i++) if (m[i]) s += members[i]!.standAloneCostCents;
        return Math.max(0, s - sharedCostCents);
      },
    };
    const totalSaving = Math.max(0, members.reduce((s, m) => s + m.standAloneCostCents, 0) - sharedCostCents);
    const savings = apportion(scaleTo(shapley(game).values, totalSaving), totalSaving);
    // What is not saved is paid; shares add up to the shared cost when it is below the stand-alone total.
    shares = members.map((m, i) => m.standAloneCostCents - savings[i]!);
    const paid = shares.reduce((a, b) => a + b, 0);
    if (paid !== sharedCostCents) shares = allocate(sharedCostCents, members.map((m) => m.standAloneCostCents));
  } else {
    shares = allocate(sharedCostCents, members.map((m) => (split === 'equal' ? 1 : (m.usage ?? 1))));
  }
  return members.map((m, i) => ({
    firm: m.firm,
    kind,
    hardCents: m.standAloneCostCents - shares[i]!,
    avoidanceCents: 0,
    gainCents: 0,
    costCents: shares[i]!,
  }));
}

// ---------------------------------------------------------------------------
// Consortium use of machines
// ---------------------------------------------------------------------------

/** A machine's cost per hour and who pays what. */
export interface MachineSharing {
  /** `annual fixed cost / available hours + variable cost per hour`, in cents (not rounded). */
  hourRateCents: number;
  savings: FirmSaving[];
}

/**
 * A shared machine, by the dual rate: the fixed cost is split by hours
 * booked (the owner keeps the hours nobody booked), the variable cost by
 * hours used. A user saves its alternative (own machine or subcontracting
 * rate x hours used) minus what it pays; the owner gains what the others pay
 * minus the extra cost their use causes (their share of the fixed cost).
 *
 * @example
 * ```ts
 * const m = machineSavings({ kind: 'machines', basis: 'realised', owner: 'O', machineType: '5 assi',
 *   annualFixedCostCents: 6_000_000, availableHours: 2000, variableCostPerHourCents: 2_000,
 *   users: [{ firm: 'U', hoursBooked: 400, hoursUsed: 350, alternativeRateCents: 9_000 }] });
 * m.hourRateCents; // 3_000 + 2_000 = 5_000 (EUR 50 an hour)
 * ```
 */
export function machineSavings(f: Figures<'machines'>): MachineSharing {
  const booked = f.users.reduce((s, u) => s + u.hoursBooked, 0);
  const fixedShares = allocate(f.annualFixedCostCents, [...f.users.map((u) => u.hoursBooked), Math.max(0, f.availableHours - booked)]);
  const savings: FirmSaving[] = f.users.map((u, i) => {
    const variable = roundCents(f.variableCostPerHourCents * u.hoursUsed);
    const cost = fixedShares[i]! + variable;
    return {
      firm: u.firm,
      kind: 'machines',
      hardCents: roundCents(u.alternativeRateCents * u.hoursUsed) - cost,
      avoidanceCents: 0,
      gainCents: 0,
      costCents: cost,
    };
  });
  const recovered = fixedShares.slice(0, f.users.length).reduce((a, b) => a + b, 0);
  savings.push({ firm: f.owner, kind: 'machines', hardCents: 0, avoidanceCents: 0, gainCents: recovered });
  return { hourRateCents: f.annualFixedCostCents / f.availableHours + f.variableCostPerHourCents, savings };
}

// ---------------------------------------------------------------------------
// Shared workforce
// ---------------------------------------------------------------------------

/**
 * Workers seconded between firms: the receiving firm saves `hours x
 * (avoided hourly cost of hiring or subcontracting - hourly cost paid)`.
 *
 * @example
 * ```ts
 * workforceSavings({ kind: 'workforce', basis: 'realised', secondments: [
 *   { from: 'A', to: 'B', skill: 'saldatore', hours: 100, hourlyCostCents: 2_800, avoidedHourlyCostCents: 4_000 }] });
 * // [{ firm: 'B', hardCents: 120_000, … }]
 * ```
 */
export function workforceSavings(f: Figures<'workforce'>): FirmSaving[] {
  const byFirm = new Map<string, FirmSaving>();
  for (const s of f.secondments) {
    const saving = roundCents(s.hours * (s.avoidedHourlyCostCents - s.hourlyCostCents));
    const cost = roundCents(s.hours * s.hourlyCostCents);
    const cur = byFirm.get(s.to);
    if (cur) {
      cur.hardCents += saving;
      cur.costCents = (cur.costCents ?? 0) + cost;
    } else byFirm.set(s.to, { firm: s.to, kind: 'workforce', hardCents: saving, avoidanceCents: 0, gainCents: 0, costCents: cost });
  }
  return [...byFirm.values()];
}

/**
 * The savings of any collaboration's figures, per firm.
 *
 * @example
 * ```ts
 * collaborationSavings(figures).map((s) => [s.firm, s.hardCents]);
 * ```
 */
export function collaborationSavings(f: CollaborationFigures): FirmSaving[] {
  switch (f.kind) {
    case 'purchasing':
      return purchasingSavings(f).map(({ firm, kind, hardCents, avoidanceCents, gainCents, costCents }) => ({
        firm,
        kind,
        hardCents,
        avoidanceCents,
        gainCents,
        ...(costCents !== undefined ? { costCents } : {}),
      }));
    case 'services':
      return sharedCostSavings('services', f.sharedCostCents, f.members, f.split);
    case 'brands':
      return sharedCostSavings('brands', f.jointCostCents, f.members, f.split);
    case 'machines':
      return machineSavings(f).savings;
    case 'workforce':
      return workforceSavings(f);
  }
}
