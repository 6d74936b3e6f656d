/** Collective purchasing (rule-book §10): each member's saving, the group's game and the comparison of the ways to share its gain. */
import type { AllocationMethod } from '../programme/schema.js';
import { allocate, apportion } from './allocate.js';
import { checked, describeValue, fail, issue, received, toCents } from './check.js';
import { checkCurveAndQuantity, checkPurchasing, type PurchasingFigures } from './check-figures.js';
import { guarded } from '../model/guard.js';
import { blockingIn, exactCore, gameOf, sampleCoalitions, shapleyOfGame, shapleyOfValues, subsetSums, valuesOfGame, type BlockingCoalition, type CoalitionGame, } from './shapley.js';
import { type Figures, type FirmSaving } from './firm-saving.js';

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
 * @throws {@link MechnetError} (`invalid_input`) for figures that are not a
 * purchasing group's, with the path of each wrong field (e.g.
 * `['members', 2, 'quantity']`).
 *
 * @example
 * ```ts
 * purchasingSavings({ kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't',
 *   members: [{ firm: 'A', quantity: 40, priceBeforeCents: 90_000, priceGroupCents: 85_000 }] });
 * // [{ firm: 'A', hardCents: 200_000, … }]   (EUR 50 x 40 t = EUR 2,000)
 * ```
 */
export function purchasingSavings(f: Figures<'purchasing'>): PurchasingMemberSaving[] {
  return guarded(undefined, () => memberSavings(checked(() => checkPurchasing(f))));
}

export function memberSavings(f: PurchasingFigures): PurchasingMemberSaving[] {
  return f.members.map((m, i) => {
    const q = m.quantity;
    const path = ['members', i];
    const hard = toCents(Math.max(0, m.priceBeforeCents - m.priceGroupCents) * q, path);
    const paidRef = Math.max(m.priceBeforeCents, m.priceGroupCents);
    const avoidance =
      m.marketPriceCents !== undefined && m.marketPriceCents > paidRef ? toCents((m.marketPriceCents - paidRef) * q, path) : 0;
    const out: PurchasingMemberSaving = {
      firm: m.firm,
      kind: 'purchasing',
      quantity: q,
      standAloneCents: toCents(m.priceBeforeCents * q, path),
      hardCents: hard,
      avoidanceCents: avoidance,
      gainCents: 0,
      costCents: toCents(m.priceGroupCents * q, path),
    };
    if (f.priceIndex) {
      const adjusted = (m.priceBeforeCents * f.priceIndex.current) / f.priceIndex.base;
      out.indexAdjusted = {
        groupEffectCents: toCents((adjusted - m.priceGroupCents) * q, path),
        marketEffectCents: toCents((adjusted - m.priceBeforeCents) * q, path),
      };
    }
    return out;
  });
}

/**
 * The supplier's price for a total quantity, from a tiered curve: the price
 * of the tier with the largest minimum quantity reached (undefined below the
 * first tier).
 *
 * @throws {@link MechnetError} (`invalid_input`) for a curve that is not a
 * list of tiers `{ minQuantity, priceCents }` or a quantity that is not a
 * finite number, zero or more.
 *
 * @example
 * ```ts
 * const curve = [{ minQuantity: 0, priceCents: 100_000 }, { minQuantity: 30, priceCents: 96_000 }];
 * curvePrice(curve, 45); // 96_000
 * curvePrice(curve, 10); // 100_000
 * ```
 */
export function curvePrice(curve: readonly { minQuantity: number; priceCents: number }[], quantity: number): number | undefined {
  return guarded(undefined, () => priceAt(checked(() => checkCurveAndQuantity(curve, quantity)), quantity));
}

function priceAt(curve: readonly { minQuantity: number; priceCents: number }[], quantity: number): number | undefined {
  let price: number | undefined;
  let best = -1;
  for (const t of curve) if (t.minQuantity <= quantity && t.minQuantity > best) (best = t.minQuantity), (price = t.priceCents);
  return price;
}

/** Checks the coalition passed to a game's `value`. */
function checkMembers(members: unknown, n: number): void {
  // A real Uint8Array (a proxy of one is not a view): reading its bytes runs no code of the caller's.
  if (!ArrayBuffer.isView(members) || !(members instanceof Uint8Array) || members.length !== n) {
    fail(issue('invalid_type', ['members'], (lang) => ({ expected: 'coalition', received: describeValue(members, lang) })));
  }
}

/**
 * The savings game of a purchasing group: what each coalition S of members
 * would save by buying together, against what its members paid before.
 * With the supplier's quantity-discount curve S pays `price(Q_S) x Q_S`;
 * without a curve each member pays its own group price. A sub-group that
 * would pay more than before simply keeps buying as before, so its value is
 * `max(0, sum of P_before x Q over S - what S pays)`; the whole group's value
 * is what it actually saves, which is negative when it pays more than its
 * members paid before (a loss to share).
 *
 * The game's `value` takes a `Uint8Array` with a 0 or 1 per member, and
 * fails with a {@link MechnetError} for anything else.
 *
 * @throws {@link MechnetError} (`invalid_input`) for figures that are not a
 * purchasing group's.
 *
 * @example
 * ```ts
 * const g = purchasingGame(steelFigures);
 * g.value(Uint8Array.of(1, 1, 0)); // what the first two members save together, in cents
 * ```
 */
export function purchasingGame(f: Figures<'purchasing'>): CoalitionGame {
  return guarded(undefined, () => gameOfPurchase(checked(() => checkPurchasing(f))));
}

/** Up to this many members a game lists every coalition's value by subset sums (four arrays of 2^n numbers). */
const LISTED_UP_TO = 20;

function gameOfPurchase(f: PurchasingFigures): CoalitionGame {
  const ms = f.members;
  const n = ms.length;
  const curve = f.priceCurve;
  const saving = (q: number, standAlone: number, paid: number, count: number) => {
    let s: number;
    if (curve) {
      const price = priceAt(curve, q);
      s = price === undefined ? 0 : standAlone - price * q;
    } else s = standAlone - paid;
    return count === n ? s : Math.max(0, s);
  };
  const game: CoalitionGame = {
    size: n,
    value(members) {
      checked(() => checkMembers(members, n));
      let q = 0;
      let standAlone = 0;
      let paid = 0;
      let count = 0;
      // From the first member up, the order of `subsetSums`.
      for (let i = 0; i < n; i++) {
        if (!members[i]) continue;
        const m = ms[i]!;
        count++;
        q += m.quantity;
        standAlone += m.priceBeforeCents * m.quantity;
        paid += m.priceGroupCents * m.quantity;
      }
      return saving(q, standAlone, paid, count);
    },
  };
  if (n <= LISTED_UP_TO) {
    game.values = () => {
      const total = 2 ** n;
      const full = total - 1;
      const v = new Float64Array(total);
      const standAlone = subsetSums(n, ms.map((m) => m.priceBeforeCents * m.quantity));
      if (!curve) {
        const paid = subsetSums(n, ms.map((m) => m.priceGroupCents * m.quantity));
        for (let mask = 0; mask < full; mask++) v[mask] = Math.max(0, standAlone[mask]! - paid[mask]!);
        v[full] = standAlone[full]! - paid[full]!;
        return v;
      }
      // The quantity of each coalition, by the same subset sums; the price of the step it reaches.
      // v holds the quantities until each is replaced by its value.
      for (let i = 0; i < n; i++) {
        const half = 2 ** i;
        const x = ms[i]!.quantity;
        for (let mask = half; mask < 2 * half; mask++) v[mask] = v[mask - half]! + x;
      }
      const steps = priceSteps(curve);
      const at = Float64Array.from(steps.at);
      const prices = Float64Array.from(steps.prices);
      const last = at.length - 1;
      for (let mask = 0; mask < total; mask++) {
        const quantity = v[mask]!;
        let k = last;
        while (k >= 0 && at[k]! > quantity) k--;
        const s = k < 0 ? 0 : standAlone[mask]! - prices[k]! * quantity;
        v[mask] = s > 0 || mask === full ? s : 0;
      }
      return v;
    };
  }
  return game;
}

/**
 * The steps of a price curve as {@link priceAt} reads them: each threshold
 * once (the first of equal ones), in increasing order, beside its price.
 */
function priceSteps(curve: readonly { minQuantity: number; priceCents: number }[]): { at: number[]; prices: number[] } {
  const steps: { minQuantity: number; priceCents: number }[] = [];
  for (const t of curve) if (!steps.some((x) => x.minQuantity === t.minQuantity)) steps.push(t);
  steps.sort((a, b) => a.minQuantity - b.minQuantity);
  return { at: steps.map((t) => t.minQuantity), prices: steps.map((t) => t.priceCents) };
}

/** The group's gain split by every method, side by side. */
export interface GroupGainComparison {
  /** The gain to split: the whole group's saving; negative when the group loses. */
  gainCents: number;
  firms: string[];
  /** Each method's split, in cents per firm (same order as `firms`), adding up to `gainCents`. */
  methods: Record<AllocationMethod, number[]>;
  /** Whether the Shapley column is exact (up to 20 firms) or estimated by sampling. */
  shapleyExact: boolean;
  /** Whether each method's split is in the core (no sub-group gets more alone), and how that was checked. */
  core: Record<
    AllocationMethod,
    {
      /**
       * `exact`: every coalition was checked (groups of up to 20 firms).
       * `sampled`: every single firm, every group of all firms but one and
       * 10,000 random coalitions were checked (seeded, so the verdict repeats).
       */
      check: 'exact' | 'sampled';
      /**
       * `true`: no sub-group gets more on its own (exact check only).
       * `false`: a sub-group would do better on its own, named in `blocking`
       * (a real proof, exact or sampled), or the split does not give out the
       * whole gain. `undefined`: the sampled check found no such sub-group,
       * which does not prove there is none.
       */
      inCore: boolean | undefined;
      /** The firms of the coalition with the largest excess found, when there is one. */
      blocking?: string[];
      /** How many coalitions the sampled check looked at. */
      coalitions?: number;
    }
  >;
}

/** Coalitions drawn by the sampled core check of groups above 20 firms. */
const SAMPLED_COALITIONS = 10_000;

/**
 * The largest group whose Shapley value is computed: above 20 firms it is
 * sampled, at a cost that grows with the square of the group's size.
 */
const MAX_GROUP = 1000;

export function checkGroupSize(members: readonly unknown[]): void {
  if (members.length > MAX_GROUP) fail(issue('too_big', ['members'], { limit: MAX_GROUP, inclusive: true, origin: 'array', count: members.length }));
}

/**
 * Splits a purchasing group's gain by every method of the rule-book, so a
 * programme can compare them (Schotanus, Telgen and de Boer, EJOR 2008):
 * `equal-price` (everyone pays the group price, so each keeps its own
 * saving, which is negative for a firm that paid less before), `proportional`
 * (to volume), `equal-share`, `equal-percentage` (of stand-alone cost) and
 * `shapley` (of the savings game: what each sub-group would save on its own). Every split adds
 * up to the gain, to the cent, by the largest remainder with ties to the
 * earlier firm; a negative gain (the group pays more than its members paid
 * before) is split the same way. The Shapley values add up to the gain by
 * themselves (they are efficient): they are only rounded, never rescaled.
 *
 * Each split is checked against the core: exactly, over every coalition, up
 * to 20 firms; above, by sampling coalitions (`check: 'sampled'`), which can
 * prove a split is not in the core but never that it is (`inCore` is then
 * `false` or `undefined`).
 *
 * @throws {@link MechnetError} (`invalid_input`) for figures that are not a
 * purchasing group's, a group of more than 1,000 firms, or amounts beyond
 * 2^53 - 1 cents.
 *
 * @example
 * ```ts
 * const c = compareGroupGain(steelFigures);
 * c.methods.proportional; // e.g. [120_000, 240_000, 640_000]
 * c.core['equal-share'];  // { check: 'exact', inCore: false, blocking: ['C'] }
 * ```
 */
export function compareGroupGain(figures: Figures<'purchasing'>): GroupGainComparison {
  return guarded(undefined, () => groupGain(checked(() => checkPurchasing(figures))));
}

function groupGain(f: PurchasingFigures): GroupGainComparison {
  checkGroupSize(f.members);
  const ms = f.members;
  const n = ms.length;
  const game = gameOf(gameOfPurchase(f));
  const firms = ms.map((m) => m.firm);
  // Under equal price everyone pays the price the whole group obtains, and keeps its own saving.
  const quantity = ms.reduce((s, m) => s + m.quantity, 0);
  const groupPrice = f.priceCurve ? priceAt(f.priceCurve, quantity) : undefined;
  const own = ms.map((m, i) => {
    const saving = f.priceCurve ? (groupPrice === undefined ? 0 : (m.priceBeforeCents - groupPrice) * m.quantity) : (m.priceBeforeCents - m.priceGroupCents) * m.quantity;
    toCents(saving, ['members', i]);
    return saving;
  });
  const grand = game.value.call(game.game, new Uint8Array(n).fill(1)) as number;
  if (!Number.isFinite(grand)) fail(issue('amount_too_large', ['members'], received(Infinity)));
  const gain = toCents(grand, ['members']);
  // Up to 20 firms every coalition's value is listed once, for the Shapley value and the core check.
  const values = n <= 20 ? valuesOfGame(game) : undefined;
  const sh = values ? { values: shapleyOfValues(n, values), exact: true } : shapleyOfGame(game);
  const methods: Record<AllocationMethod, number[]> = {
    'equal-price': apportion(own, gain),
    proportional: allocate(gain, ms.map((m) => m.quantity)),
    'equal-share': allocate(gain, firms.map(() => 1)),
    'equal-percentage': allocate(gain, ms.map((m) => m.priceBeforeCents * m.quantity)),
    shapley: apportion(sh.values, gain),
  };
  // Each part is rounded by less than a cent, the gain by half a cent.
  const tolerance = 0.5 + n;
  const core = {} as GroupGainComparison['core'];
  const names = (b: BlockingCoalition | undefined) => (b ? { blocking: b.members.map((i) => firms[i]!) } : {});
  if (values) {
    for (const [method, split] of Object.entries(methods) as [AllocationMethod, number[]][]) {
      const r = exactCore(n, values, split, tolerance);
      core[method] = { check: 'exact', inCore: r.inCore, ...names(r.blocking) };
    }
  } else {
    const sample = sampleCoalitions(game, SAMPLED_COALITIONS, 1);
    for (const [method, split] of Object.entries(methods) as [AllocationMethod, number[]][]) {
      const r = blockingIn(sample, split, tolerance);
      core[method] = { check: 'sampled', inCore: r.inCore, ...names(r.blocking), coalitions: r.coalitions };
    }
  }
  return { gainCents: gain, firms, methods, shapleyExact: sh.exact, core };
}
