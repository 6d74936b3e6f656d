/**
 * Exact splits of integer cents. Every amount the library divides among
 * firms goes through here, so every split adds up to its total, to the cent.
 */
import { makeIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';

function invalid(what: string): never {
  throw new MechnetError('invalid_input', [makeIssue('invalid_input', [], { name: what })]);
}

/**
 * Rounds real amounts that add up to an integer `total` into integers that
 * add up to exactly `total`: each amount is rounded down, and the cents left
 * over go one each to the largest fractional parts (largest remainder); ties
 * go to the earlier position. Amounts may be negative.
 *
 * @example
 * ```ts
 * apportion([33.4, 33.3, 33.3], 100); // [34, 33, 33]
 * ```
 */
export function apportion(amounts: readonly number[], total: number): number[] {
  if (!Number.isSafeInteger(total)) invalid(`total must be a whole number of cents, got ${total}`);
  const floors = amounts.map((a) => {
    if (!Number.isFinite(a)) invalid(`amount ${a} is not a finite number`);
    return Math.floor(a);
  });
  let rest = total - floors.reduce((s, x) => s + x, 0);
  if (amounts.length === 0) {
    if (total !== 0) invalid('nothing to split a non-zero total among');
    return [];
  }
  const order = amounts
    .map((a, i) => ({ i, frac: a - Math.floor(a) }))
    .sort((x, y) => y.frac - x.frac || x.i - y.i);
  // Floating point can leave the floors one off in either direction; correct it the same stable way.
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) floors[order[k]!.i]! += 1;
  for (let k = order.length - 1; rest < 0; k = (k - 1 + order.length) % order.length, rest++) floors[order[k]!.i]! -= 1;
  return floors;
}

/**
 * Splits `totalCents` in proportion to `weights`, exactly: the parts are
 * whole cents and add up to the total, by the largest-remainder method with
 * ties broken by position (the first of equal claims gets the extra cent).
 * Zero weights get nothing; when every weight is zero the total is split
 * equally. Whole-number weights are split with exact integer arithmetic, so
 * even totals of billions of euros come out right. A negative total (a cost
 * to share) is split the same way.
 *
 * @throws {@link MechnetError} (`invalid_input`) for a total that is not a
 * whole number of cents or a weight that is negative or not finite.
 *
 * @example
 * ```ts
 * allocate(100, [1, 1, 1]);      // [34, 33, 33]
 * allocate(1000, [3, 1, 0]);     // [750, 250, 0]
 * allocate(1, [1, 1]);           // [1, 0]
 * allocate(-100, [1, 1, 1]);     // [-34, -33, -33]
 * ```
 */
export function allocate(totalCents: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalCents)) invalid(`total must be a whole number of cents, got ${totalCents}`);
  for (const w of weights) if (!Number.isFinite(w) || w < 0) invalid(`weight ${w} must be a finite number, zero or more`);
  const n = weights.length;
  if (n === 0) {
    if (totalCents !== 0) invalid('nothing to split a non-zero total among');
    return [];
  }
  if (totalCents < 0) return allocateBig(-totalCents, weights).map((x) => (x === 0 ? 0 : -x));
  return allocateBig(totalCents, weights);
}

function allocateBig(total: number, weights: readonly number[]): number[] {
  const all = weights.every((w) => w === 0);
  const ws = all ? weights.map(() => 1) : weights;
  if (ws.every((w) => Number.isSafeInteger(w))) {
    // Exact: quotas total * w / W with big integers.
    const T = BigInt(total);
    const W = ws.reduce((s, w) => s + BigInt(w), 0n);
    const floors: bigint[] = [];
    const rems: bigint[] = [];
    for (const w of ws) {
      const p = T * BigInt(w);
      floors.push(p / W);
      rems.push(p % W);
    }
    let rest = T - floors.reduce((s, x) => s + x, 0n);
    const order = rems.map((r, i) => ({ r, i })).sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
    for (let k = 0; rest > 0n; k++, rest--) floors[order[k]!.i]! += 1n;
    return floors.map(Number);
  }
  const W = ws.reduce((s, w) => s + w, 0);
  return apportion(
    ws.map((w) => (total * w) / W),
    total,
  );
}

/**
 * Splits `totalCents` among named parties in proportion to their weights,
 * exactly, ties broken by the order of `entries`.
 *
 * @example
 * ```ts
 * allocateBy(1000, [['a', 1], ['b', 3]]); // Map { 'a' => 250, 'b' => 750 }
 * ```
 */
export function allocateBy<K>(totalCents: number, entries: readonly (readonly [K, number])[]): Map<K, number> {
  const parts = allocate(
    totalCents,
    entries.map(([, w]) => w),
  );
  return new Map(entries.map(([k], i) => [k, parts[i]!]));
}
