/** Shared services, brands and certifications (rule-book §10): a shared cost split by usage, in equal parts or by the Shapley value. */
import { allocate, apportion } from './allocate.js';
import { centsIssue, checked, fail, toCents } from './check.js';
import { checkSharedMembers, choiceIssue, type SharedMember } from './check-figures.js';
import { guarded } from '../model/guard.js';
import { gameOf, shapleyOfGame, subsetSums, type CoalitionGame } from './shapley.js';
import { type FirmSaving } from './firm-saving.js';
import { checkGroupSize } from './purchasing.js';

/**
 * Each firm's share of a shared cost and its saving: `stand-alone cost -
 * share`. Shares by usage (default), equally, or by the Shapley value of the
 * savings game: a sub-group S saves `max(0, sum of stand-alone costs over S -
 * shared cost)` (it may keep paying alone), the whole group saves `sum of
 * stand-alone costs - shared cost`, negative when sharing costs more. The
 * shares always add up to the shared cost, to the cent.
 *
 * @throws {@link MechnetError} (`invalid_input`) for a kind other than
 * `services` or `brands`, a shared cost that is not whole cents, members
 * that are not a non-empty list of `{ firm, standAloneCostCents, usage? }`
 * (at most 1,000 firms for the Shapley split), or a split other than
 * `usage`, `equal` or `shapley`.
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
  return guarded(undefined, () => {
    const copies = checked(() => {
      if (kind !== 'services' && kind !== 'brands') fail(choiceIssue(kind, ['kind'], ['services', 'brands']));
      if (!Number.isSafeInteger(sharedCostCents) || sharedCostCents < 0) fail(centsIssue(sharedCostCents, ['sharedCostCents']));
      const list = checkSharedMembers(members, ['members']);
      if (split !== 'usage' && split !== 'equal' && split !== 'shapley') fail(choiceIssue(split, ['split'], ['usage', 'equal', 'shapley']));
      return list;
    });
    return sharedCost(kind, sharedCostCents, copies, split);
  });
}

export function sharedCost(kind: 'services' | 'brands', sharedCostCents: number, members: readonly SharedMember[], split: 'usage' | 'equal' | 'shapley'): FirmSaving[] {
  if (split === 'shapley') checkGroupSize(members);
  let shares: number[];
  if (split === 'shapley') {
    const n = members.length;
    const standAlone = members.reduce((s, m) => s + m.standAloneCostCents, 0);
    const totalSaving = toCents(standAlone - sharedCostCents, ['members']);
    const game: CoalitionGame = {
      size: n,
      value(m) {
        let s = 0;
        let count = 0;
        for (let i = 0; i < n; i++) if (m[i]) (s += members[i]!.standAloneCostCents), count++;
        return count === n ? s - sharedCostCents : Math.max(0, s - sharedCostCents);
      },
      values() {
        const sums = subsetSums(n, members.map((m) => m.standAloneCostCents));
        const full = sums.length - 1;
        for (let mask = 0; mask <= full; mask++) sums[mask] = mask === full ? sums[mask]! - sharedCostCents : Math.max(0, sums[mask]! - sharedCostCents);
        return sums;
      },
    };
    const savings = apportion(shapleyOfGame(gameOf(game)).values, totalSaving);
    // What is not saved is paid: the shares add up to the shared cost.
    shares = members.map((m, i) => m.standAloneCostCents - savings[i]!);
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
