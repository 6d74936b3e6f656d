/**
 * Exact splits of integer cents. Every amount the library divides among
 * firms goes through here, so every split adds up to its total, to the cent.
 */
import type { IssuePath } from '../errors/issue.js';
import { centsText } from '../i18n/numbers.js';
import { centsIssue, checked, checkList, describeValue, fail, issue, received } from './check.js';
import { guarded } from '../model/guard.js';

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);

function checkTotal(v: unknown, path: IssuePath): asserts v is number {
  if (!Number.isSafeInteger(v)) fail(centsIssue(v, path, true));
}

/** The weights, each read once into a copy, checked. */
function checkWeights(ws: unknown, path: IssuePath): number[] {
  checkList(ws, path);
  const n = ws.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const w = ws[i];
    if (!(typeof w === 'number' && w >= 0 && w <= Number.MAX_VALUE)) fail(issue('weight_invalid', [...path, i], received(w)));
    out[i] = w;
  }
  return out;
}

function nothingToSplit(total: number, path: IssuePath): never {
  return fail(issue('nothing_to_split', path, (lang) => ({ value: centsText(total, lang) })));
}

/**
 * The `rest` parts with the largest remainders, the earlier part first among
 * equal remainders (in that order).
 */
function topRemainders<R extends number | bigint>(rems: ArrayLike<R>, rest: number): number[] {
  const n = rems.length;
  if (rest > 32) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => (rems[b]! > rems[a]! ? 1 : rems[b]! < rems[a]! ? -1 : a - b));
    order.length = rest;
    return order;
  }
  // A short list, kept in order by insertion: cheaper than sorting every part.
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rems[i]!;
    if (top.length === rest) {
      if (!(r > rems[top[rest - 1]!]!)) continue;
      top.pop();
    }
    let j = top.length;
    top.push(i);
    while (j > 0 && rems[top[j - 1]!]! < r) {
      top[j] = top[j - 1]!;
      j--;
    }
    top[j] = i;
  }
  return top;
}

/**
 * Gives one more unit to the `rest` parts with the largest remainders, the
 * earlier part first among equal remainders. `rest` is below the number of
 * positive remainders, so a part without remainder (a zero weight) gets
 * nothing.
 */
function giveRest<R extends number | bigint>(parts: number[], rems: ArrayLike<R>, rest: number): void {
  if (rest <= 0) return;
  for (const i of topRemainders(rems, rest)) parts[i]! += 1;
}

/** Exact split of `t` >= 0 by whole-number weights `ws` summing to `w`, when `(t + 1) * w` is a safe integer. */
function splitNumber(t: number, ws: ArrayLike<number>, w: number): number[] {
  const n = ws.length;
  const parts: number[] = [];
  const rems: number[] = [];
  let rest = t;
  for (let i = 0; i < n; i++) {
    const p = t * ws[i]!;
    let q = Math.floor(p / w);
    let r = p - q * w;
    // The division is rounded; its remainder is exact and puts it right.
    if (r < 0) (q -= 1), (r += w);
    else if (r >= w) (q += 1), (r -= w);
    parts.push(q + 0); // never -0 (a weight of -0)
    rems.push(r);
    rest -= q;
  }
  giveRest(parts, rems, rest);
  return parts;
}

/**
 * The split computed with doubles, when their rounding provably cannot
 * change it: each quota is off by less than `e` (a bound on the rounding of
 * the sum, the product and the quotient), so its floor is right when its
 * fraction is more than `e` away from a whole number, and the parts that get
 * the cents left are right when every one of them has a remainder larger,
 * by more than the errors, than every part left out. Otherwise undefined,
 * and the exact split is computed with big integers.
 */
function splitFloat(t: number, ws: readonly number[], sum: number): number[] | undefined {
  if (!(sum < 2 ** 900)) return undefined;
  const n = ws.length;
  const rel = (n + 4) * 2 ** -52;
  const parts: number[] = [];
  const rems: number[] = [];
  const errs: number[] = [];
  let rest = t;
  for (let i = 0; i < n; i++) {
    const w = ws[i]!;
    if (w === 0) {
      parts.push(0);
      rems.push(0);
      errs.push(0);
      continue;
    }
    if (w < 2 ** -900) return undefined;
    const q = (t * w) / sum;
    const f = Math.floor(q);
    const r = q - f;
    const e = q * rel + 2 ** -1000;
    if (r <= e || r >= 1 - e) return undefined;
    parts.push(f);
    rems.push(r);
    errs.push(e);
    rest -= f;
  }
  if (rest > 0) {
    const top = topRemainders(rems, rest);
    let lowest = Infinity;
    for (const i of top) lowest = Math.min(lowest, rems[i]! - errs[i]!);
    for (const i of top) rems[i] = -Infinity;
    for (let i = 0; i < n; i++) if (rems[i]! + errs[i]! >= lowest) return undefined;
    for (const i of top) parts[i]! += 1;
  }
  return parts;
}

const view = new DataView(new ArrayBuffer(8));

/** `x` > 0 as `m * 2^e` with `m` odd (every finite double is one). */
function decompose(x: number): [number, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20;
  let mhi = hi & 0xfffff;
  let e = biased === 0 ? -1074 : biased - 1075;
  if (biased !== 0) mhi += 0x100000;
  if (lo !== 0) {
    const tz = 31 - Math.clz32(lo & -lo);
    e += tz;
    return [mhi * 2 ** (32 - tz) + (lo >>> tz), e];
  }
  const tz = 31 - Math.clz32(mhi & -mhi);
  return [mhi >>> tz, e + 32 + tz];
}

/** Exact split of `t` >= 0 by any finite weights: each weight is `m * 2^e`, scaled to an integer over the smallest `2^e`. */
function splitScaled(t: number, ws: readonly number[]): number[] {
  const n = ws.length;
  const ms = new Array<number>(n);
  const es = new Array<number>(n);
  let emin = Infinity;
  for (let i = 0; i < n; i++) {
    const w = ws[i]!;
    if (w === 0) {
      ms[i] = 0;
      es[i] = 0;
      continue;
    }
    const [m, e] = decompose(w);
    ms[i] = m;
    es[i] = e;
    if (e < emin) emin = e;
  }
  const big = new Array<bigint>(n);
  let W = 0n;
  for (let i = 0; i < n; i++) {
    const b = ms[i] === 0 ? 0n : BigInt(ms[i]!) << BigInt(es[i]! - emin);
    big[i] = b;
    W += b;
  }
  const T = BigInt(t);
  if ((T + 1n) * W <= BIG_MAX) return splitNumber(t, big.map(Number), Number(W));
  const parts = new Array<number>(n);
  const rems = new Array<bigint>(n);
  let rest = T;
  for (let i = 0; i < n; i++) {
    const p = T * big[i]!;
    const q = p / W;
    parts[i] = Number(q);
    rems[i] = p - q * W;
    rest -= q;
  }
  giveRest(parts, rems, Number(rest));
  return parts;
}

/** The exact split of a safe-integer total by checked weights (at least one). */
function split(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  const t = Math.abs(total);
  let sum = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    sum += w;
    if (whole && !Number.isInteger(w)) whole = false;
  }
  let parts: number[];
  if (t === 0) parts = new Array<number>(n).fill(0);
  else if (sum === 0) {
    // Every weight is zero: an equal split.
    const ones = new Array<number>(n).fill(1);
    parts = (t + 1) * n <= MAX ? splitNumber(t, ones, n) : (splitFloat(t, ones, n) ?? splitScaled(t, ones));
  } else if (whole && (t + 1) * sum <= MAX) parts = splitNumber(t, weights, sum);
  else parts = splitFloat(t, weights, sum) ?? splitScaled(t, weights);
  if (total < 0) for (let i = 0; i < n; i++) parts[i] = parts[i] === 0 ? 0 : -parts[i]!;
  return parts;
}

/**
 * Splits `totalCents` in proportion to `weights`, exactly: the parts are
 * whole cents and add up to the total, by the largest-remainder method with
 * ties broken by position (the first of equal claims gets the extra cent).
 * Zero weights never get a cent; when every weight is zero the total is
 * split equally. The split is exact for every total up to 2^53 - 1 cents and
 * every finite weight, fractional, tiny (5e-324) or huge (1e308): each
 * weight is an exact binary fraction `m x 2^e`, so the weights are scaled to
 * whole numbers over a common power of two and divided exactly (with doubles
 * when their rounding provably cannot change the split, with big integers
 * otherwise). A negative total (a cost to share) is split the same way.
 *
 * @throws {@link MechnetError} (`invalid_input`) with issue
 * `money_not_whole_cents` or `amount_too_large` (path `['totalCents']`) for a
 * total that is not a safe whole number of cents, `weight_invalid` (path
 * `['weights', i]`) for a weight that is negative, not finite or not a
 * number, `nothing_to_split` for a non-zero total and no weights.
 *
 * @example
 * ```ts
 * allocate(100, [1, 1, 1]);      // [34, 33, 33]
 * allocate(1000, [3, 1, 0]);     // [750, 250, 0]
 * allocate(1, [1, 1]);           // [1, 0]
 * allocate(-100, [1, 1, 1]);     // [-34, -33, -33]
 * allocate(101, [1e308, 1e308, 5e-324]); // [51, 50, 0]
 * allocate(2 ** 52 + 1, [0.375, 0.625]); // [1688849860263936, 2814749767106561]
 * ```
 */
export function allocate(totalCents: number, weights: readonly number[]): number[] {
  return guarded(undefined, () => {
    const ws = checked(() => {
      checkTotal(totalCents, ['totalCents']);
      return checkWeights(weights, ['weights']);
    });
    if (ws.length === 0) {
      if (totalCents !== 0) nothingToSplit(totalCents, ['weights']);
      return [];
    }
    return split(totalCents, ws);
  });
}

/**
 * Splits `totalCents` among named parties in proportion to their weights,
 * exactly, ties broken by the order of `entries`. Checks and rounding as
 * {@link allocate}; issue paths are `['entries', i, 1]`.
 *
 * @example
 * ```ts
 * allocateBy(1000, [['a', 1], ['b', 3]]); // Map { 'a' => 250, 'b' => 750 }
 * ```
 */
export function allocateBy<K>(totalCents: number, entries: readonly (readonly [K, number])[]): Map<K, number> {
  return guarded(undefined, () => {
    // Each entry read once: its key and its weight.
    const read = checked(() => {
      checkTotal(totalCents, ['totalCents']);
      checkList(entries, ['entries']);
      const n = entries.length;
      const keys = new Array<K>(n);
      const ws = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const e: unknown = entries[i];
        if (!Array.isArray(e)) fail(issue('invalid_type', ['entries', i], (lang) => ({ expected: 'array', received: describeValue(e, lang) })));
        keys[i] = e[0] as K;
        const w: unknown = e[1];
        if (!(typeof w === 'number' && w >= 0 && w <= Number.MAX_VALUE)) fail(issue('weight_invalid', ['entries', i, 1], received(w)));
        ws[i] = w;
      }
      return { keys, ws };
    });
    if (read.ws.length === 0) {
      if (totalCents !== 0) nothingToSplit(totalCents, ['entries']);
      return new Map<K, number>();
    }
    const parts = split(totalCents, read.ws);
    return new Map(read.keys.map((k, i) => [k, parts[i]!]));
  });
}

/**
 * Rounds real amounts that add up to an integer `total` into integers that
 * add up to exactly `total`: each amount is rounded down, and the units left
 * over go one each to the largest fractional parts (largest remainder); ties
 * go to the earlier position. Amounts may be negative. Fractional parts are
 * compared exactly, so the result is the exact largest-remainder rounding.
 *
 * The amounts may carry float noise (they come out of a computation): their
 * exact sum may differ from `total` by less than one unit per amount, and the
 * difference is then taken from (or given to) the parts in the same order.
 * Amounts further off do not add up to the total and are refused.
 *
 * @throws {@link MechnetError} (`invalid_input`) with issue
 * `amounts_do_not_add_up` (path `['amounts']`) when the amounts' sum is off
 * the total by one unit per amount or more; `number_invalid` (path
 * `['amounts', i]`) for an amount that is not a finite number;
 * `amount_too_large` when a part would be beyond 2^53 - 1 in size;
 * `money_not_whole_cents` for a total that is not a safe whole number;
 * `nothing_to_split` for a non-zero total and no amounts.
 *
 * @example
 * ```ts
 * apportion([33.4, 33.3, 33.3], 100); // [34, 33, 33]
 * apportion([-0.5, 1.5], 1);          // [0, 1]
 * apportion([60, 60], 100);           // throws: the amounts add up to 120, not 100
 * ```
 */
export function apportion(amounts: readonly number[], total: number): number[] {
  return guarded(undefined, () => {
    const copy = checked(() => {
      checkTotal(total, ['total']);
      checkList(amounts, ['amounts']);
      const n = amounts.length;
      const out = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const a: unknown = amounts[i];
        if (typeof a !== 'number' || !Number.isFinite(a)) fail(issue('number_invalid', ['amounts', i], received(a)));
        out[i] = a;
      }
      return out;
    });
    return apportioned(copy, total);
  });
}

/** {@link apportion} on checked amounts. */
function apportioned(amounts: readonly number[], total: number): number[] {
  const n = amounts.length;
  if (n === 0) {
    if (total !== 0) nothingToSplit(total, ['amounts']);
    return [];
  }
  const parts = new Array<number>(n);
  // Fractional parts, exact: a - floor(a) is exact except for a in (-0.5, 0), whose fraction 1 + a is kept as a.
  const frac = new Float64Array(n);
  const near = new Uint8Array(n); // 1: a in (-0.5, 0), fraction 1 + frac[i]
  let floorSum = 0;
  let bound = 0;
  for (let i = 0; i < n; i++) {
    const a = amounts[i]!;
    const f = Math.floor(a);
    parts[i] = f + 0;
    floorSum += f;
    bound += Math.abs(f);
    if (a < 0 && a > -0.5) {
      near[i] = 1;
      frac[i] = a;
    } else frac[i] = a - f;
  }
  // Integers below 2^53 add up exactly; past that, count with big integers.
  let rest: number;
  if (bound <= 2 ** 52) rest = total - floorSum;
  else {
    let s = 0n;
    for (const p of parts) s += BigInt(p);
    const r = BigInt(total) - s;
    rest = r >= BigInt(2 * n) || r <= BigInt(-n) ? (r > 0n ? 2 * n : -n) : Number(r);
  }
  // The amounts add up to floorSum + (sum of fractions), the fractions to something in [0, n).
  // Within the tolerance rest is in (-n, 2n); at the edges the exact sum decides.
  if (rest < 0 || rest >= n) {
    const ok = rest > -n && rest < 2 * n && (rest < 0 ? fractionsBelow(frac, near, rest + n) : fractionsAbove(frac, near, rest - n));
    if (!ok) notAddingUp(amounts, total);
  }
  if (rest !== 0) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((x, y) => compareFractions(frac, near, y, x) || x - y);
    if (rest > 0) {
      const each = Math.floor(rest / n);
      const left = rest - each * n;
      for (let k = 0; k < n; k++) parts[order[k]!]! += each + (k < left ? 1 : 0);
    } else for (let k = 0; k < -rest; k++) parts[order[n - 1 - k]!]! -= 1;
  }
  // Every part, even when nothing was left to give out: amounts that cancel out may each be beyond 2^53.
  for (let i = 0; i < n; i++) {
    if (!Number.isSafeInteger(parts[i])) fail(issue('amount_too_large', ['amounts', i], received(parts[i])));
    parts[i] = parts[i]! + 0;
  }
  return parts;
}

/** Compares the exact fractional parts of amounts i and j. */
function compareFractions(frac: Float64Array, near: Uint8Array, i: number, j: number): number {
  const a = frac[i]!;
  const b = frac[j]!;
  if (near[i] === near[j]) return a < b ? -1 : a > b ? 1 : 0;
  // One fraction is 1 + x with x in (-0.5, 0), so above 0.5; the other is exact.
  if (near[i]) return b <= 0.5 ? 1 : a < b - 1 ? -1 : a > b - 1 ? 1 : 0;
  return a <= 0.5 ? -1 : a - 1 < b ? -1 : a - 1 > b ? 1 : 0;
}

/** The exact sum of the fractional parts, as a big integer over 2^-1074 (every double is a multiple of it). */
function fractionSum(frac: Float64Array, near: Uint8Array): bigint {
  let s = 0n;
  for (let i = 0; i < frac.length; i++) {
    const x = frac[i]!;
    if (near[i]) s += 1n << 1074n;
    if (x === 0) continue;
    const [m, e] = decompose(Math.abs(x));
    const v = BigInt(m) << BigInt(e + 1074);
    s += x < 0 ? -v : v;
  }
  return s;
}

function fractionsAbove(frac: Float64Array, near: Uint8Array, k: number): boolean {
  return fractionSum(frac, near) > BigInt(k) << 1074n;
}

function fractionsBelow(frac: Float64Array, near: Uint8Array, k: number): boolean {
  return fractionSum(frac, near) < BigInt(k) << 1074n;
}

function notAddingUp(amounts: readonly number[], total: number): never {
  let sum = 0;
  for (const a of amounts) sum += a;
  return fail(issue('amounts_do_not_add_up', ['amounts'], (lang) => ({ value: describeValue(sum, lang), other: describeValue(total, lang) })));
}
